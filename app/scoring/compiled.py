"""A questionnaire turned once into lookup tables the engine can use quickly.

Compiling is pure and cached per questionnaire object (the registry keeps one
object per published version), so scoring an assessment does no searching.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from app.questionnaire.model import (
    AllCondition,
    AnyCondition,
    Condition,
    ContextQuestion,
    Escalation,
    Issue,
    NotCondition,
    Question,
    Questionnaire,
    QuestionType,
    ScoreRule,
    Stage,
    StageCap,
    Strength,
    Text,
)
from app.scoring.conditions import Node, compile_condition
from app.scoring.rounding import fraction
from app.scoring.state import AnswerState, OptionKey, Resolved


@dataclass(frozen=True, slots=True)
class CompiledQuestion:
    """Everything the engine needs to know about one question, precomputed."""

    id: str
    index: int
    type: QuestionType
    domain: str | None  # None for context (profile) questions
    lifecycle: str | None
    show_if: Node | None
    required: bool
    allow_unsure: bool
    allow_na: bool
    allow_declined: bool  # "prefer not to say" (context questions that offer it)
    weight: float
    max_length: int
    option_values: tuple[OptionKey, ...]
    option_index: dict[OptionKey, int]
    option_scores: dict[OptionKey, float]
    exclusive: frozenset[OptionKey]
    score_rule: ScoreRule
    best: float  # the raw score that maps to 1.0; 0 when the question is unscored
    resolved_options: dict[OptionKey, Resolved]  # single-valued questions: option -> meaning

    @property
    def scored(self) -> bool:
        return self.best > 0

    def score_of(self, value: object) -> float:
        """Question score in [0, 1] of a value already checked against the options."""
        if self.type is QuestionType.MULTI_CHOICE:
            assert isinstance(value, list)
            return self._multi_raw(value) / self.best
        return self.option_scores[value] / self.best  # type: ignore[index]

    def _multi_raw(self, selected: list[OptionKey]) -> float:
        chosen = set(selected)
        # Iterate in option order so float sums never depend on the client's list order.
        scores = [self.option_scores[v] for v in self.option_values if v in chosen]
        if not scores:
            return 0.0
        if self.score_rule is ScoreRule.MAX:
            return max(scores)
        if self.score_rule is ScoreRule.MIN:
            return min(scores)
        return min(sum(scores), self.best)

    def in_option_order(self, values: Iterable[OptionKey]) -> list[OptionKey]:
        return sorted(set(values), key=lambda v: self.option_index.get(v, len(self.option_index)))


@dataclass(frozen=True, slots=True)
class CompiledDomain:
    id: str
    index: int
    weight: float
    questions: tuple[CompiledQuestion, ...]


@dataclass(frozen=True, slots=True)
class CompiledIssue:
    index: int
    issue: Issue
    when: Node
    escalations: tuple[tuple[Escalation, Node], ...]
    weight: float = 0.0  # the highest weight of the domain questions its `when` tests


@dataclass(frozen=True, slots=True)
class CompiledStrength:
    index: int
    strength: Strength
    when: Node


@dataclass(frozen=True, slots=True)
class CompiledQuestionnaire:
    # Deliberately no reference back to the Questionnaire: the cache below holds
    # compiled forms strongly and must not keep retired questionnaires alive.
    slug: str
    version: str
    questions: dict[str, CompiledQuestion]
    order: tuple[CompiledQuestion, ...]  # context questions first, then each domain's
    domains: tuple[CompiledDomain, ...]
    domain_index: dict[str, int]
    lifecycle: tuple[str, ...]
    stages: tuple[Stage, ...]  # ascending by min
    stage_cap: StageCap | None
    issues: tuple[CompiledIssue, ...]
    strengths: tuple[CompiledStrength, ...]
    # For presentation: question texts and option labels by question id and value.
    question_texts: dict[str, Text]
    option_labels: dict[str, dict[OptionKey, Text]]

    def stage_rank(self, key: str) -> int:
        """A stage's place from the lowest (0); unknown keys rank above every stage."""
        for rank, stage in enumerate(self.stages):
            if stage.key == key:
                return rank
        return len(self.stages)

    def stage_for(self, score: float | None) -> str | None:
        """The highest stage whose ``min`` is at most ``score`` (None without a score)."""
        if score is None:
            return None
        reached: str | None = None
        for stage in self.stages:
            if stage.min <= score:
                reached = stage.key
        return reached


def _best_score(question: Question) -> float:
    scores = [option.score or 0.0 for option in question.options]
    if not question.scored or not scores:
        return 0.0
    if question.type is QuestionType.MULTI_CHOICE and question.score_rule is ScoreRule.SUM:
        return question.max_score or sum(s for s in scores if s > 0)
    return max(scores)


_SINGLE_VALUED = (QuestionType.SINGLE_CHOICE, QuestionType.YES_NO, QuestionType.SCALE)


def _resolved_options(
    question: Question | ContextQuestion, scores: dict[OptionKey, float], best: float
) -> dict[OptionKey, Resolved]:
    """What each option means once chosen, built once (single-valued questions only)."""
    if question.type not in _SINGLE_VALUED:
        return {}
    return {
        value: Resolved(
            AnswerState.VALUE, value, frozenset((value,)), fraction(score / best) if best else None
        )
        for value, score in scores.items()
    }


def _compile_question(
    question: Question | ContextQuestion, index: int, domain: str | None
) -> CompiledQuestion:
    values = tuple(option.value for option in question.options)
    scores = {o.value: float(getattr(o, "score", None) or 0.0) for o in question.options}
    best = _best_score(question) if isinstance(question, Question) else 0.0
    return CompiledQuestion(
        id=question.id,
        index=index,
        type=question.type,
        domain=domain,
        lifecycle=question.lifecycle if isinstance(question, Question) else None,
        show_if=compile_condition(question.show_if) if question.show_if else None,
        required=question.required,
        allow_unsure=question.allow_unsure,
        allow_na=question.allow_na,
        allow_declined=isinstance(question, ContextQuestion) and question.prefer_not_to_say,
        weight=question.weight if isinstance(question, Question) else 0.0,
        max_length=question.max_length,
        option_values=values,
        option_index={value: i for i, value in enumerate(values)},
        option_scores=scores,
        exclusive=frozenset(o.value for o in question.options if o.exclusive),
        score_rule=question.score_rule if isinstance(question, Question) else ScoreRule.SUM,
        best=best,
        resolved_options=_resolved_options(question, scores, best),
    )


def _all_questions(questionnaire: Questionnaire) -> list[Question | ContextQuestion]:
    return [*questionnaire.context, *(q for d in questionnaire.domains for q in d.questions)]


def tested_questions(condition: Condition) -> list[str]:
    """The question ids a condition tests, in the order they appear."""
    if isinstance(condition, AllCondition | AnyCondition):
        children = condition.all if isinstance(condition, AllCondition) else condition.any
        return [q for child in children for q in tested_questions(child)]
    if isinstance(condition, NotCondition):
        return tested_questions(condition.not_)
    q = getattr(condition, "q", None)
    return [q] if isinstance(q, str) else []


def _compile_issue(index: int, issue: Issue, weights: dict[str, float]) -> CompiledIssue:
    escalations = tuple((e, compile_condition(e.when)) for e in issue.escalate)
    weight = max((weights.get(q, 0.0) for q in tested_questions(issue.when)), default=0.0)
    return CompiledIssue(index, issue, compile_condition(issue.when), escalations, weight)


def _build(questionnaire: Questionnaire) -> CompiledQuestionnaire:
    order: list[CompiledQuestion] = [
        _compile_question(q, i, None) for i, q in enumerate(questionnaire.context)
    ]
    domains: list[CompiledDomain] = []
    for d_index, domain in enumerate(questionnaire.domains):
        compiled = tuple(
            _compile_question(q, len(order) + i, domain.id) for i, q in enumerate(domain.questions)
        )
        order.extend(compiled)
        domains.append(CompiledDomain(domain.id, d_index, domain.weight, compiled))
    return CompiledQuestionnaire(
        slug=questionnaire.slug,
        version=questionnaire.version,
        questions={q.id: q for q in order},
        order=tuple(order),
        domains=tuple(domains),
        domain_index={d.id: d.index for d in domains},
        lifecycle=tuple(stage.key for stage in questionnaire.lifecycle),
        stages=tuple(sorted(questionnaire.stages, key=lambda s: s.min)),
        stage_cap=questionnaire.stage_cap,
        issues=tuple(
            _compile_issue(i, issue, {q.id: q.weight for q in order if q.domain is not None})
            for i, issue in enumerate(questionnaire.issues)
        ),
        strengths=tuple(
            CompiledStrength(i, s, compile_condition(s.when))
            for i, s in enumerate(questionnaire.strengths)
        ),
        question_texts={q.id: q.text for q in _all_questions(questionnaire)},
        option_labels={
            q.id: {o.value: o.label for o in q.options} for q in _all_questions(questionnaire)
        },
    )


_cache: dict[int, tuple[weakref.ref[Questionnaire], CompiledQuestionnaire]] = {}
_cache_lock = threading.Lock()


def compile_questionnaire(questionnaire: Questionnaire) -> CompiledQuestionnaire:
    """The compiled form of ``questionnaire``, built once per questionnaire object."""
    key = id(questionnaire)
    entry = _cache.get(key)
    if entry is not None and entry[0]() is questionnaire:
        return entry[1]
    compiled = _build(questionnaire)

    def _forget(_: weakref.ref[Questionnaire], key: int = key) -> None:
        with _cache_lock:
            current = _cache.get(key)
            if current is not None and current[0]() is None:
                del _cache[key]

    with _cache_lock:
        _cache[key] = (weakref.ref(questionnaire, _forget), compiled)
    return compiled
