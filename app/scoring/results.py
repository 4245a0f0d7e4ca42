"""Localised results: what clients read. Built by :func:`app.scoring.present.present`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.questionnaire.model import Affected, Effort, Severity
from app.scoring.evaluation import (
    DomainEvidence,
    QuestionEvidence,
    QuestionnaireRef,
)
from app.scoring.state import AnswerState


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class PresentedQuestionEvidence(QuestionEvidence):
    label: str = Field(description="the question's text")
    value_labels: list[str] = Field(description="labels of the option(s) given")


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


class PresentedQuestionnaire(QuestionnaireRef):
    title: str


class Results(_Out):
    format: Literal["rdsa.results/1"] = "rdsa.results/1"
    engine_version: str
    questionnaire: PresentedQuestionnaire
    locale: str = Field(description="the locale served (strings missing in it use the default)")
    overall: OverallOut
    domains: list[DomainOut]
    issues: list[IssueOut] = Field(description="most severe first; ties in questionnaire order")
    strengths: list[StrengthOut]
    issue_map: IssueMapOut
    recommendations: list[RecommendationOut]
    unsure_count: int
    unanswered_count: int
