"""Answering, round two: progress over required questions, leaving a page saves,
sections above and below the questions, and a review of every answer before submit.
Plain HTTP (a browser without JavaScript); the browser checks are in test_browser.py."""

from __future__ import annotations

import re
from typing import Any

from app.questionnaire.model import Questionnaire
from tests.support.answers import complete, questionnaire
from tests.support.api import Api, Org
from tests.web.conftest import Browser
from tests.web.forms import page_form, save_page

PROGRESS = re.compile(r"(\d+) of (\d+) required questions answered")


def _rd_core(api: Api) -> Questionnaire:
    return questionnaire(api.questionnaires, "rd-core", "1.1.0")


def _required_only(model: Questionnaire, answers: dict[str, Any]) -> dict[str, Any]:
    required = {q.id for q in model.context if q.required}
    required |= {q.id for d in model.domains for q in d.questions if q.required}
    return {qid: answer for qid, answer in answers.items() if qid in required}


def _patch(api: Api, member: Org, assessment: str, answers: dict[str, Any]) -> None:
    reply = api.patch(
        f"/v1/assessments/{assessment}/answers", token=member.token, json={"answers": answers}
    )
    assert reply.status_code == 200, reply.text


def test_progress_counts_required_questions_only(api: Api, signed_in: Browser, member: Org) -> None:
    model = _rd_core(api)
    assessment = signed_in.start()
    every = complete(model)
    required = _required_only(model, every)
    assert len(required) < len(every), "rd-core has optional questions to leave out"
    _patch(api, member, assessment, required)
    page = signed_in.get(f"/assessments/{assessment}/pages/context").text
    found = PROGRESS.search(page)
    assert found is not None, "the progress line names required questions"
    assert found.group(1) == found.group(2), "every required question is answered"
    assert re.search(r"\(optional: 0 of \d+\)", page)
    review = signed_in.get(f"/assessments/{assessment}/review").text
    assert PROGRESS.search(review) and f'action="/assessments/{assessment}/submit"' in review

    path = f"/assessments/{assessment}/pages/context"
    data = page_form(signed_in.get(path).text, {})
    reply = signed_in.post(path, data, headers={"X-Autosave": "1"}).json()
    assert reply["required_answered"] == reply["required"] == int(found.group(2))
    assert reply["optional_answered"] == 0 and reply["optional"] > 0


def test_leaving_by_the_header_saves_what_was_typed(
    api: Api, signed_in: Browser, member: Org
) -> None:
    assessment = signed_in.start()
    path = f"/assessments/{assessment}/pages/context"
    html = signed_in.get(path).text
    for go in ("home", "data", "lang:es", "lang:pt"):
        assert f'form="answers" name="go" value="{go}"' in html, go
    assert 'href="/language/' not in html and 'href="/dashboard"' not in html

    left = save_page(signed_in, path, {"ctx-size": {"value": "up-to-5"}}, go="home")
    assert left.headers["location"] == "/dashboard"
    language = save_page(signed_in, path, {"ctx-size": {"value": "6-20"}}, go="lang:es")
    assert (
        language.headers["location"] == f"/language/es?next=/assessments/{assessment}/pages/context"
    )
    stored = api.get(f"/v1/assessments/{assessment}", token=member.token).json()["answers"]
    assert stored["ctx-size"] == {"value": "6-20"}
    back = signed_in.get(language.headers["location"])
    assert back.headers["location"] == path

    # Only the named places: anything else saves and stays on the page.
    for go in ("lang:xx", "https://evil.example/", "//evil.example", "leave:/admin"):
        stay = save_page(signed_in, path, {}, go=go)
        assert stay.headers["location"] == f"{path}?saved=true", go


def test_sections_are_listed_above_and_below_the_questions(signed_in: Browser) -> None:
    assessment = signed_in.start()
    html = signed_in.get(f"/assessments/{assessment}/pages/power").text
    top, bottom = html.find('data-steps="top"'), html.find('data-steps="bottom"')
    first_question = html.find('class="question')
    assert 0 < top < first_question < bottom
    assert html.count('value="to:security"') == 2
    status, save_bar = html.find("data-autosave-status"), html.find("data-savebar")
    assert 0 < save_bar < status, "the save status sits in the sticky bar with the buttons"
    default = re.search(r'<button[^>]*type="submit"[^>]*form="answers"[^>]*>', html)
    assert default is not None and 'value="save"' in default.group(0), (
        "Enter in a field saves and stays: the first submit button of the form saves"
    )


def test_review_shows_every_answer_with_a_link_to_change_it(
    api: Api, signed_in: Browser, member: Org
) -> None:
    model = _rd_core(api)
    assessment = signed_in.start()
    answers = complete(model)
    answers["ctx-size"] = {"value": "up-to-5", "comment": "Two staff, four volunteers."}
    del answers["power-purpose"]
    _patch(api, member, assessment, answers)
    html = signed_in.get(f"/assessments/{assessment}/review").text
    sections = re.findall(r"<details class=\"answer-summary\" data-review-section>", html)
    assert len(sections) == len(model.domains) + 1, "context, then one section per domain"
    change = f'href="/assessments/{assessment}/pages/context#q-ctx-size" data-change'
    assert change in html
    size_label = next(o for o in model.context if o.id == "ctx-size").options[0].label
    assert size_label["en"] in html and "Two staff, four volunteers." in html
    unanswered = html.find('#q-power-purpose" data-change')
    assert unanswered > 0 and "Not answered yet" in html[unanswered - 600 : unanswered]
    signed_in.get("/language/es")
    assert "Sus respuestas" in signed_in.get(f"/assessments/{assessment}/review").text


def test_context_questions_offer_prefer_not_to_say_and_keep_it(
    api: Api, signed_in: Browser, member: Org
) -> None:
    assessment = signed_in.start()
    path = f"/assessments/{assessment}/pages/context"
    html = signed_in.get(path).text
    offered = set(re.findall(r'name="a:([a-z0-9-]+)" value="__declined"', html))
    assert offered == {"ctx-civic-space", "ctx-criminalised", "ctx-special-data"}
    data = page_form(html, {"ctx-size": {"value": "up-to-5"}})
    data["a:ctx-civic-space"] = "__declined"
    data["a:ctx-criminalised"] = ["__declined"]
    saved = signed_in.post(path, {**data, "go": "save"})
    assert saved.status_code == 303, saved.text
    stored = api.get(f"/v1/assessments/{assessment}", token=member.token).json()["answers"]
    assert stored["ctx-civic-space"] == {"prefer_not_to_say": True}
    assert stored["ctx-criminalised"] == {"prefer_not_to_say": True}
    again = signed_in.get(path).text
    assert 'name="a:ctx-civic-space" value="__declined" checked' in again, (
        "shown as 'prefer not to say' again, not turned into 'don't know'"
    )
    resaved = signed_in.post(path, {**page_form(again, {}), "go": "save"})
    assert resaved.status_code == 303
    stored = api.get(f"/v1/assessments/{assessment}", token=member.token).json()["answers"]
    assert stored["ctx-civic-space"] == {"prefer_not_to_say": True}
    conflict = page_form(again, {})
    conflict["a:ctx-criminalised"] = ["__declined", "none"]
    refused = signed_in.post(path, {**conflict, "go": "save"})
    assert refused.status_code == 422 and 'href="#q-ctx-criminalised"' in refused.text
