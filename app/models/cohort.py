from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, CreatedMixin, IdMixin, UTCDateTime, utcnow

SHARING_CHECK = "sharing IN ('aggregate', 'issues', 'results')"


class Cohort(IdMixin, CreatedMixin, Base):
    """A facilitator's group of organisations. Only the join code's hash is stored."""

    __tablename__ = "cohorts"

    name: Mapped[str] = mapped_column(String(200))
    # The key that created the cohort. Not a foreign key: keys come and go, and
    # revoking a facilitator key must not erase the organisations' memberships.
    owner_key_id: Mapped[uuid.UUID] = mapped_column(index=True)
    join_code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    join_code_hint: Mapped[str] = mapped_column(String(8))
    join_code_rotated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CohortMember(Base):
    """An organisation in a cohort, with the sharing level it chose."""

    __tablename__ = "cohort_members"
    __table_args__ = (CheckConstraint(SHARING_CHECK, name="known_sharing"),)

    cohort_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cohorts.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    sharing: Mapped[str] = mapped_column(String(16), default="aggregate")
    # The name the organisation chose to be shown under in this cohort's roster.
    display_name: Mapped[str] = mapped_column(String(200), default="")
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sharing_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CohortPublication(IdMixin, Base):
    """Figures a cohort summary served: what the facilitator has seen.

    ``content`` holds the locale-neutral figures after suppression (never a raw
    small count, never an organisation id); null when only counts were served.
    Kept so that later summaries can be checked against every earlier one
    (differencing) and re-served unchanged while too few organisations changed.
    """

    __tablename__ = "cohort_publications"
    __table_args__ = (
        Index("ix_cohort_publications_cohort_slug", "cohort_id", "questionnaire_slug"),
    )

    cohort_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    questionnaire_slug: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    min_group_size: Mapped[int] = mapped_column()
    basis_size: Mapped[int] = mapped_column()
    content: Mapped[str | None] = mapped_column(Text)


class CohortPublicationBasis(Base):
    """Which assessment of which organisation a publication covered.

    Erased with the organisation (and with the publication). The assessment ids carry
    no foreign key: submitted assessments are only ever deleted with their organisation,
    and checking two more keys per row would double the cost of storing a large basis.
    """

    __tablename__ = "cohort_publication_basis"
    __table_args__ = (CheckConstraint(SHARING_CHECK, name="known_sharing"),)

    publication_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cohort_publications.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    latest_assessment_id: Mapped[uuid.UUID] = mapped_column()
    first_assessment_id: Mapped[uuid.UUID | None] = mapped_column()
    sharing: Mapped[str] = mapped_column(String(16))
