"""A draft assessment as the questionnaire pages see it, and saving one page of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.assessments import service
from app.assessments.schemas import AnswersPatch
from app.auth.principal import Principal
from app.errors import InvalidInput
from app.models import Assessment
from app.questionnaire.registry import Registry, VersionEntry
from app.scoring import Answer, Progress, visible
from app.scoring.problems import ProblemCode
from app.teams import service as teams
from app.web.answer_form import PageInput, read_page
from app.web.deps import WebForm
from app.web.i18n import Translator
from app.web.questionnaire_view import (
    Entered,
    Localise,
    PageRef,
    QuestionView,
    entered_from_answer,
    pages_of,
    question_view,
)

# Problems the person can fix get their own message; anything else is generic.
PROBLEM_MESSAGES = {
    ProblemCode.HIDDEN_QUESTION: "answer.hidden",
    ProblemCode.EXCLUSIVE_CONFLICT: "answer.exclusive",
    ProblemCode.TOO_LONG: "answer.too_long",
    ProblemCode.EMPTY_VALUE: "answer.empty",
    ProblemCode.UNSURE_NOT_ALLOWED: "answer.invalid",
    ProblemCode.NA_NOT_ALLOWED: "answer.invalid",
}


@dataclass(frozen=True)
class Draft:
    assessment: Assessment
    entry: VersionEntry
    answers: Mapping[str, Answer]
    pages: list[PageRef]
    visible: set[str]
    loc: Localise
    progress: Progress
    # While a team round is open each key answers privately: whose answers these are.
    respondent: Principal | None

    @classmethod
    def load(
        cls,
        session: Session,
        assessment: Assessment,
        registry: Registry,
        t: Translator,
        principal: Principal,
    ) -> Draft:
        entry = service.questionnaire_of(registry, assessment)
        team_open = assessment.team_status == "open"
        if team_open:
            answers = teams.my_answers(session, assessment, principal)
        else:
            answers = service.answers_of(session, assessment)
        locale = entry.negotiate(t.locale, None)
        return cls(
            assessment=assessment,
            entry=entry,
            answers=answers,
            pages=pages_of(entry.model, locale, t("page.context_title")),
            visible=visible(entry.model, answers),
            loc=Localise(entry.model, locale),
            progress=service.progress_of(entry, answers),
            respondent=principal if team_open else None,
        )

    @property
    def title(self) -> str:
        return self.loc(self.entry.model.title) or self.entry.slug

    def questions(
        self,
        page: PageRef,
        entered: Mapping[str, Entered] | None = None,
        errors: Mapping[str, str] | None = None,
    ) -> list[QuestionView]:
        """The page's visible questions, showing typed values where given."""
        entered, errors = entered or {}, errors or {}
        review = set(self.assessment.needs_review)
        return [
            question_view(
                q,
                self.loc,
                entered.get(q.id) or entered_from_answer(self.answers.get(q.id)),
                error=errors.get(q.id),
                needs_review=q.id in review,
            )
            for q in page.questions
            if q.id in self.visible or q.id in errors
        ]


def _message(code: str) -> str:
    try:
        return PROBLEM_MESSAGES.get(ProblemCode(code), "answer.invalid")
    except ValueError:
        return "answer.invalid"


def _rejected(error: InvalidInput, patch: Mapping[str, Answer | None]) -> dict[str, str]:
    """Question id → message for each refused answer (all of them if none is named)."""
    prefix = "body.answers."
    named = {
        e.field.removeprefix(prefix): _message(e.code)
        for e in error.errors
        if e.field.removeprefix(prefix) in patch
    }
    return named or dict.fromkeys(patch, "answer.invalid")


def _send(draft: Draft, session: Session, body: AnswersPatch, registry: Registry) -> None:
    """Into the organisation's answers, or the respondent's own during a team round."""
    if draft.respondent is not None:
        teams.patch_my_answers(session, draft.assessment, draft.respondent, body, registry)
    else:
        service.patch_answers(session, draft.assessment, body, if_match=None, registry=registry)


def _patch(
    session: Session, draft: Draft, patch: dict[str, Answer | None], registry: Registry
) -> dict[str, str]:
    """Save what fits; return question id → message for what does not.

    Saving is all or nothing, so refused answers are taken out and the rest is sent
    again; every round drops at least one answer, so this ends.
    """
    rejected: dict[str, str] = {}
    while patch:
        try:
            _send(draft, session, AnswersPatch(answers=patch), registry)
            break
        except InvalidInput as error:
            found = _rejected(error, patch)
            rejected.update(found)
            patch = {q: a for q, a in patch.items() if q not in found}
    return rejected


def save_page(
    session: Session, draft: Draft, page: PageRef, form: WebForm, registry: Registry
) -> PageInput:
    """Save the page's answers through the API's validation, keeping what was typed."""
    given = read_page(page.questions, form, draft.answers)
    merged = {**draft.answers, **{q: a for q, a in given.patch.items() if a is not None}}
    for question_id in [q for q, a in given.patch.items() if a is None]:
        merged.pop(question_id, None)
    applies = visible(draft.entry.model, merged)
    # Answers to questions that no longer apply stay stored (and unused) until they apply.
    patch = {q: a for q, a in given.patch.items() if a is None or q in applies}
    given.errors.update(_patch(session, draft, patch, registry))
    return given
