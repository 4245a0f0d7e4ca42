"""The access log: who outside an organisation touched its data, and when."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.auth.principal import Principal
from app.db.base import utcnow
from app.db.paging import paginate
from app.db.session import SessionDep, side_write
from app.models import AccessLogEntry


@dataclass
class AccessRecorder:
    """Writes access-log entries for the current request."""

    request: Request
    session: Session

    def record(
        self, principal: Principal, organisation_id: uuid.UUID, action: str, target: str
    ) -> None:
        """Log the access unless the caller belongs to the organisation itself."""
        if principal.is_member_of(organisation_id):
            return
        record_access(
            self.request, self.session, principal, [organisation_id], action=action, target=target
        )


def record_access(
    request: Request,
    session: Session,
    principal: Principal,
    organisation_ids: list[uuid.UUID],
    *,
    action: str,
    target: str,
) -> None:
    with side_write(request, session) as writer:
        add_entries(writer, principal, organisation_ids, action=action, target=target)


def add_entries(
    session: Session,
    principal: Principal,
    organisation_ids: Iterable[uuid.UUID],
    *,
    action: str,
    target: str,
) -> None:
    """Write one entry per organisation in ``session`` (one bulk INSERT, for many)."""
    rows = [
        {
            "id": uuid.uuid4(),
            "organisation_id": organisation_id,
            "at": utcnow(),
            "actor_role": principal.role.value,
            "actor_key_id": principal.key_id,
            "actor_label": principal.label,
            "action": action,
            "target": target[:200],
        }
        for organisation_id in organisation_ids
    ]
    if rows:
        session.execute(insert(AccessLogEntry), rows)


async def _recorder(request: Request, session: SessionDep) -> AccessRecorder:
    return AccessRecorder(request, session)


Recorder = Annotated[AccessRecorder, Depends(_recorder, scope="function")]


def page(
    session: Session, organisation_id: uuid.UUID, *, limit: int, offset: int
) -> tuple[list[AccessLogEntry], int]:
    return paginate(
        session,
        AccessLogEntry,
        where=AccessLogEntry.organisation_id == organisation_id,
        order_by=(AccessLogEntry.at.desc(), AccessLogEntry.id),
        limit=limit,
        offset=offset,
    )
