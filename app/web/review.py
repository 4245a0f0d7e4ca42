"""Review a draft before submitting: what is missing, what to check; then submit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from fastapi import Request
from starlette.responses import Response

from app.assessments import service
from app.catalogue.router import RegistryDep
from app.db.session import SessionDep
from app.errors import Conflict
from app.scoring import UnsureAnswer
from app.web.answer_labels import answer_label
from app.web.deps import CheckedForm, Member, PageError, ui_locale
from app.web.drafts import Draft
from app.web.i18n import Translator
from app.web.questionnaire_view import page_of_question
from app.web.routing import page_router, redirect, render

router = page_router()


@dataclass(frozen=True)
class QuestionLink:
    text: str
    href: str
    section: str


def _question_href(draft: Draft, page_key: str, question_id: str) -> str:
    return f"/assessments/{draft.assessment.id}/pages/{page_key}#q-{question_id}"


def _links(draft: Draft, question_ids: list[str]) -> list[QuestionLink]:
    texts = {q.id: q.text for page in draft.pages for q in page.questions}
    titles = {page.key: page.title for page in draft.pages}
    links = []
    for question_id in question_ids:
        page = page_of_question(draft.pages, question_id)
        if page is None or question_id not in draft.visible:
            continue
        text = draft.loc(texts[question_id]) or question_id
        href = _question_href(draft, page, question_id)
        links.append(QuestionLink(text, href, titles[page]))
    return links


@dataclass(frozen=True)
class AnswerLine:
    question: str
    answer: str | None  # None: not answered yet
    comment: str | None
    href: str


@dataclass(frozen=True)
class SectionAnswers:
    title: str
    answered: int
    lines: list[AnswerLine]


def _answer_summary(draft: Draft, t: Translator) -> list[SectionAnswers]:
    """Every question that applies, with its answer in words, section by section."""
    sections = []
    for page in draft.pages:
        lines = []
        for question in page.questions:
            if question.id not in draft.visible:
                continue
            answer = draft.answers.get(question.id)
            shown = answer_label(question, answer.model_dump(), draft.loc, t) if answer else None
            lines.append(
                AnswerLine(
                    question=draft.loc(question.text) or question.id,
                    answer=shown,
                    comment=answer.comment if answer else None,
                    href=_question_href(draft, page.key, question.id),
                )
            )
        if lines:
            answered = sum(1 for line in lines if line.answer is not None)
            sections.append(SectionAnswers(page.title, answered, lines))
    return sections


def _by_section(links: list[QuestionLink]) -> list[tuple[str, list[QuestionLink]]]:
    """Links grouped under their section, sections in questionnaire order."""
    groups: dict[str, list[QuestionLink]] = {}
    for link in links:
        groups.setdefault(link.section, []).append(link)
    return list(groups.items())


@router.get("/assessments/{assessment_id}/review")
def review(
    request: Request,
    assessment_id: uuid.UUID,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
) -> Response:
    assessment = service.get_for(session, user.principal, assessment_id, admin=False)
    if assessment.status != "draft":
        return redirect(f"/assessments/{assessment.id}/results")
    t = Translator(ui_locale(request))
    draft = Draft.load(session, assessment, registry, t, user.principal)
    missing = _links(draft, draft.progress.missing_required)
    unsure = sum(
        1 for q, a in draft.answers.items() if isinstance(a, UnsureAnswer) and q in draft.visible
    )
    return render(
        request,
        "review.html",
        user,
        draft=draft,
        missing=_by_section(missing),
        missing_count=len(missing),
        to_check=_links(draft, list(assessment.needs_review)),
        unsure=unsure,
        summary=_answer_summary(draft, t),
        incomplete=request.query_params.get("incomplete") == "1",
    )


@router.post("/assessments/{assessment_id}/submit")
def submit(
    assessment_id: uuid.UUID,
    form: CheckedForm,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
) -> Response:
    assessment = service.get_for(session, user.principal, assessment_id, admin=False)
    results = f"/assessments/{assessment.id}/results"
    if assessment.status != "draft":
        return redirect(results)
    if assessment.team_status == "open":  # the round is closed on the team page first
        return redirect(f"/assessments/{assessment.id}/team")
    entry = service.questionnaire_of(registry, assessment)
    if not service.progress_of(entry, service.answers_of(session, assessment)).complete:
        return redirect(f"/assessments/{assessment.id}/review?incomplete=1")
    try:
        service.submit(session, assessment, registry)
    except Conflict:
        session.rollback()
        session.refresh(assessment)
        if assessment.status != "submitted":  # not a double click: it cannot be scored
            raise PageError(409, "error.conflict") from None
    return redirect(results)
