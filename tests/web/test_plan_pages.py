"""Action plans over HTTP: made from the results, edited step by step, shown on the dashboard."""

from __future__ import annotations

import re
from typing import Any

from tests.support.answers import best, complete, questionnaire, worst
from tests.support.api import Api, Org
from tests.web.conftest import Browser, csrf_of
from tests.web.forms import answer_all

PLAN = re.compile(r"^/plans/([0-9a-f-]{36})$")


def _submitted(api: Api, browser: Browser, member: Org, choose: Any = worst) -> str:
    assessment = browser.start("example")
    found = api.get(f"/v1/assessments/{assessment}", token=member.token)
    version = found.json()["questionnaire"]["version"]
    answer_all(
        browser, assessment, complete(questionnaire(api.questionnaires, "example", version), choose)
    )
    done = browser.form_post(
        f"/assessments/{assessment}/review", f"/assessments/{assessment}/submit", {}
    )
    assert done.status_code == 303
    return assessment


def _plan(api: Api, member: Org, plan_id: str) -> dict[str, Any]:
    found: dict[str, Any] = api.get(f"/v1/action-plans/{plan_id}", token=member.token).json()
    return found


def _make(browser: Browser, assessment: str, **focus: str) -> str:
    results = f"/assessments/{assessment}/results"
    made = browser.form_post(results, f"/assessments/{assessment}/plans", focus)
    assert made.status_code == 303, made.text
    found = PLAN.match(made.headers["location"])
    assert found, made.headers["location"]
    return found.group(1)


def _issue_on(results_html: str) -> str:
    found = re.search(r'name="issue" value="([a-z0-9-]+)"', results_html)
    assert found, "every issue offers to make a plan"
    return found.group(1)


def test_a_plan_from_an_issue_is_edited_and_ticked_off(
    api: Api, member: Org, signed_in: Browser
) -> None:
    assessment = _submitted(api, signed_in, member)
    results = signed_in.get(f"/assessments/{assessment}/results").text
    assert 'id="plan-domain"' in results
    issue = _issue_on(results)
    plan_id = _make(signed_in, assessment, issue=issue)
    plan = _plan(api, member, plan_id)
    assert plan["focus"] == {"kind": "issue", "id": issue} and plan["locale"] == "en"
    steps = plan["steps"]
    assert len(steps) >= 2
    page = signed_in.get(f"/plans/{plan_id}").text
    assert f"0 of {len(steps)} done" in page and "Move down" in page
    first = steps[0]["id"]
    saved = signed_in.post(
        f"/plans/{plan_id}/steps/{first}",
        {
            "csrf": csrf_of(page),
            "text": "Write the purpose down",
            "status": "done",
            "due_date": "2031-05-01",
        },
    )
    assert saved.status_code == 303
    step = _plan(api, member, plan_id)["steps"][0]
    assert (step["text"], step["status"], step["due_date"]) == (
        "Write the purpose down",
        "done",
        "2031-05-01",
    )
    assert f"1 of {len(steps)} done" in signed_in.get("/dashboard").text
    moved = signed_in.form_post(
        f"/plans/{plan_id}", f"/plans/{plan_id}/steps/{first}/move", {"direction": "down"}
    )
    assert moved.status_code == 303
    assert [s["id"] for s in _plan(api, member, plan_id)["steps"]][:2] == [steps[1]["id"], first]
    top = signed_in.form_post(
        f"/plans/{plan_id}", f"/plans/{plan_id}/steps/{steps[1]['id']}/move", {"direction": "up"}
    )
    assert top.status_code == 303  # already first: nothing changes
    assert _plan(api, member, plan_id)["steps"][0]["id"] == steps[1]["id"]
    added = signed_in.form_post(
        f"/plans/{plan_id}", f"/plans/{plan_id}/steps", {"text": "Tell the board", "due_date": ""}
    )
    assert added.status_code == 303
    assert _plan(api, member, plan_id)["steps"][-1]["text"] == "Tell the board"
    deleted = signed_in.form_post(f"/plans/{plan_id}", f"/plans/{plan_id}/steps/{first}/delete", {})
    assert deleted.status_code == 303
    assert first not in [s["id"] for s in _plan(api, member, plan_id)["steps"]]


def test_bad_steps_are_refused_with_the_plan_shown_again(
    api: Api, member: Org, signed_in: Browser, browser_factory: Any
) -> None:
    assessment = _submitted(api, signed_in, member)
    plan_id = _make(
        signed_in,
        assessment,
        issue=_issue_on(signed_in.get(f"/assessments/{assessment}/results").text),
    )
    step = _plan(api, member, plan_id)["steps"][0]["id"]
    empty = signed_in.form_post(
        f"/plans/{plan_id}", f"/plans/{plan_id}/steps/{step}", {"text": " ", "status": "todo"}
    )
    assert empty.status_code == 422 and 'role="alert"' in empty.text
    bad_date = signed_in.form_post(
        f"/plans/{plan_id}", f"/plans/{plan_id}/steps", {"text": "x", "due_date": "soon"}
    )
    assert bad_date.status_code == 422
    bad_status = signed_in.form_post(
        f"/plans/{plan_id}", f"/plans/{plan_id}/steps/{step}", {"text": "x", "status": "maybe"}
    )
    assert bad_status.status_code == 422
    no_focus = signed_in.form_post(
        f"/assessments/{assessment}/results", f"/assessments/{assessment}/plans", {"issue": "Nope!"}
    )
    assert no_focus.status_code == 422
    outsider: Browser = browser_factory()
    outsider.sign_in(api.create_org("Other").token)
    assert outsider.get(f"/plans/{plan_id}").status_code == 404
    token = csrf_of(outsider.get("/dashboard").text)
    refused = outsider.post(f"/plans/{plan_id}/steps", {"csrf": token, "text": "mine now"})
    assert refused.status_code == 404
    ask = signed_in.get(f"/plans/{plan_id}/delete")
    gone = signed_in.post(f"/plans/{plan_id}/delete", {"csrf": csrf_of(ask.text)})
    assert gone.headers["location"] == "/dashboard#plans"
    assert api.get(f"/v1/action-plans/{plan_id}", token=member.token).status_code == 404


def test_a_domain_plan_in_spanish_shows_what_a_later_assessment_resolved(
    api: Api, member: Org, signed_in: Browser
) -> None:
    signed_in.client.cookies.set("rdsa_lang", "es")
    first = _submitted(api, signed_in, member, worst)
    results = signed_in.get(f"/assessments/{first}/results").text
    domain = re.search(r'<option value="([a-z0-9-]+)">', results)
    assert domain and "Hacer un plan para este dominio" in results
    plan_id = _make(signed_in, first, domain=domain.group(1))
    plan = _plan(api, member, plan_id)
    assert plan["focus"]["kind"] == "domain" and plan["locale"] == "es"
    assert "0 de" in signed_in.get("/dashboard").text
    _submitted(api, signed_in, member, best)
    outcome = _plan(api, member, plan_id)["outcome"]
    assert outcome["reassessed"] and outcome["resolved"]
    dashboard = signed_in.get("/dashboard").text
    total = len(plan["issue_ids"])
    words = "problema resuelto" if total == 1 else "problemas resueltos"
    assert f"{len(outcome['resolved'])} de {total} {words}" in dashboard


def test_a_step_is_ticked_done_in_one_action_and_keeps_its_owner(
    api: Api, member: Org, signed_in: Browser
) -> None:
    assessment = _submitted(api, signed_in, member)
    plan_id = _make(
        signed_in,
        assessment,
        issue=_issue_on(signed_in.get(f"/assessments/{assessment}/results").text),
    )
    step = _plan(api, member, plan_id)["steps"][0]
    page = signed_in.get(f"/plans/{plan_id}").text
    edit = signed_in.post(
        f"/plans/{plan_id}/steps/{step['id']}",
        {
            "csrf": csrf_of(page),
            "text": step["text"],
            "status": "todo",
            "due_date": "",
            "owner": "Ana",
        },
    )
    assert edit.headers["location"] == f"/plans/{plan_id}?saved=1#step-{step['id']}"
    page = signed_in.get(f"/plans/{plan_id}").text
    assert 'value="Ana"' in page and "with Ana" in page
    assert f'formaction="/plans/{plan_id}/steps/{step["id"]}/done"' in page
    done = signed_in.post(f"/plans/{plan_id}/steps/{step['id']}/done", {"csrf": csrf_of(page)})
    assert done.headers["location"] == f"/plans/{plan_id}?saved=1#step-{step['id']}", (
        "focus comes back to the step that was saved"
    )
    after = _plan(api, member, plan_id)["steps"][0]
    assert (after["status"], after["owner"], after["text"]) == ("done", "Ana", step["text"])
    page = signed_in.get(f"/plans/{plan_id}").text
    assert f'/steps/{step["id"]}/done"' not in page, "a done step offers no second tick"


def test_a_second_plan_for_the_same_issue_warns_and_links_the_first(
    api: Api, member: Org, signed_in: Browser
) -> None:
    assessment = _submitted(api, signed_in, member)
    results = f"/assessments/{assessment}/results"
    issue = _issue_on(signed_in.get(results).text)
    first = _make(signed_in, assessment, issue=issue)
    html = signed_in.get(results).text
    assert f'<a href="/plans/{first}">' in html and "You already have a plan for this issue" in html
    again = signed_in.form_post(results, f"/assessments/{assessment}/plans", {"issue": issue})
    # the results page no longer offers the button for that issue; a stale page still posts:
    assert again.status_code == 200 and f'href="/plans/{first}" data-first-plan' in again.text
    listed = api.get(f"/v1/organisations/{member.id}/action-plans", token=member.token).json()
    assert [p["id"] for p in listed] == [first], "nothing made without saying so"
    second = signed_in.form_post(
        results, f"/assessments/{assessment}/plans", {"issue": issue, "again": "1"}
    )
    assert second.status_code == 303 and PLAN.match(second.headers["location"])
    listed = api.get(f"/v1/organisations/{member.id}/action-plans", token=member.token).json()
    assert len(listed) == 2
