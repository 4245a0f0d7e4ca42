"""Webhook queries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.db.paging import paginate
from app.models import ApiKey, Cohort, CohortMember, Webhook, WebhookAttempt, WebhookDelivery


def organisation_hooks_for(
    session: Session, organisation_id: uuid.UUID, event: str
) -> list[Webhook]:
    rows = session.scalars(
        select(Webhook).where(Webhook.organisation_id == organisation_id).order_by(Webhook.id)
    )
    return [hook for hook in rows if event in hook.events]


def staff_hooks_for(session: Session, key_id: uuid.UUID, event: str) -> list[Webhook]:
    """The key's hooks for ``event``; none once the key is revoked."""
    rows = session.scalars(
        select(Webhook)
        .join(ApiKey, ApiKey.id == Webhook.owner_key_id)
        .where(Webhook.owner_key_id == key_id, ApiKey.revoked_at.is_(None))
        .order_by(Webhook.id)
    )
    return [hook for hook in rows if event in hook.events]


def hooks_with_untried_delivery(
    session: Session, hook_ids: Sequence[uuid.UUID], event: str, subject: str
) -> set[uuid.UUID]:
    if not hook_ids:
        return set()
    rows = session.scalars(
        select(WebhookDelivery.webhook_id).where(
            WebhookDelivery.webhook_id.in_(hook_ids),
            WebhookDelivery.event_type == event,
            WebhookDelivery.subject == subject,
            WebhookDelivery.status == "pending",
            WebhookDelivery.attempts == 0,
        )
    )
    return set(rows)


def hooks_of_owner(
    session: Session, *, organisation_id: uuid.UUID | None, key_id: uuid.UUID | None
) -> list[Webhook]:
    query = select(Webhook).order_by(Webhook.created_at, Webhook.id)
    if organisation_id is not None:
        query = query.where(Webhook.organisation_id == organisation_id)
    else:
        query = query.where(Webhook.owner_key_id == key_id)
    return list(session.scalars(query))


def count_of_owner(
    session: Session, *, organisation_id: uuid.UUID | None, key_id: uuid.UUID | None
) -> int:
    query = select(func.count()).select_from(Webhook)
    if organisation_id is not None:
        query = query.where(Webhook.organisation_id == organisation_id)
    else:
        query = query.where(Webhook.owner_key_id == key_id)
    return session.scalar(query) or 0


def deliveries_page(
    session: Session, webhook_id: uuid.UUID, *, limit: int, offset: int
) -> tuple[list[WebhookDelivery], int]:
    return paginate(
        session,
        WebhookDelivery,
        where=WebhookDelivery.webhook_id == webhook_id,
        order_by=(WebhookDelivery.created_at.desc(), WebhookDelivery.id),
        limit=limit,
        offset=offset,
    )


def attempts_of(
    session: Session, delivery_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[WebhookAttempt]]:
    found: dict[uuid.UUID, list[WebhookAttempt]] = {d: [] for d in delivery_ids}
    if not delivery_ids:
        return found
    rows = session.scalars(
        select(WebhookAttempt)
        .where(WebhookAttempt.delivery_id.in_(delivery_ids))
        .order_by(WebhookAttempt.at, WebhookAttempt.id)
    )
    for attempt in rows:
        found[attempt.delivery_id].append(attempt)
    return found


# ----------------------------------------------------------------------- worker queries


def any_due(session: Session, now: datetime) -> bool:
    found = session.scalar(
        select(WebhookDelivery.id)
        .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
        .limit(1)
    )
    return found is not None


def claim_due(
    session: Session, now: datetime, *, limit: int, lease_until: datetime
) -> list[uuid.UUID]:
    """Take up to ``limit`` due deliveries and push them out of reach until the lease ends.

    On PostgreSQL ``FOR UPDATE SKIP LOCKED`` lets several instances claim side by side
    without taking the same row; SQLite (one writer at a time) ignores the clause.
    """
    ids = list(
        session.scalars(
            select(WebhookDelivery.id)
            .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
            .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    if ids:
        session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id.in_(ids))
            .values(next_attempt_at=lease_until)
        )
    return ids


def delete_finished_before(session: Session, cutoff: datetime) -> int:
    result = session.execute(
        delete(WebhookDelivery).where(
            WebhookDelivery.status != "pending", WebhookDelivery.finished_at < cutoff
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def cohorts_of(
    session: Session, organisation_id: uuid.UUID
) -> Sequence[tuple[uuid.UUID, uuid.UUID]]:
    """(cohort id, facilitator key id) of each cohort the organisation belongs to, in the
    order it joined them."""
    rows = session.execute(
        select(Cohort.id, Cohort.owner_key_id)
        .join(CohortMember, CohortMember.cohort_id == Cohort.id)
        .where(CohortMember.organisation_id == organisation_id)
        .order_by(CohortMember.joined_at, Cohort.id)
    ).all()
    return [(row[0], row[1]) for row in rows]
