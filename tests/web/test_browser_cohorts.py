"""Issue 13 in a real chromium: an organisation signs itself up with a join code and
reads its cohort's roster; the facilitator reads the summary of a cohort of ten. Each
page passes axe-core and does not scroll sideways, at 1280 px and at 375 px."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.cohorts.helpers import answers, create_cohort, join, populate
from tests.support.answers import worst
from tests.support.api import Api
from tests.web.a11y import DESKTOP, PHONE, problems

pytestmark = pytest.mark.browser


def test_an_organisation_signs_itself_up_and_reads_the_roster(
    api: Api, open_context: Any, screenshots: Path | None
) -> None:
    cohort = create_cohort(api, name="Red de cuidado")
    onboarded = api.create_org("Facilitator's own", token=cohort.facilitator)
    join(api, cohort, onboarded)
    for viewport, name in ((DESKTOP, "Colectivo Río"), (PHONE, "Colectiva Mar")):
        page = open_context(viewport=viewport).new_page()
        page.goto(f"/join?code={cohort.join_code}")
        expect(page.locator("#code")).to_have_value(cohort.join_code)
        assert problems(page) == [], viewport
        page.fill("#name", name)
        page.fill("#display_name", name.split()[-1])
        page.locator("#join-issues").check()
        page.get_by_role("button", name="Create and join").click()
        key = page.locator("[data-new-key]")
        expect(key).to_be_visible()
        assert api.get("/v1/me", token=key.inner_text().strip()).status_code == 200
        assert problems(page) == [], viewport
        page.goto("/data/cohorts")
        expect(page.get_by_text("Who is in the cohort")).to_be_visible()
        expect(
            page.get_by_text("added by the facilitator: not counted in the group figures")
        ).to_be_visible()
        expect(page.get_by_text(name.split()[-1]).first).to_be_visible()
        assert problems(page) == [], viewport
        if screenshots is not None and viewport is PHONE:
            page.screenshot(path=str(screenshots / "cohort-roster-phone.png"), full_page=True)


def test_the_facilitator_reads_the_summary_of_a_cohort_of_ten(
    api: Api, open_context: Any, screenshots: Path | None
) -> None:
    cohort = create_cohort(api, name="Ten")
    populate(api, cohort, 3)
    populate(api, cohort, 3, prefix="More", answers_for=lambda i: answers(api, worst))
    populate(api, cohort, 4, prefix="Sharing", sharing=lambda i: "issues" if i % 2 else "results")
    for viewport in (DESKTOP, PHONE):
        page = open_context(viewport=viewport).new_page()
        page.goto("/")
        page.fill("#key", cohort.facilitator)
        page.get_by_role("button", name="Sign in").click()
        page.goto(f"/facilitator/cohorts/{cohort.id}/summary")
        expect(page.locator("[data-collapsed]").first).to_contain_text(
            "affect fewer than 5 organisations"
        )
        expect(page.locator("[data-topics]")).to_be_visible()
        expect(page.get_by_text("Exact figures, named").first).to_be_visible()
        assert problems(page) == [], viewport
        if screenshots is not None:
            suffix = "phone" if viewport is PHONE else "ten"
            page.screenshot(
                path=str(screenshots / f"facilitator-summary-{suffix}.png"), full_page=True
            )
