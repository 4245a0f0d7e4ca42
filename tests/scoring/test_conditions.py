"""Condition semantics, checked through strengths (a strength fires exactly when its
condition holds)."""

from __future__ import annotations

from typing import Any

import pytest

from app.scoring import evaluate
from app.scoring.answers import Answer

from .builders import (
    NA,
    UNSURE,
    context_question,
    domain,
    option,
    question,
    questionnaire,
    strength,
    val,
)

CHOICE = [option("x", 0), option("y", 1), option("z", 2)]


def holds(condition: dict[str, Any], answers: dict[str, Answer]) -> bool:
    q = questionnaire(
        context=[
            context_question("ctx", [option("a"), option("b"), option("c")], type="multi_choice"),
        ],
        domains=[
            domain(
                "d",
                [
                    question("s", CHOICE, allow_na=True),
                    question("m", CHOICE, type="multi_choice"),
                    question("hq", CHOICE, show_if={"q": "ctx", "has": "c"}),
                    question("t", [], type="text", required=False),
                ],
            ),
            domain("e", [question("e1", CHOICE)]),
        ],
        strengths=[strength("probe", "d", condition)],
    )
    result = evaluate(q, answers, content_hash="h")
    return [s.id for s in result.strengths] == ["probe"]


@pytest.mark.parametrize(
    ("test", "answer", "expected"),
    [
        ({"is": "y"}, val("y"), True),
        ({"is": "y"}, val("x"), False),
        ({"is": "y"}, UNSURE, False),
        ({"is": "y"}, NA, False),
        ({"is": "y"}, None, False),
        ({"in": ["x", "y"]}, val("x"), True),
        ({"in": ["x", "y"]}, val("z"), False),
        ({"in": ["x", "y"]}, UNSURE, False),
        ({"has": "y"}, val("y"), True),
        ({"score_lt": 0.5}, val("x"), True),  # 0 / 2 = 0
        ({"score_lt": 0.5}, val("y"), False),  # 1 / 2 = 0.5, not below 0.5
        ({"score_gte": 0.5}, val("y"), True),
        ({"score_lt": 0.5}, UNSURE, True),  # "don't know" counts as 0
        ({"score_gte": 0.0}, UNSURE, True),
        ({"score_lt": 0.5}, NA, False),
        ({"score_lt": 0.5}, None, False),
        ({"answered": True}, val("x"), True),
        ({"answered": True}, UNSURE, False),
        ({"answered": True}, NA, False),
        ({"answered": False}, None, True),
        ({"answered": False}, UNSURE, True),
        ({"unsure": True}, UNSURE, True),
        ({"unsure": True}, val("x"), False),
        ({"unsure": False}, val("x"), True),
        ({"na": True}, NA, True),
        ({"na": True}, None, False),
        ({"na": False}, NA, False),
    ],
)
def test_single_choice_tests(test: dict[str, Any], answer: Answer | None, expected: bool) -> None:
    answers = {} if answer is None else {"s": answer}
    assert holds({"q": "s", **test}, answers) is expected


@pytest.mark.parametrize(
    ("test", "selected", "expected"),
    [
        ({"has": "y"}, ["x", "y"], True),
        ({"has": "z"}, ["x", "y"], False),
        ({"has_any": ["z", "y"]}, ["y"], True),
        ({"has_any": ["z"]}, ["x", "y"], False),
        ({"has_all": ["x", "y"]}, ["y", "x", "z"], True),
        ({"has_all": ["x", "z"]}, ["x", "y"], False),
        ({"is": "x"}, ["x"], True),  # exactly {x}
        ({"is": "x"}, ["x", "y"], False),
        ({"in": ["x", "y"]}, ["y", "x"], True),  # a non-empty selection inside the list
        ({"in": ["x", "y"]}, ["x", "z"], False),
        ({"in": ["x", "y"]}, [], False),
        ({"has_all": ["x"]}, [], False),
        ({"answered": True}, [], True),  # an empty selection is still an answer
    ],
)
def test_multi_choice_tests(test: dict[str, Any], selected: list[str], expected: bool) -> None:
    assert holds({"q": "m", **test}, {"m": val(selected)}) is expected


def test_hidden_questions_fail_value_tests_even_with_a_stored_answer() -> None:
    hidden = {"ctx": val(["a"]), "hq": val("x")}
    shown = {"ctx": val(["c"]), "hq": val("x")}
    assert holds({"q": "hq", "is": "x"}, shown)
    assert not holds({"q": "hq", "is": "x"}, hidden)
    assert not holds({"q": "hq", "score_lt": 1}, hidden)
    assert not holds({"q": "hq", "answered": True}, hidden)
    assert holds({"q": "hq", "answered": False}, hidden)


def test_domain_tests_use_the_rounded_domain_score_and_are_false_without_one() -> None:
    # e1 = y -> 1 / 2 = 0.5 -> domain e = 50.0
    assert holds({"domain": "e", "score_gte": 50}, {"e1": val("y")})
    assert not holds({"domain": "e", "score_lt": 50}, {"e1": val("y")})
    assert not holds({"domain": "e", "score_lt": 50}, {})
    assert not holds({"domain": "e", "score_gte": 0}, {})


def test_all_any_not() -> None:
    answers = {"s": val("x"), "m": val(["y"])}
    assert holds({"all": [{"q": "s", "is": "x"}, {"q": "m", "has": "y"}]}, answers)
    assert not holds({"all": [{"q": "s", "is": "x"}, {"q": "m", "has": "z"}]}, answers)
    assert holds({"any": [{"q": "s", "is": "y"}, {"q": "m", "has": "y"}]}, answers)
    assert not holds({"any": [{"q": "s", "is": "y"}, {"q": "m", "has": "z"}]}, answers)
    assert holds({"not": {"q": "s", "is": "y"}}, answers)
    assert holds({"not": {"q": "t", "answered": True}}, answers)


def test_text_answers_only_count_as_answered() -> None:
    assert holds({"q": "t", "answered": True}, {"t": val("notes")})
    assert not holds({"q": "t", "score_gte": 0}, {"t": val("notes")})
