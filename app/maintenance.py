"""Retention: remove what is no longer needed (abandoned drafts, old idempotency records)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models import Assessment, IdempotencyRecord


@dataclass(frozen=True)
class PurgeReport:
    drafts: int
    idempotency_records: int


def purge(
    session: Session,
    *,
    now: datetime,
    draft_days: int,
    idempotency_hours: int,
    dry_run: bool = False,
) -> PurgeReport:
    """Delete drafts untouched for ``draft_days`` (0: keep them) and idempotency
    records older than ``idempotency_hours``. With ``dry_run`` only count."""
    stale_draft = (Assessment.status == "draft") & (
        Assessment.updated_at < now - timedelta(days=draft_days)
    )
    old_record = IdempotencyRecord.created_at < now - timedelta(hours=idempotency_hours)
    drafts = 0
    if draft_days > 0:
        drafts = (
            session.scalar(select(func.count()).select_from(Assessment).where(stale_draft)) or 0
        )
    records = (
        session.scalar(select(func.count()).select_from(IdempotencyRecord).where(old_record)) or 0
    )
    if not dry_run:
        if draft_days > 0:
            session.execute(delete(Assessment).where(stale_draft))
        session.execute(delete(IdempotencyRecord).where(old_record))
    return PurgeReport(drafts=drafts, idempotency_records=records)
