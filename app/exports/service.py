"""Everything held about one organisation, as one JSON document (data portability)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access_log.router import AccessLogRead
from app.auth import service as keys
from app.auth.schemas import KeyRead
from app.cohorts import service as cohorts
from app.cohorts.schemas import MembershipRead
from app.db.base import utcnow
from app.models import AccessLogEntry, Answer, Assessment, Organisation, Result
from app.organisations.schemas import OrganisationRead
from app.webhooks import repository as webhooks
from app.webhooks.schemas import WebhookRead


class ExportedAssessment(BaseModel):
    id: str
    status: str
    questionnaire: dict[str, str]
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    prefilled_from: str | None
    needs_review: list[str]
    answers: dict[str, dict[str, Any]]
    results: dict[str, Any] | None = Field(
        description="The stored, locale-neutral evaluation (null for drafts)"
    )


class OrganisationExport(BaseModel):
    format: str = "rdsa.export/1"
    exported_at: datetime
    organisation: OrganisationRead
    keys: list[KeyRead] = Field(description="Key metadata; secrets are never stored")
    assessments: list[ExportedAssessment]
    cohort_memberships: list[MembershipRead]
    access_log: list[AccessLogRead]
    webhooks: list[WebhookRead] = Field(
        description="Registered webhooks; signing secrets are shown only at creation"
    )


def _answers(session: Session, assessment_id: Any) -> dict[str, dict[str, Any]]:
    rows = session.scalars(select(Answer).where(Answer.assessment_id == assessment_id))
    return {
        row.question_id: {**row.content, **({"comment": row.comment} if row.comment else {})}
        for row in rows
    }


def _assessment(session: Session, assessment: Assessment) -> ExportedAssessment:
    result = session.get(Result, assessment.id)
    return ExportedAssessment(
        id=str(assessment.id),
        status=assessment.status,
        questionnaire={
            "slug": assessment.questionnaire_slug,
            "version": assessment.questionnaire_version,
        },
        created_at=assessment.created_at,
        updated_at=assessment.updated_at,
        submitted_at=assessment.submitted_at,
        prefilled_from=str(assessment.prefilled_from) if assessment.prefilled_from else None,
        needs_review=list(assessment.needs_review),
        answers=_answers(session, assessment.id),
        results=json.loads(result.evaluation) if result else None,
    )


def cohort_memberships(session: Session, organisation: Organisation) -> list[MembershipRead]:
    """The organisation's cohorts: name, sharing level, when it joined. Never other members."""
    return list(cohorts.memberships(session, organisation.id))


def export(session: Session, organisation: Organisation) -> OrganisationExport:
    assessments = session.scalars(
        select(Assessment)
        .where(Assessment.organisation_id == organisation.id)
        .order_by(Assessment.created_at)
    )
    log = session.scalars(
        select(AccessLogEntry)
        .where(AccessLogEntry.organisation_id == organisation.id)
        .order_by(AccessLogEntry.at)
    )
    return OrganisationExport(
        exported_at=utcnow(),
        organisation=OrganisationRead.of(organisation),
        keys=[KeyRead.of(k) for k in keys.list_member_keys(session, organisation.id)],
        assessments=[_assessment(session, a) for a in assessments],
        cohort_memberships=cohort_memberships(session, organisation),
        access_log=[AccessLogRead.of(e) for e in log],
        webhooks=[
            WebhookRead.of(h)
            for h in webhooks.hooks_of_owner(session, organisation_id=organisation.id, key_id=None)
        ],
    )
