"""The locale-neutral result of scoring one assessment.

An :class:`Evaluation` is computed once at submission and stored as JSON; it can be
read back with ``Evaluation.model_validate_json`` and presented later in any
language. It holds ids, numbers and evidence, never user-facing text. Free-text
answers never appear in it.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    Tag,
)

from app.questionnaire.model import Severity
from app.scoring.state import AnswerState

ENGINE_VERSION = "2.0.0"
LEGACY_ENGINE_VERSIONS = frozenset({"1.0.0"})
"""Evaluations stored by these versions are presented as they were then (docs/scoring.md §13)."""


def _absent(value: object) -> bool:
    return value is None


def added_in_2(description: str) -> Any:
    """A field engine 1.0.0 did not write: left out of the JSON when absent, so that an
    evaluation (or its presentation) stored by 1.0.0 reads back byte for byte."""
    return Field(default=None, exclude_if=_absent, description=description)


OptionValueOut = StrictStr | StrictInt


def _json_kind(value: Any) -> str | None:
    # Choosing the union member by Python type is several times faster than letting
    # pydantic try each member in turn (this is validated once per evidence item).
    for kind, types in _JSON_KINDS:
        if isinstance(value, types):
            return kind
    return None


_JSON_KINDS: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("list", list),
    ("bool", bool),
    ("int", int),
    ("float", float),
    ("str", str),
)

ExpectedValue = Annotated[
    Annotated[list[OptionValueOut], Tag("list")]
    | Annotated[StrictBool, Tag("bool")]
    | Annotated[StrictInt, Tag("int")]
    | Annotated[StrictFloat, Tag("float")]
    | Annotated[StrictStr, Tag("str")],
    Discriminator(_json_kind),
]


class _Frozen(BaseModel):
    # Unknown keys are ignored, not refused: an evaluation stored by a later engine
    # version can still be read back (and refusing them costs ~15% of evaluate).
    model_config = ConfigDict(frozen=True)


class QuestionnaireRef(_Frozen):
    slug: str
    version: str
    content_hash: str


class QuestionEvidence(_Frozen):
    """A test on one question's answer that the engine looked at."""

    kind: Literal["question"] = "question"
    question: str
    test: str
    expected: ExpectedValue
    state: AnswerState
    value: OptionValueOut | list[OptionValueOut] | None = Field(
        default=None, description="the option value(s) given; never the text of a text answer"
    )
    score: float | None = Field(default=None, description="question score 0-1, if scored")
    result: bool
    assumed: bool | None = added_in_2(
        'true when the answer was "don\'t know" or "prefer not to say" and the test was '
        "read as the cautious case"
    )


class DomainEvidence(_Frozen):
    """A test on a domain score that the engine looked at."""

    kind: Literal["domain"] = "domain"
    domain: str
    test: str
    expected: float
    score: float | None
    result: bool


Evidence = Annotated[QuestionEvidence | DomainEvidence, Field(discriminator="kind")]


class AppliedEscalation(_Frozen):
    """An ``escalate`` rule whose condition held. ``index`` is its place in the issue."""

    index: int
    to: Severity
    raises: bool = Field(description="true when `to` is above the issue's base severity")
    evidence: list[Evidence]


class FiredIssue(_Frozen):
    id: str
    domain: str
    lifecycle: str
    base_severity: Severity
    severity: Severity
    evidence: list[Evidence]
    escalations: list[AppliedEscalation]
    priority: int | None = added_in_2("rank among the fired issues, 1 first")
    weight: float | None = added_in_2("highest weight of the domain questions `when` tests")
    unknown_answers: list[str] | None = added_in_2(
        'questions answered "don\'t know" / "prefer not to say" without which the issue '
        "would not fire"
    )
    assumed_context: list[str] | None = added_in_2(
        "unknown context questions that escalations read as the cautious case"
    )


class FiredStrength(_Frozen):
    id: str
    domain: str
    lifecycle: str
    evidence: list[Evidence]


class AppliedStageCap(_Frozen):
    """The stage was lowered to ``max`` because these issues are open."""

    max: str
    uncapped_stage: str
    issues: list[str]


class IncludedQuestion(_Frozen):
    id: str
    weight: float
    score: float
    state: Literal[AnswerState.VALUE, AnswerState.UNSURE]


class ExcludedQuestion(_Frozen):
    id: str
    reason: Literal[AnswerState.HIDDEN, AnswerState.NOT_APPLICABLE]


class DomainEvaluation(_Frozen):
    """A domain score with everything needed to recompute it by hand.

    ``score`` = 100 x ``weighted_sum`` / ``weight_total`` over ``included``;
    ``coverage`` = included / (included + unanswered). Text questions are listed
    in ``unscored``.
    """

    id: str
    weight: float
    score: float | None
    stage: str | None
    coverage: float | None
    weighted_sum: float
    weight_total: float
    included: list[IncludedQuestion]
    excluded: list[ExcludedQuestion]
    unanswered: list[str]
    unscored: list[str]
    unsure_count: int
    stage_cap: AppliedStageCap | None = added_in_2("present when the stage cap lowered the stage")


class OverallPart(_Frozen):
    domain: str
    weight: float
    score: float


class OverallEvaluation(_Frozen):
    """Weighted mean of the (rounded) domain scores of domains that have a score."""

    score: float | None
    stage: str | None
    weighted_sum: float
    weight_total: float
    included: list[OverallPart]
    stage_cap: AppliedStageCap | None = added_in_2("present when the stage cap lowered the stage")


class MapIssue(_Frozen):
    id: str
    severity: Severity


class MapCell(_Frozen):
    domain: str
    lifecycle: str
    issues: list[MapIssue]
    strengths: list[str]
    highest_severity: Severity | None


class IssueMap(_Frozen):
    """Domains x lifecycle stages, row by row, in questionnaire order."""

    domains: list[str]
    lifecycle: list[str]
    cells: list[MapCell]


class Evaluation(_Frozen):
    engine_version: str
    questionnaire: QuestionnaireRef
    overall: OverallEvaluation
    domains: list[DomainEvaluation]
    issues: list[FiredIssue]
    strengths: list[FiredStrength]
    issue_map: IssueMap
    unsure_count: int
    unanswered_count: int
    start_here: list[str] | None = added_in_2("the (up to) three issue ids to start with")
    context: dict[str, list[OptionValueOut]] | None = added_in_2(
        "the option values chosen on each context question (for resource fit)"
    )

    @property
    def legacy(self) -> bool:
        """Stored by an engine version whose presentation is kept as it was."""
        return self.engine_version in LEGACY_ENGINE_VERSIONS
