"""Self sign-up at /join: an organisation creates itself with a cohort's join code.

Nobody is signed in yet, so the form is protected like the sign-in form (a random token
in a strict cookie, echoed in the form). On success the new organisation's first key is
shown once, on the page answering the POST, and the browser is signed in with it. The
rules are ``cohorts.service.sign_up``'s; a wrong code counts as a failed attempt in the
same per-address limiter as sign-in.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request
from pydantic import ValidationError
from starlette.responses import Response

from app.auth import service as keys
from app.auth.ratelimit import AuthThrottle
from app.cohorts import service
from app.cohorts.schemas import Sharing, SignUpRequest
from app.db.session import SessionDep
from app.errors import WrongJoinCode
from app.web import sessions
from app.web.deps import SESSION_COOKIE, SIGN_IN_COOKIE, FormBody, OptionalUser
from app.web.routing import page_router, render

router = page_router()
PATH = "/join"
FIELDS = ("code", "name", "display_name", "sharing")


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _form_page(
    request: Request,
    user: OptionalUser,
    *,
    values: dict[str, str] | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    token = request.cookies.get(SIGN_IN_COOKIE) or secrets.token_urlsafe(32)
    kept = dict.fromkeys(FIELDS, "") | {"sharing": Sharing.AGGREGATE.value} | (values or {})
    response = render(
        request,
        "join.html",
        user,
        status=status,
        sign_in_token=token,
        values=kept,
        levels=[level.value for level in Sharing],
        error=error,
        token=None,
    )
    response.set_cookie(
        SIGN_IN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request)
    )
    return response


@router.get(PATH)
def sign_up_page(request: Request, user: OptionalUser) -> Response:
    return _form_page(request, user, values={"code": request.query_params.get("code", "")[:64]})


@router.post(PATH)
def sign_up(request: Request, form: FormBody, session: SessionDep, user: OptionalUser) -> Response:
    values = {name: form.get(name).strip()[:200] for name in FIELDS}
    values["sharing"] = values["sharing"] or Sharing.AGGREGATE.value
    expected = request.cookies.get(SIGN_IN_COOKIE, "")
    if not expected or not hmac.compare_digest(form.get("csrf").encode(), expected.encode()):
        return _form_page(request, user, values=values, error="signin.expired", status=403)
    throttle: AuthThrottle = request.app.state.auth_limiter
    client = request.client.host if request.client else "unknown"
    if throttle.sign_up_blocked(client) is not None:
        return _form_page(request, user, values=values, error="signin.too_many", status=429)
    try:
        data = SignUpRequest.model_validate(
            {
                "join_code": values["code"] or "-",
                "organisation": {"name": values["name"]},
                "display_name": values["display_name"] or None,
                "sharing": values["sharing"] or "aggregate",
            }
        )
    except ValidationError:
        return _form_page(request, user, values=values, error="join.invalid", status=422)
    try:
        created = service.sign_up(session, data)
    except WrongJoinCode:
        throttle.sign_up_failed(client)
        return _form_page(request, user, values=values, error="membership.code_wrong", status=422)
    key = keys.authenticate(session, created.token)
    assert key is not None  # just issued
    sessions.end(session, request.cookies.get(SESSION_COOKIE))
    session_id = sessions.start(session, key)
    response = render(
        request,
        "join.html",
        None,
        status=201,
        token=created.token,
        cohort_name=created.membership.cohort_name,
        display_name=created.membership.display_name,
    )
    response.set_cookie(
        SESSION_COOKIE, session_id, httponly=True, samesite="lax", secure=_secure(request)
    )
    response.delete_cookie(SIGN_IN_COOKIE)
    return response
