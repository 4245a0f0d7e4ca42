"""The organisation's own data: download everything, see who accessed it, erase it."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from fastapi import Query, Request
from pydantic import ValidationError
from starlette.responses import Response

from app.access_log import service as access_log
from app.auth.service import BOOTSTRAP_LABEL
from app.db.base import utcnow
from app.db.session import SessionDep
from app.exports import service as export
from app.models import Organisation
from app.organisations import service as organisations
from app.organisations.schemas import OrganisationUpdate
from app.web.deps import SESSION_COOKIE, CheckedForm, Member, WebUser, ui_locale
from app.web.i18n import Translator
from app.web.routing import page_router, redirect, render
from app.web.templating import encoded

router = page_router()
LOG_PAGE_SIZE = 50


def _organisation(session: SessionDep, user: WebUser) -> Organisation:
    return organisations.get_for(session, user.principal, user.organisation_id)


# Offered as you type; any IANA name is accepted. Where the programme's cohorts work.
SUGGESTED_ZONES = (
    "UTC",
    "America/Mexico_City",
    "America/Guatemala",
    "America/Bogota",
    "America/Lima",
    "America/La_Paz",
    "America/Santiago",
    "America/Argentina/Buenos_Aires",
    "America/Sao_Paulo",
    "America/Manaus",
    "Africa/Lagos",
    "Africa/Accra",
    "Africa/Dakar",
    "Africa/Kinshasa",
    "Africa/Nairobi",
    "Africa/Kampala",
    "Africa/Johannesburg",
    "Africa/Maputo",
    "Africa/Luanda",
    "Europe/London",
    "Europe/Lisbon",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Asia/Manila",
)


def _data_page(
    request: Request,
    user: WebUser,
    organisation: Organisation,
    *,
    zone_saved: bool = False,
    zone_error: bool = False,
    zone_typed: str = "",
) -> Response:
    return render(
        request,
        "data.html",
        user,
        status=422 if zone_error else 200,
        organisation=organisation,
        suggested_zones=SUGGESTED_ZONES,
        zone_saved=zone_saved,
        zone_error=zone_error,
        zone_typed=zone_typed,
    )


@router.get("/data")
def data_home(
    request: Request,
    user: Member,
    session: SessionDep,
    zone: Annotated[bool, Query()] = False,
) -> Response:
    return _data_page(request, user, _organisation(session, user), zone_saved=zone)


@router.post("/data/time-zone")
def change_time_zone(
    request: Request, form: CheckedForm, user: Member, session: SessionDep
) -> Response:
    organisation = _organisation(session, user)
    typed = form.get("time_zone").strip()
    try:
        change = OrganisationUpdate(time_zone=typed)
    except ValidationError:
        return _data_page(request, user, organisation, zone_error=True, zone_typed=typed)
    organisations.update(session, organisation, change)
    return redirect("/data?zone=true#time-zone")


@router.get("/data/export")
def download_export(request: Request, user: Member, session: SessionDep) -> Response:
    document = export.export(session, _organisation(session, user))
    name = f"rdsa-export-{utcnow():%Y-%m-%d}.json"
    return encoded(
        request,
        document.model_dump_json(indent=2).encode("utf-8"),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def actor_in_words(role: str, label: str | None, t: Translator) -> str:
    """Who read, as a person would say it: the role in words, then the key's own label.

    The installation's admin key is named for what it is, not by its technical label.
    """
    if label == BOOTSTRAP_LABEL:
        return t("log.actor.bootstrap")
    words = t.get(f"role.{role}", role)
    return t("log.actor.labelled", role=words, label=label) if label else words


@router.get("/data/access-log")
def access_log_page(
    request: Request,
    user: Member,
    session: SessionDep,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    organisation = _organisation(session, user)
    rows, total = access_log.page(
        session, organisation.id, limit=LOG_PAGE_SIZE, offset=(page - 1) * LOG_PAGE_SIZE
    )
    t = Translator(ui_locale(request))
    return render(
        request,
        "access_log.html",
        user,
        entries=[(row, actor_in_words(row.actor_role, row.actor_label, t)) for row in rows],
        total=total,
        page=page,
        has_next=page * LOG_PAGE_SIZE < total,
    )


@router.get("/data/erase")
def erase_page(request: Request, user: Member, session: SessionDep) -> Response:
    return render(
        request, "erase.html", user, organisation=_organisation(session, user), error=None
    )


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", _normal(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _same_name(typed: str, name: str) -> bool:
    """Capitals and spaces do not matter; accents do (this step cannot be undone)."""
    return bool(typed.strip()) and _normal(typed) == _normal(name)


def _mismatch(typed: str, name: str) -> str:
    """Why the typed name was refused: say so when only the accents differ."""
    if typed.strip() and _without_accents(typed) == _without_accents(name):
        return "erase.mismatch_accents"
    return "erase.mismatch"


@router.post("/data/erase")
def erase(request: Request, form: CheckedForm, user: Member, session: SessionDep) -> Response:
    organisation = _organisation(session, user)
    if not _same_name(form.get("confirm"), organisation.name):
        return render(
            request,
            "erase.html",
            user,
            status=422,
            organisation=organisation,
            error=_mismatch(form.get("confirm"), organisation.name),
        )
    organisations.erase(session, organisation)  # keys and their web sessions go too
    response = redirect("/?erased=1")
    response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="lax")
    return response
