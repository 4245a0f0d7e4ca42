"""The whole journey over HTTP: create, answer in sittings, submit, results, follow-up, compare."""

from __future__ import annotations

from typing import Any

from tests.support.answers import complete, questionnaire, worst
from tests.support.api import Api, Org, assert_problem
from tests.support.drafts import Draft, start


def test_new_draft_uses_the_latest_published_version(api: Api, org: Org) -> None:
    response = api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "example"},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["questionnaire"] == {"slug": "example", "version": "1.1.0"}
    assert body["status"] == "draft"
    assert body["answers"] == {}
    assert response.headers["etag"] == body["etag"]
    assert response.headers["location"] == f"/v1/assessments/{body['id']}"


def test_unknown_questionnaire_or_version_is_a_field_error(api: Api, org: Org) -> None:
    path = f"/v1/organisations/{org.id}/assessments"
    assert_problem(
        api.post(path, token=org.token, json={"questionnaire": "nope"}),
        422,
        field="body.questionnaire",
    )
    assert_problem(
        api.post(path, token=org.token, json={"questionnaire": "example", "version": "7.0.0"}),
        422,
        field="body.version",
    )


def test_answering_in_sittings_then_submitting(
    draft: Draft, example_answers: dict[str, Any]
) -> None:
    items = list(example_answers.items())
    first, rest = dict(items[:3]), dict(items[3:])
    assert draft.patch(first).status_code == 200
    state = draft.get().json()
    assert state["answers"] == first
    assert state["progress"]["answered"] == 3
    assert not state["progress"]["complete"]

    early = draft.submit()
    problem = assert_problem(early, 422)
    missing = {e["field"].removeprefix("answers.") for e in problem["errors"]}
    assert missing == set(state["progress"]["missing_required"])

    assert draft.patch(rest).status_code == 200
    assert draft.get().json()["progress"]["complete"]
    submitted = draft.submit()
    assert submitted.status_code == 200, submitted.text
    results = submitted.json()
    assert results["questionnaire"]["slug"] == "example"
    assert results["engine_version"]
    assert results["overall"]["score"] is not None
    assert {d["id"] for d in results["domains"]} == {"power", "consent", "security"}
    assert draft.get().json()["status"] == "submitted"


def test_results_in_the_requested_language(draft: Draft, example_answers: dict[str, Any]) -> None:
    draft.patch(example_answers)
    draft.submit()
    spanish = draft.api.get(f"{draft.path}/results", token=draft.org.token, params={"lang": "es"})
    assert spanish.headers["content-language"] == "es"
    english = draft.api.get(
        f"{draft.path}/results", token=draft.org.token, headers={"Accept-Language": "en"}
    )
    assert spanish.json()["domains"][0]["title"] != english.json()["domains"][0]["title"]


def test_worst_answers_give_issues_and_recommendations(api: Api, org: Org) -> None:
    draft = start(api, org)
    draft.patch(complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=worst))
    results = draft.submit().json()
    assert results["issues"], "worst answers must fire issues"
    severities = [i["severity"] for i in results["issues"]]
    order = ["critical", "high", "medium", "low"]
    assert severities == sorted(severities, key=order.index)
    assert all(i["evidence"] for i in results["issues"])
    assert results["recommendations"]
    assert all(r["issues"] for r in results["recommendations"])


def test_issue_map_svg(draft: Draft, example_answers: dict[str, Any]) -> None:
    draft.patch(example_answers)
    draft.submit()
    response = draft.api.get(
        f"{draft.path}/issue-map.svg", token=draft.org.token, params={"lang": "es"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    svg = response.text
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert "<title" in svg and "<desc" in svg
    assert "Poder y propósito" in svg


def test_results_of_a_draft_are_a_conflict(draft: Draft) -> None:
    assert_problem(draft.api.get(f"{draft.path}/results", token=draft.org.token), 409)


def test_submitted_assessment_is_read_only(draft: Draft, example_answers: dict[str, Any]) -> None:
    draft.patch(example_answers)
    assert draft.submit().status_code == 200
    assert_problem(draft.patch({"power-purpose": {"value": "none"}}), 409)
    assert_problem(draft.submit(), 409)
    assert_problem(draft.api.delete(draft.path, token=draft.org.token), 409)
    assert draft.get().json()["answers"] == example_answers


def test_draft_can_be_deleted(draft: Draft) -> None:
    assert draft.api.delete(draft.path, token=draft.org.token).status_code == 204
    assert_problem(draft.get(), 404)


def test_list_is_paginated_newest_first(api: Api, org: Org) -> None:
    ids = [start(api, org).id for _ in range(3)]
    page = api.get(
        f"/v1/organisations/{org.id}/assessments", token=org.token, params={"limit": 2}
    ).json()
    assert page["total"] == 3
    assert [a["id"] for a in page["items"]] == ids[::-1][:2]


def test_follow_up_is_prefilled_across_versions_and_compared(
    api: Api, org: Org, example_answers: dict[str, Any]
) -> None:
    first = start(api, org)
    answers = {**example_answers, "consent-how": {"value": "none"}}
    answers.pop("consent-withdraw", None)  # hidden once consent-how is "none"
    assert first.patch(answers).status_code == 200, first.patch(answers).text
    assert first.submit().status_code == 200

    created = api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "example", "from_assessment": first.id},
    )
    assert created.status_code == 201, created.text
    follow_up = created.json()
    assert follow_up["questionnaire"]["version"] == "1.1.0"
    assert follow_up["prefilled_from"] == first.id
    carried = follow_up["answers"]
    assert carried["power-say"] == answers["power-benefit"]  # renamed question
    assert carried["consent-how"] == {"value": "not-asked"}  # remapped option
    assert "power-notes" not in carried  # dropped
    assert "power-say" in follow_up["needs_review"]

    second = Draft(api, org, follow_up["id"])
    new_questions = complete(questionnaire(api.questionnaires, "example", "1.1.0"))
    fill = {q: a for q, a in new_questions.items() if q not in carried}
    fill["consent-how"] = {"value": "specific"}
    fill["consent-withdraw"] = {"value": "yes"}
    patched = second.patch(fill)
    assert patched.status_code == 200, patched.text
    assert "consent-how" not in patched.json()["needs_review"]
    assert second.submit().status_code == 200, second.patch({}).text

    comparison = api.get(f"{second.path}/compare/{first.id}", token=org.token).json()
    assert comparison["old"]["version"] == "1.0.0"
    assert comparison["new"]["version"] == "1.1.0"
    consent = next(d for d in comparison["domains"] if d["id"] == "consent")
    assert consent["delta"] > 0
    assert any(i["id"] == "consent-bundled" for i in comparison["issues_resolved"])


def test_prefill_from_another_organisation_is_refused(api: Api, org: Org) -> None:
    other = api.create_org("Other")
    foreign = start(api, other)
    response = api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "example", "from_assessment": foreign.id},
    )
    assert_problem(response, 422, field="body.from_assessment")


def test_retired_version_cannot_start_assessments(
    api: Api, org: Org, start_server: Any, questionnaires_dir: Any, tmp_path: Any
) -> None:
    import shutil

    import httpx

    root = tmp_path / "q"
    shutil.copytree(questionnaires_dir, root)
    path = root / "example" / "1.0.0.yaml"
    path.write_text(path.read_text().replace("status: published", "status: retired", 1))
    server = start_server(questionnaires=root)
    response = httpx.post(
        f"{server.url}/v1/organisations/{org.id}/assessments",
        headers={"Authorization": f"Bearer {org.token}"},
        json={"questionnaire": "example", "version": "1.0.0"},
    )
    body = assert_problem(response, 409)
    assert "retired" in body["detail"]
    assert "1.1.0" in body["detail"]
