"""A plain-Python reference for the cohort aggregates computed in SQL (app.cohorts.sql).

Deliberately simple and independent of the SQL: sort, pick positions, count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.cohorts.raw import Distribution, FindingTally, RawAggregates, RawChange, Tally


@dataclass(frozen=True)
class Submitted:
    """One submitted assessment: domain scores (None: no score) and findings."""

    scores: dict[str, float | None]
    issues: dict[str, str]  # issue id -> severity
    strengths: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Member:
    private: bool  # shares only aggregates
    submitted: list[Submitted] = field(default_factory=list)  # oldest first
    onboarded: bool = False  # created by the cohort's facilitator: never counted


def quantile(values: list[float], quarters: int) -> float:
    """Linear interpolation between order statistics (numpy's default, R type 7)."""
    ordered = sorted(values)
    lo, remainder = divmod(quarters * (len(ordered) - 1), 4)
    upper = ordered[lo + 1] * remainder if remainder else 0.0
    return (ordered[lo] * (4 - remainder) + upper) / 4


def _distribution(pairs: list[tuple[float, bool]]) -> Distribution:
    values = [value for value, _ in pairs]
    return Distribution(
        contributors=Tally(len(pairs), sum(private for _, private in pairs)),
        positive=Tally(
            sum(value > 0 for value in values),
            sum(private for value, private in pairs if value > 0),
        ),
        q1=quantile(values, 1),
        median=quantile(values, 2),
        q3=quantile(values, 3),
    )


def _distributions(items: Iterable[tuple[str, float, bool]]) -> dict[str, Distribution]:
    grouped: dict[str, list[tuple[float, bool]]] = {}
    for key, value, private in items:
        grouped.setdefault(key, []).append((value, private))
    return {key: _distribution(pairs) for key, pairs in grouped.items()}


def _add(tallies: dict[str, Tally], key: str, private: bool) -> None:
    before = tallies.get(key, Tally())
    tallies[key] = Tally(before.total + 1, before.private + private)


def _findings(members: list[Member]) -> tuple[dict[str, FindingTally], dict[str, FindingTally]]:
    issues: dict[str, Tally] = {}
    by_severity: dict[str, dict[str, Tally]] = {}
    strengths: dict[str, Tally] = {}
    for member in members:
        latest = member.submitted[-1]
        for issue_id, severity in latest.issues.items():
            _add(issues, issue_id, member.private)
            _add(by_severity.setdefault(issue_id, {}), severity, member.private)
        for strength_id in latest.strengths:
            _add(strengths, strength_id, member.private)
    return (
        {i: FindingTally(t, by_severity[i]) for i, t in issues.items()},
        {s: FindingTally(t) for s, t in strengths.items()},
    )


def _change(members: list[Member]) -> RawChange:
    compared = [m for m in members if len(m.submitted) > 1]
    resolved: dict[str, Tally] = {}
    new: dict[str, Tally] = {}
    deltas: list[tuple[str, float, bool]] = []
    per_org: list[tuple[str, float, bool]] = []
    for member in compared:
        first, latest = member.submitted[0], member.submitted[-1]
        gone, added = set(first.issues) - set(latest.issues), set(latest.issues) - set(first.issues)
        for issue_id in gone:
            _add(resolved, issue_id, member.private)
        for issue_id in added:
            _add(new, issue_id, member.private)
        per_org += [("resolved", float(len(gone)), member.private)]
        per_org += [("new", float(len(added)), member.private)]
        for domain, score in latest.scores.items():
            before = first.scores.get(domain)
            if score is not None and before is not None:
                deltas.append((domain, score - before, member.private))
    return RawChange(
        organisations=Tally(len(compared), sum(m.private for m in compared)),
        domains=_distributions(deltas),
        resolved=resolved,
        new=new,
        per_organisation=_distributions(per_org),
    )


def raw_aggregates(members: list[Member]) -> RawAggregates:
    """Aggregates over the members the k-anonymous figures describe: those with at least
    one submitted assessment that share only aggregates and that the facilitator did not
    onboard."""
    counted = [m for m in members if m.submitted and m.private and not m.onboarded]
    scores = [
        (domain, score, m.private)
        for m in counted
        for domain, score in m.submitted[-1].scores.items()
        if score is not None
    ]
    issues, strengths = _findings(counted)
    return RawAggregates(
        submitted=Tally(len(counted), sum(m.private for m in counted)),
        domains=_distributions(scores),
        issues=issues,
        strengths=strengths,
        change=_change(counted),
    )
