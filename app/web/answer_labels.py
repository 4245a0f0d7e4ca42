"""Answers as words: a team round's disagreements in the questionnaire's language.

The teams service lists, per question, the distinct answers with their counts (never
who gave them) as answer JSON; this turns each into option labels, "Don't know" or
"Not applicable", so the discussion list reads like the questionnaire.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.assessments.schemas import DisagreementOut, TeamSummary
from app.questionnaire.model import Questionnaire
from app.web.i18n import Translator
from app.web.questionnaire_view import AnyQuestion, Localise, PageRef, page_of_question


@dataclass(frozen=True)
class CountedAnswer:
    label: str
    count: int


@dataclass(frozen=True)
class DisagreementView:
    question_id: str
    question: str
    page: str | None  # the questionnaire page that asks it
    respondents: int
    answers: list[CountedAnswer]
    combined: str


@dataclass(frozen=True)
class TeamBlock:
    """The team part of a submitted assessment's results."""

    respondents: int
    rule: str
    disagreements: list[DisagreementView]


def questions_of(model: Questionnaire) -> dict[str, AnyQuestion]:
    found: dict[str, AnyQuestion] = {q.id: q for q in model.context}
    found.update({q.id: q for domain in model.domains for q in domain.questions})
    return found


def answer_label(
    question: AnyQuestion | None, answer: Mapping[str, Any], loc: Localise, t: Translator
) -> str:
    if answer.get("unsure"):
        return t("q.unsure")
    if answer.get("prefer_not_to_say"):
        return t("q.declined")
    if answer.get("not_applicable"):
        return t("q.na")
    value = answer.get("value")
    values = value if isinstance(value, list) else [value]
    labels = {} if question is None else {str(o.value): loc(o.label) for o in question.options}
    return ", ".join(labels.get(str(v)) or str(v) for v in values)


def disagreements(
    found: Sequence[DisagreementOut],
    model: Questionnaire,
    pages: Sequence[PageRef],
    loc: Localise,
    t: Translator,
) -> list[DisagreementView]:
    questions = questions_of(model)
    views = []
    for item in found:
        question = questions.get(item.question_id)
        text = loc(question.text) if question else None
        views.append(
            DisagreementView(
                question_id=item.question_id,
                question=text or item.question_id,
                page=page_of_question(pages, item.question_id),
                respondents=item.respondents,
                answers=[
                    CountedAnswer(answer_label(question, a.answer, loc, t), a.count)
                    for a in item.answers
                ],
                combined=answer_label(question, item.combined, loc, t),
            )
        )
    return views


def team_block(
    team: TeamSummary | None,
    model: Questionnaire,
    pages: Sequence[PageRef],
    loc: Localise,
    t: Translator,
) -> TeamBlock | None:
    if team is None:
        return None
    found = disagreements(team.disagreements, model, pages, loc, t)
    return TeamBlock(respondents=team.respondents, rule=team.rule, disagreements=found)
