"""Sharing level ``issues``: titles and severities for the facilitator, nothing more."""

from __future__ import annotations

from tests.cohorts.helpers import answers, create_cohort, join, populate, submit, summary
from tests.support.answers import worst
from tests.support.api import Api, assert_problem


def test_issues_level_shows_titles_and_severities_only(api: Api) -> None:
    cohort = create_cohort(api)
    populate(api, cohort, 5)
    sharer = api.create_org("Sharer")
    join(api, cohort, sharer, "issues")
    assessment = submit(api, sharer, answers(api, worst))
    own = api.get(f"/v1/assessments/{assessment}/results", token=sharer.token).json()
    body = summary(api, cohort, lang="es")
    assert body["figures"]["organisations"]["value"] == 5  # not in the k-anonymous part
    [shared] = body["shared_results"]
    assert shared["sharing"] == "issues" and shared["results"] is None
    assert shared["name"] == "Sharer" and shared["onboarded"] is False
    assert [(i["id"], i["severity"]) for i in shared["issues"]] == [
        (i["id"], i["severity"]) for i in own["issues"]
    ]
    spanish = api.get(
        f"/v1/assessments/{assessment}/results", token=sharer.token, params={"lang": "es"}
    ).json()
    assert [i["title"] for i in shared["issues"]] == [i["title"] for i in spanish["issues"]]
    assert "score" not in str(shared) and "answers" not in shared
    assert_problem(api.get(f"/v1/assessments/{assessment}/results", token=cohort.facilitator), 404)
    log = api.get(f"/v1/organisations/{sharer.id}/access-log", token=sharer.token).json()
    assert "read issues (shared in cohort)" in {e["action"] for e in log["items"]}


def test_lowering_the_level_takes_effect_at_once(api: Api) -> None:
    cohort = create_cohort(api)
    sharer = api.create_org("Sharer")
    join(api, cohort, sharer, "results")
    submit(api, sharer, answers(api))
    assert summary(api, cohort)["shared_results"][0]["results"] is not None
    path = f"/v1/cohorts/{cohort.id}/members/{sharer.id}"
    lowered = api.patch(path, token=sharer.token, json={"sharing": "issues"})
    assert lowered.status_code == 200 and lowered.json()["sharing"] == "issues"
    [shared] = summary(api, cohort)["shared_results"]
    assert shared["results"] is None and shared["issues"] is not None
    api.patch(path, token=sharer.token, json={"sharing": "aggregate"})
    assert summary(api, cohort)["shared_results"] == []


def test_topic_figures_and_submissions_needed(api: Api) -> None:
    cohort = create_cohort(api)
    populate(api, cohort, 3, answers_for=lambda i: answers(api, worst))
    waiting = summary(api, cohort)
    assert waiting["figures"] is None and waiting["submissions_needed"] == 2
    populate(api, cohort, 3, prefix="More", answers_for=lambda i: answers(api, worst))
    body = summary(api, cohort, lang="es")
    assert body["submissions_needed"] == 0
    topics = body["figures"]["topics"]
    assert [t["id"] for t in topics] == [d["id"] for d in body["figures"]["domains"]]
    assert any(t["organisations"]["value"] == 6 for t in topics)
    assert all(t["organisations"]["value"] in (None, 0, 6) for t in topics)
    assert topics[0]["title"] == "Poder y propósito"
    rows = api.get(
        f"{cohort.summary_path}.csv", token=cohort.facilitator, params={"lang": "es"}
    ).text
    assert "topic,power,Poder y propósito,organisations_high_or_critical," in rows
    assert "counts,,,submissions_needed,0" in rows
