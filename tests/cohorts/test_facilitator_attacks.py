"""The facilitator as an adversary (issue 13): each attack it could mount with its own key.

A facilitator key may create organisations and issue their first member key, so it can
fill its own cohort with "puppets" whose answers it chooses. These tests play the
attacks through the API and check that the summary teaches the attacker nothing about
the one real organisation it targets.
"""

from __future__ import annotations

from typing import Any

from tests.cohorts.helpers import (
    CohortInfo,
    answers,
    create_cohort,
    join,
    populate,
    submit,
    summary,
)
from tests.support.answers import best, worst
from tests.support.api import Api, Org

K = 5


def _puppets(api: Api, cohort: CohortInfo, given: list[dict[str, Any]]) -> list[Org]:
    """Organisations the facilitator creates itself, joins as aggregate and answers for."""
    puppets = []
    for i, answer_set in enumerate(given):
        puppet = api.create_org(f"Puppet {i}", token=cohort.facilitator)
        join(api, cohort, puppet)
        submit(api, puppet, answer_set)
        puppets.append(puppet)
    return puppets


def _domain_scores(api: Api, org: Org, assessment_id: str) -> dict[str, float]:
    results = api.get(f"/v1/assessments/{assessment_id}/results", token=org.token).json()
    return {d["id"]: d["score"] for d in results["domains"] if d["score"] is not None}


def _issue_ids(api: Api, org: Org, assessment_id: str) -> set[str]:
    results = api.get(f"/v1/assessments/{assessment_id}/results", token=org.token).json()
    return {i["id"] for i in results["issues"]}


def test_puppets_do_not_reveal_the_one_real_organisation(api: Api) -> None:
    """Two all-best and two all-worst puppets bracket the victim: without independence the
    median of five is the victim's own score in every domain."""
    cohort = create_cohort(api)
    _puppets(api, cohort, [answers(api, best)] * 2 + [answers(api, worst)] * 2)
    victim = api.create_org("Real organisation")
    join(api, cohort, victim)
    assessment = submit(api, victim, answers(api, worst, power_purpose="informal"))
    own = _domain_scores(api, victim, assessment)
    body = summary(api, cohort)
    figures = body["figures"]
    if figures is not None:
        medians = {d["id"]: d["median"]["value"] for d in figures["domains"]}
        assert all(medians.get(domain) != round(score, 1) for domain, score in own.items())
        assert all(i["organisations"]["suppressed"] for i in figures["issues"]), (
            "an issue count over one real organisation"
        )
    assert body["status"] == "counts_only"


def test_puppet_resubmissions_cannot_force_a_new_publication(api: Api) -> None:
    """After figures are published, the victim resubmits; four puppets resubmitting make
    five "changes", and the difference of the two publications would be the victim."""
    cohort = create_cohort(api)
    real = populate(api, cohort, 6)
    puppets = _puppets(api, cohort, [answers(api)] * 4)
    first = summary(api, cohort)
    assert first["status"] == "current"
    victim = real[0]
    submit(api, victim, answers(api, worst))
    for puppet in puppets:
        submit(api, puppet, answers(api))
    after = summary(api, cohort)
    assert after["status"] == "held"
    assert after["figures"] == first["figures"]


def test_identical_resubmissions_are_not_changes(api: Api) -> None:
    """Four members resubmit exactly what they submitted before (asked to by the
    facilitator, or colluding): only the victim really changed."""
    cohort = create_cohort(api)
    real = populate(api, cohort, 6)
    first = summary(api, cohort)
    assert first["status"] == "current"
    submit(api, real[0], answers(api, worst))
    for org in real[1:5]:
        submit(api, org, answers(api))
    after = summary(api, cohort)
    assert after["status"] == "held"
    assert after["figures"] == first["figures"]
    for org in real[1:5]:  # real changes by k organisations do publish
        submit(api, org, answers(api, worst))
    assert summary(api, cohort)["status"] == "current"


def test_subtracting_identical_puppets_leaves_no_small_count(api: Api) -> None:
    """Six real organisations plus four identical all-worst puppets: a count minus what the
    puppets contribute must never be between 1 and k-1."""
    cohort = create_cohort(api)
    real = [api.create_org(f"Real {i}") for i in range(6)]
    for i, org in enumerate(real):
        join(api, cohort, org)
        submit(api, org, answers(api, worst if i == 0 else best, sec_retention="never"))
    puppets = _puppets(api, cohort, [answers(api, worst)] * 4)
    puppet_issues = _issue_ids(api, puppets[0], _latest(api, puppets[0]))
    body = summary(api, cohort)
    figures = body["figures"]
    assert figures is not None
    counted = figures["organisations"]["value"]
    puppets_counted = counted - len(real)
    for item in figures["issues"]:
        value = item["organisations"]["value"]
        if value is None:
            continue
        known = puppets_counted if item["id"] in puppet_issues else 0
        assert value - known == 0 or value - known >= K, item
    assert puppets_counted == 0


def _latest(api: Api, org: Org) -> str:
    listed = api.get(f"/v1/organisations/{org.id}/assessments", token=org.token).json()
    items = listed["items"] if isinstance(listed, dict) else listed
    submitted = [a for a in items if a["status"] == "submitted"]
    return str(submitted[0]["id"])
