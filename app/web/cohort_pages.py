"""An organisation's cohorts, under "Your data": join with a code, choose what to share,
change it, leave. Membership rules are ``cohorts.service``'s; a wrong join code counts
as a failed attempt of the signed-in key (as on the API: limited per key)."""

from __future__ import annotations

import uuid

from fastapi import Request
from starlette.responses import Response

from app.auth.ratelimit import AuthThrottle
from app.cohorts import service
from app.cohorts.schemas import MembershipRead, Sharing
from app.db.session import SessionDep
from app.errors import Conflict, WrongJoinCode
from app.web.deps import CheckedForm, Member, PageError, WebUser
from app.web.routing import page_router, redirect, render

router = page_router()
HOME = "/data/cohorts"
MAX_CODE_LENGTH = 64
NOTICES = ("joined", "changed", "left")


def _sharing(value: str) -> Sharing:
    try:
        return Sharing(value)
    except ValueError:
        raise PageError(422, "error.bad_form") from None


def _page(
    request: Request,
    user: WebUser,
    session: SessionDep,
    *,
    error: str | None = None,
    code: str = "",
    sharing: str = Sharing.AGGREGATE.value,
    status: int = 200,
) -> Response:
    notice = next((n for n in NOTICES if request.query_params.get(n) == "1"), None)
    memberships = service.memberships(session, user.organisation_id)
    k = request.app.state.settings.min_group_size
    rosters = {
        ms.cohort_id: service.roster(
            session,
            user.principal,
            service.get_for_roster(session, user.principal, ms.cohort_id),
            k,
            None,
        )
        for ms in memberships
    }
    return render(
        request,
        "cohorts_member.html",
        user,
        status=status,
        memberships=memberships,
        rosters=rosters,
        error=error,
        code=code,
        sharing=sharing,
        notice=notice,
        levels=[level.value for level in Sharing],
    )


@router.get(HOME)
def cohorts_page(request: Request, user: Member, session: SessionDep) -> Response:
    return _page(request, user, session)


@router.post(f"{HOME}/join")
def join(request: Request, form: CheckedForm, user: Member, session: SessionDep) -> Response:
    code, sharing = form.get("code").strip(), _sharing(form.get("sharing", "aggregate"))
    kept = {"code": code[:MAX_CODE_LENGTH], "sharing": sharing.value}
    throttle: AuthThrottle = request.app.state.auth_limiter
    if throttle.join_blocked(user.principal.key_id) is not None:
        return _page(request, user, session, error="signin.too_many", status=429, **kept)
    if not code or len(code) > MAX_CODE_LENGTH:
        return _page(request, user, session, error="membership.code_wrong", status=422, **kept)
    try:
        display_name = form.get("display_name").strip()[:200] or None
        service.join(session, user.organisation_id, code, sharing, display_name)
    except WrongJoinCode:
        throttle.join_failed(user.principal.key_id)
        return _page(request, user, session, error="membership.code_wrong", status=422, **kept)
    except Conflict:
        return _page(request, user, session, error="membership.already", status=409, **kept)
    return redirect(f"{HOME}?joined=1")


def _membership(session: SessionDep, user: WebUser, cohort_id: uuid.UUID) -> MembershipRead:
    found = next(
        (m for m in service.memberships(session, user.organisation_id) if m.cohort_id == cohort_id),
        None,
    )
    if found is None:
        raise PageError(404, "error.not_found")
    return found


@router.post(f"{HOME}/{{cohort_id}}/sharing")
def change_sharing(
    cohort_id: uuid.UUID, form: CheckedForm, user: Member, session: SessionDep
) -> Response:
    sharing = _sharing(form.get("sharing"))
    service.change_sharing(session, user.principal, cohort_id, user.organisation_id, sharing)
    return redirect(f"{HOME}?changed=1")


@router.get(f"{HOME}/{{cohort_id}}/leave")
def confirm_leave(
    request: Request, cohort_id: uuid.UUID, user: Member, session: SessionDep
) -> Response:
    membership = _membership(session, user, cohort_id)
    return render(
        request,
        "confirm.html",
        user,
        title_key="membership.leave_title",
        text_key="membership.leave_text",
        params={"name": membership.cohort_name},
        action=f"{HOME}/{cohort_id}/leave",
        button_key="membership.leave_button",
        danger=True,
        cancel=HOME,
    )


@router.post(f"{HOME}/{{cohort_id}}/leave")
def leave(cohort_id: uuid.UUID, form: CheckedForm, user: Member, session: SessionDep) -> Response:
    service.leave(session, user.principal, cohort_id, user.organisation_id)
    return redirect(f"{HOME}?left=1")
