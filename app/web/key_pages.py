"""Team keys: each colleague answering a team round needs a member key of their own.

Issue a labelled key (its token is shown once, in the page answering the POST), list
the organisation's keys, revoke one. The key the person is signed in with cannot be
revoked here, so nobody locks themselves out by mistake.
"""

from __future__ import annotations

import uuid

from fastapi import Request
from pydantic import ValidationError
from starlette.responses import Response

from app.auth import service as keys
from app.auth.schemas import MemberKeyCreate
from app.db.session import SessionDep
from app.models import ApiKey
from app.organisations import service as organisations
from app.web.deps import CheckedForm, Member, PageError, WebUser
from app.web.routing import page_router, redirect, render

router = page_router()
HOME = "/data/keys"


def _page(
    request: Request,
    user: WebUser,
    session: SessionDep,
    *,
    status: int = 200,
    created: ApiKey | None = None,
    token: str | None = None,
    label: str = "",
    error: str | None = None,
) -> Response:
    return render(
        request,
        "keys.html",
        user,
        status=status,
        keys=keys.list_member_keys(session, user.organisation_id),
        created=created,
        token=token,
        label=label,
        error=error,
        revoked=request.query_params.get("revoked") == "1",
    )


@router.get(HOME)
def keys_page(request: Request, user: Member, session: SessionDep) -> Response:
    return _page(request, user, session)


@router.post(HOME)
def issue_key(request: Request, form: CheckedForm, user: Member, session: SessionDep) -> Response:
    label = form.get("label").strip()
    try:
        data = MemberKeyCreate(label=label)
    except ValidationError:
        data = None
    if data is None or not data.label:  # a colleague's key needs a name to be told apart
        return _page(request, user, session, status=422, label=label, error="keys.label_invalid")
    organisation = organisations.get_for(session, user.principal, user.organisation_id)
    key, token = keys.issue_member_key(session, user.principal, organisation, data.label)
    return _page(request, user, session, status=201, created=key, token=token)


def _other_key(session: SessionDep, user: WebUser, key_id: uuid.UUID) -> ApiKey:
    found = next(
        (k for k in keys.list_member_keys(session, user.organisation_id) if k.id == key_id), None
    )
    if found is None:
        raise PageError(404, "error.not_found")
    if found.id == user.principal.key_id:
        raise PageError(409, "keys.own_key")
    return found


@router.get(f"{HOME}/{{key_id}}/revoke")
def confirm_revoke(
    request: Request, key_id: uuid.UUID, user: Member, session: SessionDep
) -> Response:
    key = _other_key(session, user, key_id)
    return render(
        request,
        "confirm.html",
        user,
        title_key="keys.revoke_title",
        text_key="keys.revoke_text",
        params={"label": key.label or "…" + key.hint},
        action=f"{HOME}/{key.id}/revoke",
        button_key="keys.revoke_button",
        danger=True,
        cancel=HOME,
    )


@router.post(f"{HOME}/{{key_id}}/revoke")
def revoke_key(key_id: uuid.UUID, form: CheckedForm, user: Member, session: SessionDep) -> Response:
    key = _other_key(session, user, key_id)
    keys.revoke_member_key(session, user.organisation_id, key.id)
    return redirect(f"{HOME}?revoked=1")
