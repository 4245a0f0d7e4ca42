"""Search for answer sets with a wanted outcome, built only from the questionnaire's options.

A search starts from a base profile (a context profile, then the best or the worst
answer to every visible domain question) and tries every combination of
:func:`~tests.content.rdcore.candidates` for the few questions a rule looks at.
rd-core's rules test at most a handful of questions, so the product stays small.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from app.scoring import Evaluation
from tests.content.contexts import CALM, RISKIEST
from tests.content.rdcore import (
    AnswerSet,
    Chooser,
    Content,
    answer_all,
    best,
    candidates,
    worst,
)

BASE_CONTEXTS: tuple[AnswerSet, ...] = (CALM, RISKIEST)
Predicate = Callable[[Evaluation], bool]


def _combinations(content: Content, vary: list[str]) -> Iterable[AnswerSet]:
    choices = [list(candidates(content.questions[qid])) for qid in vary]
    for combo in itertools.product(*choices):
        yield dict(zip(vary, combo, strict=True))


def _split(content: Content, overrides: AnswerSet) -> tuple[AnswerSet, AnswerSet]:
    context_ids = {q.id for q in content.model.context}
    context = {k: v for k, v in overrides.items() if k in context_ids}
    domain = {k: v for k, v in overrides.items() if k not in context_ids}
    return context, domain


def find_answers(
    content: Content,
    vary: list[str],
    wanted: Predicate,
    bases: tuple[AnswerSet, ...] = BASE_CONTEXTS,
    choosers: tuple[Chooser, ...] = (best, worst),
) -> AnswerSet | None:
    """The first answer set, varying the ``vary`` questions, whose evaluation is ``wanted``.

    Each base context is tried with each chooser answering the questions not varied.
    """
    for base in bases:
        for choose in choosers:
            for overrides in _combinations(content, vary):
                context, domain = _split(content, overrides)
                answers = answer_all(content, {**base, **context}, choose, domain)
                if wanted(content.evaluate(answers)):
                    return answers
    return None


def find_context(content: Content, vary: list[str], question_id: str) -> AnswerSet | None:
    """Context answers, varying ``vary`` from the calm profile, under which a question shows."""
    for overrides in _combinations(content, vary):
        context = {**CALM, **overrides}
        if question_id in content.visible(answer_all(content, context, best)):
            return context
    return None


def fires_issue(issue_id: str) -> Predicate:
    return lambda evaluation: any(i.id == issue_id for i in evaluation.issues)


def fires_strength(strength_id: str) -> Predicate:
    return lambda evaluation: any(s.id == strength_id for s in evaluation.strengths)


def raises_by(issue_id: str, index: int) -> Predicate:
    """The issue fires and its escalation number ``index`` applies and raises its severity."""

    def wanted(evaluation: Evaluation) -> bool:
        fired = next((i for i in evaluation.issues if i.id == issue_id), None)
        if fired is None:
            return False
        return any(e.index == index and e.raises for e in fired.escalations)

    return wanted
