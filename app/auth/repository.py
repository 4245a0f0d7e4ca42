"""Queries on API keys."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import ApiKey


def by_hash(session: Session, token_hash: str) -> ApiKey | None:
    return session.scalars(select(ApiKey).where(ApiKey.token_hash == token_hash)).one_or_none()


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
