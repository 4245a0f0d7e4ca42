"""Cohorts and memberships: create, read, rotate the join code, join, change sharing, leave.

A facilitator sees only the cohorts its key created; an admin sees every cohort.
Another facilitator's cohort is NotFound, never Forbidden. An organisation sees its own
memberships and never the other members.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.auth.principal import Principal
from app.cohorts import codes, repository
from app.cohorts.schemas import CohortCreate, CohortRead, MembershipRead, Sharing
from app.db.base import utcnow
from app.db.locks import lock_parent
from app.errors import Conflict, NotFound
from app.models import Cohort, CohortMember, Organisation
from app.webhooks import events


class WrongJoinCode(NotFound):
    """No cohort has this code (wrong, mistyped, rotated or never issued)."""


def _set_code(cohort: Cohort) -> str:
    code = codes.new_join_code()
    cohort.join_code_hash = codes.hash_code(code)
    cohort.join_code_hint = codes.hint(code)
    cohort.join_code_rotated_at = utcnow()
    return code


def create(session: Session, principal: Principal, data: CohortCreate) -> tuple[Cohort, str]:
    cohort = Cohort(name=data.name, owner_key_id=principal.key_id)
    code = _set_code(cohort)
    session.add(cohort)
    session.flush()
    return cohort, code


def get_for_staff(session: Session, principal: Principal, cohort_id: uuid.UUID) -> Cohort:
    """The cohort if the caller is an admin or the facilitator who created it."""
    cohort = repository.get(session, cohort_id)
    if cohort is None or not (principal.is_admin or cohort.owner_key_id == principal.key_id):
        raise NotFound("No such cohort")
    return cohort


def read(session: Session, cohort: Cohort) -> CohortRead:
    return read_with_count(cohort, repository.member_count(session, cohort.id))


def read_with_count(cohort: Cohort, members: int) -> CohortRead:
    return CohortRead(
        id=cohort.id,
        name=cohort.name,
        created_at=cohort.created_at,
        member_count=members,
        join_code_hint=cohort.join_code_hint,
        join_code_rotated_at=cohort.join_code_rotated_at,
    )


def page(
    session: Session, principal: Principal, *, limit: int, offset: int
) -> tuple[list[CohortRead], int]:
    owner = None if principal.is_admin else principal.key_id
    rows, total = repository.page(session, owner, limit=limit, offset=offset)
    return [read_with_count(cohort, members) for cohort, members in rows], total


def rotate_code(session: Session, cohort: Cohort) -> str:
    """A new join code; the old one stops working at once. Members stay members."""
    code = _set_code(cohort)
    session.flush()
    return code


def delete(session: Session, cohort: Cohort) -> None:
    """Delete the cohort with its memberships and published figures."""
    repository.delete_cohort(session, cohort.id)
    session.expunge(cohort)


def join(
    session: Session, organisation_id: uuid.UUID, code: str, sharing: Sharing
) -> tuple[Cohort, CohortMember]:
    canonical = codes.normalise(code)
    cohort = None if canonical is None else repository.by_code_hash(session, codes.hash_code(code))
    if cohort is None:
        raise WrongJoinCode("No cohort has this join code; check it with your facilitator")
    # One join at a time per organisation: a parallel second join sees the first one.
    lock_parent(session, Organisation, organisation_id)
    if repository.membership(session, cohort.id, organisation_id) is not None:
        raise Conflict(
            "Your organisation is already in this cohort; change its sharing level instead"
        )
    now = utcnow()
    member = CohortMember(
        cohort_id=cohort.id,
        organisation_id=organisation_id,
        sharing=sharing.value,
        joined_at=now,
        sharing_changed_at=now,
    )
    session.add(member)
    session.flush()
    events.cohort_summary_changed(session, cohort.id, cohort.owner_key_id)
    return cohort, member


def _own_membership(
    session: Session, principal: Principal, cohort_id: uuid.UUID, organisation_id: uuid.UUID
) -> CohortMember:
    member = None
    if principal.is_member_of(organisation_id):
        member = repository.membership(session, cohort_id, organisation_id)
    if member is None:
        raise NotFound("This organisation is not in such a cohort")
    return member


def change_sharing(
    session: Session,
    principal: Principal,
    cohort_id: uuid.UUID,
    organisation_id: uuid.UUID,
    sharing: Sharing,
) -> MembershipRead:
    member = _own_membership(session, principal, cohort_id, organisation_id)
    cohort = repository.get(session, cohort_id)
    assert cohort is not None  # the membership row references it
    if member.sharing != sharing.value:
        member.sharing = sharing.value
        member.sharing_changed_at = utcnow()
        session.flush()
        events.cohort_summary_changed(session, cohort.id, cohort.owner_key_id)
    return membership_read(member, cohort)


def leave(
    session: Session, principal: Principal, cohort_id: uuid.UUID, organisation_id: uuid.UUID
) -> None:
    _own_membership(session, principal, cohort_id, organisation_id)
    repository.remove_member(session, cohort_id, organisation_id)
    cohort = repository.get(session, cohort_id)
    if cohort is not None:
        events.cohort_summary_changed(session, cohort.id, cohort.owner_key_id)


def notify_submitted(session: Session, organisation_id: uuid.UUID) -> None:
    """A member organisation submitted: each of its cohorts' summaries may change."""
    for _member, cohort in repository.memberships_of(session, organisation_id):
        events.cohort_summary_changed(session, cohort.id, cohort.owner_key_id)


def membership_read(member: CohortMember, cohort: Cohort) -> MembershipRead:
    return MembershipRead(
        cohort_id=cohort.id,
        cohort_name=cohort.name,
        organisation_id=member.organisation_id,
        sharing=Sharing(member.sharing),
        joined_at=member.joined_at,
        sharing_changed_at=member.sharing_changed_at,
    )


def memberships(session: Session, organisation_id: uuid.UUID) -> Sequence[MembershipRead]:
    rows = repository.memberships_of(session, organisation_id)
    return [membership_read(member, cohort) for member, cohort in rows]
