"""How the engine sees one question's answer after visibility has been decided."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

OptionKey = str | int


class AnswerState(StrEnum):
    VALUE = "value"
    UNSURE = "unsure"
    DECLINED = "declined"  # "prefer not to say" (context questions only)
    NOT_APPLICABLE = "not_applicable"
    UNANSWERED = "unanswered"
    HIDDEN = "hidden"


ResolvedValue = str | int | list[OptionKey]


class Resolved(NamedTuple):
    """One question's answer as scoring sees it.

    ``value`` is normalised (multi-choice selections in option order, no repeats);
    ``selection`` is the same as a set; ``score`` is the rounded question score in
    [0, 1] (0 for "don't know"), or None when the question is unscored or has no value.
    """

    state: AnswerState
    value: ResolvedValue | None = None
    selection: frozenset[OptionKey] = frozenset()
    score: float | None = None


HIDDEN = Resolved(AnswerState.HIDDEN)
UNANSWERED = Resolved(AnswerState.UNANSWERED)
NOT_APPLICABLE = Resolved(AnswerState.NOT_APPLICABLE)
UNSURE_SCORED = Resolved(AnswerState.UNSURE, score=0.0)
UNSURE_UNSCORED = Resolved(AnswerState.UNSURE)
DECLINED = Resolved(AnswerState.DECLINED)

UNKNOWN_STATES = frozenset({AnswerState.UNSURE, AnswerState.DECLINED})
