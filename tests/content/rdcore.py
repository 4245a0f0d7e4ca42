"""The shipped rd-core questionnaire, loaded once, and ways to build answer sets for it.

Pure helpers for the content tests and for ``bench/personas.py``: no server, no
database. Answers use the API's shape (``{"value": ...}``, ``{"unsure": true}``,
``{"not_applicable": true}``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.questionnaire.loader import load_tree
from app.questionnaire.model import (
    AllCondition,
    AnyCondition,
    Condition,
    ContextQuestion,
    Issue,
    NotCondition,
    Question,
    Questionnaire,
    QuestionTest,
    QuestionType,
    Resource,
    ScoreRule,
    Severity,
)
from app.scoring import Evaluation, Results, evaluate, parse_answers, present, visible

ROOT = Path(__file__).resolve().parents[2]
QUESTIONNAIRES = ROOT / "questionnaires"
SLUG, VERSION = "rd-core", "1.1.0"

AnswerData = dict[str, Any]
AnswerSet = dict[str, AnswerData]
Chooser = Callable[[Question], AnswerData | None]
AnyQuestion = Question | ContextQuestion


@dataclass(frozen=True)
class Content:
    """The latest rd-core (VERSION) with its resource catalogue."""

    model: Questionnaire
    content_hash: str
    resources: Mapping[str, Resource]

    @functools.cached_property
    def questions(self) -> dict[str, AnyQuestion]:
        """Every question, context first, in questionnaire order."""
        found: dict[str, AnyQuestion] = {q.id: q for q in self.model.context}
        found.update((q.id, q) for d in self.model.domains for q in d.questions)
        return found

    @functools.cached_property
    def issues(self) -> dict[str, Issue]:
        return {issue.id: issue for issue in self.model.issues}

    def evaluate(self, answers: AnswerSet) -> Evaluation:
        return evaluate(self.model, parse_answers(answers), content_hash=self.content_hash)

    def present(self, answers: AnswerSet, locale: str = "en") -> Results:
        return present(self.evaluate(answers), self.model, self.resources, locale=locale)

    def visible(self, answers: AnswerSet) -> set[str]:
        return visible(self.model, parse_answers(answers))


@functools.cache
def load_content(version: str = VERSION) -> Content:
    """rd-core ``version`` (default: the latest, which new assessments use)."""
    tree = load_tree(QUESTIONNAIRES)
    loaded = tree.get(SLUG, version)
    assert loaded is not None, f"{SLUG} {version} is missing from {QUESTIONNAIRES}"
    resources = {r.id: r for r in tree.resources.resources}
    return Content(loaded.model, loaded.content_hash, resources)


# ------------------------------------------------------------------ one answer per question


def value(question: AnyQuestion, *values: str | int) -> AnswerData:
    """A value answer: a list for multi-choice questions, a single value otherwise."""
    if question.type is QuestionType.MULTI_CHOICE:
        return {"value": list(values)}
    (only,) = values
    return {"value": only}


def _scored_options(question: Question) -> list[tuple[float, str | int]]:
    return [(o.score or 0.0, o.value) for o in question.options if not o.exclusive]


def best(question: Question) -> AnswerData | None:
    """The best-scoring answer (multi-choice ``sum``: every protection chosen)."""
    if question.type is QuestionType.TEXT:
        return None
    options = _scored_options(question)
    top = max(score for score, _ in options)
    if question.type is QuestionType.MULTI_CHOICE and question.score_rule is ScoreRule.SUM:
        return value(question, *(v for score, v in options if score > 0))
    return value(question, next(v for score, v in options if score == top))


def worst(question: Question) -> AnswerData | None:
    """The lowest-scoring answer (multi-choice ``sum``: its exclusive "none", or nothing)."""
    if question.type is QuestionType.TEXT:
        return None
    if question.type is QuestionType.MULTI_CHOICE and question.score_rule is ScoreRule.SUM:
        exclusive = [o.value for o in question.options if o.exclusive]
        return value(question, *exclusive[:1])
    options = _scored_options(question)
    low = min(score for score, _ in options)
    return value(question, next(v for score, v in options if score == low))


def partial(question: Question) -> AnswerData | None:
    """Partial practice: of the options between the worst and the best, the one scoring
    closest to half the best (the lower one on ties); the best where there is none.

    Multi-choice ``sum``: the first options until half the cap is reached.
    """
    if question.type is QuestionType.TEXT:
        return None
    options = _scored_options(question)
    scores = [score for score, _ in options]
    if question.type is QuestionType.MULTI_CHOICE and question.score_rule is ScoreRule.SUM:
        return value(question, *_first_options_to(options, (question.max_score or sum(scores)) / 2))
    middle = [(score, v) for score, v in options if min(scores) < score < max(scores)]
    if not middle:
        return best(question)
    half = max(scores) / 2
    _, _, chosen = min((abs(score - half), score, v) for score, v in middle)
    return value(question, chosen)


def _first_options_to(options: list[tuple[float, str | int]], target: float) -> list[str | int]:
    chosen: list[str | int] = []
    total = 0.0
    for score, option_value in options:
        if total >= target:
            break
        if score > 0:
            chosen.append(option_value)
            total += score
    return chosen


def unsure(question: Question) -> AnswerData | None:
    """ "Don't know" where the question offers it, otherwise the worst answer."""
    if question.allow_unsure and question.type is not QuestionType.TEXT:
        return {"unsure": True}
    return worst(question)


def candidates(question: AnyQuestion) -> Iterator[AnswerData]:
    """Answers worth trying in a search, the most "everything chosen" first for multi-choice."""
    plain = [o.value for o in question.options if not o.exclusive]
    if question.type is QuestionType.MULTI_CHOICE:
        yield value(question, *plain)
        yield from (value(question, v) for v in plain)
        yield from (value(question, o.value) for o in question.options if o.exclusive)
        yield value(question)
    else:
        yield from (value(question, v) for v in plain)
    if question.allow_unsure:
        yield {"unsure": True}
    if question.allow_na:
        yield {"not_applicable": True}


# ------------------------------------------------------------------ whole answer sets


def answer_all(
    content: Content, context: AnswerSet, choose: Chooser, overrides: AnswerSet | None = None
) -> AnswerSet:
    """``context`` plus an answer to every domain question visible under it.

    ``overrides`` replace the chosen answer for the questions they name. Questions
    are visited in questionnaire order, so ``show_if`` sees the answers before it.
    """
    overrides = overrides or {}
    answers = dict(context)
    for domain in content.model.domains:
        for question in domain.questions:
            if question.show_if is not None and question.id not in content.visible(answers):
                continue
            answer = overrides.get(question.id) or choose(question)
            if answer is not None:
                answers[question.id] = answer
    return answers


def referenced_questions(*conditions: Condition | None) -> list[str]:
    """Question ids the conditions test, in the order they first appear."""
    found: list[str] = []

    def walk(node: Condition | None) -> None:
        if isinstance(node, AllCondition | AnyCondition):
            for child in node.all if isinstance(node, AllCondition) else node.any:
                walk(child)
        elif isinstance(node, NotCondition):
            walk(node.not_)
        elif isinstance(node, QuestionTest) and node.q not in found:
            found.append(node.q)

    for condition in conditions:
        walk(condition)
    return found


def severity_rank(severity: Severity | str) -> int:
    return Severity(severity).rank


def _leaf_tests(condition: Condition) -> Iterator[QuestionTest]:
    if isinstance(condition, AllCondition | AnyCondition):
        for child in condition.all if isinstance(condition, AllCondition) else condition.any:
            yield from _leaf_tests(child)
    elif isinstance(condition, NotCondition):
        yield from _leaf_tests(condition.not_)
    elif isinstance(condition, QuestionTest):
        yield condition


def partial_practice_issues(model: Questionnaire) -> set[str]:
    """Issues fired by a middle option (scored between a question's worst and best):
    the second triggers rd-core 1.1.0 adds for partial practice."""
    questions = {q.id: q for d in model.domains for q in d.questions}
    found: set[str] = set()
    for issue in model.issues:
        for leaf in _leaf_tests(issue.when):
            question = questions.get(leaf.q)
            if question is None or leaf.is_ is None or not question.options:
                continue
            scores = {o.value: o.score or 0.0 for o in question.options}
            low, high = min(scores.values()), max(scores.values())
            if low < scores.get(leaf.is_, low) < high:
                found.add(issue.id)
    return found
