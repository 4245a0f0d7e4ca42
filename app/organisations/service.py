"""Organisations (tenants): create, read, edit, erase."""

from __future__ import annotations

import uuid

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.auth.principal import Principal
from app.errors import NotFound
from app.models import Organisation
from app.organisations import repository
from app.organisations.schemas import OrganisationCreate, OrganisationUpdate


def create(session: Session, principal: Principal, data: OrganisationCreate) -> Organisation:
    organisation = Organisation(
        name=data.name,
        country=data.country,
        sectors=list(data.sectors),
        time_zone=data.time_zone,
        onboarded_by=principal.key_id if principal.is_facilitator else None,
    )
    session.add(organisation)
    session.flush()
    return organisation


def time_zone_of(session: Session, organisation_id: uuid.UUID) -> str:
    """The time zone the organisation reads times in ("UTC" until it chooses one)."""
    organisation = repository.get(session, organisation_id)
    return organisation.time_zone if organisation else "UTC"


def get_for(session: Session, principal: Principal, organisation_id: uuid.UUID) -> Organisation:
    """The organisation, if this principal may see its data; 404 otherwise (never 403)."""
    if not (principal.is_admin or principal.is_member_of(organisation_id)):
        raise NotFound("No such organisation")
    organisation = repository.get(session, organisation_id)
    if organisation is None:
        raise NotFound("No such organisation")
    return organisation


def get_for_onboarding(
    session: Session, principal: Principal, organisation_id: uuid.UUID
) -> Organisation:
    """Like get_for, but a facilitator may reach an organisation it onboarded."""
    if principal.is_facilitator:
        organisation = repository.get(session, organisation_id)
        if organisation is None or organisation.onboarded_by != principal.key_id:
            raise NotFound("No such organisation")
        return organisation
    return get_for(session, principal, organisation_id)


def update(session: Session, organisation: Organisation, data: OrganisationUpdate) -> Organisation:
    changes = data.model_dump(exclude_unset=True)
    for field in ("name", "sectors", "time_zone"):
        if changes.get(field) is not None:
            setattr(organisation, field, changes[field])
    if "country" in changes:
        organisation.country = changes["country"]
    session.flush()
    return organisation


def erase(session: Session, organisation: Organisation) -> None:
    """Delete the organisation and, through ON DELETE CASCADE, everything it owns."""
    session.execute(delete(Organisation).where(Organisation.id == organisation.id))
    session.expunge(organisation)


def page(session: Session, *, limit: int, offset: int) -> tuple[list[Organisation], int]:
    return repository.page(session, limit=limit, offset=offset)
