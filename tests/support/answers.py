"""Build answer sets for tests from a questionnaire document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.questionnaire.loader import load_tree
from app.questionnaire.model import ContextQuestion, Question, Questionnaire, QuestionType
from app.scoring import parse_answers, visible

Chooser = Callable[[Question | ContextQuestion], dict[str, Any] | None]


def questionnaire(root: Path, slug: str, version: str) -> Questionnaire:
    loaded = load_tree(root).get(slug, version)
    assert loaded is not None
    return loaded.model


def _questions(model: Questionnaire) -> list[Question | ContextQuestion]:
    return [*model.context, *(q for d in model.domains for q in d.questions)]


def best(question: Question | ContextQuestion) -> dict[str, Any] | None:
    """The best-scoring option (context: the first option; text: a short note)."""
    return _pick(question, worst=False)


def worst(question: Question | ContextQuestion) -> dict[str, Any] | None:
    return _pick(question, worst=True)


def _pick(question: Question | ContextQuestion, *, worst: bool) -> dict[str, Any] | None:
    if question.type is QuestionType.TEXT:
        return {"value": "A note."}
    options = list(question.options)
    if isinstance(question, Question):
        options = [o for o in options if not o.exclusive or len(options) == 1]
        options.sort(key=lambda o: o.score or 0, reverse=not worst)
    choice = options[0].value
    return {"value": [choice] if question.type is QuestionType.MULTI_CHOICE else choice}


def unsure_where_allowed(question: Question | ContextQuestion) -> dict[str, Any] | None:
    if question.allow_unsure and isinstance(question, Question):
        return {"unsure": True}
    return best(question)


def complete(model: Questionnaire, choose: Chooser = best) -> dict[str, Any]:
    """Answers for every visible question, in document order (show_if respected)."""
    answers: dict[str, Any] = {}
    for question in _questions(model):
        if question.id not in visible(model, parse_answers(answers)):
            continue
        answer = choose(question)
        if answer is not None:
            answers[question.id] = answer
    return answers
