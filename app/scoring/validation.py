"""Check answers against a questionnaire version before they are stored or scored."""

from __future__ import annotations

from collections.abc import Iterable

from app.questionnaire.model import Questionnaire
from app.scoring.answers import AnswerMap
from app.scoring.compiled import compile_questionnaire
from app.scoring.problems import (
    AnswerProblem,
    InvalidAnswers,
    answer_problems,
    hidden_question,
    unknown_question,
)
from app.scoring.resolve import resolve
from app.scoring.state import AnswerState

__all__ = ["AnswerProblem", "InvalidAnswers", "ensure_valid", "validate_answers"]


def validate_answers(
    questionnaire: Questionnaire,
    answers: AnswerMap,
    *,
    changed: Iterable[str] | None = None,
) -> list[AnswerProblem]:
    """Every problem with ``answers`` (the full, merged answer state).

    ``changed`` limits the check to those question ids (e.g. the ones a PATCH
    touched), so that an answer which became hidden because *another* answer
    changed does not block the update; scoring ignores hidden answers anyway.
    Ids in ``changed`` without an answer (cleared ones) are only checked for
    existence. Problems come in questionnaire order, unknown ids last, sorted.
    """
    compiled = compile_questionnaire(questionnaire)
    resolved = resolve(compiled, answers).resolved
    wanted = set(answers) if changed is None else set(changed)
    problems: list[AnswerProblem] = []
    for question in compiled.order:
        if question.id not in wanted or question.id not in answers:
            continue
        if resolved[question.id].state is AnswerState.HIDDEN:
            problems.append(hidden_question(question))
        else:
            problems.extend(answer_problems(question, answers[question.id]))
    problems.extend(
        unknown_question(qid) for qid in sorted(wanted) if qid not in compiled.questions
    )
    return problems


def ensure_valid(
    questionnaire: Questionnaire,
    answers: AnswerMap,
    *,
    changed: Iterable[str] | None = None,
) -> None:
    """Raise :class:`InvalidAnswers` when :func:`validate_answers` finds anything."""
    problems = validate_answers(questionnaire, answers, changed=changed)
    if problems:
        raise InvalidAnswers(problems)
