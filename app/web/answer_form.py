"""Form fields of a questionnaire page → answers for ``patch_answers``.

Each question posts ``a:<id>`` (option values, or ``__unsure`` / ``__na``; the text of
a text question) and ``c:<id>`` (an optional comment). The hidden field ``shown``
lists the questions the page showed, so an empty multi-choice means "cleared" while
questions not on the page are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from app.questionnaire.model import QuestionType
from app.scoring import Answer, parse_answer
from app.web.deps import WebForm
from app.web.questionnaire_view import AnyQuestion, Entered

UNSURE = "__unsure"
NOT_APPLICABLE = "__na"
DECLINED = "__declined"
SPECIAL = (UNSURE, NOT_APPLICABLE, DECLINED)


@dataclass
class PageInput:
    """What a page's form asks to change, what was typed, and what is wrong with it."""

    patch: dict[str, Answer | None] = field(default_factory=dict)
    entered: dict[str, Entered] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # question id → i18n key


def entered_from_form(question: AnyQuestion, form: WebForm) -> Entered:
    raw = form.all(f"a:{question.id}")
    comment = form.get(f"c:{question.id}").strip()
    if question.type is QuestionType.TEXT:
        text = raw[0] if raw else ""
        return Entered(values=[text] if text.strip() else [], text=text, comment=comment)
    values = [v for v in raw if v not in SPECIAL]
    return Entered(
        values=values,
        unsure=UNSURE in raw,
        na=NOT_APPLICABLE in raw,
        declined=DECLINED in raw,
        comment=comment,
    )


def _option_value(question: AnyQuestion, given: str) -> str | int:
    by_text: dict[str, str | int] = {str(o.value): o.value for o in question.options}
    return by_text.get(given, given)


def _answer_data(question: AnyQuestion, entered: Entered) -> dict[str, Any] | str | None:
    """The answer as plain data, None for "no answer", or an i18n key for a mistake."""
    special = entered.unsure + entered.na + entered.declined
    if special > 1 or (special and entered.values):
        return "answer.special_conflict"
    if entered.unsure:
        return {"unsure": True}
    if entered.declined:
        return {"prefer_not_to_say": True}
    if entered.na:
        return {"not_applicable": True}
    if not entered.values:
        return None
    if question.type is QuestionType.TEXT:
        return {"value": entered.text.strip()}
    if question.type is QuestionType.MULTI_CHOICE:
        return {"value": [_option_value(question, v) for v in entered.values]}
    if len(entered.values) > 1:
        return "answer.one_only"
    return {"value": _option_value(question, entered.values[0])}


def read_answer(question: AnyQuestion, entered: Entered) -> Answer | str | None:
    data = _answer_data(question, entered)
    if isinstance(data, str):
        return data
    if data is None:
        return "answer.comment_needs_answer" if entered.comment else None
    if entered.comment:
        data["comment"] = entered.comment
    try:
        return parse_answer(data)
    except ValidationError:
        return "answer.invalid"


def read_page(
    questions: Iterable[AnyQuestion], form: WebForm, stored: Mapping[str, Answer]
) -> PageInput:
    """Answers for the shown questions: set, cleared (had one, now empty) or left alone."""
    shown = set(form.get("shown").split())
    result = PageInput()
    for question in questions:
        if question.id not in shown:
            continue
        entered = entered_from_form(question, form)
        result.entered[question.id] = entered
        answer = read_answer(question, entered)
        if isinstance(answer, str):
            result.errors[question.id] = answer
        elif answer is not None or question.id in stored:
            result.patch[question.id] = answer
    return result
