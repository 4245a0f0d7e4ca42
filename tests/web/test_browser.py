"""The web client in a real headless chromium: a person answers rd-core in Spanish,
reloads and resumes, submits, reads the issue map; the no-JavaScript path; CSRF;
sign-out; weight and third-party requests of the pages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support.api import Api, Org
from tests.support.live import LiveServer
from tests.web.browsing import Traffic, answer_page_until_saved, submit_rd_core
from tests.web.browsing import sign_in as _sign_in

pytestmark = pytest.mark.browser
FIRST_PAGE_BUDGET = 100_000


def _start_rd_core(page: Any) -> str:
    page.goto("/dashboard")
    start = page.locator("form", has=page.locator('input[name="questionnaire"][value="rd-core"]'))
    start.locator("button").last.click()
    expect(page).to_have_url(re.compile(r"/pages/context$"))
    return str(page.url)


def _save(page: Any, shots: Path | None, name: str) -> None:
    if shots is not None:
        page.screenshot(path=str(shots / f"{name}.png"))


def test_a_person_completes_rd_core_in_spanish_and_reads_the_results(
    api: Api, member: Org, open_context: Any, live_server: LiveServer, screenshots: Path | None
) -> None:
    context = open_context()
    traffic = Traffic(live_server.url)
    traffic.watch(context)
    page = context.new_page()
    page.goto("/")
    page.get_by_role("link", name="Español").click()
    expect(page.locator("html")).to_have_attribute("lang", "es")
    _save(page, screenshots, "sign-in")
    _sign_in(page, member.token, button="Entrar")
    _start_rd_core(page)
    pages_done = 0
    while "/pages/" in page.url:
        answer_page_until_saved(page, "Guardado.")
        pages_done += 1
        if pages_done == 3:
            _save(page, screenshots, "questionnaire")
            page.reload()  # answers were saved by the script, without pressing a button
            checked = page.locator("fieldset.question input:checked")
            expect(checked).to_have_count(page.locator("fieldset.question").count())
            page.goto("/dashboard")
            page.get_by_role("link", name="Continuar").click()
            expect(page).to_have_url(re.compile(r"/pages/"))
            continue  # resumed at the first page with a missing answer
        page.get_by_role("button", name=re.compile(r"^Guardar y (seguir|revisar)$")).click()
    expect(page).to_have_url(re.compile(r"/review$"))
    assert pages_done >= 8
    expect(page.get_by_text(re.compile(r"Respondieron «No sé» \d+"))).to_be_visible()
    page.get_by_role("button", name="Enviar y ver resultados").click()
    expect(page).to_have_url(re.compile(r"/results$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    issue_map = page.locator('svg[aria-labelledby="map-title map-desc"]')
    expect(issue_map).to_be_visible()
    expect(issue_map.locator("title").first).to_have_text(re.compile("^Mapa de problemas"))
    expect(page.locator("article.issue").first).to_contain_text("Por qué importa")
    expect(page.locator("#resources + ol > li").first).to_be_visible()
    if screenshots is not None:
        page.locator("#map").scroll_into_view_if_needed()
        page.evaluate("window.scrollBy(0, -20)")
        _save(page, screenshots, "results")
    page.get_by_role("link", name="Informe para imprimir").click()
    expect(page.locator("h1")).to_contain_text("Colectivo Lila")
    _save(page, screenshots, "report")
    assert traffic.foreign() == [], "nothing may be loaded from other hosts"


def test_without_javascript_the_forms_still_save(
    api: Api, member: Org, open_context: Any, live_server: LiveServer
) -> None:
    page = open_context(java_script_enabled=False).new_page()
    _sign_in(page, member.token)
    context_page = _start_rd_core(page)
    page.get_by_label("LGBTQI+ people").check()
    special = page.locator("#q-ctx-special-data")
    special.locator('input[value="health"]').check()
    special.locator('input[value="none"]').check()  # cannot be combined: refused
    page.get_by_role("button", name="Save and continue").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(page.locator("#err-ctx-special-data")).to_be_visible()
    expect(page.get_by_label("LGBTQI+ people")).to_be_checked()  # nothing typed is lost
    special.locator('input[value="none"]').uncheck()
    page.get_by_role("button", name="Save and continue").click()
    expect(page).to_have_url(re.compile(r"/pages/power$"))
    page.goto(context_page)
    expect(page.get_by_label("LGBTQI+ people")).to_be_checked()
    expect(page.locator("[data-autosave-status]")).to_have_text("")


def test_posts_without_the_csrf_token_are_refused(api: Api, member: Org, open_context: Any) -> None:
    page = open_context().new_page()
    _sign_in(page, member.token)
    forged = page.request.post("/assessments", form={"questionnaire": "rd-core"})
    assert forged.status == 403
    assert (
        api.get(f"/v1/organisations/{member.id}/assessments", token=member.token).json()["total"]
        == 0
    )


def test_sign_out_ends_the_session(api: Api, member: Org, open_context: Any) -> None:
    page = open_context().new_page()
    _sign_in(page, member.token)
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/$"))
    page.goto("/dashboard")
    expect(page).to_have_url(re.compile(r"/\?next=/dashboard$"))
    expect(page.locator("#key")).to_be_visible()


def test_first_page_is_light_and_keyboard_friendly(
    open_context: Any, live_server: LiveServer
) -> None:
    context = open_context()
    traffic = Traffic(live_server.url)
    traffic.watch(context)
    page = context.new_page()
    page.goto("/", wait_until="networkidle")
    print(f"\nfirst page (cold cache): {traffic.total()} bytes in {len(traffic.urls)} requests")
    assert traffic.total() < FIRST_PAGE_BUDGET
    assert traffic.foreign() == []
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_class("skip")
    expect(skip).to_be_in_viewport()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_id("key")


def _weigh(page: Any, traffic: Traffic, path: str) -> int:
    traffic.reset()
    page.goto(path, wait_until="networkidle")
    assert traffic.foreign() == []
    return traffic.total()


def test_questionnaire_and_results_pages_stay_light(
    api: Api, member: Org, open_context: Any, live_server: LiveServer
) -> None:
    submitted = submit_rd_core(api, member)
    context = open_context(locale="es-ES")
    page = context.new_page()
    _sign_in(page, member.token, button="Entrar")
    paths = {
        "questionnaire page": _start_rd_core(page).removeprefix(live_server.url),
        "results page": f"/assessments/{submitted}/results",
    }
    weights = {}
    for name, path in paths.items():
        fresh = open_context(locale="es-ES")  # an empty cache, signed in with the same cookie
        fresh.add_cookies(context.cookies())
        traffic = Traffic(live_server.url)
        traffic.watch(fresh)
        fresh_page = fresh.new_page()
        weights[f"{name}, first visit"] = _weigh(fresh_page, traffic, path)
        weights[f"{name}, next visit"] = _weigh(fresh_page, traffic, path)
    print("\n" + "\n".join(f"{name}: {size:,} bytes" for name, size in weights.items()))
    assert max(weights.values()) < FIRST_PAGE_BUDGET


def test_with_javascript_questions_opened_by_an_answer_appear_at_once(
    api: Api, member: Org, open_context: Any
) -> None:
    page = open_context().new_page()
    _sign_in(page, member.token)
    page.goto("/dashboard")
    start = page.locator("form", has=page.locator('input[name="questionnaire"][value="example"]'))
    start.locator("button").last.click()
    expect(page).to_have_url(re.compile(r"/pages/context$"))
    expect(page.locator("#q-ctx-shelter")).to_have_count(0)
    page.get_by_label("Where people live or stay").check()
    expect(page).to_have_url(re.compile(r"/pages/context\?more=true$"))
    expect(page.locator("#q-ctx-shelter")).to_be_visible()
    expect(page.get_by_label("Where people live or stay")).to_be_checked()


def test_leaving_a_page_without_javascript_keeps_the_answers(
    api: Api, member: Org, open_context: Any, live_server: LiveServer
) -> None:
    page = open_context(java_script_enabled=False).new_page()
    _sign_in(page, member.token)
    context_page = _start_rd_core(page)
    page.get_by_label("LGBTQI+ people").check()
    page.locator("header").get_by_role("button", name="Español").click()
    expect(page).to_have_url(context_page)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_label("Personas LGBTQI+")).to_be_checked()
    migrants = page.get_by_label("Personas migrantes, refugiadas o desplazadas")
    migrants.check()
    page.locator("header").get_by_role("button", name="Inicio").click()
    expect(page).to_have_url(re.compile(r"/dashboard$"))
    page.goto(context_page)
    expect(migrants).to_be_checked()
    # Enter in a field saves and stays (it does not follow the first navigation button).
    migrants.press("Enter")
    expect(page).to_have_url(re.compile(r"/pages/context\?saved=true$"))


def test_the_save_bar_stays_in_view_while_answering(
    api: Api, member: Org, open_context: Any, live_server: LiveServer
) -> None:
    started = None
    for width in (1280, 375):
        context = open_context(viewport={"width": width, "height": 700})
        page = context.new_page()
        _sign_in(page, member.token)
        if started is None:
            started = _start_rd_core(page)
        else:
            page.goto(started)
        page.get_by_label("LGBTQI+ people").set_checked(width == 1280)
        expect(page.locator("[data-autosave-status]")).to_have_text("Saved.")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight / 3)")
        bar = page.locator("[data-savebar]").bounding_box()
        assert bar is not None and bar["y"] + bar["height"] <= 700 + 1, width
        assert page.locator("[data-savebar] button").first.is_visible()
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{width}px: the page scrolls sideways by {overflow}px"
        context.close()
