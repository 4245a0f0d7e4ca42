"""show_if → enableWhen: what FHIR can express, and what it cannot."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter

from app.fhir.conditions import enable_when
from app.questionnaire.model import Condition, OptionValue

conditions: TypeAdapter[Condition] = TypeAdapter(Condition)


def _coding(question: str, value: OptionValue) -> dict[str, Any]:
    return {"code": str(value)}


def _fhir(condition: dict[str, Any]) -> tuple[str | None, list[tuple[str, str, object]]] | None:
    found = enable_when(conditions.validate_python(condition), _coding)
    if found is None:
        return None
    tests = [
        (
            t["question"],
            t["operator"],
            t.get("answerCoding", {}).get("code", t.get("answerBoolean")),
        )
        for t in found.tests
    ]
    return found.behavior, tests


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ({"q": "a", "is": "yes"}, (None, [("a", "=", "yes")])),
        ({"q": "a", "is": 3}, (None, [("a", "=", "3")])),
        ({"q": "a", "has": "x"}, (None, [("a", "=", "x")])),
        ({"q": "a", "in": ["x"]}, (None, [("a", "=", "x")])),
        ({"q": "a", "in": ["x", "y"]}, ("any", [("a", "=", "x"), ("a", "=", "y")])),
        ({"q": "a", "has_any": ["x", "y"]}, ("any", [("a", "=", "x"), ("a", "=", "y")])),
        ({"q": "a", "has_all": ["x", "y"]}, ("all", [("a", "=", "x"), ("a", "=", "y")])),
        ({"q": "a", "answered": True}, (None, [("a", "exists", True)])),
        ({"not": {"q": "a", "answered": True}}, (None, [("a", "exists", False)])),
        ({"not": {"q": "a", "has": "none"}}, (None, [("a", "!=", "none")])),
        ({"not": {"q": "a", "in": ["x", "y"]}}, ("all", [("a", "!=", "x"), ("a", "!=", "y")])),
        (
            {"all": [{"q": "a", "is": "yes"}, {"q": "b", "has_all": ["x", "y"]}]},
            ("all", [("a", "=", "yes"), ("b", "=", "x"), ("b", "=", "y")]),
        ),
        (
            {"any": [{"q": "a", "has": "c"}, {"q": "b", "in": ["c", "d"]}]},
            ("any", [("a", "=", "c"), ("b", "=", "c"), ("b", "=", "d")]),
        ),
        ({"all": [{"q": "a", "is": "yes"}]}, (None, [("a", "=", "yes")])),
    ],
)
def test_expressible_conditions(condition: dict[str, Any], expected: object) -> None:
    assert _fhir(condition) == expected


@pytest.mark.parametrize(
    "condition",
    [
        {"q": "a", "unsure": True},
        {"q": "a", "na": True},
        {"q": "a", "score_lt": 0.5},
        {"domain": "power", "score_gte": 50},
        {"all": [{"q": "a", "is": "x"}, {"q": "b", "in": ["c", "d"]}]},
        {"any": [{"q": "a", "is": "x"}, {"q": "b", "has_all": ["c", "d"]}]},
        {"not": {"all": [{"q": "a", "is": "x"}]}},
        {"all": [{"q": "a", "is": "x"}, {"q": "b", "unsure": True}]},
    ],
)
def test_conditions_fhir_cannot_express(condition: dict[str, Any]) -> None:
    assert _fhir(condition) is None
