"""Cohorts and memberships: create, read, rotate the join code, join, change sharing, leave.

A facilitator sees only the cohorts its key created; an admin sees every cohort.
Another facilitator's cohort is NotFound, never Forbidden. An organisation sees its own
memberships and never the other members.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.auth import service as keys
from app.auth.principal import Principal, Role
from app.cohorts import basis, codes, publication, repository
from app.cohorts.schemas import (
    CohortCreate,
    CohortRead,
    MembershipRead,
    Roster,
    RosterEntry,
    Sharing,
    SignedUp,
    SignUpRequest,
)
from app.db.base import utcnow
from app.db.locks import lock_parent
from app.errors import Conflict, NotFound, WrongJoinCode
from app.models import Cohort, CohortMember, Organisation
from app.organisations.schemas import OrganisationRead
from app.webhooks import events


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


def cohort_by_code(session: Session, code: str) -> Cohort:
    canonical = codes.normalise(code)
    cohort = None if canonical is None else repository.by_code_hash(session, codes.hash_code(code))
    if cohort is None:
        raise WrongJoinCode("No cohort has this join code; check it with your facilitator")
    return cohort


def join(
    session: Session,
    organisation_id: uuid.UUID,
    code: str,
    sharing: Sharing,
    display_name: str | None = None,
) -> tuple[Cohort, CohortMember]:
    cohort = cohort_by_code(session, code)
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound("No such organisation")
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
        display_name=display_name or organisation.name,
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


def membership_read(member: CohortMember, cohort: Cohort) -> MembershipRead:
    return MembershipRead(
        cohort_id=cohort.id,
        cohort_name=cohort.name,
        organisation_id=member.organisation_id,
        sharing=Sharing(member.sharing),
        display_name=member.display_name,
        joined_at=member.joined_at,
        sharing_changed_at=member.sharing_changed_at,
    )


def memberships(session: Session, organisation_id: uuid.UUID) -> Sequence[MembershipRead]:
    rows = repository.memberships_of(session, organisation_id)
    return [membership_read(member, cohort) for member, cohort in rows]


def sign_up(session: Session, data: SignUpRequest) -> SignedUp:
    """A new organisation, created by its own people with a cohort's join code: it joins
    the cohort and gets its first member key. The facilitator never sees the key, and
    the organisation counts as independent of the facilitator."""
    cohort = cohort_by_code(session, data.join_code)
    organisation = Organisation(
        name=data.organisation.name,
        country=data.organisation.country,
        sectors=list(data.organisation.sectors),
        onboarded_by=None,
    )
    session.add(organisation)
    session.flush()
    key, token = keys.issue_key(
        session,
        role=Role.MEMBER,
        organisation_id=organisation.id,
        label=data.key_label or "first key (signed up with a cohort code)",
    )
    _, member = join(session, organisation.id, data.join_code, data.sharing, data.display_name)
    return SignedUp(
        organisation=OrganisationRead.of(organisation),
        membership=membership_read(member, cohort),
        key_id=key.id,
        token=token,
    )


def get_for_roster(session: Session, principal: Principal, cohort_id: uuid.UUID) -> Cohort:
    """The cohort if the caller owns it, is an admin, or is a member organisation of it."""
    if principal.organisation_id is not None:
        cohort = repository.get(session, cohort_id)
        if (
            cohort is None
            or repository.membership(session, cohort_id, principal.organisation_id) is None
        ):
            raise NotFound("No such cohort")
        return cohort
    return get_for_staff(session, principal, cohort_id)


def roster(
    session: Session, principal: Principal, cohort: Cohort, k: int, slug: str | None
) -> Roster:
    """Every member with its chosen name, join date and whether the facilitator onboarded
    it; the facilitator (and admins) also see how far each member got."""
    if slug is None:
        slug = next((use.slug for use in basis.slug_usage(session, cohort.id)), None)
    staff = principal.organisation_id is None
    entries = []
    onboarded = 0
    for member, organisation in repository.roster(session, cohort.id):
        by_facilitator = organisation.onboarded_by == cohort.owner_key_id
        onboarded += by_facilitator
        status, status_at = repository.progress(session, member.organisation_id, slug)
        entries.append(
            RosterEntry(
                display_name=member.display_name or organisation.name,
                joined_at=member.joined_at,
                onboarded=by_facilitator,
                status=status if staff else None,
                status_at=status_at if staff else None,
            )
        )
    shown = None if slug is None else publication.latest(session, cohort.id, slug, k)
    counted = shown.basis_size if shown is not None and shown.content is not None else 0
    return Roster(
        cohort_id=cohort.id,
        cohort_name=cohort.name,
        questionnaire=slug,
        members=entries,
        onboarded=onboarded,
        counted_in_figures=counted,
    )
