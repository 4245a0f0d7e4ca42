"""Lookup tables over a validated questionnaire, shared by the whole-document checks.

Question order (used by ``show_if``) is: context questions, then the questions
of each domain in document order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from app.questionnaire.model import (
    AllCondition,
    AnyCondition,
    Condition,
    ContextQuestion,
    DomainTest,
    NotCondition,
    Question,
    Questionnaire,
    QuestionTest,
    QuestionType,
)
from app.questionnaire.source import DataPath

Leaf = QuestionTest | DomainTest


@dataclass(frozen=True)
class QuestionRef:
    question: ContextQuestion | Question
    path: DataPath
    position: int
    domain: str | None

    @property
    def is_context(self) -> bool:
        return self.domain is None

    @property
    def scored(self) -> bool:
        return not self.is_context and self.question.type is not QuestionType.TEXT

    @property
    def option_values(self) -> list[str | int]:
        return [option.value for option in self.question.options]


class SiteKind(StrEnum):
    SHOW_IF = "show_if"
    ISSUE = "issue"
    ESCALATION = "escalation"
    STRENGTH = "strength"


@dataclass(frozen=True)
class ConditionSite:
    condition: Condition
    path: DataPath
    kind: SiteKind
    owner: QuestionRef | None = None


@dataclass(frozen=True)
class QuestionnaireIndex:
    ordered: tuple[QuestionRef, ...]
    questions: dict[str, QuestionRef]
    domains: frozenset[str]
    lifecycle: frozenset[str]

    @classmethod
    def build(cls, questionnaire: Questionnaire) -> QuestionnaireIndex:
        ordered = tuple(_question_refs(questionnaire))
        first: dict[str, QuestionRef] = {}
        for ref in ordered:
            first.setdefault(ref.question.id, ref)
        return cls(
            ordered=ordered,
            questions=first,
            domains=frozenset(domain.id for domain in questionnaire.domains),
            lifecycle=frozenset(stage.key for stage in questionnaire.lifecycle),
        )


def _question_refs(questionnaire: Questionnaire) -> Iterator[QuestionRef]:
    position = 0
    for i, context_question in enumerate(questionnaire.context):
        yield QuestionRef(context_question, ("context", i), position, None)
        position += 1
    for d, domain in enumerate(questionnaire.domains):
        for j, question in enumerate(domain.questions):
            yield QuestionRef(question, ("domains", d, "questions", j), position, domain.id)
            position += 1


def condition_sites(
    questionnaire: Questionnaire, index: QuestionnaireIndex
) -> Iterator[ConditionSite]:
    """Every condition of the document with its path and what it controls."""
    for ref in index.ordered:
        if ref.question.show_if is not None:
            yield ConditionSite(ref.question.show_if, (*ref.path, "show_if"), SiteKind.SHOW_IF, ref)
    for i, issue in enumerate(questionnaire.issues):
        yield ConditionSite(issue.when, ("issues", i, "when"), SiteKind.ISSUE)
        for k, escalation in enumerate(issue.escalate):
            path = ("issues", i, "escalate", k, "when")
            yield ConditionSite(escalation.when, path, SiteKind.ESCALATION)
    for i, strength in enumerate(questionnaire.strengths):
        yield ConditionSite(strength.when, ("strengths", i, "when"), SiteKind.STRENGTH)


def children(condition: Condition, path: DataPath) -> list[tuple[Condition, DataPath]]:
    """The direct sub-conditions of ``condition`` with their paths."""
    if isinstance(condition, AllCondition):
        return [(child, (*path, "all", i)) for i, child in enumerate(condition.all)]
    if isinstance(condition, AnyCondition):
        return [(child, (*path, "any", i)) for i, child in enumerate(condition.any)]
    if isinstance(condition, NotCondition):
        return [(condition.not_, (*path, "not"))]
    return []


def leaves(condition: Condition, path: DataPath) -> Iterator[tuple[Leaf, DataPath]]:
    """Every leaf test of ``condition`` with its path, in document order."""
    if isinstance(condition, QuestionTest | DomainTest):
        yield condition, path
        return
    for child, child_path in children(condition, path):
        yield from leaves(child, child_path)
