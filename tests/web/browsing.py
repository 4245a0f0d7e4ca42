"""Helpers for driving chromium through the web client (Playwright, sync API)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import expect

from tests.support.answers import Chooser, complete, questionnaire, worst
from tests.support.api import Api, Org

ANSWERED_SOME_UNSURE = 3  # every third question is answered "don't know" where offered


@dataclass
class Traffic:
    """Every request a page made, with what it cost on the wire."""

    origin: str
    urls: list[str] = field(default_factory=list)
    transferred: list[tuple[str, int]] = field(default_factory=list)

    def watch(self, context: Any) -> None:
        context.on("request", lambda request: self.urls.append(request.url))
        context.on("requestfinished", self._finished)

    def _finished(self, request: Any) -> None:
        sizes = request.sizes()
        self.transferred.append(
            (request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"])
        )

    def foreign(self) -> list[str]:
        """Requests that left this server (data: URLs never touch the network)."""
        own = urlsplit(self.origin).netloc
        return [u for u in self.urls if not u.startswith("data:") and urlsplit(u).netloc != own]

    def total(self) -> int:
        return sum(size for _, size in self.transferred)

    def reset(self) -> None:
        self.urls.clear()
        self.transferred.clear()


def sign_in(page: Any, key: str, button: str = "Sign in") -> None:
    page.goto("/")
    page.fill("#key", key)
    page.get_by_role("button", name=button).click()
    expect(page).to_have_url(re.compile(r"/dashboard$"))


def answer_visible_questions(page: Any, unsure_every: int = ANSWERED_SOME_UNSURE) -> int:
    """Answer every question on the page; some with "don't know". Returns how many."""
    questions = page.locator("fieldset.question")
    count = questions.count()
    for index in range(count):
        question = questions.nth(index)
        unsure = question.locator('input[value="__unsure"]')
        if index % unsure_every == unsure_every - 1 and unsure.count():
            unsure.check()
        elif question.locator("textarea[name^='a:']").count():
            question.locator("textarea[name^='a:']").fill("Una nota breve.")
        else:
            question.locator('input[name^="a:"]:not([value^="__"])').first.check()
    return count


def answer_page_until_saved(page: Any, saved: str, attempts: int = 3) -> None:
    """Answer the page and wait for the autosave to confirm it. When answers make other
    questions apply, the script shows the page again; a click that lands while the page
    is being replaced is lost, as it would be for a person, who would answer it again."""
    status = page.locator("[data-autosave-status]")
    for attempt in range(attempts):
        answer_visible_questions(page)
        try:
            expect(status).to_have_text(saved, timeout=6_000)
            return
        except AssertionError:
            if attempt == attempts - 1:
                raise


def submit_rd_core(api: Api, member: Org, choose: Chooser = worst) -> str:
    """An rd-core assessment answered and submitted through the API; its id."""
    created = api.post(
        f"/v1/organisations/{member.id}/assessments",
        token=member.token,
        json={"questionnaire": "rd-core"},
    ).json()
    answers = complete(questionnaire(api.questionnaires, "rd-core", "1.1.0"), choose)
    patched = api.patch(
        f"/v1/assessments/{created['id']}/answers", token=member.token, json={"answers": answers}
    )
    assert patched.status_code == 200, patched.text
    assert api.post(f"/v1/assessments/{created['id']}/submit", token=member.token).is_success
    return str(created["id"])
