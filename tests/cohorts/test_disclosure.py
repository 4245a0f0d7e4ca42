"""Disclosure rules on hand-made and random aggregates: the edges k-1, k, k+1."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given

from app.cohorts.disclosure import figures_allowed, publishable
from app.cohorts.facts import Finding, QuestionnaireFacts
from app.cohorts.raw import Distribution, FindingTally, RawAggregates, RawChange, Tally
from app.cohorts.rules import Rules, breakdown, pair, touches_extremes
from app.questionnaire.model import Severity
from tests.cohorts.reference import Member, raw_aggregates
from tests.support.cohort_rows import PROPERTY_SETTINGS, members

K = 5
RULES = Rules(K)
NOW = datetime(2026, 6, 1, tzinfo=UTC)


def facts() -> QuestionnaireFacts:
    found = QuestionnaireFacts(slug="q", default_locale="en", locales=("en",), title={"en": "Q"})
    found.domains.update({d: {"en": d.upper()} for d in ("d1", "d2", "d3")})
    for i, severity in enumerate(["low", "medium", "high", "critical", "high"], start=1):
        found.issues[f"i{i}"] = Finding(
            f"i{i}", "d1", "plan", {"en": f"Issue {i}"}, Severity(severity), (f"r{i % 2}", "r9")
        )
    for s in ("s1", "s2", "s3"):
        found.strengths[s] = Finding(s, "d1", "plan", {"en": s})
    return found


@pytest.mark.parametrize(
    ("tally", "display"),
    [
        (Tally(0, 0), "0"),
        (Tally(1, 1), "<5"),
        (Tally(K - 1, K - 1), "<5"),
        (Tally(K, K), "5"),
        (Tally(K + 1, K + 1), "6"),
        (Tally(K, 0), "5"),  # all visible to the facilitator anyway, and not small
        (Tally(K + 3, K - 1), "<5"),  # subtracting the shared results leaves 4
        (Tally(K + 3, K), "8"),
    ],
)
def test_counts_at_the_edges(tally: Tally, display: str) -> None:
    cell = RULES.count(tally)
    assert cell.display == display
    assert cell.suppressed == (display == "<5")
    assert cell.value == (None if cell.suppressed else tally.total)


@pytest.mark.parametrize(
    ("submitted", "allowed"),
    [
        (Tally(K - 1, K - 1), False),
        (Tally(K, K), True),
        (Tally(K + 1, K + 1), True),
        # everyone shares results or was onboarded by the facilitator: the k-anonymous
        # figures would describe nobody (shared results are shown exactly instead)
        (Tally(K + 1, 0), False),
        (Tally(K + 1, K - 1), False),
        (Tally(K + 1, 1), False),
    ],
)
def test_figures_need_k_private_independent_organisations(submitted: Tally, allowed: bool) -> None:
    assert figures_allowed(submitted, RULES) is allowed


@pytest.mark.parametrize(
    ("n", "quarters", "touches"),
    [(2, 2, True), (3, 2, False), (4, 1, True), (4, 3, True), (5, 1, False), (5, 3, False)],
)
def test_quartiles_never_use_the_smallest_or_largest_value(
    n: int, quarters: int, touches: bool
) -> None:
    assert touches_extremes(n, quarters) is touches


def test_small_groups_get_no_quartiles_and_never_the_extremes() -> None:
    def distribution(n: int) -> Distribution:
        return Distribution(Tally(n, n), q1=10.0, median=20.0, q3=30.0)

    assert RULES.quartile(distribution(K - 1), "median").display == "withheld"
    assert RULES.quartile(distribution(K), "q1").display == "10"
    three = Rules(3)
    assert three.quartile(distribution(3), "median").value == 20.0
    assert three.quartile(distribution(3), "q1").suppressed  # would be built from the minimum
    assert three.quartile(distribution(4), "q3").suppressed  # would be built from the maximum


def test_a_breakdown_is_all_shown_or_every_nonzero_cell_withheld() -> None:
    shown = breakdown({"high": Tally(K, K), "low": Tally(0, 0), "medium": Tally(K + 1, K)}, RULES)
    assert [c.display for c in shown.values()] == ["5", "0", "6"]
    hidden = breakdown(
        {"high": Tally(K + 1, K + 1), "low": Tally(0, 0), "medium": Tally(1, 1)}, RULES
    )
    assert [c.display for c in hidden.values()] == ["withheld", "0", "withheld"]
    assert all(c.value is None for c in hidden.values() if c.suppressed)


def test_resolved_and_new_are_shown_or_withheld_together() -> None:
    both = pair(Tally(K, K), Tally(0, 0), RULES)
    assert [c.display for c in both] == ["5", "0"]
    hidden = pair(Tally(K, K), Tally(K - 1, K - 1), RULES)
    assert [c.display for c in hidden] == ["withheld", "withheld"]
    with_zero = pair(Tally(0, 0), Tally(2, 2), RULES)
    assert [c.display for c in with_zero] == ["withheld", "withheld"]


def _raw(issues: dict[str, FindingTally], submitted: Tally) -> RawAggregates:
    empty_change = RawChange(Tally(), {}, {}, {}, {})
    return RawAggregates(submitted, {}, issues, {}, empty_change)


def test_issues_rank_by_share_and_suppressed_ones_come_last_unranked() -> None:
    issues = {
        "i1": FindingTally(Tally(K - 1, K - 1), {"low": Tally(K - 1, K - 1)}),
        "i2": FindingTally(Tally(K, K), {"medium": Tally(K, K)}),
        "i3": FindingTally(Tally(K + 1, K + 1), {"high": Tally(K + 1, K + 1)}),
    }
    figures = publishable(_raw(issues, Tally(8, 8)), facts(), RULES, NOW)
    ids = [(i.id, i.rank, i.organisations.display, i.share.display) for i in figures.issues]
    assert ids == [("i3", 1, "6", "75%"), ("i2", 2, "5", "62.5%"), ("i1", None, "<5", "withheld")]
    assert figures.issues[2].severity_mix is None
    assert figures.issues[0].severity_mix is not None
    assert figures.issues[0].severity_mix.high.display == "6"


def test_resources_are_weighted_from_shown_figures_only() -> None:
    issues = {
        "i1": FindingTally(Tally(K - 1, K - 1), {"low": Tally(K - 1, K - 1)}),  # hidden
        "i3": FindingTally(Tally(K + 1, K + 1), {"high": Tally(K, K), "critical": Tally(1, 1)}),
        "i4": FindingTally(Tally(K, K), {"critical": Tally(K, K)}),
    }
    figures = publishable(_raw(issues, Tally(10, 10)), facts(), RULES, NOW)
    scores = {r.id: (r.score, r.issues) for r in figures.resources}
    # i3's mix is withheld (one cell is small): its whole count counts at base severity high.
    i3, i4 = 6 * 4 / 10, 5 * 8 / 10
    assert scores == {
        "r0": (round(i4, 2), ["i4"]),
        "r1": (round(i3, 2), ["i3"]),
        "r9": (round(i3 + i4, 2), ["i3", "i4"]),
    }
    assert [r.id for r in figures.resources] == ["r9", "r0", "r1"]


def _cells(document: Any) -> list[dict[str, Any]]:
    if isinstance(document, dict):
        found = [document] if "suppressed" in document else []
        return found + [c for value in document.values() for c in _cells(value)]
    if isinstance(document, list):
        return [c for value in document for c in _cells(value)]
    return []


@PROPERTY_SETTINGS
@given(cohort_members=members)
def test_published_figures_never_show_a_small_group(cohort_members: list[Member]) -> None:
    raw = raw_aggregates(cohort_members)
    figures = publishable(raw, facts(), RULES, NOW)
    document = figures.model_dump(mode="json")
    for cell in _cells(document):
        assert (cell["value"] is None) == cell["suppressed"]
        if cell["suppressed"]:
            assert cell["display"] in ("<5", "withheld")
    for issue in figures.issues:
        tally = raw.issues[issue.id]
        assert issue.organisations.suppressed == RULES.hides(tally.organisations)
        assert issue.share.suppressed == issue.organisations.suppressed
        if issue.severity_mix is not None:
            mix = issue.severity_mix.model_dump()
            hidden = any(RULES.hides(t) for t in tally.by_severity.values())
            for severity, cell in mix.items():
                nonzero = tally.by_severity.get(severity, Tally()).total > 0
                assert cell["suppressed"] == (hidden and nonzero)
    for domain in figures.domains:
        contributors = raw.domains.get(domain.id)
        if not domain.median.suppressed:
            assert contributors is not None and RULES.enough(contributors.contributors)
