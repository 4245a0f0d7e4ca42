from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, CreatedMixin, IdMixin, UTCDateTime, utcnow


class Assessment(IdMixin, CreatedMixin, Base):
    """One organisation's run of one questionnaire version: draft, then submitted."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'submitted')", name="known_status"),
        CheckConstraint(
            "team_status IS NULL OR team_status IN ('open', 'closed')", name="known_team_status"
        ),
        Index("ix_assessments_organisation_created", "organisation_id", "created_at"),
        # cohort summaries: each member's submitted assessments of one questionnaire
        Index(
            "ix_assessments_organisation_slug_status",
            "organisation_id",
            "questionnaire_slug",
            "status",
            "submitted_at",
        ),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    questionnaire_slug: Mapped[str] = mapped_column(String(64))
    questionnaire_version: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # Bumped by every change; the ETag. Compared in UPDATE ... WHERE for If-Match.
    row_version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when pre-filled from an earlier assessment: which one, and what to review.
    prefilled_from: Mapped[uuid.UUID | None] = mapped_column()
    needs_review: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Team assessments: None (one shared answer set), "open" (respondents answer
    # privately) or "closed" (answers combined into the shared set).
    team_status: Mapped[str | None] = mapped_column(String(16))
    team_rule: Mapped[str | None] = mapped_column(String(16))
    # At close: respondent count, rule and disagreements (answers with counts, no names).
    team_summary: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Answer(Base):
    """One answer to one question. ``content`` holds the answer object as sent
    ({"value": ...} | {"unsure": true} | {"not_applicable": true}) without the comment."""

    __tablename__ = "answers"

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    comment: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class RespondentAnswer(Base):
    """One respondent's private answer in a team assessment (respondent = member key)."""

    __tablename__ = "respondent_answers"

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    respondent_key_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("api_keys.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    comment: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Result(Base):
    """The immutable snapshot of an assessment's results (locale-neutral evaluation)."""

    __tablename__ = "results"

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    engine_version: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(80))
    evaluation: Mapped[str] = mapped_column(Text)
    overall_score: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ResultDomain(Base):
    """Normalised per-domain scores of submitted assessments, for aggregation in SQL."""

    __tablename__ = "result_domains"
    __table_args__ = (
        Index("ix_result_domains_slug_domain", "questionnaire_slug", "domain_id"),
        # covering: cohort summaries read (domain, score) of many assessments
        Index("ix_result_domains_assessment_score", "assessment_id", "domain_id", "score"),
    )

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    domain_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(index=True)
    questionnaire_slug: Mapped[str] = mapped_column(String(64))
    score: Mapped[float | None] = mapped_column(Float)
    stage: Mapped[str | None] = mapped_column(String(64))
    coverage: Mapped[float] = mapped_column(Float)


class ResultFinding(Base):
    """Normalised issues and strengths of submitted assessments, for aggregation in SQL."""

    __tablename__ = "result_findings"
    __table_args__ = (
        CheckConstraint("kind IN ('issue', 'strength')", name="known_kind"),
        Index("ix_result_findings_slug_kind", "questionnaire_slug", "kind", "finding_id"),
        # covering: cohort summaries read (kind, finding, severity) of many assessments
        Index(
            "ix_result_findings_assessment_severity",
            "assessment_id",
            "kind",
            "finding_id",
            "severity",
        ),
    )

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    finding_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(index=True)
    questionnaire_slug: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str | None] = mapped_column(String(16))
    domain_id: Mapped[str] = mapped_column(String(64))
    lifecycle: Mapped[str] = mapped_column(String(64))
