"""Every new page: unique ids and a label for each form control."""

from __future__ import annotations

import re
from typing import Any

from tests.cohorts.helpers import create_cohort, join
from tests.support.api import Api, Org
from tests.web.browsing import submit_rd_core
from tests.web.conftest import Browser
from tests.web.markup import problems


def test_the_checker_finds_problems() -> None:
    assert problems('<input name="a"><p id="x"></p><p id="x"></p>') == [
        "duplicate id 'x'",
        "unlabelled control 'a'",
    ]
    assert problems('<label>A <input name="a"></label><label for="b">B</label><input id="b">') == []


def test_the_new_pages_are_labelled_and_their_ids_unique(
    api: Api, member: Org, signed_in: Browser, browser_factory: Any
) -> None:
    cohort = create_cohort(api, name="Circle")
    join(api, cohort, member)
    assessment = submit_rd_core(api, member)
    made = signed_in.form_post(
        f"/assessments/{assessment}/results",
        f"/assessments/{assessment}/plans",
        {"domain": "power"},
    )
    draft = signed_in.start("example")
    pages = [
        "/data",
        "/data/cohorts",
        f"/data/cohorts/{cohort.id}/leave",
        "/data/keys",
        f"/assessments/{assessment}/results",
        made.headers["location"],
        "/dashboard",
        f"/assessments/{draft}/team",
    ]
    facilitator: Browser = browser_factory()
    facilitator.sign_in(cohort.facilitator)
    staff_pages = [
        "/facilitator",
        f"/facilitator/cohorts/{cohort.id}",
        f"/facilitator/cohorts/{cohort.id}/summary",
        f"/facilitator/cohorts/{cohort.id}/rotate",
    ]
    for browser, paths in ((signed_in, pages), (facilitator, staff_pages)):
        for path in paths:
            page = browser.get(path)
            assert page.status_code == 200, path
            assert problems(page.text) == [], path
            assert re.search(r"<h1[ >]", page.text), path
