"""``show_if`` → FHIR ``enableWhen`` + ``enableBehavior``, where FHIR can say the same.

FHIR can express one flat list of tests joined by all or any. Tests on option values
(``is``, ``in``, ``has``, ``has_any``, ``has_all``), ``answered`` and ``not`` of those
fit; an ``all`` of them or an ``any`` of them fits too. The rest (score tests,
"don't know" / "not applicable" tests, domain scores, nested mixes of all and any) has
no FHIR equivalent: the builder then leaves ``enableWhen`` out and carries the rdsa
condition as JSON in the ``urn:rdsa:fhir:show-if`` extension.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from app.fhir.common import JSON
from app.questionnaire.model import (
    AllCondition,
    AnyCondition,
    Condition,
    NotCondition,
    OptionValue,
    QuestionTest,
)

Coding = Callable[[str, OptionValue], JSON]
Join = Literal["one", "all", "any"]


@dataclass(frozen=True)
class EnableWhen:
    tests: list[JSON]
    behavior: Literal["all", "any"] | None  # None: a single test


def _equals(question: str, value: OptionValue, coding: Coding, *, negate: bool) -> JSON:
    operator = "!=" if negate else "="
    return {"question": question, "operator": operator, "answerCoding": coding(question, value)}


def _values(test: QuestionTest) -> tuple[list[OptionValue], Join] | None:
    if test.is_ is not None:
        return [test.is_], "one"
    if test.has is not None:
        return [test.has], "one"
    lists: tuple[tuple[str, Join], ...] = (("in", "any"), ("has_any", "any"), ("has_all", "all"))
    for name, join in lists:
        values = test.test_value(name)
        if values is not None:
            return list(values), "one" if len(values) == 1 else join
    return None


def _leaf(test: QuestionTest, coding: Coding, *, negate: bool) -> tuple[Join, list[JSON]] | None:
    if test.answered is not None:
        exists = test.answered != negate
        return "one", [{"question": test.q, "operator": "exists", "answerBoolean": exists}]
    found = _values(test)
    if found is None:
        return None
    values, join = found
    tests = [_equals(test.q, v, coding, negate=negate) for v in values]
    if negate and join != "one":  # not(a or b) = not a and not b, and the reverse
        join = "all" if join == "any" else "any"
    return join, tests


def _group(condition: Condition, coding: Coding) -> tuple[Join, list[JSON]] | None:
    if isinstance(condition, QuestionTest):
        return _leaf(condition, coding, negate=False)
    if isinstance(condition, NotCondition) and isinstance(condition.not_, QuestionTest):
        return _leaf(condition.not_, coding, negate=True)
    if isinstance(condition, AllCondition | AnyCondition):
        join: Join = "all" if isinstance(condition, AllCondition) else "any"
        parts = condition.all if isinstance(condition, AllCondition) else condition.any
        tests: list[JSON] = []
        for part in parts:
            found = _group(part, coding)
            if found is None or found[0] not in ("one", join):
                return None
            tests.extend(found[1])
        return (join if len(tests) > 1 else "one"), tests
    return None


def enable_when(condition: Condition, coding: Coding) -> EnableWhen | None:
    """The FHIR form of ``condition``, or None when FHIR cannot express it."""
    found = _group(condition, coding)
    if found is None:
        return None
    join, tests = found
    return EnableWhen(tests=tests, behavior=None if join == "one" else join)
