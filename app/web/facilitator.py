"""Facilitator pages: cohorts (list, create, rotate the join code, delete) and their summaries.

A facilitator sees its own cohorts, an admin every cohort (``cohorts.service`` decides).
Join codes are shown once: in the page that answers the POST that made them, never
stored for a later page. Summaries live in ``facilitator_summary``.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query, Request
from pydantic import ValidationError
from starlette.responses import Response

from app.cohorts import codes, service
from app.cohorts.schemas import CohortCreate
from app.db.session import SessionDep
from app.models import Cohort
from app.web import facilitator_summary
from app.web.deps import CheckedForm, Staff, WebUser
from app.web.routing import FACILITATOR_HOME, page_router, redirect, render

router = page_router()
router.include_router(facilitator_summary.router)
PAGE_SIZE = 50
CODE_EXAMPLE = "K7QF-3MZP-W2XA-9TDB"


def _cohort(session: SessionDep, user: WebUser, cohort_id: uuid.UUID) -> Cohort:
    return service.get_for_staff(session, user.principal, cohort_id)


def _home(
    request: Request,
    user: WebUser,
    session: SessionDep,
    *,
    page: int = 1,
    name: str = "",
    error: str | None = None,
) -> Response:
    cohorts, total = service.page(
        session, user.principal, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )
    return render(
        request,
        "facilitator_home.html",
        user,
        status=422 if error else 200,
        cohorts=cohorts,
        total=total,
        page=page,
        has_next=page * PAGE_SIZE < total,
        name=name,
        error=error,
        deleted=request.query_params.get("deleted") == "1",
    )


@router.get(FACILITATOR_HOME)
def facilitator_home(
    request: Request,
    user: Staff,
    session: SessionDep,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    return _home(request, user, session, page=page)


def _code_page(
    request: Request, user: WebUser, cohort: Cohort, code: str, *, new: bool
) -> Response:
    return render(
        request,
        "cohort_code.html",
        user,
        status=201 if new else 200,
        cohort=cohort,
        code=code,
        new=new,
        alphabet=codes.ALPHABET,
        example=CODE_EXAMPLE,
    )


@router.post(f"{FACILITATOR_HOME}/cohorts")
def create_cohort(
    request: Request, form: CheckedForm, user: Staff, session: SessionDep
) -> Response:
    name = form.get("name")
    try:
        data = CohortCreate(name=name)
    except ValidationError:
        data = None
    if data is None or not data.name:  # the schema lets a blank name through
        return _home(request, user, session, name=name, error="cohorts.name_invalid")
    cohort, code = service.create(session, user.principal, data)
    return _code_page(request, user, cohort, code, new=True)


@router.get(f"{FACILITATOR_HOME}/cohorts/{{cohort_id}}")
def cohort_page(
    request: Request, cohort_id: uuid.UUID, user: Staff, session: SessionDep
) -> Response:
    cohort = _cohort(session, user, cohort_id)
    return render(request, "cohort.html", user, cohort=service.read(session, cohort))


def _confirm(
    request: Request, user: WebUser, cohort: Cohort, *, action: str, kind: str
) -> Response:
    return render(
        request,
        "confirm.html",
        user,
        title_key=f"cohorts.confirm_{kind}_title",
        text_key=f"cohorts.confirm_{kind}_text",
        params={"name": cohort.name},
        action=action,
        button_key=f"cohorts.confirm_{kind}_button",
        danger=kind == "delete",
        cancel=f"{FACILITATOR_HOME}/cohorts/{cohort.id}",
    )


@router.get(f"{FACILITATOR_HOME}/cohorts/{{cohort_id}}/rotate")
def confirm_rotate(
    request: Request, cohort_id: uuid.UUID, user: Staff, session: SessionDep
) -> Response:
    cohort = _cohort(session, user, cohort_id)
    action = f"{FACILITATOR_HOME}/cohorts/{cohort.id}/rotate"
    return _confirm(request, user, cohort, action=action, kind="rotate")


@router.post(f"{FACILITATOR_HOME}/cohorts/{{cohort_id}}/rotate")
def rotate_code(
    request: Request, cohort_id: uuid.UUID, form: CheckedForm, user: Staff, session: SessionDep
) -> Response:
    cohort = _cohort(session, user, cohort_id)
    code = service.rotate_code(session, cohort)
    return _code_page(request, user, cohort, code, new=False)


@router.get(f"{FACILITATOR_HOME}/cohorts/{{cohort_id}}/delete")
def confirm_delete(
    request: Request, cohort_id: uuid.UUID, user: Staff, session: SessionDep
) -> Response:
    cohort = _cohort(session, user, cohort_id)
    action = f"{FACILITATOR_HOME}/cohorts/{cohort.id}/delete"
    return _confirm(request, user, cohort, action=action, kind="delete")


@router.post(f"{FACILITATOR_HOME}/cohorts/{{cohort_id}}/delete")
def delete_cohort(
    cohort_id: uuid.UUID, form: CheckedForm, user: Staff, session: SessionDep
) -> Response:
    service.delete(session, _cohort(session, user, cohort_id))
    return redirect(f"{FACILITATOR_HOME}?deleted=1")
