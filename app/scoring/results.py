"""Localised results: what clients read. Built by :func:`app.scoring.present.present`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.questionnaire.model import Affected, Effort, Severity
from app.scoring.evaluation import (
    DomainEvidence,
    QuestionEvidence,
    QuestionnaireRef,
    added_in_2,
)
from app.scoring.state import AnswerState


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class PresentedQuestionEvidence(QuestionEvidence):
    label: str = Field(description="the question's text")
    value_labels: list[str] = Field(description="labels of the option(s) given")
    answer_label: str | None = added_in_2(
        'the answer in words when it is not an option: "Don\'t know", "Prefer not to say", '
        '"Not applicable"'
    )
    note: str | None = added_in_2(
        "for an `assumed` test: you did not say; the cautious case was assumed"
    )


class PresentedDomainEvidence(DomainEvidence):
    label: str = Field(description="the domain's title")


PresentedEvidence = Annotated[
    PresentedQuestionEvidence | PresentedDomainEvidence, Field(discriminator="kind")
]


class EscalationOut(_Out):
    to: Severity
    raises: bool
    reason: str | None
    evidence: list[PresentedEvidence]


class ResourceRef(_Out):
    id: str
    title: str
    publisher: str
    url: str
    languages: list[str]
    type: str
    effort: Effort
    language_fallback: bool = Field(description="true when not available in the requested language")
    regions: list[str] | None = added_in_2('where it applies ("global", country codes, regions)')
    audiences: list[str] | None = added_in_2("who it is made for (empty: everyone)")
    fit: str | None = added_in_2(
        '"match", or why it does not fit your context: "region" or "audience"'
    )


class IssueOut(_Out):
    id: str
    severity: Severity
    base_severity: Severity
    domain: str
    lifecycle: str
    title: str
    why: str
    first_steps: list[str]
    affects: list[Affected]
    evidence: list[PresentedEvidence]
    escalations: list[EscalationOut]
    resources: list[ResourceRef]
    priority: int | None = added_in_2("rank in the list, 1 first (see docs/scoring.md §7)")
    priority_reason: str | None = added_in_2(
        "why it ranks here: severity, escalations matched, question weight"
    )
    unknown_answers: list[str] | None = added_in_2(
        'questions answered "don\'t know" / "prefer not to say" without which the issue '
        "would not fire (empty: it fires on what was answered)"
    )
    unknown_note: str | None = added_in_2(
        'when `unknown_answers` is not empty: a sentence saying the issue rests on "don\'t know"'
    )
    assumed_context: list[str] | None = added_in_2(
        "context questions not answered that escalations read as the cautious case"
    )
    assumed_note: str | None = added_in_2(
        "when `assumed_context` is not empty: you did not say; we assumed the cautious case"
    )


class StrengthOut(_Out):
    id: str
    domain: str
    lifecycle: str
    title: str
    description: str | None
    evidence: list[PresentedEvidence]


class StageOut(_Out):
    key: str
    min: float
    label: str


class QuestionLine(_Out):
    id: str
    text: str
    weight: float | None = None
    score: float | None = None
    state: AnswerState


class DomainExplanation(_Out):
    """How the score was computed: 100 x weighted_sum / weight_total over `included`."""

    weighted_sum: float
    weight_total: float
    included: list[QuestionLine]
    excluded: list[QuestionLine]
    unanswered: list[QuestionLine]
    unscored: list[QuestionLine]
    stages: list[StageOut]


class StageCapOut(_Out):
    """The stage was capped while severe issues are open."""

    max: str
    max_label: str
    uncapped_stage: str
    uncapped_stage_label: str | None
    issues: list[str] = Field(description="the open issues that cap the stage, priority order")
    reason: str


class DomainOut(_Out):
    id: str
    title: str
    weight: float
    score: float | None
    stage: str | None
    stage_label: str | None
    coverage: float | None
    unsure_count: int
    explanation: DomainExplanation
    stage_cap: StageCapOut | None = added_in_2("present when the stage cap lowered the stage")


class OverallLine(_Out):
    domain: str
    title: str
    weight: float
    score: float


class OverallOut(_Out):
    """Weighted mean of the domain scores listed in `included`."""

    score: float | None
    stage: str | None
    stage_label: str | None
    weighted_sum: float
    weight_total: float
    included: list[OverallLine]
    stage_cap: StageCapOut | None = added_in_2("present when the stage cap lowered the stage")


class MapIssueOut(_Out):
    id: str
    severity: Severity
    title: str


class MapStrengthOut(_Out):
    id: str
    title: str


class MapCellOut(_Out):
    domain: str
    lifecycle: str
    issues: list[MapIssueOut]
    strengths: list[MapStrengthOut]
    highest_severity: Severity | None


class AxisLabel(_Out):
    id: str
    label: str


class IssueMapOut(_Out):
    domains: list[AxisLabel]
    lifecycle: list[AxisLabel]
    cells: list[MapCellOut]


class RecommendationOut(ResourceRef):
    issues: list[str] = Field(description="fired issue ids this resource addresses")
    score: int = Field(description="sum of severity weights: critical 8, high 4, medium 2, low 1")
    why: str
    band: int | None = added_in_2(
        "relevance band: the largest of 1, 2, 4, 8, 16... not above `score`; language only "
        "breaks ties inside a band"
    )
    fit_note: str | None = added_in_2(
        'when `fit` is not "match": why it is recommended all the same'
    )


class PresentedQuestionnaire(QuestionnaireRef):
    title: str


class Results(_Out):
    format: Literal["rdsa.results/1"] = "rdsa.results/1"
    engine_version: str
    questionnaire: PresentedQuestionnaire
    locale: str = Field(description="the locale served (strings missing in it use the default)")
    overall: OverallOut
    domains: list[DomainOut]
    issues: list[IssueOut] = Field(
        description=(
            "in priority order: most severe first, then most escalations matched, then "
            "highest question weight, then questionnaire order (engine 1.0.0: severity, then "
            "questionnaire order)"
        )
    )
    strengths: list[StrengthOut]
    issue_map: IssueMapOut
    recommendations: list[RecommendationOut]
    unsure_count: int
    unanswered_count: int
    start_here: list[str] | None = added_in_2(
        "the (up to) three issue ids to start with: the first three by priority"
    )
