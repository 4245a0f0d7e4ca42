"""The three shapes of an answer, as sent by clients and stored with an assessment.

``{"value": V}``, ``{"unsure": true}`` ("don't know"), ``{"prefer_not_to_say": true}``
(context questions that offer it) or ``{"not_applicable": true}``,
each with an optional free-text ``comment``. These models only check the *shape*;
whether a value fits its question is checked by :mod:`app.scoring.validation`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Annotated, Any, Literal, TypeAlias

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictInt,
    StrictStr,
    Tag,
    TypeAdapter,
)

MAX_COMMENT_LENGTH = 2000
MAX_TEXT_LENGTH = 10_000
MAX_SELECTED = 200


_KEPT_CONTROLS = frozenset("\n\r\t")


def _refuse_controls(text: str) -> str:
    # PostgreSQL cannot store NUL in text columns; the other control characters (C0,
    # DEL, C1) and lone surrogates have no place in an answer either. Refused alike on
    # every database; line breaks and tabs are kept.
    for ch in text:
        if ch not in _KEPT_CONTROLS and unicodedata.category(ch) in {"Cc", "Cs"}:
            raise ValueError(
                "text must not contain control characters such as NUL "
                f"(found U+{ord(ch):04X}); line breaks and tabs are fine"
            )
    return text


# The same rule as a JSON Schema pattern, so that clients and fuzzers know it.
NO_CONTROLS_PATTERN = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"
CleanStr = Annotated[
    StrictStr,
    AfterValidator(_refuse_controls),
    Field(json_schema_extra={"pattern": NO_CONTROLS_PATTERN}),
]
Comment = Annotated[CleanStr, Field(max_length=MAX_COMMENT_LENGTH)]
ScalarValue: TypeAlias = Annotated[CleanStr, Field(max_length=MAX_TEXT_LENGTH)] | StrictInt
ListValue: TypeAlias = Annotated[list[CleanStr | StrictInt], Field(max_length=MAX_SELECTED)]
AnswerValue: TypeAlias = ScalarValue | ListValue


class _AnswerBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    comment: Comment | None = None


class ValueAnswer(_AnswerBase):
    """A given answer: an option value, a list of option values, an integer or a text."""

    value: AnswerValue


class UnsureAnswer(_AnswerBase):
    """ "Don't know": scores 0 and counts, because not knowing is itself a risk."""

    unsure: Literal[True]


class DeclinedAnswer(_AnswerBase):
    """ "Prefer not to say" (context questions that offer it): read as the cautious case."""

    prefer_not_to_say: Literal[True]


class NotApplicableAnswer(_AnswerBase):
    """ "Not applicable": the question is left out of every score."""

    not_applicable: Literal[True]


def _answer_kind(data: Any) -> str | None:
    if isinstance(data, BaseModel):
        kinds: dict[type[BaseModel], str] = {
            ValueAnswer: "value",
            UnsureAnswer: "unsure",
            DeclinedAnswer: "prefer_not_to_say",
            NotApplicableAnswer: "not_applicable",
        }
        return kinds.get(type(data))
    if isinstance(data, dict):
        for key in ("value", "unsure", "prefer_not_to_say", "not_applicable"):
            if key in data:
                return key
    return None


Answer: TypeAlias = Annotated[
    Annotated[ValueAnswer, Tag("value")]
    | Annotated[UnsureAnswer, Tag("unsure")]
    | Annotated[DeclinedAnswer, Tag("prefer_not_to_say")]
    | Annotated[NotApplicableAnswer, Tag("not_applicable")],
    Discriminator(
        _answer_kind,
        custom_error_type="invalid_answer",
        custom_error_message=(
            'an answer is {"value": ...}, {"unsure": true}, {"prefer_not_to_say": true} '
            'or {"not_applicable": true}'
        ),
    ),
]

AnswerMap: TypeAlias = Mapping[str, Answer]

answer_adapter: TypeAdapter[Answer] = TypeAdapter(Answer)
answer_map_adapter: TypeAdapter[dict[str, Answer]] = TypeAdapter(dict[str, Answer])


def parse_answer(data: Any) -> Answer:
    """Validate one answer given as plain data (raises pydantic ``ValidationError``)."""
    return answer_adapter.validate_python(data)


def parse_answers(data: Any) -> dict[str, Answer]:
    """Validate a mapping of question id to answer given as plain data."""
    return answer_map_adapter.validate_python(data)


def without_comment(answer: Answer) -> Answer:
    """The same answer with its comment removed (comments are never combined or compared)."""
    if answer.comment is None:
        return answer
    return answer.model_copy(update={"comment": None})
