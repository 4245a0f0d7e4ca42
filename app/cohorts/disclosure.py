"""From raw aggregates to publishable figures: every rule of docs/privacy.md applied.

The result holds no raw small count and no organisation id; it is what gets stored
and served (titles are added when served, in the requested language).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from app.cohorts.change import change_figures
from app.cohorts.facts import Finding, QuestionnaireFacts
from app.cohorts.raw import Distribution, FindingTally, RawAggregates, Tally
from app.cohorts.rules import Rules, breakdown, share
from app.cohorts.summary_schemas import (
    DomainFigures,
    Figures,
    FindingFigures,
    IssueFigures,
    ResourceFigures,
    SeverityMix,
    TopicFigures,
)
from app.questionnaire.model import Severity
from app.scoring import SEVERITY_WEIGHTS

TOP_RESOURCES = 10
SEVERITIES = ("critical", "high", "medium", "low")


def figures_allowed(submitted: Tally, rules: Rules) -> bool:
    """Figures at all: k organisations independent of the facilitator that share only
    aggregates (the private part). Shared and facilitator-onboarded organisations never
    count toward k: the facilitator knows their results."""
    return submitted.private >= rules.k


def publishable(
    raw: RawAggregates, facts: QuestionnaireFacts, rules: Rules, published_at: datetime
) -> Figures:
    issues = _issues(raw.issues, facts, rules, raw.submitted.total)
    return Figures(
        published_at=published_at,
        organisations=rules.count(raw.submitted),
        domains=_domains(raw.domains, facts, rules),
        issues=issues,
        strengths=_strengths(raw.strengths, facts, rules, raw.submitted.total),
        resources=_resources(issues, facts, raw.submitted.total),
        change=change_figures(raw.change, facts, rules),
        topics=_topics(raw.topics, facts, rules, raw.submitted.total),
    )


def _topics(
    found: Mapping[str, Tally], facts: QuestionnaireFacts, rules: Rules, of: int
) -> list[TopicFigures]:
    ids = list(dict.fromkeys([*facts.domains, *sorted(found)]))
    topics = []
    for domain_id in ids:
        count = rules.count(found.get(domain_id, Tally()))
        topics.append(TopicFigures(id=domain_id, organisations=count, share=share(count, of)))
    return topics


def _domains(
    found: Mapping[str, Distribution], facts: QuestionnaireFacts, rules: Rules
) -> list[DomainFigures]:
    ids = list(dict.fromkeys([*facts.domains, *sorted(found)]))
    empty = Distribution(contributors=Tally(), q1=0.0, median=0.0, q3=0.0)
    figures = []
    for domain_id in ids:
        distribution = found.get(domain_id, empty)
        figures.append(
            DomainFigures(
                id=domain_id,
                organisations=rules.count(distribution.contributors),
                q1=rules.quartile(distribution, "q1"),
                median=rules.quartile(distribution, "median"),
                q3=rules.quartile(distribution, "q3"),
            )
        )
    return figures


def _finding(finding_id: str, known: Mapping[str, Finding]) -> Finding:
    return known.get(finding_id) or Finding(finding_id, "", "", {})


def _ranked(
    items: list[FindingFigures], order: Mapping[str, int], weight: Mapping[str, int]
) -> list[FindingFigures]:
    """Shown counts first (most common, then most severe, then questionnaire order), then
    suppressed ones in questionnaire order: their relative sizes must not show."""

    def position(item: FindingFigures) -> int:
        return order.get(item.id, len(order))

    shown = [i for i in items if not i.organisations.suppressed]
    hidden = [i for i in items if i.organisations.suppressed]
    shown.sort(key=lambda i: (-(i.organisations.value or 0), -weight.get(i.id, 0), position(i)))
    hidden.sort(key=position)
    for rank, item in enumerate(shown, start=1):
        item.rank = rank
    return [*shown, *hidden]


def _severity_mix(tally: FindingTally, rules: Rules) -> SeverityMix:
    cells = breakdown({s: tally.by_severity.get(s, Tally()) for s in SEVERITIES}, rules)
    return SeverityMix(**cells)


def _issues(
    found: Mapping[str, FindingTally], facts: QuestionnaireFacts, rules: Rules, of: int
) -> list[IssueFigures]:
    items: list[FindingFigures] = []
    for issue_id, tally in found.items():
        finding = _finding(issue_id, facts.issues)
        count = rules.count(tally.organisations)
        items.append(
            IssueFigures(
                id=issue_id,
                domain=finding.domain,
                lifecycle=finding.lifecycle,
                base_severity=(finding.base_severity or Severity.LOW).value,
                rank=None,
                organisations=count,
                share=share(count, of),
                severity_mix=None if count.suppressed else _severity_mix(tally, rules),
            )
        )
    weights = {
        i: SEVERITY_WEIGHTS[f.base_severity or Severity.LOW] for i, f in facts.issues.items()
    }
    ranked = _ranked(items, facts.order(facts.issues), weights)
    return [item for item in ranked if isinstance(item, IssueFigures)]


def _strengths(
    found: Mapping[str, FindingTally], facts: QuestionnaireFacts, rules: Rules, of: int
) -> list[FindingFigures]:
    items = []
    for strength_id, tally in found.items():
        finding = _finding(strength_id, facts.strengths)
        count = rules.count(tally.organisations)
        items.append(
            FindingFigures(
                id=strength_id,
                domain=finding.domain,
                lifecycle=finding.lifecycle,
                rank=None,
                organisations=count,
                share=share(count, of),
            )
        )
    return _ranked(items, facts.order(facts.strengths), {})


def issue_weight(issue: IssueFigures, of: int) -> float:
    """Share x severity weight, from shown numbers only: the severity mix when it is
    shown, otherwise the whole count at the issue's base severity."""
    if issue.organisations.value is None or of <= 0:
        return 0.0
    mix = issue.severity_mix
    cells = {} if mix is None else mix.model_dump()
    if cells and not any(cell["suppressed"] for cell in cells.values()):
        weighted = sum(cells[s]["value"] * SEVERITY_WEIGHTS[Severity(s)] for s in SEVERITIES)
    else:
        weighted = issue.organisations.value * SEVERITY_WEIGHTS[Severity(issue.base_severity)]
    return float(weighted) / of


def _resources(
    issues: list[IssueFigures], facts: QuestionnaireFacts, of: int
) -> list[ResourceFigures]:
    scores: dict[str, float] = {}
    addressed: dict[str, list[str]] = {}
    for issue in issues:
        weight = issue_weight(issue, of)
        if weight <= 0:
            continue
        for resource_id in _finding(issue.id, facts.issues).resources:
            scores[resource_id] = scores.get(resource_id, 0.0) + weight
            addressed.setdefault(resource_id, []).append(issue.id)
    ranked = sorted(scores, key=lambda r: (-scores[r], r))[:TOP_RESOURCES]
    return [ResourceFigures(id=r, score=round(scores[r], 2), issues=addressed[r]) for r in ranked]
