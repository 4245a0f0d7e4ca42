from __future__ import annotations

from typing import Any

from tests.support.answers import best, complete, questionnaire, worst
from tests.support.api import Api, Org, assert_problem
from tests.support.drafts import Draft, start


def _submitted(api: Api, org: Org, answers: dict[str, Any]) -> Draft:
    draft = start(api, org)
    assert draft.patch(answers).status_code == 200
    assert draft.submit().status_code == 200
    return draft


def _plan(api: Api, org: Org, draft: Draft, focus: dict[str, str], lang: str = "en") -> Any:
    return api.post(
        f"{draft.path}/action-plans", token=org.token, json=focus, params={"lang": lang}
    )


def test_plan_for_an_issue_from_first_steps_and_resources(api: Api) -> None:
    org = api.create_org()
    worst_answers = complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=worst)
    draft = _submitted(api, org, worst_answers)
    results = api.get(f"{draft.path}/results", token=org.token, params={"lang": "es"}).json()
    issue = results["issues"][0]

    created = _plan(api, org, draft, {"issue": issue["id"]}, lang="es")
    assert created.status_code == 201, created.text
    plan = created.json()
    assert plan["title"] == issue["title"]
    assert plan["locale"] == "es"
    texts = [s["text"] for s in plan["steps"]]
    assert texts[: len(issue["first_steps"])] == issue["first_steps"]
    resource_steps = [s for s in plan["steps"] if s["resources"]]
    assert resource_steps
    assert resource_steps[0]["text"].startswith("Usen este recurso")
    assert plan["progress"] == {"done": 0, "doing": 0, "total": len(plan["steps"])}
    assert plan["outcome"] == {
        "reassessed": False,
        "assessment_id": None,
        "resolved": [],
        "persisting": [],
    }


def test_plan_for_a_domain_collects_its_issues(api: Api) -> None:
    org = api.create_org()
    answers = complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=worst)
    draft = _submitted(api, org, answers)
    plan = _plan(api, org, draft, {"domain": "security"}).json()
    results = api.get(f"{draft.path}/results", token=org.token).json()
    expected = [i["id"] for i in results["issues"] if i["domain"] == "security"]
    assert plan["issue_ids"] == expected
    assert plan["focus"] == {"kind": "domain", "id": "security"}


def test_editing_reordering_and_progress(api: Api) -> None:
    org = api.create_org()
    answers = complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=worst)
    draft = _submitted(api, org, answers)
    plan = _plan(api, org, draft, {"domain": "security"}).json()
    base = f"/v1/action-plans/{plan['id']}"
    first, second = plan["steps"][0], plan["steps"][1]

    done = api.patch(
        f"{base}/steps/{first['id']}",
        token=org.token,
        json={"status": "done", "due_date": "2027-01-15"},
    )
    assert done.json()["status"] == "done"
    assert done.json()["due_date"] == "2027-01-15"
    edited = api.patch(
        f"{base}/steps/{second['id']}",
        token=org.token,
        json={"text": "Ask Ana to list every shared login", "status": "doing"},
    )
    assert edited.json()["text"] == "Ask Ana to list every shared login"
    own = api.post(f"{base}/steps", token=org.token, json={"text": "Review in March"})
    assert own.status_code == 201
    assert own.json()["position"] == len(plan["steps"])

    ids = [s["id"] for s in api.get(base, token=org.token).json()["steps"]]
    reordered = api.put(f"{base}/order", token=org.token, json={"step_ids": ids[::-1]})
    assert [s["id"] for s in reordered.json()["steps"]] == ids[::-1]
    assert reordered.json()["progress"]["done"] == 1
    assert reordered.json()["progress"]["doing"] == 1
    assert_problem(
        api.put(f"{base}/order", token=org.token, json={"step_ids": ids[:1]}),
        422,
        field="body.step_ids",
    )
    assert api.delete(f"{base}/steps/{own.json()['id']}", token=org.token).status_code == 204

    listed = api.get(f"/v1/organisations/{org.id}/action-plans", token=org.token).json()
    assert [p["id"] for p in listed] == [plan["id"]]
    assert listed[0]["progress"]["total"] == len(plan["steps"])


def test_follow_up_assessment_shows_which_focused_issues_were_resolved(api: Api) -> None:
    org = api.create_org()
    model = questionnaire(api.questionnaires, "example", "1.0.0")
    draft = _submitted(api, org, complete(model, choose=worst))
    plan = _plan(api, org, draft, {"domain": "security"}).json()
    better = complete(model, choose=best)
    follow_up = start(api, org)
    follow_up.patch(better)
    follow_up.submit()
    outcome = api.get(f"/v1/action-plans/{plan['id']}", token=org.token).json()["outcome"]
    assert outcome["reassessed"] is True
    assert outcome["assessment_id"] == follow_up.id
    still = {
        i["id"]
        for i in follow_up.api.get(f"{follow_up.path}/results", token=org.token).json()["issues"]
    }
    assert outcome["resolved"] == [i for i in plan["issue_ids"] if i not in still]
    assert outcome["persisting"] == [i for i in plan["issue_ids"] if i in still]
    assert outcome["resolved"], "better answers resolve at least one focused issue"


def test_focus_must_exist_in_the_assessment(api: Api) -> None:
    org = api.create_org()
    answers = complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=best)
    draft = _submitted(api, org, answers)
    assert_problem(_plan(api, org, draft, {"issue": "no-purpose"}), 422, field="body.issue")
    assert_problem(_plan(api, org, draft, {"issue": "a", "domain": "b"}), 422)
    open_draft = start(api, org)
    assert_problem(_plan(api, org, open_draft, {"domain": "security"}), 409)


def test_a_step_has_an_owner_that_can_be_changed_and_cleared(api: Api) -> None:
    org = api.create_org()
    answers = complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=worst)
    draft = _submitted(api, org, answers)
    plan = _plan(api, org, draft, {"domain": "security"}).json()
    base = f"/v1/action-plans/{plan['id']}"
    assert all(step["owner"] is None for step in plan["steps"])
    added = api.post(
        f"{base}/steps", token=org.token, json={"text": "Count the laptops", "owner": "  Ana  "}
    )
    assert added.status_code == 201 and added.json()["owner"] == "Ana"
    step = f"{base}/steps/{added.json()['id']}"
    moved = api.patch(step, token=org.token, json={"owner": "the security group"})
    assert moved.json()["owner"] == "the security group"
    kept = api.patch(step, token=org.token, json={"status": "done"})
    assert kept.json()["owner"] == "the security group", "a change of status keeps the owner"
    cleared = api.patch(step, token=org.token, json={"owner": None})
    assert cleared.json()["owner"] is None
    for bad in ("x" * 101, "   ", "Ana\u0007"):
        refused = api.patch(step, token=org.token, json={"owner": bad})
        assert_problem(refused, 422, field="body.owner")
    assert (
        api.get(step.rsplit("/steps", 1)[0], token=org.token).json()["steps"][-1]["owner"] is None
    )
