from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.access_log.service import Recorder
from app.auth import service as keys
from app.auth.dependencies import AdminPrincipal, CurrentPrincipal, StaffPrincipal
from app.auth.schemas import KeyCreated, KeyRead, MemberKeyCreate
from app.db.session import SessionDep
from app.organisations import service
from app.organisations.schemas import OrganisationCreate, OrganisationRead, OrganisationUpdate
from app.problems import problem_responses
from app.schemas import Page, PageParams

router = APIRouter(tags=["organisations"], responses=problem_responses(401, 404, 422))


@router.post(
    "/v1/organisations",
    status_code=status.HTTP_201_CREATED,
    response_model=OrganisationRead,
    responses=problem_responses(403),
)
def create_organisation(
    body: OrganisationCreate, principal: StaffPrincipal, session: SessionDep
) -> OrganisationRead:
    """Create an organisation (admin or facilitator). A facilitator may then issue its
    first member key."""
    return OrganisationRead.of(service.create(session, principal, body))


@router.get(
    "/v1/organisations",
    response_model=Page[OrganisationRead],
    responses=problem_responses(403),
)
def list_organisations(
    principal: AdminPrincipal, session: SessionDep, page: Annotated[PageParams, Query()]
) -> Page[OrganisationRead]:
    """All organisations, newest first (admin only)."""
    rows, total = service.page(session, limit=page.limit, offset=page.offset)
    return Page(
        items=[OrganisationRead.of(o) for o in rows],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/v1/organisations/{org_id}", response_model=OrganisationRead)
def read_organisation(
    org_id: uuid.UUID, principal: CurrentPrincipal, session: SessionDep, recorder: Recorder
) -> OrganisationRead:
    organisation = service.get_for(session, principal, org_id)
    recorder.record(principal, org_id, "read organisation", f"/v1/organisations/{org_id}")
    return OrganisationRead.of(organisation)


@router.patch("/v1/organisations/{org_id}", response_model=OrganisationRead)
def update_organisation(
    org_id: uuid.UUID,
    body: OrganisationUpdate,
    principal: CurrentPrincipal,
    session: SessionDep,
    recorder: Recorder,
) -> OrganisationRead:
    organisation = service.get_for(session, principal, org_id)
    recorder.record(principal, org_id, "changed organisation", f"/v1/organisations/{org_id}")
    return OrganisationRead.of(service.update(session, organisation, body))


@router.delete("/v1/organisations/{org_id}", status_code=status.HTTP_204_NO_CONTENT)
def erase_organisation(org_id: uuid.UUID, principal: CurrentPrincipal, session: SessionDep) -> None:
    """Erase the organisation and everything held about it. This cannot be undone."""
    service.erase(session, service.get_for(session, principal, org_id))


@router.post(
    "/v1/organisations/{org_id}/keys",
    status_code=status.HTTP_201_CREATED,
    response_model=KeyCreated,
    responses=problem_responses(403),
)
def create_member_key(
    org_id: uuid.UUID,
    body: MemberKeyCreate,
    principal: CurrentPrincipal,
    session: SessionDep,
    recorder: Recorder,
) -> KeyCreated:
    """Issue a member key for the organisation. The token is shown once."""
    organisation = service.get_for_onboarding(session, principal, org_id)
    recorder.record(principal, org_id, "issued member key", f"/v1/organisations/{org_id}/keys")
    key, token = keys.issue_member_key(session, principal, organisation, body.label)
    return KeyCreated.with_token(key, token)


@router.get("/v1/organisations/{org_id}/keys", response_model=list[KeyRead])
def list_member_keys(
    org_id: uuid.UUID, principal: CurrentPrincipal, session: SessionDep, recorder: Recorder
) -> list[KeyRead]:
    """The organisation's member keys, without secrets."""
    organisation = service.get_for(session, principal, org_id)
    recorder.record(principal, org_id, "listed keys", f"/v1/organisations/{org_id}/keys")
    return [KeyRead.of(k) for k in keys.list_member_keys(session, organisation.id)]


@router.delete("/v1/organisations/{org_id}/keys/{key_id}", status_code=status.HTTP_204_NO_CONTENT)
def revoke_member_key(
    org_id: uuid.UUID,
    key_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    recorder: Recorder,
) -> None:
    organisation = service.get_for(session, principal, org_id)
    recorder.record(principal, org_id, "revoked member key", f"/v1/organisations/{org_id}/keys")
    keys.revoke_member_key(session, organisation.id, key_id)
