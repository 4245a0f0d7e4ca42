from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from app.db.paging import paginate
from app.models import Organisation


def get(session: Session, organisation_id: uuid.UUID) -> Organisation | None:
    return session.get(Organisation, organisation_id)


def page(session: Session, *, limit: int, offset: int) -> tuple[list[Organisation], int]:
    order = (Organisation.created_at.desc(), Organisation.id)
    return paginate(session, Organisation, order_by=order, limit=limit, offset=offset)
