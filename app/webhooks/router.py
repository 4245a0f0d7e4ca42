"""Webhook routes: an organisation's own hooks, and staff keys' own hooks."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from app.auth.dependencies import CurrentPrincipal, StaffPrincipal
from app.auth.principal import Principal
from app.db.session import SessionDep
from app.problems import problem_responses
from app.schemas import Page, PageParams
from app.webhooks import service
from app.webhooks.schemas import (
    DeliveryRead,
    OrganisationHookCreate,
    StaffHookCreate,
    WebhookCreate,
    WebhookCreated,
    WebhookRead,
)

router = APIRouter(tags=["webhooks"], responses=problem_responses(401, 404, 422))
ORG = "/v1/organisations/{org_id}/webhooks"
STAFF = "/v1/webhooks"
PageQuery = Annotated[PageParams, Query()]


def _insecure_localhost(request: Request) -> bool:
    return bool(request.app.state.settings.webhook_allow_insecure_localhost)


def _create(
    request: Request,
    session: SessionDep,
    principal: Principal,
    org_id: uuid.UUID | None,
    body: WebhookCreate,
) -> WebhookCreated:
    hook = service.create(
        session, principal, org_id, body, allow_insecure_localhost=_insecure_localhost(request)
    )
    return WebhookCreated.with_secret(hook)


@router.post(
    ORG,
    status_code=status.HTTP_201_CREATED,
    response_model=WebhookCreated,
    responses=problem_responses(403, 409),
)
def create_organisation_hook(
    org_id: uuid.UUID,
    body: OrganisationHookCreate,
    request: Request,
    principal: CurrentPrincipal,
    session: SessionDep,
) -> WebhookCreated:
    """Register an https endpoint for the organisation's events (own members only).
    The signing secret is in the response, once."""
    return _create(request, session, principal, org_id, body.general())


@router.get(ORG, response_model=list[WebhookRead], responses=problem_responses(403))
def list_organisation_hooks(
    org_id: uuid.UUID, principal: CurrentPrincipal, session: SessionDep
) -> list[WebhookRead]:
    """The organisation's webhooks, without their secrets (own members only)."""
    return [WebhookRead.of(h) for h in service.list_hooks(session, principal, org_id)]


@router.delete(
    ORG + "/{hook_id}", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(403)
)
def delete_organisation_hook(
    org_id: uuid.UUID, hook_id: uuid.UUID, principal: CurrentPrincipal, session: SessionDep
) -> None:
    """Delete a webhook, its pending deliveries and its delivery log."""
    service.delete(session, service.get(session, principal, org_id, hook_id))


@router.get(
    ORG + "/{hook_id}/deliveries",
    response_model=Page[DeliveryRead],
    responses=problem_responses(403),
)
def organisation_hook_deliveries(
    org_id: uuid.UUID,
    hook_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    page: PageQuery,
) -> Page[DeliveryRead]:
    """The delivery log, newest first: each event with every attempt (time, status code
    or error, duration)."""
    hook = service.get(session, principal, org_id, hook_id)
    return service.deliveries(session, hook, limit=page.limit, offset=page.offset)


@router.post(
    STAFF,
    status_code=status.HTTP_201_CREATED,
    response_model=WebhookCreated,
    responses=problem_responses(403, 409),
)
def create_staff_hook(
    body: StaffHookCreate, request: Request, principal: StaffPrincipal, session: SessionDep
) -> WebhookCreated:
    """Register an https endpoint for your own cohorts' events (facilitator or admin
    keys; the hook belongs to the key). The signing secret is in the response, once."""
    return _create(request, session, principal, None, body.general())


@router.get(STAFF, response_model=list[WebhookRead], responses=problem_responses(403))
def list_staff_hooks(principal: StaffPrincipal, session: SessionDep) -> list[WebhookRead]:
    """Your key's webhooks, without their secrets."""
    return [WebhookRead.of(h) for h in service.list_hooks(session, principal, None)]


@router.delete(
    STAFF + "/{hook_id}", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(403)
)
def delete_staff_hook(hook_id: uuid.UUID, principal: StaffPrincipal, session: SessionDep) -> None:
    """Delete one of your webhooks, its pending deliveries and its delivery log."""
    service.delete(session, service.get(session, principal, None, hook_id))


@router.get(
    STAFF + "/{hook_id}/deliveries",
    response_model=Page[DeliveryRead],
    responses=problem_responses(403),
)
def staff_hook_deliveries(
    hook_id: uuid.UUID, principal: StaffPrincipal, session: SessionDep, page: PageQuery
) -> Page[DeliveryRead]:
    """The delivery log of one of your webhooks, newest first."""
    hook = service.get(session, principal, None, hook_id)
    return service.deliveries(session, hook, limit=page.limit, offset=page.offset)
