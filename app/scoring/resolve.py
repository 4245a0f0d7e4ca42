"""Decide, in questionnaire order, which questions are visible and what each answer counts as.

``show_if`` only looks backwards (the validator guarantees it), so one pass in
questionnaire order settles visibility: a question whose condition refers to a
hidden question sees that question as hidden. Answers to hidden questions are
ignored. Domain tests inside ``show_if`` are false (no domain has a score yet).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.questionnaire.model import QuestionType
from app.scoring.answers import (
    Answer,
    AnswerMap,
    DeclinedAnswer,
    NotApplicableAnswer,
    UnsureAnswer,
    ValueAnswer,
)
from app.scoring.compiled import CompiledQuestion, CompiledQuestionnaire
from app.scoring.conditions import Env
from app.scoring.problems import answer_problems
from app.scoring.rounding import fraction
from app.scoring.state import (
    DECLINED,
    HIDDEN,
    NOT_APPLICABLE,
    UNANSWERED,
    UNSURE_SCORED,
    UNSURE_UNSCORED,
    AnswerState,
    Resolved,
)

_NO_DOMAIN_SCORES: dict[str, float | None] = {}


@dataclass(slots=True)
class Resolution:
    resolved: dict[str, Resolved]
    invalid: list[str] = field(default_factory=list)  # visible answers that do not fit
    unknown: list[str] = field(default_factory=list)  # ids the questionnaire does not have


def visible_in(question: CompiledQuestion, env: Env) -> bool:
    """Whether ``question`` shows, given the earlier questions already resolved in ``env``."""
    return question.show_if is None or question.show_if.holds(env)


def visibility_env(resolved: dict[str, Resolved]) -> Env:
    """An environment for ``show_if``: answers only, no domain scores."""
    return Env(resolved, _NO_DOMAIN_SCORES)


def _resolve_value(question: CompiledQuestion, value: object) -> Resolved:
    if question.type is QuestionType.MULTI_CHOICE:
        assert isinstance(value, list)
        ordered = question.in_option_order(value)
        selection = frozenset(ordered)
        normalised: str | int | list[str | int] = ordered
    else:
        assert isinstance(value, str | int)
        selection = frozenset([value])
        normalised = value
    score = fraction(question.score_of(normalised)) if question.scored else None
    return Resolved(AnswerState.VALUE, normalised, selection, score)


def resolve_answer(question: CompiledQuestion, answer: Answer | None) -> Resolved | None:
    """How a visible question's answer counts; None when the answer does not fit."""
    if answer is None:
        return UNANSWERED
    if isinstance(answer, ValueAnswer) and not isinstance(answer.value, list):
        # Fast path for the commonest case: an existing option of a single-valued question.
        known = question.resolved_options.get(answer.value)
        if known is not None:
            return known
    if answer_problems(question, answer):
        return None
    if isinstance(answer, UnsureAnswer):
        return UNSURE_SCORED if question.scored else UNSURE_UNSCORED
    if isinstance(answer, DeclinedAnswer):
        return DECLINED
    if isinstance(answer, NotApplicableAnswer):
        return NOT_APPLICABLE
    return _resolve_value(question, answer.value)


def resolve(compiled: CompiledQuestionnaire, answers: AnswerMap) -> Resolution:
    """Every question's state, in questionnaire order; invalid answers count as unanswered."""
    resolution = Resolution(resolved={})
    resolved = resolution.resolved
    env = visibility_env(resolved)
    for question in compiled.order:
        if not visible_in(question, env):
            resolved[question.id] = HIDDEN
            continue
        state = resolve_answer(question, answers.get(question.id))
        if state is None:
            resolution.invalid.append(question.id)
        resolved[question.id] = state or UNANSWERED
    resolution.unknown = sorted(qid for qid in answers if qid not in compiled.questions)
    return resolution
