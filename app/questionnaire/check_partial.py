"""Partial practice on high-stakes questions must raise something (a warning, not an error).

A question marked ``high_stakes: true`` is one where a half-done practice can still
put people at risk ("some access is removed", "we share with people we trust").
For each of its *middle* options (single choice and scale: scored strictly between
the worst and the best option), at least one issue's ``when`` should contain a test
on the question that this option satisfies (under an even number of ``not``), for
example a second trigger with ``score_lt`` at a lower base severity. The check is
static: it does not ask whether the rest of that ``when`` can hold too.
Multi-choice and yes/no questions have no single middle option and are skipped.
"""

from __future__ import annotations

from app.questionnaire.index import QuestionnaireIndex, QuestionRef, children
from app.questionnaire.model import (
    Condition,
    NotCondition,
    Option,
    Question,
    Questionnaire,
    QuestionTest,
    QuestionType,
)
from app.questionnaire.problems import Code
from app.questionnaire.reporter import Reporter

_MIDDLE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.SCALE})


def _satisfies(test: QuestionTest, option: Option, fraction: float) -> bool:
    """Whether the answer ``option`` makes the leaf ``test`` true."""
    name = test.test
    expected = test.test_value(name)
    if name in ("is", "has"):
        return bool(option.value == expected)
    if name in ("in", "has_any"):
        return option.value in expected
    if name == "has_all":
        return set(expected) <= {option.value}
    if name == "score_lt":
        return fraction < float(expected)
    if name == "score_gte":
        return fraction >= float(expected)
    return name == "answered" and bool(expected)


def _fires_on(
    condition: Condition, question: str, option: Option, fraction: float, positive: bool = True
) -> bool:
    if isinstance(condition, QuestionTest):
        if condition.q != question:
            return False
        return _satisfies(condition, option, fraction) == positive
    if isinstance(condition, NotCondition):
        return _fires_on(condition.not_, question, option, fraction, not positive)
    return any(
        _fires_on(child, question, option, fraction, positive)
        for child, _ in children(condition, ())
    )


def _middle_options(question: Question) -> list[tuple[int, Option, float]]:
    scores = [option.score or 0.0 for option in question.options]
    if question.type not in _MIDDLE_TYPES or not scores or max(scores) <= 0:
        return []
    worst, best = min(scores), max(scores)
    return [
        (k, option, (option.score or 0.0) / best)
        for k, option in enumerate(question.options)
        if worst < (option.score or 0.0) < best
    ]


def _check_question(ref: QuestionRef, questionnaire: Questionnaire, r: Reporter) -> None:
    question = ref.question
    assert isinstance(question, Question)
    for k, option, fraction in _middle_options(question):
        if any(_fires_on(i.when, question.id, option, fraction) for i in questionnaire.issues):
            continue
        message = (
            f"'{question.id}' is high-stakes but its middle option '{option.value}' makes no "
            "issue fire: add a second trigger (for example score_lt at a lower base severity "
            "that escalates in risky contexts), or drop high_stakes"
        )
        r.warning((*ref.path, "options", k), Code.SILENT_MIDDLE_OPTION, message)


def check_partial_practice(
    questionnaire: Questionnaire, index: QuestionnaireIndex, r: Reporter
) -> None:
    for ref in index.ordered:
        if isinstance(ref.question, Question) and ref.question.high_stakes:
            _check_question(ref, questionnaire, r)
