"""Who is signed in, in which language, and checked form bodies: page dependencies."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import Depends, Request

from app.auth import service as keys
from app.auth.principal import Principal
from app.db.session import SessionDep, side_write
from app.organisations import service as organisation_service
from app.web import csrf, i18n, sessions

SESSION_COOKIE = "rdsa_session"
LANGUAGE_COOKIE = "rdsa_lang"
SIGN_IN_COOKIE = "rdsa_signin"  # the sign-in form's token, before any session exists
MAX_FORM_FIELDS = 2000


class SignInRequired(Exception):
    """No live session: the page redirects to sign-in."""


class PageError(Exception):
    """A page cannot be shown; ``message`` is an i18n key explaining why."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass(frozen=True)
class WebUser:
    principal: Principal
    csrf_secret: str
    time_zone: str = "UTC"  # the member's organisation's; staff read times in UTC

    @property
    def organisation_id(self) -> uuid.UUID:
        """The member's organisation (only called on member pages)."""
        assert self.principal.organisation_id is not None
        return self.principal.organisation_id

    def csrf_token(self) -> str:
        return csrf.mask(self.csrf_secret)


def ui_locale(request: Request) -> str:
    return i18n.pick(request.cookies.get(LANGUAGE_COOKIE), request.headers.get("accept-language"))


def optional_user(request: Request, session: SessionDep) -> WebUser | None:
    found = sessions.find(session, request.cookies.get(SESSION_COOKIE))
    if found is None:
        return None
    if found.needs_refresh:
        with side_write(request, session) as writer:
            sessions.refresh(writer, found.row.id_hash)
    principal = keys.principal_of(found.key)
    request.state.principal = principal
    zone = "UTC"
    if principal.organisation_id is not None:
        zone = organisation_service.time_zone_of(session, principal.organisation_id)
    return WebUser(principal=principal, csrf_secret=found.row.csrf_secret, time_zone=zone)


OptionalUser = Annotated[WebUser | None, Depends(optional_user, scope="function")]


def required_user(user: OptionalUser) -> WebUser:
    if user is None:
        raise SignInRequired
    return user


SignedIn = Annotated[WebUser, Depends(required_user, scope="function")]


def member_user(user: SignedIn) -> WebUser:
    if user.principal.organisation_id is None:
        raise PageError(403, "error.members_only")
    return user


Member = Annotated[WebUser, Depends(member_user, scope="function")]


def staff_user(user: SignedIn) -> WebUser:
    """A facilitator or an admin: the people who run cohorts."""
    if not (user.principal.is_facilitator or user.principal.is_admin):
        raise PageError(403, "error.staff_only")
    return user


Staff = Annotated[WebUser, Depends(staff_user, scope="function")]


class WebForm:
    """A parsed ``application/x-www-form-urlencoded`` body."""

    def __init__(self, fields: dict[str, list[str]]) -> None:
        self.fields = fields

    def get(self, name: str, default: str = "") -> str:
        values = self.fields.get(name)
        return values[0] if values else default

    def all(self, name: str) -> list[str]:
        return list(self.fields.get(name, []))


async def read_form(request: Request) -> WebForm:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if content_type != "application/x-www-form-urlencoded" and (body or content_type):
        raise PageError(415, "error.bad_form")
    try:
        fields = parse_qs(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=False,
            max_num_fields=MAX_FORM_FIELDS,
        )
    except (UnicodeDecodeError, ValueError):
        raise PageError(400, "error.bad_form") from None
    return WebForm(fields)


FormBody = Annotated[WebForm, Depends(read_form)]


def checked_form(user: SignedIn, form: FormBody) -> WebForm:
    """The form of a signed-in person, if its token belongs to their session."""
    if not csrf.matches(form.get("csrf"), user.csrf_secret):
        raise PageError(403, "error.csrf")
    return form


CheckedForm = Annotated[WebForm, Depends(checked_form, scope="function")]
