from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Organisation


def get(session: Session, organisation_id: uuid.UUID) -> Organisation | None:
    return session.get(Organisation, organisation_id)


def page(session: Session, *, limit: int, offset: int) -> tuple[Sequence[Organisation], int]:
    total = session.scalar(select(func.count()).select_from(Organisation)) or 0
    rows = session.scalars(
        select(Organisation)
        .order_by(Organisation.created_at.desc(), Organisation.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return rows, total
