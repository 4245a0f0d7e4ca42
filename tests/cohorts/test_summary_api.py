"""Cohort summaries through the API: k-1, k, k+1; suppression everywhere; change; CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest

from tests.cohorts.helpers import (
    CohortInfo,
    answers,
    api_on,
    create_cohort,
    issue,
    join,
    populate,
    submit,
    summary,
)
from tests.cohorts.reference import quantile
from tests.support.answers import best, worst
from tests.support.api import Api, assert_problem
from tests.support.live import LiveServer


def _csv(api: Api, cohort: CohortInfo, **params: str) -> list[dict[str, str]]:
    response = api.get(f"{cohort.summary_path}.csv", token=cohort.facilitator, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def _rows(rows: list[dict[str, str]], section: str, item: str) -> dict[str, str]:
    return {r["measure"]: r["value"] for r in rows if r["section"] == section and r["id"] == item}


@pytest.mark.parametrize("n", [4, 5, 6])
def test_edges_k_minus_one_k_k_plus_one(api: Api, n: int) -> None:
    """Everyone has weak-device-security; all but one keep records forever."""
    cohort = create_cohort(api)

    def given(i: int) -> dict[str, Any]:
        return answers(api, sec_retention="never") if i < n - 1 else answers(api)

    populate(api, cohort, n, answers_for=given)
    body = summary(api, cohort)
    rows = _csv(api, cohort)
    assert body["counts"]["members"] == {"value": n, "display": str(n), "suppressed": False}
    if n < 5:
        assert body["status"] == "counts_only" and body["figures"] is None
        assert body["counts"]["submitted"] == {"value": None, "display": "<5", "suppressed": True}
        assert "at least 5" in body["explanation"]
        assert {r["section"] for r in rows} == {"summary", "counts"}
        assert _rows(rows, "counts", "")["submitted"] == "<5"
        return
    assert body["status"] == "current"
    assert body["counts"]["submitted"]["value"] == n
    weak, kept = issue(body, "weak-device-security"), issue(body, "kept-forever")
    assert weak is not None and kept is not None
    assert weak["organisations"]["value"] == n and weak["share"]["display"] == "100%"
    assert weak["rank"] == 1
    if n - 1 < 5:
        assert kept["organisations"] == {"value": None, "display": "<5", "suppressed": True}
        assert kept["share"]["suppressed"] and kept["severity_mix"] is None
        assert kept["rank"] is None
        assert _rows(rows, "issue", "kept-forever") == {"organisations": "<5", "share": "withheld"}
    else:
        assert kept["organisations"]["value"] == n - 1
        assert _rows(rows, "issue", "kept-forever")["organisations"] == str(n - 1)


def test_severity_mix_never_lets_a_small_cell_be_subtracted(api: Api) -> None:
    cohort = create_cohort(api)

    def given(i: int) -> dict[str, Any]:
        civic = "repressed" if i == 0 else "open"  # repressed raises kept-forever to high
        return answers(api, sec_retention="never", ctx_civic_space=civic)

    populate(api, cohort, 6, answers_for=given)
    kept = issue(summary(api, cohort), "kept-forever")
    assert kept is not None and kept["organisations"]["value"] == 6
    mix = {severity: cell["display"] for severity, cell in kept["severity_mix"].items()}
    assert mix == {"critical": "0", "high": "withheld", "medium": "withheld", "low": "0"}
    rows = _rows(_csv(api, cohort), "issue", "kept-forever")
    assert rows["severity_high"] == rows["severity_medium"] == "withheld"


def test_a_full_severity_mix_is_shown(api: Api) -> None:
    cohort = create_cohort(api)
    populate(api, cohort, 5, answers_for=lambda i: answers(api, sec_retention="never"))
    kept = issue(summary(api, cohort), "kept-forever")
    assert kept is not None
    assert {s: c["display"] for s, c in kept["severity_mix"].items()} == {
        "critical": "0",
        "high": "0",
        "medium": "5",
        "low": "0",
    }


def test_subtracting_shared_results_never_reveals_a_small_private_group(api: Api) -> None:
    """8 organisations, 3 share results. kept-forever: the 3 sharing ones + 2 private = 5."""
    cohort = create_cohort(api)

    def given(i: int) -> dict[str, Any]:
        return answers(api, sec_retention="never") if i < 5 else answers(api)

    populate(
        api, cohort, 8, answers_for=given, sharing=lambda i: "results" if i < 3 else "aggregate"
    )
    body = summary(api, cohort)
    assert body["status"] == "current"
    kept = issue(body, "kept-forever")
    assert kept is not None and kept["organisations"]["display"] == "<5"
    shared = body["shared_results"]
    assert len(shared) == 3 and all(s["results"] is not None for s in shared)
    assert all(any(i["id"] == "kept-forever" for i in s["results"]["issues"]) for s in shared)


def test_too_few_private_organisations_get_counts_and_shared_results_only(api: Api) -> None:
    cohort = create_cohort(api)
    populate(api, cohort, 7, sharing=lambda i: "results" if i < 3 else "aggregate")
    body = summary(api, cohort)
    assert body["status"] == "counts_only" and body["figures"] is None
    assert body["counts"]["submitted"]["display"] == "<5"  # 4 private: hidden although 7
    assert sorted(s["name"] for s in body["shared_results"]) == ["Org 0", "Org 1", "Org 2"]


def test_domain_quartiles_are_computed_over_latest_scores(api: Api) -> None:
    cohort = create_cohort(api)
    choices = ["documented", "informal", "none", "informal", "documented", "none"]
    scores: dict[str, list[float]] = {}
    for i, purpose in enumerate(choices):
        org = api.create_org(f"Q{i}")
        join(api, cohort, org)
        assessment = submit(api, org, answers(api, worst if i % 2 else best, power_purpose=purpose))
        results = api.get(f"/v1/assessments/{assessment}/results", token=org.token).json()
        for domain in results["domains"]:
            scores.setdefault(domain["id"], []).append(domain["score"])
    figures = summary(api, cohort)["figures"]
    for domain in figures["domains"]:
        values = scores[domain["id"]]
        assert domain["organisations"]["value"] == 6
        for name, quarters in (("q1", 1), ("median", 2), ("q3", 3)):
            assert domain[name]["value"] == round(quantile(values, quarters), 1), domain
    assert "min" not in str(figures).lower().replace("title", "")


def test_change_between_first_and_latest(api: Api) -> None:
    cohort = create_cohort(api)
    orgs = populate(api, cohort, 5, answers_for=lambda i: answers(api, worst))
    for org in orgs:
        submit(api, org, answers(api))
    change = summary(api, cohort)["figures"]["change"]
    assert change["available"] and change["organisations"]["value"] == 5
    assert all(d["median_change"]["value"] > 0 for d in change["domains"])
    assert change["domains"][0]["median_change"]["display"].startswith("+")
    resolved = {i["id"]: (i["resolved"]["display"], i["new"]["display"]) for i in change["issues"]}
    assert resolved["shared-logins"] == ("5", "0")
    assert change["resolved_any"]["value"] == 5 and change["new_any"]["value"] == 0
    assert change["median_new"]["display"] == "0"


def test_change_needs_k_organisations_with_two_assessments(api: Api) -> None:
    cohort = create_cohort(api)
    orgs = populate(api, cohort, 6, answers_for=lambda i: answers(api, worst))
    for org in orgs[:4]:
        submit(api, org, answers(api))
    change = summary(api, cohort)["figures"]["change"]
    assert change["available"] is False
    assert change["organisations"]["display"] == "<5"
    assert change["domains"] == [] and change["issues"] == []


def test_figures_are_held_until_k_organisations_changed(api: Api) -> None:
    cohort = create_cohort(api)
    populate(api, cohort, 5)
    first = summary(api, cohort)
    assert first["status"] == "current"
    newcomers = populate(api, cohort, 1, prefix="New", answers_for=lambda i: answers(api, worst))
    held = summary(api, cohort)
    assert held["status"] == "held"
    assert held["figures"] == first["figures"]
    assert held["counts"]["submitted"]["value"] == 6
    assert first["figures"]["published_at"][:10] in held["explanation"]
    api.delete(f"/v1/cohorts/{cohort.id}/members/{newcomers[0].id}", token=newcomers[0].token)
    assert summary(api, cohort)["status"] == "current"  # back to the published basis
    populate(api, cohort, 4, prefix="More")
    assert summary(api, cohort)["status"] == "held"
    populate(api, cohort, 1, prefix="Last")
    latest = summary(api, cohort)
    assert latest["status"] == "current"
    assert latest["figures"]["organisations"]["value"] == 10


def test_figures_are_withdrawn_when_enough_organisations_leave(api: Api) -> None:
    cohort = create_cohort(api)
    orgs = populate(api, cohort, 6)
    assert summary(api, cohort)["status"] == "current"
    leave = [api.delete(f"/v1/cohorts/{cohort.id}/members/{o.id}", token=o.token) for o in orgs]
    assert all(r.status_code == 204 for r in leave)
    body = summary(api, cohort)
    assert body["status"] == "counts_only" and body["figures"] is None
    assert body["counts"]["members"]["value"] == 0


def test_k_is_a_setting(api: Api, start_server: Callable[..., LiveServer]) -> None:
    cohort = create_cohort(api)
    populate(
        api,
        cohort,
        4,
        answers_for=lambda i: answers(api, sec_retention="never" if i < 2 else "schedule"),
    )
    with api_on(start_server(min_group_size=3), api) as small_k:
        body = summary(small_k, cohort)
    assert body["min_group_size"] == 3 and body["status"] == "current"
    kept = issue(body, "kept-forever")
    assert kept is not None and kept["organisations"]["display"] == "<3"
    assert body["figures"]["domains"][0]["median"]["suppressed"] is False
    assert (
        body["figures"]["domains"][0]["q1"]["display"] == "withheld"
    )  # 4 values: q1 uses the minimum


def test_figures_too_close_to_another_cohorts_are_held_back(api: Api) -> None:
    facilitator = api.service_key("facilitator")
    big, small = create_cohort(api, facilitator), create_cohort(api, facilitator)
    orgs = populate(api, big, 6)
    for org in orgs[:5]:
        join(api, small, org)
    assert summary(api, big)["status"] == "current"
    body = summary(api, small)
    assert body["status"] == "counts_only" and body["figures"] is None
    assert "another of your cohorts" in body["explanation"]
    other_facilitator = create_cohort(api)
    for org in orgs[:5]:
        join(api, other_facilitator, org)
    assert summary(api, other_facilitator)["status"] == "current"


def test_every_view_is_in_the_access_log_of_each_organisation_it_covers(api: Api) -> None:
    cohort = create_cohort(api, name="Spring learning circle")
    orgs = populate(api, cohort, 6, sharing=lambda i: "results" if i == 0 else "aggregate")
    waiting = api.create_org("Not yet")
    join(api, cohort, waiting)
    summary(api, cohort)

    def actions(org_token: str, org_id: str) -> list[str]:
        log = api.get(f"/v1/organisations/{org_id}/access-log", token=org_token).json()
        return [e["action"] for e in log["items"] if e["actor_role"] == "facilitator"]

    # the sharing organisation is not in the k-anonymous figures; its results were read
    assert actions(orgs[0].token, orgs[0].id) == ["read results (shared in cohort)"]
    assert actions(orgs[1].token, orgs[1].id) == ["cohort summary (aggregate)"]
    log = api.get(f"/v1/organisations/{orgs[1].id}/access-log", token=orgs[1].token).json()
    viewed = [e for e in log["items"] if e["actor_role"] == "facilitator"]
    assert viewed and all("cohort: Spring learning circle" in e["target"] for e in viewed)
    assert actions(waiting.token, waiting.id) == []


def test_facilitator_reads_results_only_while_shared(api: Api) -> None:
    cohort = create_cohort(api)
    org = api.create_org("Sharer")
    join(api, cohort, org, "results")
    assessment = submit(api, org, answers(api))
    paths = [f"/v1/assessments/{assessment}/results", f"/v1/assessments/{assessment}/issue-map.svg"]
    for path in paths:
        assert api.get(path, token=cohort.facilitator).status_code == 200
        assert_problem(api.get(path, token=api.service_key("facilitator")), 404)
    log = api.get(f"/v1/organisations/{org.id}/access-log", token=org.token).json()
    assert {e["action"] for e in log["items"]} >= {
        "read results (shared in cohort)",
        "read issue map (shared in cohort)",
    }
    api.patch(
        f"/v1/cohorts/{cohort.id}/members/{org.id}", token=org.token, json={"sharing": "aggregate"}
    )
    assert_problem(api.get(paths[0], token=cohort.facilitator), 404)
    assert_problem(
        api.get(f"/v1/assessments/{assessment}/compare/{assessment}", token=cohort.facilitator),
        404,
    )


def test_questionnaire_and_language(api: Api) -> None:
    cohort = create_cohort(api)
    populate(api, cohort, 5)
    assert_problem(
        api.get(cohort.summary_path, token=cohort.facilitator, params={"questionnaire": "nope"}),
        422,
        field="query.questionnaire",
    )
    spanish = api.get(cohort.summary_path, token=cohort.facilitator, params={"lang": "es"})
    assert spanish.headers["content-language"] == "es"
    body = spanish.json()
    assert body["questionnaire"]["slug"] == "example"
    assert body["figures"]["domains"][0]["title"] == "Poder y propósito"
    other = summary(api, cohort, questionnaire="rd-core")
    assert other["status"] == "counts_only" and other["counts"]["submitted"]["display"] == "0"
    assert [q["slug"] for q in other["questionnaires"]] == ["example", "rd-core"]


def test_free_text_and_comments_never_appear(api: Api) -> None:
    cohort = create_cohort(api)

    def given(i: int) -> dict[str, Any]:
        found = answers(api)
        found["power-notes"] = {"value": "SECRET-NOTE-TEXT"}
        found["power-purpose"] = {"value": "documented", "comment": "SECRET-COMMENT"}
        return found

    populate(
        api, cohort, 6, answers_for=given, sharing=lambda i: "results" if i < 1 else "aggregate"
    )
    response = api.get(cohort.summary_path, token=cohort.facilitator)
    assert response.json()["status"] == "current"
    body = response.text
    text = api.get(f"{cohort.summary_path}.csv", token=cohort.facilitator).text
    for document in (body, text):
        assert "SECRET" not in document
