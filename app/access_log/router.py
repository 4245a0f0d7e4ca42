from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Self

from fastapi import APIRouter, Query
from pydantic import BaseModel

from app.access_log import service
from app.auth.dependencies import CurrentPrincipal
from app.db.session import SessionDep
from app.errors import NotFound
from app.models import AccessLogEntry
from app.problems import problem_responses
from app.schemas import Page, PageParams

router = APIRouter(tags=["organisations"], responses=problem_responses(401, 404, 422))


class AccessLogRead(BaseModel):
    at: datetime
    actor_role: str
    actor_key_id: uuid.UUID
    actor_label: str
    action: str
    target: str

    @classmethod
    def of(cls, entry: AccessLogEntry) -> Self:
        return cls.model_validate(entry, from_attributes=True)


@router.get("/v1/organisations/{org_id}/access-log", response_model=Page[AccessLogRead])
def access_log(
    org_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    page: Annotated[PageParams, Query()],
) -> Page[AccessLogRead]:
    """Who outside the organisation read or changed its data, newest first (members only)."""
    if not principal.is_member_of(org_id):
        raise NotFound("No such organisation")
    rows, total = service.page(session, org_id, limit=page.limit, offset=page.offset)
    return Page(
        items=[AccessLogRead.of(r) for r in rows], total=total, limit=page.limit, offset=page.offset
    )
