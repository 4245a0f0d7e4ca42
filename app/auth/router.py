from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from app.auth import service
from app.auth.dependencies import AdminPrincipal, CurrentPrincipal
from app.auth.principal import Role
from app.auth.schemas import KeyCreated, KeyRead, MeRead, ServiceKeyCreate
from app.db.session import SessionDep
from app.problems import problem_responses

router = APIRouter(tags=["keys"], responses=problem_responses(401))


@router.get("/v1/me", response_model=MeRead)
def me(principal: CurrentPrincipal) -> MeRead:
    """Who am I: the role and organisation of the key in use."""
    return MeRead(
        key_id=principal.key_id, role=principal.role, organisation_id=principal.organisation_id
    )


@router.post(
    "/v1/keys",
    status_code=status.HTTP_201_CREATED,
    response_model=KeyCreated,
    responses=problem_responses(403, 422),
)
def create_service_key(
    body: ServiceKeyCreate, principal: AdminPrincipal, session: SessionDep
) -> KeyCreated:
    """Create an admin or facilitator key. The token is shown once."""
    key, token = service.issue_key(session, role=Role(body.role), label=body.label)
    return KeyCreated.with_token(key, token)


@router.get("/v1/keys", response_model=list[KeyRead], responses=problem_responses(403))
def list_service_keys(principal: AdminPrincipal, session: SessionDep) -> list[KeyRead]:
    """Admin and facilitator keys, without secrets."""
    return [KeyRead.of(key) for key in service.list_service_keys(session)]


@router.delete(
    "/v1/keys/{key_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(403, 404, 422),
)
def revoke_service_key(key_id: uuid.UUID, principal: AdminPrincipal, session: SessionDep) -> None:
    """Revoke an admin or facilitator key (it stops working at once)."""
    service.revoke_service_key(session, key_id)
