"""Events and the outbox: queue one delivery per subscribed hook, inside the caller's
transaction, so an event exists exactly when the change that caused it commits.

Payloads never carry answers or comments: only ids, scores, stages and issue ids.
Links are paths relative to the API's base URL.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.models import Assessment, Webhook, WebhookDelivery
from app.scoring import Evaluation, ranked_issues
from app.webhooks import repository


class EventType(StrEnum):
    ASSESSMENT_SUBMITTED = "assessment.submitted"
    COHORT_SUMMARY_CHANGED = "cohort.summary_changed"


ORGANISATION_EVENTS = frozenset({EventType.ASSESSMENT_SUBMITTED})
STAFF_EVENTS = frozenset({EventType.COHORT_SUMMARY_CHANGED})


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def event_body(
    event_id: uuid.UUID, event: EventType, created_at: datetime, data: dict[str, Any]
) -> str:
    document = {"id": str(event_id), "type": event.value, "created_at": _iso(created_at)}
    return json.dumps({**document, "data": data}, ensure_ascii=False, separators=(",", ":"))


def _queue(
    session: Session,
    hooks: Sequence[Webhook],
    event: EventType,
    subject: str,
    data: dict[str, Any],
) -> int:
    if not hooks:
        return 0
    event_id, now = uuid.uuid4(), utcnow()
    body = event_body(event_id, event, now, data)
    session.add_all(
        WebhookDelivery(
            webhook_id=hook.id,
            organisation_id=hook.organisation_id,
            event_id=event_id,
            event_type=event.value,
            subject=subject,
            payload=body,
            status="pending",
            attempts=0,
            created_at=now,
            next_attempt_at=now,
        )
        for hook in hooks
    )
    session.flush()
    return len(hooks)


def _issues_in_results_order(evaluation: Evaluation) -> list[dict[str, str]]:
    ranked = ranked_issues(evaluation)
    return [{"id": issue.id, "severity": issue.severity.value} for issue in ranked]


def assessment_submitted(session: Session, assessment: Assessment, evaluation: Evaluation) -> int:
    """Queue ``assessment.submitted`` for the organisation's hooks; returns how many.
    Then, as the submission may change them, ``cohort.summary_changed`` for each cohort the
    organisation belongs to (so the assessments package need not know about cohorts)."""
    hooks = repository.organisation_hooks_for(
        session, assessment.organisation_id, EventType.ASSESSMENT_SUBMITTED
    )
    path = f"/v1/assessments/{assessment.id}"
    data = {
        "assessment_id": str(assessment.id),
        "organisation_id": str(assessment.organisation_id),
        "questionnaire": {
            "slug": assessment.questionnaire_slug,
            "version": assessment.questionnaire_version,
        },
        "submitted_at": _iso(assessment.submitted_at or utcnow()),
        "overall": {"score": evaluation.overall.score, "stage": evaluation.overall.stage},
        "issues": _issues_in_results_order(evaluation),
        "links": {"assessment": path, "results": f"{path}/results", "fhir": f"{path}/fhir"},
    }
    queued = _queue(session, hooks, EventType.ASSESSMENT_SUBMITTED, str(assessment.id), data)
    for cohort_id, owner_key_id in repository.cohorts_of(session, assessment.organisation_id):
        cohort_summary_changed(session, cohort_id, owner_key_id)
    return queued


def cohort_summary_changed(
    session: Session, cohort_id: uuid.UUID, facilitator_key_id: uuid.UUID
) -> int:
    """Queue ``cohort.summary_changed`` for the facilitator's hooks; returns how many.

    Call it in the transaction of the change (a member submitted, joined, left or
    changed its sharing level). Hooks that still have an untried delivery about this
    cohort get no second one: the receiver will fetch the summary once, and see the
    latest state.
    """
    hooks = repository.staff_hooks_for(
        session, facilitator_key_id, EventType.COHORT_SUMMARY_CHANGED
    )
    subject = str(cohort_id)
    waiting = repository.hooks_with_untried_delivery(
        session, [h.id for h in hooks], EventType.COHORT_SUMMARY_CHANGED, subject
    )
    path = f"/v1/cohorts/{cohort_id}/summary"
    data = {"cohort_id": subject, "links": {"summary": path, "summary_csv": f"{path}.csv"}}
    fresh = [hook for hook in hooks if hook.id not in waiting]
    return _queue(session, fresh, EventType.COHORT_SUMMARY_CHANGED, subject, data)
