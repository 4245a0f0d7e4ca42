"""Raw cohort aggregates, before any disclosure control. Never served or stored as such.

Every count is a :class:`Tally`: the organisations counted, and how many of them share
only aggregates ("private"). The facilitator can read the others' results, so the
private part is what disclosure control protects.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Tally:
    total: int = 0
    private: int = 0


@dataclass(frozen=True, slots=True)
class Distribution:
    """Quartiles of one value over the organisations that have it."""

    contributors: Tally
    q1: float
    median: float
    q3: float
    positive: Tally = field(default_factory=Tally)  # contributors whose value is > 0


@dataclass(frozen=True, slots=True)
class FindingTally:
    organisations: Tally
    by_severity: dict[str, Tally] = field(default_factory=dict)  # issues only


@dataclass(frozen=True, slots=True)
class RawChange:
    """First versus latest submitted assessment, over organisations that have both."""

    organisations: Tally
    domains: dict[str, Distribution]
    resolved: dict[str, Tally]
    new: dict[str, Tally]
    per_organisation: dict[str, Distribution]  # keys "resolved", "new": issue counts


@dataclass(frozen=True, slots=True)
class RawAggregates:
    submitted: Tally
    domains: dict[str, Distribution]
    issues: dict[str, FindingTally]
    strengths: dict[str, FindingTally]
    change: RawChange
    # per domain: organisations with at least one high or critical issue in it
    topics: dict[str, Tally] = field(default_factory=dict)
