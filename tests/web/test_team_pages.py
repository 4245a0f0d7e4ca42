"""Team assessments and team keys over HTTP, as browsers without JavaScript."""

from __future__ import annotations

import re
from typing import Any

from app.questionnaire.model import ContextQuestion, Question
from tests.support.answers import best, complete, questionnaire
from tests.support.api import Api, Org
from tests.web.conftest import Browser, csrf_of
from tests.web.forms import answer_all

DISCUSSION = re.compile(r'<h2 id="discussion">.*?(?=<h2|</main>)', re.DOTALL)


def _colleague(api: Api, member: Org, label: str) -> str:
    created = api.post(
        f"/v1/organisations/{member.id}/keys", token=member.token, json={"label": label}
    )
    assert created.status_code == 201
    return str(created.json()["token"])


def _no_written_purpose(question: Question | ContextQuestion) -> dict[str, Any] | None:
    """Best answers, except "No" to writing down purposes (which opens more questions)."""
    return {"value": "none"} if question.id == "power-purpose" else best(question)


def _open(browser: Browser, assessment: str, rule: str = "cautious") -> None:
    path = f"/assessments/{assessment}/team"
    page = browser.get(path)
    assert 'id="rule-cautious" name="rule" value="cautious" checked' in page.text
    opened = browser.post(f"{path}/open", {"csrf": csrf_of(page.text), "rule": rule})
    assert opened.status_code == 303 and opened.headers["location"] == f"{path}?opened=1"


def test_a_team_answers_privately_discusses_and_closes_the_round(
    api: Api, member: Org, signed_in: Browser, browser_factory: Any
) -> None:
    assessment = signed_in.start("example")
    team = f"/assessments/{assessment}/team"
    _open(signed_in, assessment)
    version = api.get(f"/v1/assessments/{assessment}", token=member.token).json()
    model = questionnaire(api.questionnaires, "example", version["questionnaire"]["version"])
    base = complete(model, best)
    answer_all(signed_in, assessment, base)
    shared = api.get(f"/v1/assessments/{assessment}", token=member.token).json()
    assert shared["answers"] == {}, "a respondent's answers are their own"
    mine = api.get(f"/v1/assessments/{assessment}/my-answers", token=member.token).json()
    assert mine["answers"]["power-purpose"] == {"value": "documented"}

    colleague = browser_factory()
    colleague.sign_in(_colleague(api, member, "Ana, field team"))
    first = colleague.get(f"/assessments/{assessment}/pages/context").text
    assert "You are answering as Ana, field team; others cannot see your answers." in first
    assert " checked>" not in first, "nothing of the other respondent shows"
    answer_all(colleague, assessment, complete(model, _no_written_purpose))

    html = signed_in.get(team).text
    assert "Ana, field team" in html and "(your key)" in html
    assert html.count("<progress") == 2
    discussion = DISCUSSION.search(html)
    assert discussion, html
    text = discussion.group(0)
    assert "Before you collect something, do you write down what it is for?" in text
    assert "Yes, for every form or dataset — 1 person" in text
    assert "No — 1 person" in text and "Combined answer: No" in text
    assert "Ana" not in text, "never who said what"

    assert (
        signed_in.form_post(
            f"/assessments/{assessment}/review", f"/assessments/{assessment}/submit", {}
        ).headers["location"]
        == team
    )
    confirm = signed_in.get(f"{team}/close")
    assert "Close and combine" in confirm.text
    closed = signed_in.post(f"{team}/close", {"csrf": csrf_of(confirm.text)})
    assert closed.headers["location"] == f"{team}?closed=1"
    combined = api.get(f"/v1/assessments/{assessment}", token=member.token).json()
    assert combined["answers"]["power-purpose"] == {"value": "none"}  # the cautious answer
    done = signed_in.form_post(
        f"/assessments/{assessment}/review", f"/assessments/{assessment}/submit", {}
    )
    assert done.headers["location"] == f"/assessments/{assessment}/results"
    results = signed_in.get(done.headers["location"]).text
    assert 'id="team"' in results and "2 people answered" in results
    assert "Yes, for every form or dataset — 1 person" in results


def test_closing_needs_answers_and_only_members_reach_the_team_page(
    api: Api, member: Org, signed_in: Browser, browser_factory: Any
) -> None:
    assessment = signed_in.start("example")
    team = f"/assessments/{assessment}/team"
    _open(signed_in, assessment, "majority")
    assert "The most common answer" in signed_in.get(team).text
    confirm = signed_in.get(f"{team}/close")
    refused = signed_in.post(f"{team}/close", {"csrf": csrf_of(confirm.text)})
    assert refused.status_code == 409 and "nothing to combine" in refused.text
    bad_rule = signed_in.form_post("/dashboard", f"{team}/open", {"rule": "loudest"})
    assert bad_rule.status_code == 422
    outsider: Browser = browser_factory()
    outsider.sign_in(api.create_org("Other").token)
    assert outsider.get(team).status_code == 404
    token = csrf_of(outsider.get("/dashboard").text)
    assert outsider.post(f"{team}/close", {"csrf": token}).status_code == 404
    dashboard = signed_in.get("/dashboard").text
    assert "Team round open" in dashboard


def test_team_keys_are_issued_once_listed_and_revoked(
    api: Api, member: Org, signed_in: Browser, browser_factory: Any
) -> None:
    page = signed_in.get("/data/keys")
    assert page.status_code == 200 and "the key you are using" in page.text
    issued = signed_in.post("/data/keys", {"csrf": csrf_of(page.text), "label": "Ana"})
    assert issued.status_code == 201
    token = re.search(r"data-new-key>(rdsa_[^<]+)<", issued.text)
    assert token, "the new key is shown once"
    assert token.group(1) not in signed_in.get("/data/keys").text
    colleague: Browser = browser_factory()
    assert colleague.sign_in(token.group(1)).status_code == 303
    keys = api.get(f"/v1/organisations/{member.id}/keys", token=member.token).json()
    ana = next(k for k in keys if k["label"] == "Ana")
    mine = next(k for k in keys if k["label"] == "")
    blank = signed_in.form_post("/data/keys", "/data/keys", {"label": " "})
    assert blank.status_code == 422 and 'aria-invalid="true"' in blank.text
    assert signed_in.get(f"/data/keys/{mine['id']}/revoke").status_code == 409
    confirm = signed_in.get(f"/data/keys/{ana['id']}/revoke")
    assert "Revoke the key “Ana”?" in confirm.text
    revoked = signed_in.post(f"/data/keys/{ana['id']}/revoke", {"csrf": csrf_of(confirm.text)})
    assert revoked.headers["location"] == "/data/keys?revoked=1"
    assert colleague.get("/dashboard").status_code == 303  # signed out with the key
    other = api.create_org("Elsewhere")
    foreign = api.get(f"/v1/organisations/{other.id}/keys", token=other.token).json()[0]
    assert signed_in.get(f"/data/keys/{foreign['id']}/revoke").status_code == 404
