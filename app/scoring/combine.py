"""Combine several respondents' answers into one, and show where they disagree.

Default rule, ``cautious`` (see docs/scoring.md):

- scored questions: the lowest-scoring answer wins; "don't know" scores 0 and
  wins ties, so uncertainty stays visible; "not applicable" only when everyone
  who answered said so (otherwise N/A answers are set aside);
- context questions (they drive escalation): the **riskiest** answer. An answer's
  risk is the number of escalation tests in the questionnaire it satisfies; "don't
  know" / "prefer not to say" satisfies them all (the engine reads it as the
  cautious case), so it wins over every answer that satisfies fewer, and loses
  only to a stated answer that satisfies every one. A multi-choice competes with
  the union of what anyone selected (if anyone holds health data, the
  organisation does), without "exclusive" options such as "none" when real
  options were chosen. Ties: the most frequent answer, then option order. Context
  questions that no escalation tests keep "a value beats don't know";
- text questions: the most frequent text, ties alphabetical.

``majority`` picks the most frequent answer, ties broken by the cautious rule.
Comments are never combined. Questions hidden under the combined answers are
left out. Disagreements list the distinct answers with counts, never who gave them;
context disagreements come first (they change how serious every issue is).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from app.questionnaire.model import Questionnaire, QuestionType
from app.scoring.answers import (
    Answer,
    AnswerMap,
    DeclinedAnswer,
    NotApplicableAnswer,
    UnsureAnswer,
    ValueAnswer,
)
from app.scoring.compiled import CompiledQuestion, CompiledQuestionnaire, compile_questionnaire
from app.scoring.conditions import AllNode, AnyNode, Node, NotNode, QuestionLeaf
from app.scoring.problems import answer_problems
from app.scoring.resolve import resolve_answer, visibility_env, visible_in
from app.scoring.state import HIDDEN, UNANSWERED, OptionKey, Resolved

_Key = tuple[object, ...]  # a canonical, hashable form of an answer (comment ignored)


class CombineRule(StrEnum):
    CAUTIOUS = "cautious"
    MAJORITY = "majority"


class AnswerCount(BaseModel):
    model_config = ConfigDict(frozen=True)

    answer: Answer
    count: int


class Disagreement(BaseModel):
    model_config = ConfigDict(frozen=True)

    question_id: str
    respondents: int  # how many answered this question
    answers: list[AnswerCount]  # most frequent first, then in option order
    combined: Answer


class Combined(BaseModel):
    model_config = ConfigDict(frozen=True)

    respondents: int
    answers: dict[str, Answer]
    disagreements: list[Disagreement]


def _key(question: CompiledQuestion, answer: Answer) -> _Key:
    """Sortable identity of a canonical answer: values in option order, then "don't know", N/A."""
    if isinstance(answer, UnsureAnswer):
        return (1,)
    if isinstance(answer, DeclinedAnswer):
        return (1, 1)
    if isinstance(answer, NotApplicableAnswer):
        return (2,)
    if question.type is QuestionType.TEXT:
        return (0, (), str(answer.value))
    values = answer.value if isinstance(answer.value, list) else [answer.value]
    return (0, tuple(question.option_index[v] for v in values), "")


def _canonical(question: CompiledQuestion, answer: Answer) -> Answer:
    """The answer without its comment, a multi-choice selection in option order."""
    if isinstance(answer, UnsureAnswer):
        return UnsureAnswer(unsure=True)
    if isinstance(answer, DeclinedAnswer):
        return DeclinedAnswer(prefer_not_to_say=True)
    if isinstance(answer, NotApplicableAnswer):
        return NotApplicableAnswer(not_applicable=True)
    if isinstance(answer.value, list):
        return ValueAnswer(value=question.in_option_order(answer.value))
    return ValueAnswer(value=answer.value)


def _most_frequent(question: CompiledQuestion, answers: list[Answer]) -> Answer:
    counts = Counter(_key(question, a) for a in answers)
    best = min(counts, key=lambda k: (-counts[k], k))
    return next(a for a in answers if _key(question, a) == best)


def _union(question: CompiledQuestion, values: list[Answer]) -> Answer:
    chosen: set[OptionKey] = set()
    for answer in values:
        if isinstance(answer, ValueAnswer) and isinstance(answer.value, list):
            chosen.update(answer.value)
    real = [v for v in question.in_option_order(chosen) if v not in question.exclusive]
    return ValueAnswer(value=real) if real else _most_frequent(question, values)


# An escalation leaf on a context question, and whether it must hold (True) or
# fail (False, under an odd number of ``not``) for its escalation to apply.
_RiskTests = dict[str, list[tuple[QuestionLeaf, bool]]]


def _collect(node: Node, positive: bool, found: _RiskTests) -> None:
    if isinstance(node, AllNode | AnyNode):
        for child in node.children:
            _collect(child, positive, found)
    elif isinstance(node, NotNode):
        _collect(node.child, not positive, found)
    elif isinstance(node, QuestionLeaf):
        found.setdefault(node.question, []).append((node, positive))


def risk_tests(compiled: CompiledQuestionnaire) -> _RiskTests:
    """Per question, the escalation tests that read it (what makes a context answer risky)."""
    found: _RiskTests = {}
    for issue in compiled.issues:
        for _, node in issue.escalations:
            _collect(node, True, found)
    return found


def _risk(
    question: CompiledQuestion, answer: Answer, tests: list[tuple[QuestionLeaf, bool]]
) -> int:
    """How many of the escalation tests on ``question`` this answer satisfies.

    "Don't know" / "prefer not to say" satisfies every one: escalations read it as
    the cautious case (docs/scoring.md §7).
    """
    if isinstance(answer, UnsureAnswer | DeclinedAnswer):
        return len(tests)
    resolved = resolve_answer(question, answer) or UNANSWERED
    return sum(1 for leaf, positive in tests if leaf.predicate(resolved) == positive)


def _cautious_context(
    question: CompiledQuestion,
    applicable: Sequence[Answer],
    tests: list[tuple[QuestionLeaf, bool]],
) -> Answer:
    values: list[Answer] = [a for a in applicable if isinstance(a, ValueAnswer)]
    unknown = [a for a in applicable if not isinstance(a, ValueAnswer)]
    candidates: list[Answer] = []
    if values:
        if question.type is QuestionType.MULTI_CHOICE:
            candidates.append(_union(question, values))
        else:
            candidates.extend(values)
    candidates.extend(unknown)
    counts = Counter(_key(question, a) for a in applicable)

    def caution(answer: Answer) -> tuple[int, int, int, _Key]:
        stated = 1 if isinstance(answer, ValueAnswer) else 0  # a stated answer wins a tie
        key = _key(question, answer)
        return (-_risk(question, answer, tests), -stated, -counts.get(key, 0), key)

    return min(candidates, key=caution)


def _cautious(
    question: CompiledQuestion, given: list[Answer], tests: list[tuple[QuestionLeaf, bool]]
) -> Answer:
    applicable = [a for a in given if not isinstance(a, NotApplicableAnswer)]
    if not applicable:
        return NotApplicableAnswer(not_applicable=True)
    if question.domain is None:
        return _cautious_context(question, applicable, tests)
    if not question.scored:
        if question.type is QuestionType.TEXT:
            texts: list[Answer] = [a for a in applicable if isinstance(a, ValueAnswer)]
            return _most_frequent(question, texts) if texts else UnsureAnswer(unsure=True)
        return _cautious_context(question, applicable, tests)

    def caution(answer: Answer) -> tuple[float, int, _Key]:
        if isinstance(answer, ValueAnswer):
            return (question.score_of(answer.value), 1, _key(question, answer))
        return (0.0, 0, _key(question, answer))  # "don't know" beats an equal score

    return min(applicable, key=caution)


def _majority(
    question: CompiledQuestion, given: list[Answer], tests: list[tuple[QuestionLeaf, bool]]
) -> Answer:
    counts = Counter(_key(question, a) for a in given)
    top = max(counts.values())
    return _cautious(question, [a for a in given if counts[_key(question, a)] == top], tests)


_RULES = {CombineRule.CAUTIOUS: _cautious, CombineRule.MAJORITY: _majority}


def _disagreement(
    question: CompiledQuestion, given: list[Answer], combined: Answer
) -> Disagreement | None:
    counts = Counter(_key(question, a) for a in given)
    if len(counts) < 2:
        return None
    examples = {_key(question, a): a for a in given}
    ordered = sorted(counts, key=lambda k: (-counts[k], k))
    return Disagreement(
        question_id=question.id,
        respondents=len(given),
        answers=[AnswerCount(answer=examples[k], count=counts[k]) for k in ordered],
        combined=combined,
    )


def _given(question: CompiledQuestion, respondents: Mapping[str, AnswerMap]) -> list[Answer]:
    """Each respondent's valid answer to ``question``, canonical, in a fixed order."""
    given = [
        _canonical(question, answers[question.id])
        for answers in respondents.values()
        if question.id in answers and not answer_problems(question, answers[question.id])
    ]
    return sorted(given, key=lambda a: _key(question, a))


def combine(
    questionnaire: Questionnaire,
    respondents: Mapping[str, AnswerMap],
    *,
    rules: Mapping[str, CombineRule] | None = None,
) -> Combined:
    """One combined answer set from several respondents, plus their disagreements.

    ``rules`` optionally picks a rule per question id (default: cautious).
    """
    compiled = compile_questionnaire(questionnaire)
    tests = risk_tests(compiled)
    resolved: dict[str, Resolved] = {}
    env = visibility_env(resolved)
    combined: dict[str, Answer] = {}
    disagreements: list[Disagreement] = []
    for question in compiled.order:
        if not visible_in(question, env):
            resolved[question.id] = HIDDEN
            continue
        given = _given(question, respondents)
        if not given:
            resolved[question.id] = UNANSWERED
            continue
        rule = _RULES[(rules or {}).get(question.id, CombineRule.CAUTIOUS)]
        answer = rule(question, given, tests.get(question.id, []))
        combined[question.id] = answer
        resolved[question.id] = resolve_answer(question, answer) or UNANSWERED
        disagreement = _disagreement(question, given, answer)
        if disagreement is not None:
            disagreements.append(disagreement)
    # Context first (already so in questionnaire order; kept explicit: they change how
    # serious every issue is, so the discussion starts there).
    disagreements.sort(key=lambda d: compiled.questions[d.question_id].domain is not None)
    return Combined(respondents=len(respondents), answers=combined, disagreements=disagreements)
