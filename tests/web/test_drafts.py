"""Drafts on the dashboard: another one only after saying a draft exists, discarding a
draft, and cards that say when each draft was started and how far it got. Plain HTTP,
as a browser without JavaScript."""

from __future__ import annotations

import re

from tests.support.api import Api, Org
from tests.web.browsing import submit_rd_core
from tests.web.conftest import Browser, csrf_of


def _drafts(api: Api, member: Org) -> list[str]:
    listed = api.get(f"/v1/organisations/{member.id}/assessments", token=member.token).json()
    return [a["id"] for a in listed["items"] if a["status"] == "draft"]


def test_starting_from_scratch_while_a_draft_exists_asks_first(
    api: Api, signed_in: Browser, member: Org
) -> None:
    first = signed_in.start()
    dashboard = signed_in.get("/dashboard").text
    assert 'href="/assessments/new?questionnaire=rd-core"' in dashboard
    assert "Started " in dashboard and "last saved" in dashboard
    assert "0 of " in dashboard

    asked = signed_in.form_post("/dashboard", "/assessments", {"questionnaire": "rd-core"})
    assert asked.status_code == 303
    assert asked.headers["location"] == "/assessments/new?questionnaire=rd-core"
    assert _drafts(api, member) == [first]

    page = signed_in.get(asked.headers["location"])
    assert page.status_code == 200
    assert "You already have a draft of" in page.text
    assert f'href="/assessments/{first}"' in page.text
    assert f'href="/assessments/{first}/discard"' in page.text
    made = signed_in.post(
        "/assessments",
        {"csrf": csrf_of(page.text), "questionnaire": "rd-core", "confirm": "yes"},
    )
    assert made.status_code == 303
    assert len(_drafts(api, member)) == 2


def test_other_questionnaires_start_at_once_and_the_page_needs_a_draft(
    api: Api, signed_in: Browser, member: Org
) -> None:
    signed_in.start("rd-core")
    started = signed_in.form_post("/dashboard", "/assessments", {"questionnaire": "example"})
    assert started.status_code == 303
    assert re.fullmatch(r"/assessments/[0-9a-f-]{36}", started.headers["location"])
    assert signed_in.get("/assessments/new?questionnaire=nothing-here").status_code == 404


def test_a_follow_up_while_a_draft_exists_asks_first_and_keeps_its_source(
    api: Api, signed_in: Browser, member: Org
) -> None:
    submitted = submit_rd_core(api, member)
    signed_in.start()
    asked = signed_in.form_post(
        "/dashboard", "/assessments", {"questionnaire": "rd-core", "from": submitted}
    )
    assert asked.headers["location"] == f"/assessments/new?questionnaire=rd-core&from={submitted}"
    page = signed_in.get(asked.headers["location"]).text
    assert f'name="from" value="{submitted}"' in page


def test_a_draft_can_be_discarded_after_a_confirmation(
    api: Api, signed_in: Browser, member: Org
) -> None:
    draft = signed_in.start()
    assert f'href="/assessments/{draft}/discard"' in signed_in.get("/dashboard").text
    confirm = signed_in.get(f"/assessments/{draft}/discard")
    assert confirm.status_code == 200 and "Discard this draft?" in confirm.text
    assert _drafts(api, member) == [draft]  # looking at the question deletes nothing
    done = signed_in.post(f"/assessments/{draft}/discard", {"csrf": csrf_of(confirm.text)})
    assert done.status_code == 303 and done.headers["location"] == "/dashboard?discarded=1"
    assert _drafts(api, member) == []
    assert api.get(f"/v1/assessments/{draft}", token=member.token).status_code == 404
    assert "The draft was discarded." in signed_in.get("/dashboard?discarded=1").text


def test_discarding_refuses_submitted_assessments_other_tenants_and_forged_posts(
    api: Api, signed_in: Browser, member: Org, browser_factory: object
) -> None:
    submitted = submit_rd_core(api, member)
    assert signed_in.get(f"/assessments/{submitted}/discard").status_code == 409
    draft = signed_in.start()
    forged = signed_in.post(f"/assessments/{draft}/discard", {"csrf": "not-the-token"})
    assert forged.status_code == 403
    other = api.create_org("Otra organización")
    stranger: Browser = browser_factory()  # type: ignore[operator]
    assert stranger.sign_in(other.token).status_code == 303
    assert stranger.get(f"/assessments/{draft}/discard").status_code == 404
    token = csrf_of(stranger.get("/dashboard").text)
    assert stranger.post(f"/assessments/{draft}/discard", {"csrf": token}).status_code == 404
    assert _drafts(api, member) == [draft]
