"""Registering, listing and deleting hooks; reading their delivery log.

An organisation's hooks are managed by its own members only: a hook sends the
organisation's results elsewhere, so nobody outside it (not even an admin) may add
one. Staff hooks (admin or facilitator keys) belong to the key that created them.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from app.auth.principal import Principal
from app.db.locks import lock_parent
from app.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from app.models import ApiKey, Organisation, Webhook
from app.schemas import Page
from app.webhooks import repository
from app.webhooks.events import ORGANISATION_EVENTS, STAFF_EVENTS, EventType
from app.webhooks.schemas import DeliveryRead, WebhookCreate
from app.webhooks.signing import new_secret
from app.webhooks.urls import RefusedUrl, check_hook_url

MAX_HOOKS_PER_OWNER = 10


def _owner(
    session: Session, principal: Principal, organisation_id: uuid.UUID | None
) -> dict[str, uuid.UUID | None]:
    if organisation_id is not None:
        if not principal.is_member_of(organisation_id):
            # An admin may know the organisation exists (403, as documented); anyone else
            # outside it learns nothing (404).
            if principal.is_admin and session.get(Organisation, organisation_id) is not None:
                raise Forbidden("An organisation's webhooks are managed by its own members only")
            raise NotFound("No such organisation")
        return {"organisation_id": organisation_id, "key_id": None}
    return {"organisation_id": None, "key_id": principal.key_id}


def _check_events(events: list[EventType], allowed: frozenset[EventType]) -> list[str]:
    wrong = [e.value for e in events if e not in allowed]
    if wrong:
        names = ", ".join(sorted(a.value for a in allowed))
        raise InvalidInput(
            f"These hooks can receive only: {names}",
            [FieldError("body.events", f"not available here: {', '.join(wrong)}")],
        )
    return list(dict.fromkeys(e.value for e in events))


def _check_url(url: str, allow_insecure_localhost: bool) -> str:
    try:
        check_hook_url(url, allow_insecure_localhost=allow_insecure_localhost)
    except RefusedUrl as exc:
        raise InvalidInput(f"The URL {exc}", [FieldError("body.url", str(exc))]) from None
    return url


def create(
    session: Session,
    principal: Principal,
    organisation_id: uuid.UUID | None,
    data: WebhookCreate,
    *,
    allow_insecure_localhost: bool,
) -> Webhook:
    owner = _owner(session, principal, organisation_id)
    allowed = ORGANISATION_EVENTS if organisation_id is not None else STAFF_EVENTS
    events = _check_events(data.events, allowed)
    url = _check_url(data.url, allow_insecure_localhost)
    # Lock the owner's row so that parallel registrations count one after another.
    if organisation_id is not None:
        lock_parent(session, Organisation, organisation_id)
    else:
        lock_parent(session, ApiKey, principal.key_id)
    if repository.count_of_owner(session, **owner) >= MAX_HOOKS_PER_OWNER:
        raise Conflict(f"At most {MAX_HOOKS_PER_OWNER} webhooks; delete one first")
    hook = Webhook(
        organisation_id=owner["organisation_id"],
        owner_key_id=owner["key_id"],
        url=url,
        events=events,
        description=data.description,
        secret=new_secret(),
    )
    session.add(hook)
    session.flush()
    return hook


def list_hooks(
    session: Session, principal: Principal, organisation_id: uuid.UUID | None
) -> list[Webhook]:
    return repository.hooks_of_owner(session, **_owner(session, principal, organisation_id))


def get(
    session: Session, principal: Principal, organisation_id: uuid.UUID | None, hook_id: uuid.UUID
) -> Webhook:
    owner = _owner(session, principal, organisation_id)
    hook = session.get(Webhook, hook_id)
    if (
        hook is None
        or hook.organisation_id != owner["organisation_id"]
        or hook.owner_key_id != owner["key_id"]
    ):
        raise NotFound("No such webhook")
    return hook


def delete(session: Session, hook: Webhook) -> None:
    """Delete the hook with its pending deliveries and delivery log."""
    session.delete(hook)
    session.flush()


def deliveries(session: Session, hook: Webhook, *, limit: int, offset: int) -> Page[DeliveryRead]:
    rows, total = repository.deliveries_page(session, hook.id, limit=limit, offset=offset)
    attempts = repository.attempts_of(session, [d.id for d in rows])
    return Page(
        items=[DeliveryRead.of(d, attempts[d.id]) for d in rows],
        total=total,
        limit=limit,
        offset=offset,
    )
