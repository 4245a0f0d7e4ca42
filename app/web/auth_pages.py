"""Sign in with an access key, sign out, choose the interface language."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Query, Request
from starlette.responses import Response

from app.auth import service as keys
from app.auth.ratelimit import AuthThrottle
from app.db.session import SessionDep
from app.web import i18n, sessions
from app.web.deps import (
    LANGUAGE_COOKIE,
    SESSION_COOKIE,
    SIGN_IN_COOKIE,
    CheckedForm,
    FormBody,
    OptionalUser,
    PageError,
)
from app.web.routing import page_router, redirect, render, safe_next

router = page_router()

LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600
MAX_KEY_LENGTH = 200
NextQuery = Annotated[str | None, Query(max_length=500)]


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _sign_in_page(
    request: Request, *, next_path: str, error: str | None = None, status: int = 200
) -> Response:
    token = request.cookies.get(SIGN_IN_COOKIE) or secrets.token_urlsafe(32)
    headers = {"Retry-After": "60"} if status == 429 else None
    response = render(
        request,
        "home.html",
        None,
        status=status,
        headers=headers,
        sign_in_token=token,
        next_path=next_path,
        error=error,
        erased=request.query_params.get("erased") == "1",
    )
    response.set_cookie(
        SIGN_IN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request)
    )
    return response


@router.get("/")
def home(request: Request, user: OptionalUser, next: NextQuery = None) -> Response:
    if user is not None:
        return redirect(safe_next(next))
    return _sign_in_page(request, next_path=safe_next(next))


@router.post("/sign-in")
def sign_in(request: Request, form: FormBody, session: SessionDep) -> Response:
    next_path = safe_next(form.get("next"))
    expected = request.cookies.get(SIGN_IN_COOKIE, "")
    if not expected or not hmac.compare_digest(form.get("csrf").encode(), expected.encode()):
        return _sign_in_page(request, next_path=next_path, error="signin.expired", status=403)
    token = form.get("key").strip()
    key = keys.authenticate(session, token) if 0 < len(token) <= MAX_KEY_LENGTH else None
    if key is None:
        throttle: AuthThrottle = request.app.state.auth_limiter
        client = request.client.host if request.client else "unknown"
        if throttle.key_failed(client, token[:MAX_KEY_LENGTH]) is not None:
            return _sign_in_page(request, next_path=next_path, error="signin.too_many", status=429)
        return _sign_in_page(request, next_path=next_path, error="signin.invalid", status=422)
    sessions.end(session, request.cookies.get(SESSION_COOKIE))  # never two at once
    session_id = sessions.start(session, key)
    keys.touch(session, key.id)
    response = redirect(next_path)
    response.set_cookie(
        SESSION_COOKIE, session_id, httponly=True, samesite="lax", secure=_secure(request)
    )
    response.delete_cookie(SIGN_IN_COOKIE)
    return response


@router.post("/sign-out")
def sign_out(request: Request, form: CheckedForm, session: SessionDep) -> Response:
    sessions.end(session, request.cookies.get(SESSION_COOKIE))
    response = redirect("/")
    response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="lax")
    return response


@router.get("/language/{code}")
def choose_language(request: Request, code: str, next: NextQuery = None) -> Response:
    if code not in i18n.LOCALES:
        raise PageError(404, "error.not_found")
    response = redirect(safe_next(next, "/"))
    response.set_cookie(
        LANGUAGE_COOKIE,
        code,
        max_age=LANGUAGE_COOKIE_SECONDS,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
    return response
