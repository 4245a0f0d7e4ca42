from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.scoring.answers import (
    NotApplicableAnswer,
    UnsureAnswer,
    ValueAnswer,
    parse_answer,
    parse_answers,
    without_comment,
)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ({"value": "yes"}, ValueAnswer),
        ({"value": ["a", "b"]}, ValueAnswer),
        ({"value": 3}, ValueAnswer),
        ({"value": "free text", "comment": "why"}, ValueAnswer),
        ({"unsure": True}, UnsureAnswer),
        ({"unsure": True, "comment": "asked the director"}, UnsureAnswer),
        ({"not_applicable": True}, NotApplicableAnswer),
    ],
)
def test_the_three_shapes_are_accepted(data: dict[str, object], kind: type) -> None:
    assert isinstance(parse_answer(data), kind)


@pytest.mark.parametrize(
    "data",
    [
        {"unsure": False},
        {"not_applicable": False},
        {"value": None},
        {"value": True},  # booleans are not option values
        {"value": 2.5},
        {"value": [["nested"]]},
        {"value": "x", "unsure": True},
        {"value": "x", "extra": 1},
        {"comment": "only a comment"},
        {},
        {"value": "a\x00b"},
        {"value": ["ok", "a\x00"]},
        {"unsure": True, "comment": "nul\x00"},
        {"value": "x", "comment": "c" * 2001},
        {"value": "t" * 10_001},
        "yes",
        None,
    ],
)
def test_malformed_answers_are_refused(data: object) -> None:
    with pytest.raises(ValidationError):
        parse_answer(data)


def test_a_comment_of_2000_characters_is_fine() -> None:
    assert parse_answer({"value": "x", "comment": "c" * 2000}).comment == "c" * 2000


def test_parse_answers_reads_a_whole_map() -> None:
    answers = parse_answers({"a": {"value": "yes"}, "b": {"unsure": True}})
    assert isinstance(answers["a"], ValueAnswer)
    assert isinstance(answers["b"], UnsureAnswer)


def test_answers_serialise_back_to_their_shape() -> None:
    answer = parse_answer({"value": ["a"], "comment": "c"})
    assert answer.model_dump(exclude_none=True) == {"value": ["a"], "comment": "c"}
    assert without_comment(answer).model_dump(exclude_none=True) == {"value": ["a"]}
