"""Team assessments: open a draft to the team, see who has answered and where answers
differ (never who said what), close the round. Rules live in ``teams.service``; while
a round is open the questionnaire pages save to the signed-in key's own answers
(``drafts.Draft.respondent``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from fastapi import Request
from starlette.responses import Response

from app.assessments import service as assessments
from app.catalogue.router import RegistryDep
from app.db.session import SessionDep
from app.errors import Conflict
from app.models import Assessment
from app.questionnaire.registry import Registry, VersionEntry
from app.teams import service as teams
from app.teams.schemas import TeamRead
from app.web.answer_labels import DisagreementView, disagreements
from app.web.deps import CheckedForm, Member, PageError, WebUser, ui_locale
from app.web.i18n import Translator
from app.web.questionnaire_view import Localise, pages_of
from app.web.routing import page_router, redirect, render

router = page_router()
RULES = ("cautious", "majority")
NOTICES = ("opened", "closed")


@dataclass(frozen=True)
class RespondentView:
    label: str
    is_you: bool
    required_answered: int
    required: int


def _assessment(session: SessionDep, user: WebUser, assessment_id: uuid.UUID) -> Assessment:
    return assessments.get_for(session, user.principal, assessment_id, admin=False)


def _respondents(
    session: SessionDep, team: TeamRead, assessment: Assessment, entry: VersionEntry
) -> list[RespondentView]:
    """Each respondent's progress through its own answers (nobody else's answers shown)."""
    own = teams.respondent_answers(session, assessment.id)
    views = []
    for person in team.respondents:
        progress = assessments.progress_of(entry, own.get(person.key_id, {}))
        views.append(
            RespondentView(
                person.label, person.is_you, progress.required_answered, progress.required
            )
        )
    return sorted(views, key=lambda v: (not v.is_you, v.label.casefold()))


def _discussion(team: TeamRead, entry: VersionEntry, t: Translator) -> list[DisagreementView]:
    locale = entry.negotiate(t.locale, None)
    pages = pages_of(entry.model, locale, t("page.context_title"))
    return disagreements(team.disagreements, entry.model, pages, Localise(entry.model, locale), t)


def _title(entry: VersionEntry, t: Translator) -> str:
    loc = Localise(entry.model, entry.negotiate(t.locale, None))
    return loc(entry.model.title) or entry.slug


@router.get("/assessments/{assessment_id}/team")
def team_page(
    request: Request,
    assessment_id: uuid.UUID,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
) -> Response:
    assessment = _assessment(session, user, assessment_id)
    if assessment.status != "draft":
        return redirect(f"/assessments/{assessment.id}/results#team")
    t = Translator(ui_locale(request))
    entry = assessments.questionnaire_of(registry, assessment)
    notice = next((n for n in NOTICES if request.query_params.get(n) == "1"), None)
    title = _title(entry, t)
    if assessment.team_status is None:
        return render(
            request,
            "team.html",
            user,
            assessment=assessment,
            title=title,
            notice=notice,
            team=None,
            rules=RULES,
        )
    team = teams.read(session, assessment, user.principal, registry)
    return render(
        request,
        "team.html",
        user,
        assessment=assessment,
        title=title,
        notice=notice,
        team=team,
        respondents=_respondents(session, team, assessment, entry),
        discussion=_discussion(team, entry, t),
    )


@router.post("/assessments/{assessment_id}/team/open")
def open_round(
    assessment_id: uuid.UUID, form: CheckedForm, user: Member, session: SessionDep
) -> Response:
    assessment = _assessment(session, user, assessment_id)
    rule = form.get("rule", "cautious")
    if rule not in RULES:
        raise PageError(422, "error.bad_form")
    if assessment.status == "draft" and assessment.team_status != "open":
        teams.open_round(session, assessment, user.principal, rule)
    return redirect(f"/assessments/{assessment.id}/team?opened=1")


@router.get("/assessments/{assessment_id}/team/close")
def confirm_close(
    request: Request, assessment_id: uuid.UUID, user: Member, session: SessionDep
) -> Response:
    assessment = _assessment(session, user, assessment_id)
    if assessment.team_status != "open":
        return redirect(f"/assessments/{assessment.id}/team")
    return render(
        request,
        "confirm.html",
        user,
        title_key="team.close_title",
        text_key="team.close_text",
        params={},
        action=f"/assessments/{assessment.id}/team/close",
        button_key="team.close_confirm",
        danger=False,
        cancel=f"/assessments/{assessment.id}/team",
    )


def _close(session: SessionDep, assessment: Assessment, registry: Registry) -> None:
    try:
        teams.close_round(session, assessment, registry)
    except Conflict:
        if assessment.status == "draft" and assessment.team_status == "open":
            raise PageError(409, "team.cannot_close") from None  # nobody has answered yet
        # otherwise it was closed (or submitted) meanwhile: nothing left to do


@router.post("/assessments/{assessment_id}/team/close")
def close_round(
    assessment_id: uuid.UUID,
    form: CheckedForm,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
) -> Response:
    assessment = _assessment(session, user, assessment_id)
    _close(session, assessment, registry)
    return redirect(f"/assessments/{assessment.id}/team?closed=1")
