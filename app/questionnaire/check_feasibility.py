"""Conditions that can never be true (or are always true).

A deliberately small, sound set of rules; each verdict holds whatever the
answers are. A condition is judged NEVER when:

- a leaf cannot hold: ``score_lt: 0``; ``score_lt: x`` on a question whose
  every answer scores at least ``x`` (and "don't know", which scores 0, is not
  offered); ``has``/``has_all`` that needs an exclusive option with another;
  a domain ``score_lt: 0``;
- an ``all`` holds leaves on one question that contradict each other: two
  different ``is``/``in`` sets with nothing in common, an option value test
  with ``unsure: true``, ``na: true`` with any other answer test, ``answered:
  true`` with ``answered: false`` (or ``answered: false`` with a value test),
  ``score_gte: y`` with ``score_lt: x`` where ``y >= x`` (also for domains);
- an ``all`` has a NEVER part, an ``any`` has only NEVER parts, or a ``not``
  negates an ALWAYS condition.

A condition is judged ALWAYS when ``answered: true`` or ``score_gte: 0`` tests
a question that is required, has no ``show_if`` and offers neither "don't
know" nor "not applicable" (results are computed from submitted assessments,
where such a question always has an option chosen); a ``not`` of a NEVER
condition, an ``all`` of ALWAYS parts and an ``any`` with an ALWAYS part are
ALWAYS too. Unknown references and tests that do not fit their question are
reported elsewhere and judged MAYBE here, so nothing is reported twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.questionnaire.check_conditions import test_mismatch
from app.questionnaire.index import (
    QuestionnaireIndex,
    QuestionRef,
    SiteKind,
    children,
    condition_sites,
)
from app.questionnaire.model import (
    AllCondition,
    AnyCondition,
    Condition,
    DomainTest,
    Questionnaire,
    QuestionTest,
    QuestionType,
)
from app.questionnaire.problems import Code
from app.questionnaire.reporter import Reporter
from app.questionnaire.source import DataPath

_VALUE_TESTS = frozenset({"is", "in", "has", "has_any", "has_all"})
_SCORE_TESTS = frozenset({"score_lt", "score_gte"})
_FLAGS = frozenset({"answered", "unsure", "declined", "unknown", "na"})
_SINGLE_ANSWER = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.YES_NO, QuestionType.SCALE})

_NEVER_EFFECT = {
    SiteKind.SHOW_IF: "so this question is never shown",
    SiteKind.ISSUE: "so this issue never fires",
    SiteKind.ESCALATION: "so this escalation never applies",
    SiteKind.STRENGTH: "so this strength is never found",
}
_ALWAYS_EFFECT = {
    SiteKind.SHOW_IF: "so the question is always shown: remove show_if",
    SiteKind.ISSUE: "so every assessment gets this issue",
    SiteKind.ESCALATION: "so the escalation always applies: raise the base severity instead",
    SiteKind.STRENGTH: "so every assessment gets this strength",
}


class Verdict(StrEnum):
    NEVER = "never"
    ALWAYS = "always"
    MAYBE = "maybe"


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    path: DataPath = ()
    reason: str = ""


_MAYBE = Judgement(Verdict.MAYBE)


def check_feasibility(questionnaire: Questionnaire, index: QuestionnaireIndex, r: Reporter) -> None:
    for site in condition_sites(questionnaire, index):
        judge = Judge(index, r.ignored_ids)
        result = judge.judge(site.condition, site.path)
        if result.verdict is Verdict.NEVER:
            message = (
                f"this condition can never be true ({result.reason}), {_NEVER_EFFECT[site.kind]}"
            )
            r.error(result.path, Code.IMPOSSIBLE_CONDITION, message)
        elif result.verdict is Verdict.ALWAYS:
            message = (
                f"this condition is always true ({result.reason}), {_ALWAYS_EFFECT[site.kind]}"
            )
            r.warning(site.path, Code.ALWAYS_TRUE, message)
        for dead in judge.dead_alternatives:
            message = f"this alternative can never be true ({dead.reason})"
            r.warning(dead.path, Code.IMPOSSIBLE_CONDITION, message)


class Judge:
    def __init__(self, index: QuestionnaireIndex, ignored_ids: frozenset[str]) -> None:
        self.index = index
        self.ignored_ids = ignored_ids
        self.dead_alternatives: list[Judgement] = []

    def judge(self, condition: Condition, path: DataPath) -> Judgement:
        if isinstance(condition, QuestionTest):
            ref = self._ref(condition)
            return _MAYBE if ref is None else judge_question_test(condition, ref, path)
        if isinstance(condition, DomainTest):
            if condition.score_lt == 0:
                return Judgement(Verdict.NEVER, path, "a domain score is never below 0")
            return _MAYBE
        parts = [
            (self.judge(child, child_path), child)
            for child, child_path in children(condition, path)
        ]
        if isinstance(condition, AllCondition):
            return self._all(path, parts)
        if isinstance(condition, AnyCondition):
            return self._any(path, [judgement for judgement, _ in parts])
        return _negate(parts[0][0], path)

    def _ref(self, leaf: QuestionTest) -> QuestionRef | None:
        ref = self.index.questions.get(leaf.q)
        if ref is None or leaf.q in self.ignored_ids or test_mismatch(leaf, ref) is not None:
            return None
        return ref

    def _all(self, path: DataPath, parts: list[tuple[Judgement, Condition]]) -> Judgement:
        for judgement, _ in parts:
            if judgement.verdict is Verdict.NEVER:
                return judgement
        tests = [c for _, c in parts if isinstance(c, QuestionTest) and self._ref(c) is not None]
        reason = _question_conflict(tests, self.index) or _domain_conflict(
            [c for _, c in parts if isinstance(c, DomainTest)]
        )
        if reason is not None:
            return Judgement(Verdict.NEVER, path, reason)
        if all(judgement.verdict is Verdict.ALWAYS for judgement, _ in parts):
            return Judgement(Verdict.ALWAYS, path, parts[0][0].reason)
        return _MAYBE

    def _any(self, path: DataPath, parts: list[Judgement]) -> Judgement:
        never = [judgement for judgement in parts if judgement.verdict is Verdict.NEVER]
        if len(never) == len(parts):
            reason = f"none of its alternatives can be true, e.g. {never[0].reason}"
            return Judgement(Verdict.NEVER, path, reason)
        for judgement in parts:
            if judgement.verdict is Verdict.ALWAYS:
                return judgement
        self.dead_alternatives.extend(never)
        return _MAYBE


def _negate(child: Judgement, path: DataPath) -> Judgement:
    if child.verdict is Verdict.NEVER:
        return Judgement(Verdict.ALWAYS, path, f"it negates something impossible: {child.reason}")
    if child.verdict is Verdict.ALWAYS:
        return Judgement(Verdict.NEVER, path, f"it negates something always true: {child.reason}")
    return _MAYBE


def judge_question_test(leaf: QuestionTest, ref: QuestionRef, path: DataPath) -> Judgement:
    test = leaf.test
    if test == "score_lt" and leaf.score_lt is not None:
        reason = _score_lt_impossible(leaf.score_lt, ref)
        return _MAYBE if reason is None else Judgement(Verdict.NEVER, path, reason)
    if test in ("has", "has_all"):
        value = leaf.test_value(test)
        reason = _exclusive_conflict(ref, value if isinstance(value, list) else [value])
        return _MAYBE if reason is None else Judgement(Verdict.NEVER, path, reason)
    always_true = (test == "answered" and leaf.answered) or (
        test == "score_gte" and leaf.score_gte == 0
    )
    if always_true and _always_has_option(ref):
        reason = f"'{leaf.q}' is required, never hidden and is always answered with an option"
        return Judgement(Verdict.ALWAYS, path, reason)
    return _MAYBE


def _score_lt_impossible(limit: float, ref: QuestionRef) -> str | None:
    if limit == 0:
        return "a score is never below 0"
    question = ref.question
    scores = [getattr(option, "score", None) for option in question.options]
    if question.type not in _SINGLE_ANSWER or question.allow_unsure or not scores:
        return None
    if any(score is None for score in scores) or max(s or 0 for s in scores) <= 0:
        return None
    best = max(s or 0 for s in scores)
    lowest = min(s or 0 for s in scores) / best
    if lowest >= limit:
        return f"every answer to '{question.id}' scores at least {lowest:g}"
    return None


def _exclusive_conflict(ref: QuestionRef, required: list[str | int]) -> str | None:
    exclusive = [o.value for o in ref.question.options if o.exclusive and o.value in required]
    if exclusive and len(set(required)) > 1:
        return (
            f"'{exclusive[0]}' cannot be chosen together with other options of '{ref.question.id}'"
        )
    return None


def _always_has_option(ref: QuestionRef) -> bool:
    question = ref.question
    return (
        question.required
        and question.show_if is None
        and not question.allow_unsure
        and not question.allow_na
    )


# ------------------------------------------------------------------ conflicts in `all`


def _question_conflict(tests: list[QuestionTest], index: QuestionnaireIndex) -> str | None:
    by_question: dict[str, list[QuestionTest]] = {}
    for test in tests:
        by_question.setdefault(test.q, []).append(test)
    for question_id, group in by_question.items():
        reason = _group_conflict(question_id, group, index.questions[question_id])
        if reason is not None:
            return reason
    return None


def _group_conflict(question_id: str, group: list[QuestionTest], ref: QuestionRef) -> str | None:
    names = {test.test for test in group}
    flags = {(test.test, test.test_value(test.test)) for test in group if test.test in _FLAGS}
    has_value_test = bool(names & _VALUE_TESTS)
    allowed = _allowed_values(group)
    if allowed is not None and not allowed:
        return f"the tests on '{question_id}' ask for different answers at once"
    required = [v for test in group if test.test in ("has", "has_all") for v in _as_list(test)]
    exclusive = _exclusive_conflict(ref, required)
    if exclusive is not None:
        return exclusive
    if ("unsure", True) in flags and has_value_test:
        return f"'{question_id}' cannot have an option chosen and be \"don't know\" at once"
    unknown = {("declined", True), ("unknown", True)} & flags
    if unknown and (has_value_test or ("answered", True) in flags):
        return f"'{question_id}' cannot have an answer and be unknown (not said) at once"
    if ("declined", True) in flags and ("unsure", True) in flags:
        return f'\'{question_id}\' cannot be "don\'t know" and "prefer not to say" at once'
    if ("na", True) in flags and (
        has_value_test or names & _SCORE_TESTS or ("unsure", True) in flags
    ):
        return f"'{question_id}' cannot be \"not applicable\" and have another answer at once"
    if ("answered", False) in flags and (("answered", True) in flags or has_value_test):
        return f"'{question_id}' cannot be unanswered and answered at once"
    return _score_range_conflict(group)


def _allowed_values(group: list[QuestionTest]) -> set[str | int] | None:
    allowed: set[str | int] | None = None
    for test in group:
        if test.test in ("is", "in"):
            values = set(_as_list(test))
            allowed = values if allowed is None else allowed & values
    return allowed


def _as_list(test: QuestionTest) -> list[str | int]:
    value = test.test_value(test.test)
    return list(value) if isinstance(value, list) else [value]


def _score_range_conflict(group: list[QuestionTest] | list[DomainTest]) -> str | None:
    below = [t.score_lt for t in group if t.score_lt is not None]
    at_least = [t.score_gte for t in group if t.score_gte is not None]
    if below and at_least and max(at_least) >= min(below):
        return f"a score cannot be at least {max(at_least):g} and below {min(below):g} at once"
    return None


def _domain_conflict(tests: list[DomainTest]) -> str | None:
    by_domain: dict[str, list[DomainTest]] = {}
    for test in tests:
        by_domain.setdefault(test.domain, []).append(test)
    for group in by_domain.values():
        reason = _score_range_conflict(group)
        if reason is not None:
            return reason
    return None
