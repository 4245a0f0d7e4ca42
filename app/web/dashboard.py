"""The organisation's home: its assessments, and starting a new one or a follow-up."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Query, Request
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.responses import Response

from app.assessments import repository, service
from app.assessments.schemas import AssessmentCreate
from app.auth.principal import Principal
from app.catalogue.router import RegistryDep, ResourcesDep
from app.db.session import SessionDep
from app.models import Assessment
from app.organisations import service as organisations
from app.questionnaire.registry import Registry
from app.questionnaire.texts import pick_locale
from app.scoring import Answer, Progress
from app.teams import service as teams
from app.web import plan_view
from app.web.deps import CheckedForm, Member, PageError, SignedIn, WebUser, ui_locale
from app.web.routing import page_router, redirect, render

router = page_router()
LISTED = 50


@dataclass(frozen=True)
class AssessmentItem:
    id: uuid.UUID
    title: str
    version: str
    status: str
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    progress: Progress | None  # drafts only
    score: float | None
    team_status: str | None


@dataclass(frozen=True)
class StartOption:
    slug: str
    title: str
    version: str
    follow_up_from: Assessment | None
    has_draft: bool  # then starting another one asks first


def _title(registry: Registry, slug: str, version: str, locale: str) -> str:
    entry = registry.get(slug, version)
    if entry is None:
        return slug
    return str(pick_locale(entry.model.title, locale, entry.model.default_locale))


def _draft_answers(
    session: Session, assessment: Assessment, principal: Principal
) -> dict[str, Answer]:
    """During a team round, the person's own answers; otherwise the organisation's."""
    if assessment.team_status == "open":
        return teams.my_answers(session, assessment, principal)
    return service.answers_of(session, assessment)


def _item(
    session: Session, registry: Registry, assessment: Assessment, user: WebUser, locale: str
) -> AssessmentItem:
    slug, version = assessment.questionnaire_slug, assessment.questionnaire_version
    progress = None
    score = None
    entry = registry.get(slug, version)
    if assessment.status == "draft" and entry is not None:
        answers = _draft_answers(session, assessment, user.principal)
        progress = service.progress_of(entry, answers)
    elif (result := repository.result_of(session, assessment.id)) is not None:
        score = result.overall_score
    return AssessmentItem(
        id=assessment.id,
        title=_title(registry, slug, version, locale),
        version=version,
        status=assessment.status,
        created_at=assessment.created_at,
        updated_at=assessment.updated_at,
        submitted_at=assessment.submitted_at,
        progress=progress,
        score=score,
        team_status=assessment.team_status,
    )


def _start_options(
    session: Session, registry: Registry, organisation_id: uuid.UUID, locale: str
) -> list[StartOption]:
    options = []
    for slug in registry.slugs():
        entry = registry.latest_published(slug)
        if entry is None:
            continue
        last = repository.latest_submitted(session, organisation_id, slug=slug)
        title = str(pick_locale(entry.model.title, locale, entry.model.default_locale))
        has_draft = bool(repository.drafts_of(session, organisation_id, slug))
        options.append(StartOption(slug, title, entry.version, last, has_draft))
    return options


@router.get("/dashboard")
def dashboard(
    request: Request,
    user: SignedIn,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
) -> Response:
    if user.principal.organisation_id is None:
        return render(request, "staff.html", user, role=user.principal.role.value)
    organisation = organisations.get_for(session, user.principal, user.organisation_id)
    locale = ui_locale(request)
    rows, total = repository.page_for_organisation(session, organisation.id, limit=LISTED, offset=0)
    return render(
        request,
        "dashboard.html",
        user,
        organisation=organisation,
        assessments=[_item(session, registry, a, user, locale) for a in rows],
        total=total,
        plans=plan_view.for_dashboard(
            session, user.principal, organisation.id, registry, resources
        ),
        start_options=_start_options(session, registry, organisation.id, locale),
        discarded=request.query_params.get("discarded") == "1",
    )


def _new_draft_path(slug: str, source: str | None) -> str:
    query = urlencode({"questionnaire": slug, **({"from": source} if source else {})})
    return f"/assessments/new?{query}"


@router.post("/assessments")
def start_assessment(
    form: CheckedForm, user: Member, session: SessionDep, registry: RegistryDep
) -> Response:
    try:
        data = AssessmentCreate(
            questionnaire=form.get("questionnaire"),
            from_assessment=form.get("from") or None,
        )
    except ValidationError:
        raise PageError(422, "error.bad_form") from None
    drafts = repository.drafts_of(session, user.organisation_id, data.questionnaire)
    if drafts and form.get("confirm") != "yes":
        source = str(data.from_assessment) if data.from_assessment else None
        return redirect(_new_draft_path(data.questionnaire, source))
    assessment = service.create(session, user.organisation_id, data, registry)
    return redirect(f"/assessments/{assessment.id}")


@router.get("/assessments/new")
def confirm_new_draft(
    request: Request,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
    questionnaire: Annotated[str, Query(max_length=64)],
    source: Annotated[uuid.UUID | None, Query(alias="from")] = None,
) -> Response:
    """A draft of this questionnaire exists: say so (when it was started, how far it
    got) before making another, and offer to continue or discard it instead."""
    locale = ui_locale(request)
    drafts = repository.drafts_of(session, user.organisation_id, questionnaire)
    if not drafts:
        raise PageError(404, "error.not_found")
    entry = registry.latest_published(questionnaire)
    if entry is None:
        raise PageError(404, "error.not_found")
    if source is not None:
        service.get_for(session, user.principal, source, admin=False)
    return render(
        request,
        "new_draft.html",
        user,
        title=str(pick_locale(entry.model.title, locale, entry.model.default_locale)),
        slug=questionnaire,
        source=source,
        drafts=[_item(session, registry, a, user, locale) for a in drafts],
    )


@router.get("/assessments/{assessment_id}/discard")
def confirm_discard(
    request: Request,
    assessment_id: uuid.UUID,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
) -> Response:
    assessment = _own_draft(session, user, assessment_id)
    item = _item(session, registry, assessment, user, ui_locale(request))
    return render(request, "discard.html", user, draft=item)


@router.post("/assessments/{assessment_id}/discard")
def discard_draft(
    assessment_id: uuid.UUID, form: CheckedForm, user: Member, session: SessionDep
) -> Response:
    service.delete_draft(session, _own_draft(session, user, assessment_id))
    return redirect("/dashboard?discarded=1")


def _own_draft(session: Session, user: WebUser, assessment_id: uuid.UUID) -> Assessment:
    assessment = service.get_for(session, user.principal, assessment_id, admin=False)
    if assessment.status != "draft":
        raise PageError(409, "error.conflict")
    return assessment
