"""Answering a draft: one page per domain (context first), review, submit."""

from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import quote

from fastapi import Query, Request
from starlette.responses import JSONResponse, Response

from app.assessments import service
from app.catalogue.router import RegistryDep
from app.db.session import SessionDep
from app.models import Assessment
from app.questionnaire.registry import Registry
from app.web.answer_form import PageInput
from app.web.deps import CheckedForm, Member, PageError, WebUser, ui_locale
from app.web.drafts import Draft, save_page
from app.web.i18n import LOCALES, Translator
from app.web.questionnaire_view import find_page, page_of_question, page_statuses
from app.web.routing import page_router, redirect, render

router = page_router()


def _draft_or_results(
    session: SessionDep, user: WebUser, assessment_id: uuid.UUID
) -> tuple[Assessment, Response | None]:
    assessment = service.get_for(session, user.principal, assessment_id, admin=False)
    if assessment.status != "draft":
        return assessment, redirect(f"/assessments/{assessment.id}/results")
    return assessment, None


def _load(
    request: Request,
    session: SessionDep,
    user: WebUser,
    assessment: Assessment,
    registry: Registry,
) -> Draft:
    t = Translator(ui_locale(request))
    return Draft.load(session, assessment, registry, t, user.principal)


@router.get("/assessments/{assessment_id}")
def assessment_home(
    assessment_id: uuid.UUID, user: Member, session: SessionDep, registry: RegistryDep
) -> Response:
    """Drafts continue at their first page with a missing answer; submitted ones show results."""
    assessment, done = _draft_or_results(session, user, assessment_id)
    if done is not None:
        return done
    draft = Draft.load(session, assessment, registry, Translator("en"), user.principal)
    missing = draft.progress.missing_required
    key = page_of_question(draft.pages, missing[0]) if missing else None
    if key is None and not draft.answers:
        key = draft.pages[0].key
    target = f"pages/{key}" if key else "review"
    return redirect(f"/assessments/{assessment.id}/{target}")


def _page_response(
    request: Request,
    user: WebUser,
    draft: Draft,
    index: int,
    given: PageInput | None = None,
    *,
    saved: bool = False,
    more: bool = False,
) -> Response:
    page = draft.pages[index]
    errors = given.errors if given else {}
    questions = draft.questions(page, given.entered if given else None, errors)
    return render(
        request,
        "page.html",
        user,
        status=422 if errors else 200,
        draft=draft,
        page=page,
        index=index,
        questions=questions,
        statuses=page_statuses(draft.pages, draft.answers, draft.visible, page.key),
        previous_key=draft.pages[index - 1].key if index > 0 else None,
        next_key=draft.pages[index + 1].key if index + 1 < len(draft.pages) else None,
        errors=[q for q in questions if q.error],
        saved=saved,
        more=more,
    )


@router.get("/assessments/{assessment_id}/pages/{page_key}")
def questionnaire_page(
    request: Request,
    assessment_id: uuid.UUID,
    page_key: str,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
    saved: Annotated[bool, Query()] = False,
    more: Annotated[bool, Query()] = False,
) -> Response:
    assessment, done = _draft_or_results(session, user, assessment_id)
    if done is not None:
        return done
    draft = _load(request, session, user, assessment, registry)
    index = find_page(draft.pages, page_key)
    if index is None:
        raise PageError(404, "error.not_found")
    return _page_response(request, user, draft, index, saved=saved, more=more)


# Links that leave a question page are buttons of its form (see base.html), so that
# leaving saves first, with or without JavaScript. Only these places, never a free URL.
LEAVE_TO = {"home": "/dashboard", "data": "/data"}


def _destination(draft: Draft, index: int, go: str) -> str:
    base = f"/assessments/{draft.assessment.id}"
    keys = [p.key for p in draft.pages]
    if go in LEAVE_TO:
        return LEAVE_TO[go]
    if go.startswith("lang:") and go[5:] in LOCALES:
        return f"/language/{go[5:]}?next={quote(f'{base}/pages/{keys[index]}')}"
    if go.startswith("to:") and go[3:] in keys:
        return f"{base}/pages/{go[3:]}"
    if go == "back" and index > 0:
        return f"{base}/pages/{keys[index - 1]}"
    if go == "next":
        return f"{base}/pages/{keys[index + 1]}" if index + 1 < len(keys) else f"{base}/review"
    if go == "review":
        return f"{base}/review"
    return f"{base}/pages/{keys[index]}?saved=true"


def _autosave_reply(draft: Draft, given: PageInput, t: Translator, change: str | None) -> Response:
    return JSONResponse(
        {
            "saved": not given.errors,
            "errors": {q: t(key) for q, key in given.errors.items()},
            "answered": draft.progress.answered,
            "applicable": draft.progress.applicable,
            "required": draft.progress.required,
            "required_answered": draft.progress.required_answered,
            "optional": draft.progress.optional,
            "optional_answered": draft.progress.optional_answered,
            "reload": change,  # show_if: "more" or "fewer" questions on this page now
        }
    )


def _shown_now(draft: Draft, index: int) -> set[str]:
    return {q.id for q in draft.pages[index].questions if q.id in draft.visible}


@router.post("/assessments/{assessment_id}/pages/{page_key}")
def save_questionnaire_page(
    request: Request,
    assessment_id: uuid.UUID,
    page_key: str,
    form: CheckedForm,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
) -> Response:
    assessment, done = _draft_or_results(session, user, assessment_id)
    if done is not None:
        return done
    draft = _load(request, session, user, assessment, registry)
    index = find_page(draft.pages, page_key)
    if index is None:
        raise PageError(404, "error.not_found")
    given = save_page(session, draft, draft.pages[index], form, registry)
    fresh = _load(request, session, user, assessment, registry)
    appeared = _shown_now(fresh, index) - set(form.get("shown").split())
    if request.headers.get("x-autosave") == "1":
        before, after = _shown_now(draft, index), _shown_now(fresh, index)
        change = "more" if after - before else "fewer" if before - after else None
        return _autosave_reply(fresh, given, Translator(ui_locale(request)), change)
    if given.errors:
        return _page_response(request, user, fresh, index, given)
    if appeared:  # answers on this page opened more questions here: show them first
        return redirect(f"/assessments/{assessment.id}/pages/{draft.pages[index].key}?more=true")
    return redirect(_destination(fresh, index, form.get("go", "save")))
