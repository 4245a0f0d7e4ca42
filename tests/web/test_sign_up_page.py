"""Self sign-up at /join and the roster on a member's cohorts page (issue 13)."""

from __future__ import annotations

import re
from typing import Any

from tests.cohorts.helpers import create_cohort, join
from tests.support.api import Api
from tests.web.conftest import Browser, csrf_of

KEY = re.compile(r"data-new-key>([^<]+)<")


def test_an_organisation_signs_itself_up_and_sees_the_roster(
    api: Api, browser_factory: Any
) -> None:
    cohort = create_cohort(api, name="Red de cuidado")
    puppet = api.create_org("Facilitator's own", token=cohort.facilitator)
    join(api, cohort, puppet)
    browser: Browser = browser_factory()
    page = browser.get(f"/join?code={cohort.join_code}")
    assert page.status_code == 200
    assert "the facilitator also sees whether you have started or submitted" in page.text
    assert cohort.join_code in page.text
    done = browser.post(
        "/join",
        {
            "csrf": csrf_of(page.text),
            "code": cohort.join_code,
            "name": "Colectivo Río",
            "display_name": "Río",
            "sharing": "issues",
        },
    )
    assert done.status_code == 201, done.text
    found = KEY.search(done.text)
    assert found and "“Río” is now in the cohort “Red de cuidado”" in done.text
    token = found.group(1)
    assert api.get("/v1/me", token=token).status_code == 200
    listed = browser.get("/data/cohorts")  # signed in with the new key
    assert listed.status_code == 200
    text = listed.text
    assert "Who is in the cohort" in text and "Río" in text
    assert "Facilitator&#39;s own" in text or "Facilitator's own" in text
    assert "added by the facilitator: not counted in the group figures" in text
    assert "Organisations counted in the figures the facilitator sees now: 0" in text


def test_sign_up_mistakes_are_explained(api: Api, browser_factory: Any) -> None:
    create_cohort(api)
    browser: Browser = browser_factory()
    page = browser.get("/join")
    wrong = browser.post(
        "/join", {"csrf": csrf_of(page.text), "code": "0000-0000-0000-0000", "name": "X"}
    )
    assert wrong.status_code == 422 and "No cohort has this code" in wrong.text
    empty = browser.post("/join", {"csrf": csrf_of(wrong.text), "code": "", "name": ""})
    assert empty.status_code == 422 and "Please fill in the join code" in empty.text
    stale = browser_factory().post("/join", {"csrf": "nope", "code": "x", "name": "y"})
    assert stale.status_code == 403
    spanish = browser.get("/join", headers={"Accept-Language": "es"})
    assert "Inscriba a su organización" in spanish.text
