"""The cohort summary document (``rdsa.cohort-summary/1``).

Every number that could describe a small group is a cell with ``suppressed``: when
true, ``value`` is null and ``display`` says why — ``"<5"`` (with k = 5) for a count
too small to show, ``"withheld"`` for a value hidden to protect another (a severity
breakdown, a resolved/new pair) or a statistic with too few contributors. Clients
show ``display`` as it is and never compute with suppressed cells.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.scoring import Results

WITHHELD = "withheld"


class _Cell(BaseModel):
    model_config = ConfigDict(frozen=True)

    display: str = Field(description='what to show: the number, "<k" or "withheld"')
    suppressed: bool = Field(description="true when the value is hidden; then value is null")


class Count(_Cell):
    """A number of organisations."""

    value: int | None


class Statistic(_Cell):
    """A score, a change in score, a percentage or a median number of issues."""

    value: float | None


class DomainFigures(BaseModel):
    """Domain scores (0-100) of the latest submitted assessments."""

    id: str
    title: str = ""
    organisations: Count = Field(description="organisations with a score in this domain")
    q1: Statistic = Field(description="lower quartile (see docs/privacy.md for the definition)")
    median: Statistic
    q3: Statistic = Field(description="upper quartile")


class SeverityMix(BaseModel):
    """How many affected organisations have the issue at each severity (context can raise
    it). Shown cell by cell only when no cell needs hiding; otherwise every non-zero cell
    is withheld, so no hidden cell can be recovered from the issue's total."""

    critical: Count
    high: Count
    medium: Count
    low: Count


class FindingFigures(BaseModel):
    id: str
    title: str = ""
    domain: str
    lifecycle: str
    rank: int | None = Field(description="1 = most common; null for suppressed counts")
    organisations: Count = Field(description="organisations with this finding")
    share: Statistic = Field(description="percentage of the organisations the figures describe")


class IssueFigures(FindingFigures):
    base_severity: str
    severity_mix: SeverityMix | None = Field(description="null when the count is suppressed")


class ResourceFigures(BaseModel):
    id: str
    score: float = Field(
        description="sum over the issues it addresses of share x severity weight "
        "(critical 8, high 4, medium 2, low 1), from shown figures only"
    )
    issues: list[str] = Field(description="issue ids with shown counts that it addresses")
    title: str = ""
    publisher: str = ""
    url: str = ""
    languages: list[str] = Field(default_factory=list)
    language_fallback: bool = False


class DomainChange(BaseModel):
    id: str
    title: str = ""
    organisations: Count
    median_change: Statistic = Field(description="median of latest minus first score")


class IssueChange(BaseModel):
    id: str
    title: str = ""
    resolved: Count = Field(description="organisations whose first assessment had it, latest not")
    new: Count = Field(description="organisations whose latest assessment has it, first not")


class ChangeFigures(BaseModel):
    """First versus latest submitted assessment of each organisation that has both."""

    available: bool
    organisations: Count
    domains: list[DomainChange]
    issues: list[IssueChange]
    resolved_any: Count = Field(description="organisations that resolved at least one issue")
    new_any: Count = Field(description="organisations with at least one new issue")
    median_resolved: Statistic = Field(description="median issues resolved per organisation")
    median_new: Statistic = Field(description="median new issues per organisation")


class TopicFigures(BaseModel):
    """Topic level: how many organisations have at least one high or critical issue in a
    domain. Coarser than the per-issue table, so it is shown in more cohorts."""

    id: str = Field(description="domain id")
    title: str = ""
    organisations: Count = Field(description="organisations with >= 1 high or critical issue")
    share: Statistic


class Figures(BaseModel):
    """The figures of one publication (locale-neutral when stored; titled when served)."""

    published_at: datetime
    organisations: Count = Field(description="submitted organisations these figures describe")
    domains: list[DomainFigures]
    issues: list[IssueFigures] = Field(description="most common first; suppressed ones last")
    strengths: list[FindingFigures]
    resources: list[ResourceFigures] = Field(description="most useful to the cohort first")
    change: ChangeFigures
    topics: list[TopicFigures] = Field(
        default_factory=list, description="per domain, in questionnaire order"
    )


class CohortRef(BaseModel):
    id: uuid.UUID
    name: str


class QuestionnaireUse(BaseModel):
    slug: str
    title: str
    organisations: Count = Field(description="members with a submitted assessment of it")


class Counts(BaseModel):
    members: Count = Field(description="organisations in the cohort now (always exact)")
    submitted: Count = Field(
        description="members with a submitted assessment of this questionnaire, now"
    )


class SharedFinding(BaseModel):
    """One issue or strength of a sharing organisation: its title and severity only."""

    id: str
    title: str
    domain: str
    severity: str | None = Field(description="issues: the organisation's severity; strengths: null")


class SharedResult(BaseModel):
    """An organisation that chose to share more than aggregates with the cohort's
    facilitator: at level ``issues`` its issue and strength titles with severities (no
    answers, scores or notes); at level ``results`` its whole results too. These are exact
    figures, named, and never part of the k-anonymous figures."""

    organisation_id: uuid.UUID
    name: str = Field(description="the display name the organisation chose for this cohort")
    sharing: Literal["issues", "results"] = "results"
    onboarded: bool = Field(
        default=False, description="true when the cohort's facilitator created the organisation"
    )
    assessment_id: uuid.UUID | None
    submitted_at: datetime | None
    issues: list[SharedFinding] = Field(default_factory=list)
    strengths: list[SharedFinding] = Field(default_factory=list)
    results: Results | None = Field(
        description="level results only; null until it submits this questionnaire"
    )


SummaryStatus = Literal["current", "held", "counts_only"]


class CohortSummary(BaseModel):
    format: Literal["rdsa.cohort-summary/1"] = "rdsa.cohort-summary/1"
    cohort: CohortRef
    questionnaire: QuestionnaireUse | None
    questionnaires: list[QuestionnaireUse] = Field(description="every questionnaire in use")
    locale: str
    min_group_size: int = Field(description="k: the smallest group a figure may describe")
    generated_at: datetime
    status: SummaryStatus = Field(
        description="current: figures describe the cohort now; held: figures published "
        "earlier, kept until enough organisations change; counts_only: no figures"
    )
    explanation: str
    counts: Counts
    submissions_needed: int = Field(
        default=0,
        description="how many more independent organisations sharing aggregates must submit "
        "before k-anonymous figures can appear (0 once they can)",
    )
    figures: Figures | None
    shared_results: list[SharedResult]
