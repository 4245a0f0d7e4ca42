"""Every page type of the web client in a real chromium, in English and Spanish, on a
desktop (1280 px) and a phone (375 px): axe-core finds no violation and nothing makes
the page scroll sideways. Also ``/docs``: Swagger UI from the service itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.cohorts.helpers import CohortInfo, create_cohort, join, populate
from tests.support.api import Api, Org
from tests.support.live import LiveServer
from tests.web.a11y import DESKTOP, PHONE, overflow, problems
from tests.web.browsing import Traffic, sign_in, submit_rd_core

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("backend", ["sqlite"], indirect=True)]
LOCALES = {"en": ("en-GB", "Sign in"), "es": ("es-ES", "Entrar")}
SIZES = {"desktop": DESKTOP, "phone": PHONE}


@dataclass
class World:
    member: Org
    facilitator: str
    submitted: str
    draft: str
    plan: str
    colleague_key: str
    cohort: CohortInfo
    member_pages: dict[str, str] = field(default_factory=dict)
    staff_pages: dict[str, str] = field(default_factory=dict)


def _world(api: Api, member: Org) -> World:
    facilitator = api.service_key("facilitator", label="Marta")
    cohort = create_cohort(api, facilitator, name="Círculo de prueba")
    join(api, cohort, member, "results")
    populate(api, cohort, 6, sharing=lambda i: "results" if i == 0 else "aggregate")
    submitted = submit_rd_core(api, member)
    draft = api.post(
        f"/v1/organisations/{member.id}/assessments",
        token=member.token,
        json={"questionnaire": "rd-core"},
    ).json()["id"]
    opened = api.post(f"/v1/assessments/{draft}/team", token=member.token, json={})
    assert opened.status_code == 200, opened.text
    issues = api.get(f"/v1/assessments/{submitted}/results", token=member.token).json()["issues"]
    plan = api.post(
        f"/v1/assessments/{submitted}/action-plans",
        token=member.token,
        json={"issue": issues[0]["id"]},
    )
    assert plan.status_code == 201, plan.text
    colleague = api.post(
        f"/v1/organisations/{member.id}/keys", token=member.token, json={"label": "Ana"}
    ).json()
    world = World(
        member=member,
        facilitator=facilitator,
        submitted=submitted,
        draft=draft,
        plan=plan.json()["id"],
        colleague_key=colleague["id"],
        cohort=cohort,
    )
    world.member_pages = {
        "dashboard": "/dashboard",
        "questionnaire page": f"/assessments/{draft}/pages/context",
        "domain page": f"/assessments/{draft}/pages/power",
        "review": f"/assessments/{draft}/review",
        "start another draft": "/assessments/new?questionnaire=rd-core",
        "discard a draft": f"/assessments/{draft}/discard",
        "team round": f"/assessments/{draft}/team",
        "close the round": f"/assessments/{draft}/team/close",
        "results": f"/assessments/{submitted}/results",
        "report": f"/assessments/{submitted}/report",
        "plan": f"/plans/{world.plan}",
        "delete the plan": f"/plans/{world.plan}/delete",
        "your data": "/data",
        "access log": "/data/access-log",
        "erase": "/data/erase",
        "cohorts": "/data/cohorts",
        "leave a cohort": f"/data/cohorts/{cohort.id}/leave",
        "team keys": "/data/keys",
        "revoke a key": f"/data/keys/{world.colleague_key}/revoke",
        "not found": "/plans/00000000-0000-0000-0000-000000000000",
    }
    world.staff_pages = {
        "staff home": "/dashboard",
        "facilitator home": "/facilitator",
        "cohort": f"/facilitator/cohorts/{cohort.id}",
        "rotate the code": f"/facilitator/cohorts/{cohort.id}/rotate",
        "delete the cohort": f"/facilitator/cohorts/{cohort.id}/delete",
        "cohort summary": f"/facilitator/cohorts/{cohort.id}/summary",
    }
    return world


def _tour(page: Any, pages: dict[str, str], label: str) -> list[str]:
    found = []
    for name, path in pages.items():
        page.goto(path)
        found += [f"{label} {name} ({path}): {problem}" for problem in problems(page)]
    return found


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", LOCALES)
def test_every_page_type_passes_axe_and_fits_the_window(
    api: Api, member: Org, open_context: Any, live_server: LiveServer, language: str, size: str
) -> None:
    world = _world(api, member)
    locale, button = LOCALES[language]
    label = f"[{language}, {SIZES[size]['width']} px]"
    context = open_context(locale=locale, viewport=SIZES[size])
    traffic = Traffic(live_server.url)
    traffic.watch(context)
    page = context.new_page()
    page.goto("/")
    found = [f"{label} sign-in: {problem}" for problem in problems(page)]
    sign_in(page, member.token, button=button)
    found += _tour(page, world.member_pages, label)

    staff = open_context(locale=locale, viewport=SIZES[size]).new_page()
    sign_in(staff, world.facilitator, button=button)
    found += _tour(staff, world.staff_pages, label)
    assert found == [], "\n".join(found)
    assert traffic.foreign() == []


def test_the_api_documentation_comes_from_the_service_itself(
    open_context: Any, live_server: LiveServer
) -> None:
    context = open_context()
    traffic = Traffic(live_server.url)
    traffic.watch(context)
    page = context.new_page()
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    response = page.goto("/docs")
    assert response is not None
    assert "script-src 'self'" in response.headers["content-security-policy"]
    # Swagger UI parses the whole document in the browser: slow on a loaded 2-core machine.
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("rdsa", timeout=30_000)
    expect(page.locator(".opblock").first).to_be_visible(timeout=30_000)
    page.locator(".opblock-summary", has_text="/v1/me").first.click()
    expect(page.locator(".opblock-body").first).to_be_visible()
    assert traffic.foreign() == [], "Swagger UI must not load anything from other hosts"
    assert refused == []
    assert any(re.search(r"/static/swagger-ui-bundle\.js\?v=", u) for u in traffic.urls)


_CHART_TEXT = (
    """svg => [...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect().height)"""
)
_BARS = """svg => [...svg.querySelectorAll('rect[rx]')].map(r => r.getBoundingClientRect().width)"""


@pytest.mark.parametrize("language", LOCALES)
def test_on_a_phone_the_results_show_bars_scores_stages_and_a_pinned_map(
    api: Api, member: Org, open_context: Any, language: str, screenshots: Any
) -> None:
    submitted = submit_rd_core(api, member)
    locale, button = LOCALES[language]
    page = open_context(locale=locale, viewport=PHONE).new_page()
    sign_in(page, member.token, button=button)
    page.goto(f"/assessments/{submitted}/results")
    assert problems(page) == []
    results = api.get(
        f"/v1/assessments/{submitted}/results", token=member.token, params={"lang": language}
    ).json()

    wide = page.locator(".wide-only svg").first
    expect(wide).to_be_hidden()
    chart = page.locator("[data-chart-narrow] svg")
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    ends = chart.evaluate(
        "svg => [...svg.querySelectorAll('text')].map(t => t.getBBox().x + t.getBBox().width)"
    )
    assert max(ends) <= 340, f"chart text cut at the right edge: ends at {max(ends):.0f}"
    heights = chart.evaluate(_CHART_TEXT)
    assert min(heights) >= 11, f"chart text too small to read on a phone: {min(heights)} px"
    bars = chart.evaluate(_BARS)
    scores = [results["overall"]["score"]] + [d["score"] for d in results["domains"]]
    assert len(bars) == len([s for s in scores if s is not None])
    assert max(bars) < box["width"] * 0.7, "a bar may not fill the chart: scores follow it"
    assert len({round(b) for b in bars}) > 1 or len(set(scores)) == 1
    for domain in results["domains"]:
        if domain["score"] is not None and domain["stage_label"]:
            score = f"{domain['score']:.0f}"
            expect(chart).to_contain_text(f"{score} · {domain['stage_label'][:8]}")

    hint = page.locator(".scroll-hint")
    expect(hint).to_be_visible()
    region = page.locator("[data-map-table]")
    first_label = region.locator("tbody th").first
    before = first_label.bounding_box()
    region.evaluate("element => { element.scrollLeft = 400; }")
    after = first_label.bounding_box()
    assert region.evaluate("element => element.scrollLeft") > 0, "the map scrolls sideways"
    assert before is not None and after is not None and abs(before["x"] - after["x"]) < 1
    assert overflow(page) == 0
    if screenshots is not None and language == "es":
        page.locator("#scores").scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots / "results-phone.png"), full_page=False)


@pytest.mark.parametrize("language", ["fr", "pt", "es"])
def test_on_a_desktop_no_chart_label_is_cut(
    api: Api, member: Org, open_context: Any, language: str
) -> None:
    submitted = submit_rd_core(api, member)
    page = open_context(locale=f"{language}-{language.upper()}", viewport=DESKTOP).new_page()
    sign_in(
        page, member.token, button={"fr": "Se connecter", "pt": "Entrar", "es": "Entrar"}[language]
    )
    page.goto(f"/assessments/{submitted}/results")
    svg = page.locator('svg[aria-labelledby="map-title map-desc"]')
    expect(svg).to_be_visible()
    cut = svg.evaluate(
        "svg => [...svg.querySelectorAll(':scope > text')]"
        ".filter(t => t.getBBox().x < 0"
        " || t.getBBox().x + t.getBBox().width > svg.viewBox.baseVal.width)"
        ".map(t => t.textContent)"
    )
    assert cut == [], f"labels cut at the edge of the issue map: {cut}"
    scores = page.locator('svg[aria-labelledby="scores-title scores-desc"]')
    texts = svg.locator("text").all_text_contents() + scores.locator("text").all_text_contents()
    clipped = [t for t in texts if "…" in t]
    assert clipped == [], f"chart labels shortened with an ellipsis: {clipped}"


@pytest.mark.parametrize("size", SIZES)
def test_a_person_with_a_draft_is_asked_before_a_second_and_can_discard_it_in_spanish(
    api: Api, member: Org, open_context: Any, size: str
) -> None:
    page = open_context(locale="es-ES", viewport=SIZES[size]).new_page()
    sign_in(page, member.token, button="Entrar")
    start = page.locator("form", has=page.locator('input[name="questionnaire"][value="rd-core"]'))
    start.get_by_role("button", name="Empezar desde cero").click()
    expect(page).to_have_url(re.compile(r"/pages/context$"))
    page.locator("fieldset.question").first.locator('input[name^="a:"]').first.check()
    page.get_by_role("button", name="Guardar y seguir").click()
    page.goto("/dashboard")
    card = page.locator("ul.cards > li", has_text="Borrador")
    expect(card.locator("[data-draft-facts]")).to_contain_text("Empezado el")
    expect(card).to_contain_text("1 de")
    page.get_by_role("link", name="Empezar desde cero…").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ya tienen un borrador")
    assert problems(page) == []
    page.get_by_role("link", name="Descartar este borrador…").click()
    assert problems(page) == []
    page.get_by_role("button", name="Descartar el borrador").click()
    expect(page.get_by_role("status")).to_have_text("Se descartó el borrador.")
    expect(page.locator("ul.cards > li", has_text="Borrador")).to_have_count(0)
    listed = api.get(f"/v1/organisations/{member.id}/assessments", token=member.token).json()
    assert listed["total"] == 0
