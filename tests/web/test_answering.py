"""Answering through the forms: pages, validation next to the question, show_if,
review and submit. Plain HTTP, as a browser without JavaScript."""

from __future__ import annotations

import re
from typing import Any

from tests.support.answers import complete, questionnaire, unsure_where_allowed
from tests.support.api import Api, Org
from tests.web.conftest import Browser, csrf_of
from tests.web.forms import answer_all, page_form, save_page, shown_on


def _answers(api: Api, path: str, member: Org) -> dict[str, Any]:
    body: dict[str, Any] = api.get(path, token=member.token).json()["answers"]
    return body


def test_a_page_saves_and_the_next_page_follows(api: Api, signed_in: Browser, member: Org) -> None:
    assessment = signed_in.start()
    page = signed_in.get(f"/assessments/{assessment}/pages/context")
    assert page.status_code == 200
    assert "<fieldset" in page.text and "<legend" in page.text
    data = page_form(page.text, {"ctx-civic-space": {"value": "narrowed"}})
    data["a:ctx-communities"] = ["lgbtqi", "migrants"]
    data["a:ctx-crisis"] = "__unsure"
    data["c:ctx-civic-space"] = "Protests banned since March."
    saved = signed_in.post(f"/assessments/{assessment}/pages/context", data)
    assert saved.status_code == 303
    assert saved.headers["location"] == f"/assessments/{assessment}/pages/power"
    stored = _answers(api, f"/v1/assessments/{assessment}", member)
    assert stored["ctx-civic-space"] == {
        "value": "narrowed",
        "comment": "Protests banned since March.",
    }
    assert stored["ctx-communities"] == {"value": ["lgbtqi", "migrants"]}
    assert stored["ctx-crisis"] == {"unsure": True}
    again = signed_in.get(f"/assessments/{assessment}/pages/context").text
    assert 'value="narrowed" checked' in again and "Protests banned since March." in again


def test_buttons_choose_where_to_go(signed_in: Browser) -> None:
    assessment = signed_in.start()
    base = f"/assessments/{assessment}/pages"
    assert save_page(signed_in, f"{base}/power", {}, go="save").headers["location"] == (
        f"{base}/power?saved=true"
    )
    assert save_page(signed_in, f"{base}/power", {}, go="back").headers["location"] == (
        f"{base}/context"
    )
    assert save_page(signed_in, f"{base}/power", {}, go="to:security").headers["location"] == (
        f"{base}/security"
    )
    assert save_page(signed_in, f"{base}/capacity", {}).headers["location"] == (
        f"/assessments/{assessment}/review"
    )
    assert "Your answers are saved" in signed_in.get(f"{base}/power?saved=true").text


def test_an_invalid_answer_is_shown_next_to_its_question_and_nothing_typed_is_lost(
    api: Api, signed_in: Browser, member: Org
) -> None:
    assessment = signed_in.start()
    path = f"/assessments/{assessment}/pages/context"
    data = page_form(signed_in.get(path).text, {"ctx-size": {"value": "6-20"}})
    data["a:ctx-special-data"] = ["health", "none"]  # "none" cannot be combined
    data["c:ctx-crisis"] = "a note without an answer"
    response = signed_in.post(path, data)
    assert response.status_code == 422
    html = response.text
    assert 'class="error-summary"' in html and 'href="#q-ctx-special-data"' in html
    assert "cannot be combined" in html and "Choose an answer to keep your note" in html
    assert 'value="health" checked' in html and 'value="none" checked' in html
    assert "a note without an answer" in html
    stored = _answers(api, f"/v1/assessments/{assessment}", member)
    assert stored == {"ctx-size": {"value": "6-20"}}, "valid answers on the page are kept"


def test_show_if_is_applied_after_context_answers_are_saved(signed_in: Browser) -> None:
    assessment = signed_in.start()
    base = f"/assessments/{assessment}/pages"
    context = {
        "ctx-communities": {"value": ["general"]},
        "ctx-special-data": {"value": ["none"]},
    }
    save_page(signed_in, f"{base}/context", context)
    assert "part-children" not in shown_on(signed_in.get(f"{base}/participation").text)
    assert "coll-special" not in shown_on(signed_in.get(f"{base}/collection").text)
    context["ctx-communities"] = {"value": ["children"]}
    context["ctx-special-data"] = {"value": ["health"]}
    save_page(signed_in, f"{base}/context", context)
    assert "part-children" in shown_on(signed_in.get(f"{base}/participation").text)
    assert "coll-special" in shown_on(signed_in.get(f"{base}/collection").text)


def test_autosave_answers_with_json(api: Api, signed_in: Browser, member: Org) -> None:
    assessment = signed_in.start()
    path = f"/assessments/{assessment}/pages/context"
    data = page_form(signed_in.get(path).text, {"ctx-size": {"value": "up-to-5"}})
    data["a:ctx-criminalised"] = ["none", "abortion"]
    reply = signed_in.post(path, data, headers={"X-Autosave": "1"})
    assert reply.status_code == 200
    body = reply.json()
    assert body["saved"] is False and list(body["errors"]) == ["ctx-criminalised"]
    assert body["answered"] == 1 and body["applicable"] > 50
    assert _answers(api, f"/v1/assessments/{assessment}", member) == {
        "ctx-size": {"value": "up-to-5"}
    }


def test_review_lists_missing_questions_and_submit_waits_for_them(
    api: Api, signed_in: Browser
) -> None:
    assessment = signed_in.start()
    review = signed_in.get(f"/assessments/{assessment}/review")
    assert f'href="/assessments/{assessment}/pages/context#q-ctx-communities"' in review.text
    assert f'action="/assessments/{assessment}/submit"' not in review.text
    sections = re.findall(r"<h3>([^<]+)</h3>", review.text)
    assert sections[:2] == ["About your organisation", "Power and accountability"]
    token = csrf_of(review.text)
    early = signed_in.post(f"/assessments/{assessment}/submit", {"csrf": token})
    assert early.headers["location"] == f"/assessments/{assessment}/review?incomplete=1"
    answers = complete(questionnaire(api.questionnaires, "rd-core", "1.1.0"), unsure_where_allowed)
    answer_all(signed_in, assessment, answers)
    done = signed_in.form_post(
        f"/assessments/{assessment}/review", f"/assessments/{assessment}/submit", {}
    )
    assert done.headers["location"] == f"/assessments/{assessment}/results"
    again = signed_in.post(f"/assessments/{assessment}/submit", {"csrf": token})
    assert again.headers["location"] == f"/assessments/{assessment}/results"
    assert (
        signed_in.get(f"/assessments/{assessment}/pages/power")
        .headers["location"]
        .endswith("/results")
    )


def test_another_organisations_assessment_is_not_found(
    api: Api, signed_in: Browser, browser_factory: Any
) -> None:
    other: Browser = browser_factory()
    other.sign_in(api.create_org("Other").token)
    theirs = other.start()
    for path in (
        f"/assessments/{theirs}",
        f"/assessments/{theirs}/pages/context",
        f"/assessments/{theirs}/review",
        f"/assessments/{theirs}/results",
        "/assessments/not-a-uuid/review",
    ):
        response = signed_in.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/html")
    posted = signed_in.form_post("/dashboard", f"/assessments/{theirs}/submit", {})
    assert posted.status_code == 404


def test_answers_that_open_questions_on_the_same_page_keep_the_person_there(
    signed_in: Browser,
) -> None:
    assessment = signed_in.start("example")
    path = f"/assessments/{assessment}/pages/context"
    page = signed_in.get(path).text
    assert "ctx-shelter" not in shown_on(page)
    data = page_form(page, {"ctx-sensitive": {"value": ["location"]}})
    stays = signed_in.post(path, data)
    assert stays.headers["location"] == f"{path}?more=true"
    again = signed_in.get(stays.headers["location"]).text
    assert "ctx-shelter" in shown_on(again) and "opened more questions" in again
    moves = signed_in.post(path, page_form(again, {"ctx-sensitive": {"value": ["location"]}}))
    assert moves.headers["location"] == f"/assessments/{assessment}/pages/power"


def test_autosave_says_when_the_page_must_show_other_questions(signed_in: Browser) -> None:
    assessment = signed_in.start("example")
    path = f"/assessments/{assessment}/pages/context"
    headers = {"X-Autosave": "1"}
    page = signed_in.get(path).text
    opened = signed_in.post(
        path, page_form(page, {"ctx-sensitive": {"value": ["location"]}}), headers=headers
    )
    assert opened.json()["reload"] == "more"
    page = signed_in.get(path).text
    same = signed_in.post(
        path, page_form(page, {"ctx-sensitive": {"value": ["location", "health"]}}), headers=headers
    )
    assert same.json()["reload"] is None
    closed = signed_in.post(
        path, page_form(page, {"ctx-sensitive": {"value": ["health"]}}), headers=headers
    )
    assert closed.json()["reload"] == "fewer"
