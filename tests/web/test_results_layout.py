"""The results page leads with priorities, in a real chromium: "start here" (three
issues in full), then what the organisation already does well, then everything else
collapsed by domain (``<details>``, no script needed); "because you answered: Don't
know" beside each issue it fired; the printed report starts the same way, prints every
resource's address and stays short."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from app.questionnaire.model import ContextQuestion, Question
from tests.support.answers import unsure_where_allowed, worst
from tests.support.api import Api, Org
from tests.web.a11y import DESKTOP, PHONE, problems
from tests.web.browsing import sign_in, submit_rd_core

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("backend", ["sqlite"], indirect=True)]
LOCALES = {"en": ("en-GB", "Sign in", "Start here"), "es": ("es-ES", "Entrar", "Empiecen por aquí")}
DESKTOP_HEIGHT_BUDGET = 9_000  # px at 1280 px wide; the fully expanded page was 22,000
REPORT_PAGES_BUDGET = 8  # A4 pages; the fully expanded report printed 19


def _mostly_worst_some_unsure(question: Question | ContextQuestion) -> dict[str, Any] | None:
    """Worst answers, with "don't know" on every fourth question that allows it."""
    if (
        isinstance(question, Question)
        and question.allow_unsure
        and sum(map(ord, question.id)) % 4 == 0
    ):
        return unsure_where_allowed(question)
    return worst(question)


def _fired_by_unsure(results: dict[str, Any]) -> set[str]:
    fired = set()
    for issue in results["issues"]:
        evidence = list(issue["evidence"])
        evidence += [e for x in issue["escalations"] if x["raises"] for e in x["evidence"]]
        if any(
            e["kind"] == "question" and e["state"] == "unsure" and e["result"] for e in evidence
        ):
            fired.add(issue["id"])
    return fired


@pytest.mark.parametrize("language", LOCALES)
def test_results_lead_with_start_here_then_strengths_then_the_rest_collapsed(
    api: Api, member: Org, open_context: Any, language: str
) -> None:
    submitted = submit_rd_core(api, member, _mostly_worst_some_unsure)
    results = api.get(
        f"/v1/assessments/{submitted}/results", token=member.token, params={"lang": language}
    ).json()
    assert len(results["issues"]) > 10
    locale, button, start_title = LOCALES[language]
    page = open_context(locale=locale, viewport=DESKTOP).new_page()
    sign_in(page, member.token, button=button)
    page.goto(f"/assessments/{submitted}/results")
    assert problems(page) == []

    headings = page.locator("main h2").all_inner_texts()
    assert headings[0] == start_title
    start_ids = [a.get_attribute("id") for a in page.locator("h2#start ~ article.issue").all()]
    assert start_ids == [f"issue-{i['id']}" for i in results["issues"][:3]]
    for article in page.locator("h2#start ~ article.issue").all():
        expect(article.locator("ol li").first).to_be_visible()
        assert article.locator("a[href^='http']").count() <= 1  # one resource each
    assert headings.index(page.locator("h2#strengths").inner_text()) == 1

    groups = page.locator("details.domain-issues")
    assert groups.count() >= 3
    for index in range(groups.count()):
        assert groups.nth(index).get_attribute("open") is None, "the rest starts collapsed"
    inside = page.locator("details.domain-issues article.issue")
    assert inside.count() + 3 == len(results["issues"])
    expect(inside.first).to_be_hidden()
    height = page.evaluate("document.scrollingElement.scrollHeight")
    print(f"\nresults page ({language}, {len(results['issues'])} issues): {height} px high")
    assert height < DESKTOP_HEIGHT_BUDGET

    groups.first.locator("summary").click()
    expect(groups.first.locator("article.issue").first).to_be_visible()
    assert problems(page) == []

    unsure = _fired_by_unsure(results)
    assert unsure, "the answers include some 'don't know' that fire issues"
    for issue in results["issues"]:
        note = page.locator(f"#issue-{issue['id']} [data-unsure]")
        expect(note).to_have_count(1 if issue["id"] in unsure else 0)


def test_on_a_phone_start_here_comes_first_too(api: Api, member: Org, open_context: Any) -> None:
    submitted = submit_rd_core(api, member, _mostly_worst_some_unsure)
    page = open_context(locale="es-ES", viewport=PHONE).new_page()
    sign_in(page, member.token, button="Entrar")
    page.goto(f"/assessments/{submitted}/results")
    assert problems(page) == []
    expect(page.locator("main h2").first).to_have_text("Empiecen por aquí")
    expect(page.locator("h2#start ~ article.issue")).to_have_count(3)


@pytest.mark.parametrize("language", LOCALES)
def test_the_printed_report_starts_here_prints_addresses_and_stays_short(
    api: Api, member: Org, open_context: Any, language: str
) -> None:
    submitted = submit_rd_core(api, member, _mostly_worst_some_unsure)
    results = api.get(
        f"/v1/assessments/{submitted}/results", token=member.token, params={"lang": language}
    ).json()
    locale, button, start_title = LOCALES[language]
    page = open_context(locale=locale).new_page()
    sign_in(page, member.token, button=button)
    page.goto(f"/assessments/{submitted}/report")
    assert problems(page) == []
    expect(page.locator("main h2").nth(1)).to_have_text(start_title)
    text = page.locator("main").inner_text()
    for resource in results["recommendations"]:
        assert resource["url"] in text, f"the address of {resource['title']} is printed"
    for issue in results["issues"]:
        assert issue["title"] in text, "every issue is in the report"
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    print(f"\nreport ({language}, {len(results['issues'])} issues): {pages} A4 pages")
    assert 0 < pages <= REPORT_PAGES_BUDGET
