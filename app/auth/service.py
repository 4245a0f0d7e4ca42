"""API keys: issue, authenticate, revoke, bootstrap."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta
from typing import Protocol

from sqlalchemy.orm import Session

from app.auth import repository, tokens
from app.auth.principal import Principal, Role
from app.db.base import utcnow
from app.db.locks import lock_parent, startup_turn
from app.errors import Forbidden, NotFound
from app.models import ApiKey, Organisation

logger = logging.getLogger("rdsa")
# The label of the admin key made from RDSA_BOOTSTRAP_ADMIN_TOKEN (pages name it in words).
BOOTSTRAP_LABEL = "bootstrap (RDSA_BOOTSTRAP_ADMIN_TOKEN)"

LAST_USED_GRANULARITY = timedelta(minutes=10)


def issue_key(
    session: Session, *, role: Role, organisation_id: uuid.UUID | None = None, label: str = ""
) -> tuple[ApiKey, str]:
    token = tokens.new_token()
    key = ApiKey(
        token_hash=tokens.hash_token(token),
        hint=tokens.hint(token),
        role=role.value,
        organisation_id=organisation_id,
        label=label,
    )
    session.add(key)
    session.flush()
    return key, token


def authenticate(session: Session, token: str) -> ApiKey | None:
    presented = tokens.hash_token(token)
    key = repository.by_hash(session, presented)
    if key is None or key.revoked_at is not None:
        return None
    if not tokens.hashes_match(key.token_hash, presented):
        return None
    return key


def principal_for_token(session: Session, token: str) -> tuple[Principal, bool] | None:
    """The principal of an unrevoked key with this token, and whether its last-used
    time is due an update; one indexed query, no ORM object."""
    presented = tokens.hash_token(token)
    row = repository.active_row_by_hash(session, presented)
    if row is None or not tokens.hashes_match(row.token_hash, presented):
        return None
    last = row.last_used_at
    return principal_of(row), last is None or utcnow() - last > LAST_USED_GRANULARITY


def touch(session: Session, key_id: uuid.UUID) -> None:
    repository.set_last_used(session, key_id, utcnow())


class KeyFacts(Protocol):
    """What a principal is made of: an ``ApiKey`` or the row authentication reads."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def role(self) -> str: ...
    @property
    def organisation_id(self) -> uuid.UUID | None: ...
    @property
    def label(self) -> str: ...


def principal_of(key: KeyFacts) -> Principal:
    return Principal(
        key_id=key.id, role=Role(key.role), organisation_id=key.organisation_id, label=key.label
    )


def ensure_bootstrap_admin(session: Session, token: str) -> None:
    """Make sure an active admin key with exactly this token exists."""
    startup_turn(session)
    digest = tokens.hash_token(token)
    key = repository.by_hash(session, digest)
    if key is None:
        session.add(
            ApiKey(
                token_hash=digest,
                hint=tokens.hint(token),
                role=Role.ADMIN.value,
                label=BOOTSTRAP_LABEL,
            )
        )
    elif key.role != Role.ADMIN.value or key.revoked_at is not None:
        logger.warning("bootstrap admin key was revoked or changed; restoring it")
        key.role, key.organisation_id, key.revoked_at = Role.ADMIN.value, None, None
    session.flush()


def list_service_keys(session: Session) -> list[ApiKey]:
    return list(repository.list_service_keys(session))


def revoke_service_key(session: Session, key_id: uuid.UUID) -> None:
    key = repository.get(session, key_id)
    if key is None or key.organisation_id is not None:
        raise NotFound("No such admin or facilitator key")
    if key.revoked_at is None:
        key.revoked_at = utcnow()


def issue_member_key(
    session: Session, principal: Principal, organisation: Organisation, label: str
) -> tuple[ApiKey, str]:
    if principal.is_facilitator:
        _check_facilitator_onboarding(session, principal, organisation)
    return issue_key(session, role=Role.MEMBER, organisation_id=organisation.id, label=label)


def _check_facilitator_onboarding(
    session: Session, principal: Principal, organisation: Organisation
) -> None:
    if organisation.onboarded_by != principal.key_id:
        raise NotFound("No such organisation")
    # Parallel requests queue here, so only the first one finds no key yet.
    lock_parent(session, Organisation, organisation.id)
    if repository.count_for_organisation(session, organisation.id) > 0:
        raise Forbidden(
            "This organisation already has a member key. Further keys are issued by "
            "its own members or by an admin."
        )


def list_member_keys(session: Session, organisation_id: uuid.UUID) -> list[ApiKey]:
    return list(repository.list_for_organisation(session, organisation_id))


def revoke_member_key(session: Session, organisation_id: uuid.UUID, key_id: uuid.UUID) -> None:
    key = repository.get(session, key_id)
    if key is None or key.organisation_id != organisation_id:
        raise NotFound("No such key in this organisation")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
