"""Queries on API keys."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row, func, select, update
from sqlalchemy.orm import Session

from app.models import ApiKey


def by_hash(session: Session, token_hash: str) -> ApiKey | None:
    return session.scalars(select(ApiKey).where(ApiKey.token_hash == token_hash)).one_or_none()


def active_row_by_hash(
    session: Session, token_hash: str
) -> Row[uuid.UUID, str, str, uuid.UUID | None, str, datetime | None] | None:
    """What authentication needs of an unrevoked key, as a plain row (no ORM object)."""
    return session.execute(
        select(
            ApiKey.id,
            ApiKey.token_hash,
            ApiKey.role,
            ApiKey.organisation_id,
            ApiKey.label,
            ApiKey.last_used_at,
        ).where(ApiKey.token_hash == token_hash, ApiKey.revoked_at.is_(None))
    ).first()


def set_last_used(session: Session, key_id: uuid.UUID, when: datetime) -> None:
    session.execute(
        update(ApiKey)
        .where(ApiKey.id == key_id)
        .values(last_used_at=when)
        .execution_options(synchronize_session=False)
    )


def get(session: Session, key_id: uuid.UUID) -> ApiKey | None:
    return session.get(ApiKey, key_id)


def list_service_keys(session: Session) -> Sequence[ApiKey]:
    """Admin and facilitator keys (not organisations' member keys)."""
    return session.scalars(
        select(ApiKey).where(ApiKey.organisation_id.is_(None)).order_by(ApiKey.created_at)
    ).all()


def list_for_organisation(session: Session, organisation_id: uuid.UUID) -> Sequence[ApiKey]:
    return session.scalars(
        select(ApiKey)
        .where(ApiKey.organisation_id == organisation_id)
        .order_by(ApiKey.created_at, ApiKey.id)
    ).all()


def count_for_organisation(session: Session, organisation_id: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(ApiKey)
            .where(ApiKey.organisation_id == organisation_id)
        )
        or 0
    )
