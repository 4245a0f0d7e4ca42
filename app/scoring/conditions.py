"""Conditions compiled into small evaluator objects, with optional evidence recording.

Semantics (see docs/scoring.md):

- hidden, unanswered and not-applicable answers make every value test false
  (``is``, ``in``, ``has``, ``has_any``, ``has_all``, ``score_lt``, ``score_gte``);
- "don't know" counts as score 0 for ``score_lt``/``score_gte`` and is false for
  ``is``/``in``/``has*``;
- ``answered`` / ``unsure`` / ``na`` compare the flag (a value was given / "don't
  know" / "not applicable") with the expected boolean;
- a domain test is false when the domain has no score.

Answers are treated as sets of option values, so single and multi-choice answers
follow one rule: ``is x`` means exactly {x}; ``in S`` means a non-empty selection
inside S; ``has x`` means x is selected; ``has_any``/``has_all`` as their names say.
``all``/``any`` stop at the first deciding child; the evidence records exactly the
leaves that were looked at.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

from app.questionnaire.model import (
    AllCondition,
    AnyCondition,
    Condition,
    DomainTest,
    NotCondition,
    QuestionTest,
)
from app.scoring.state import UNANSWERED, UNKNOWN_STATES, AnswerState, OptionKey, Resolved

Expected = bool | int | float | str | list[OptionKey]


class Check(NamedTuple):
    """One leaf test the engine looked at, and its outcome."""

    kind: Literal["question", "domain"]
    target: str
    test: str
    expected: Expected
    result: bool
    assumed: bool = False  # read cautiously: an unknown context answer (see Env.assume)


@dataclass(slots=True)
class Env:
    """What conditions read. ``assume`` names questions read cautiously.

    A test on a question in ``assume`` (a context question answered "don't know" or
    "prefer not to say", while escalations are tested) is read as whatever makes the
    whole condition hold: true, or false under an odd number of ``not``. ``positive``
    tracks that polarity while the tree is walked.
    """

    resolved: Mapping[str, Resolved]
    domain_scores: Mapping[str, float | None]
    record: list[Check] | None = None
    assume: frozenset[str] | None = None
    positive: bool = True


class Node(Protocol):
    def holds(self, env: Env) -> bool: ...


@dataclass(frozen=True, slots=True)
class AllNode:
    children: tuple[Node, ...]

    def holds(self, env: Env) -> bool:
        # A plain loop, not all(...): no generator object on this hot path.
        for child in self.children:  # noqa: SIM110
            if not child.holds(env):
                return False
        return True


@dataclass(frozen=True, slots=True)
class AnyNode:
    children: tuple[Node, ...]

    def holds(self, env: Env) -> bool:
        for child in self.children:  # noqa: SIM110 (see AllNode)
            if child.holds(env):
                return True
        return False


@dataclass(frozen=True, slots=True)
class NotNode:
    child: Node

    def holds(self, env: Env) -> bool:
        env.positive = not env.positive
        result = not self.child.holds(env)
        env.positive = not env.positive
        return result


Predicate = Callable[[Resolved], bool]


@dataclass(frozen=True, slots=True)
class QuestionLeaf:
    question: str
    test: str
    expected: Expected
    predicate: Predicate

    def holds(self, env: Env) -> bool:
        assume = env.assume
        if assume is not None and self.question in assume:
            result = env.positive
            if env.record is not None:
                env.record.append(
                    Check("question", self.question, self.test, self.expected, result, True)
                )
            return result
        result = self.predicate(env.resolved.get(self.question, UNANSWERED))
        record = env.record
        if record is not None:
            record.append(Check("question", self.question, self.test, self.expected, result))
        return result


@dataclass(frozen=True, slots=True)
class DomainLeaf:
    domain: str
    test: str
    threshold: float

    def holds(self, env: Env) -> bool:
        score = env.domain_scores.get(self.domain)
        result = score is not None and (
            score < self.threshold if self.test == "score_lt" else score >= self.threshold
        )
        if env.record is not None:
            env.record.append(Check("domain", self.domain, self.test, self.threshold, result))
        return result


def _flag_predicate(state: AnswerState, expected: bool) -> Predicate:
    return lambda r: (r.state is state) == expected


def _score_predicate(threshold: float, below: bool) -> Predicate:
    def predicate(r: Resolved) -> bool:
        if r.state is AnswerState.UNSURE:
            score = 0.0
        elif r.state is AnswerState.VALUE and r.score is not None:
            score = r.score
        else:
            return False
        return score < threshold if below else score >= threshold

    return predicate


_VALUE = AnswerState.VALUE


def _selection_predicate(test: str, expected: Expected) -> Predicate:
    wanted = frozenset(expected) if isinstance(expected, list) else frozenset([expected])
    if test == "is":
        return lambda r: r.state is _VALUE and r.selection == wanted
    if test == "in":
        return lambda r: r.state is _VALUE and bool(r.selection) and r.selection <= wanted
    if test == "has_all":
        return lambda r: r.state is _VALUE and wanted <= r.selection
    # has, has_any: at least one of the wanted values is chosen
    return lambda r: r.state is _VALUE and not wanted.isdisjoint(r.selection)


_FLAGS = {
    "answered": AnswerState.VALUE,
    "unsure": AnswerState.UNSURE,
    "declined": AnswerState.DECLINED,
    "na": AnswerState.NOT_APPLICABLE,
}


def _unknown_predicate(expected: bool) -> Predicate:
    return lambda r: (r.state in UNKNOWN_STATES) == expected


def _question_leaf(test: QuestionTest) -> QuestionLeaf:
    name = test.test
    expected: Expected = test.test_value(name)
    if name in _FLAGS:
        predicate = _flag_predicate(_FLAGS[name], bool(expected))
    elif name == "unknown":
        predicate = _unknown_predicate(bool(expected))
    elif name in ("score_lt", "score_gte"):
        predicate = _score_predicate(float(test.test_value(name)), below=name == "score_lt")
    else:
        predicate = _selection_predicate(name, expected)
    return QuestionLeaf(test.q, name, expected, predicate)


def compile_condition(condition: Condition) -> Node:
    """Turn a condition from the file format into an evaluator."""
    if isinstance(condition, AllCondition):
        return AllNode(tuple(compile_condition(c) for c in condition.all))
    if isinstance(condition, AnyCondition):
        return AnyNode(tuple(compile_condition(c) for c in condition.any))
    if isinstance(condition, NotCondition):
        return NotNode(compile_condition(condition.not_))
    if isinstance(condition, QuestionTest):
        return _question_leaf(condition)
    assert isinstance(condition, DomainTest)
    if condition.score_lt is not None:
        return DomainLeaf(condition.domain, "score_lt", condition.score_lt)
    assert condition.score_gte is not None
    return DomainLeaf(condition.domain, "score_gte", condition.score_gte)
