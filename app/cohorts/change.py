"""Figures on change between each organisation's first and latest submitted assessments."""

from __future__ import annotations

from app.cohorts.facts import QuestionnaireFacts
from app.cohorts.raw import Distribution, RawChange, Tally
from app.cohorts.rules import Rules, pair, withheld_count, withheld_statistic
from app.cohorts.summary_schemas import ChangeFigures, DomainChange, IssueChange, Statistic


def change_figures(raw: RawChange, facts: QuestionnaireFacts, rules: Rules) -> ChangeFigures:
    if not rules.enough(raw.organisations):
        return ChangeFigures(
            available=False,
            organisations=rules.count(raw.organisations),
            domains=[],
            issues=[],
            resolved_any=withheld_count(),
            new_any=withheld_count(),
            median_resolved=withheld_statistic(),
            median_new=withheld_statistic(),
        )
    resolved = raw.per_organisation.get("resolved")
    new = raw.per_organisation.get("new")
    return ChangeFigures(
        available=True,
        organisations=rules.count(raw.organisations),
        domains=_domains(raw, facts, rules),
        issues=_issues(raw, facts, rules),
        resolved_any=rules.count(resolved.positive) if resolved else withheld_count(),
        new_any=rules.count(new.positive) if new else withheld_count(),
        median_resolved=_median(resolved, rules),
        median_new=_median(new, rules),
    )


def _median(distribution: Distribution | None, rules: Rules, *, signed: bool = False) -> Statistic:
    if distribution is None:
        return withheld_statistic()
    return rules.quartile(distribution, "median", signed=signed)


def _domains(raw: RawChange, facts: QuestionnaireFacts, rules: Rules) -> list[DomainChange]:
    ids = list(dict.fromkeys([*facts.domains, *sorted(raw.domains)]))
    changes = []
    for domain_id in ids:
        distribution = raw.domains.get(domain_id)
        contributors = distribution.contributors if distribution else Tally()
        changes.append(
            DomainChange(
                id=domain_id,
                organisations=rules.count(contributors),
                median_change=_median(distribution, rules, signed=True),
            )
        )
    return changes


def _issues(raw: RawChange, facts: QuestionnaireFacts, rules: Rules) -> list[IssueChange]:
    order = facts.order(facts.issues)
    ids = sorted({*raw.resolved, *raw.new}, key=lambda i: (order.get(i, len(order)), i))
    changes = []
    for issue_id in ids:
        resolved, new = pair(
            raw.resolved.get(issue_id, Tally()), raw.new.get(issue_id, Tally()), rules
        )
        changes.append(IssueChange(id=issue_id, resolved=resolved, new=new))
    return changes
