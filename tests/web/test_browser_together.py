"""Working together, in a real headless chromium: a facilitator's cohorts and summaries
(small and suppressed, large and full, the CSV), a team of two answering privately and
closing the round, and an action plan ticked off on the dashboard."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from app.questionnaire.model import ContextQuestion, Question, QuestionType
from tests.cohorts.helpers import CohortInfo, join
from tests.support.answers import Chooser
from tests.support.api import Api, Org
from tests.support.live import LiveServer
from tests.web.browsing import Traffic, sign_in, submit_rd_core

pytestmark = pytest.mark.browser
PAGE_BUDGET = 100_000


def _shot(page: Any, shots: Path | None, name: str, anchor: str | None = None) -> None:
    if shots is None:
        return
    if anchor is not None:
        page.locator(anchor).evaluate("element => element.scrollIntoView()")
        page.evaluate("window.scrollBy(0, -20)")
    page.screenshot(path=str(shots / f"{name}.png"))


def _create_cohort(page: Any, name: str, facilitator: str) -> CohortInfo:
    page.goto("/facilitator")
    page.get_by_label("Nombre de la cohorte").fill(name)
    page.get_by_role("button", name="Crear la cohorte").click()
    expect(page.get_by_text("Cópienlo ahora.")).to_be_visible()
    code = page.locator("[data-join-code]").inner_text()
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", code)
    page.get_by_role("link", name="Ya lo copié").click()
    cohort_id = page.url.rstrip("/").rsplit("/", 1)[-1]
    return CohortInfo(id=cohort_id, join_code=code, facilitator=facilitator)


def _varied(seed: int) -> Chooser:
    """A different, repeatable answer set per organisation: option by seed and question."""

    def choose(question: Question | ContextQuestion) -> dict[str, Any] | None:
        if question.type is QuestionType.TEXT:
            return {"value": "Una nota."}
        options = [o for o in question.options if not o.exclusive] or list(question.options)
        value = options[(seed + sum(map(ord, question.id))) % len(options)].value
        return {"value": [value] if question.type is QuestionType.MULTI_CHOICE else value}

    return choose


def _members(api: Api, cohort: CohortInfo, count: int, prefix: str) -> None:
    """Organisations that join (the last one sharing its results) and submit rd-core."""
    for i in range(count):
        org = api.create_org(f"{prefix} {i + 1}")
        join(api, cohort, org, "results" if i == count - 1 else "aggregate")
        submit_rd_core(api, org, _varied(i))


def _weigh_summary(context: Any, open_context: Any, live_server: LiveServer, path: str) -> int:
    fresh = open_context(locale="es-ES")
    fresh.add_cookies(context.cookies())
    traffic = Traffic(live_server.url)
    traffic.watch(fresh)
    page = fresh.new_page()
    response = page.goto(path, wait_until="networkidle")
    html_bytes = len(response.body()) if response else 0
    print(
        f"\nfacilitator summary: HTML {html_bytes:,} bytes; {traffic.total():,} bytes on the wire"
    )
    assert traffic.foreign() == []
    return traffic.total()


def test_a_facilitator_reads_small_and_large_cohorts_in_spanish(
    api: Api, open_context: Any, live_server: LiveServer, screenshots: Path | None
) -> None:
    facilitator = api.service_key("facilitator", label="Marta")
    context = open_context(locale="es-ES")
    page = context.new_page()
    sign_in(page, facilitator, button="Entrar")
    page.get_by_role("navigation", name="Principal").get_by_role("link", name="Cohortes").click()
    expect(page).to_have_url(re.compile(r"/facilitator$"))

    small = _create_cohort(page, "Círculo pequeño", facilitator)
    _members(api, small, 3, "Pequeña")
    page.get_by_role("link", name="Ver el resumen").first.click()
    expect(page.locator(".badge.status-counts_only")).to_have_text("Solo conteos")
    submitted = page.locator("dt", has_text="enviaron este cuestionario").locator(
        "xpath=following-sibling::dd[1]"
    )
    expect(submitted).to_have_text("<5")
    expect(page.locator("main svg")).to_have_count(0)
    expect(page.locator("#issues")).to_have_count(0)

    large = _create_cohort(page, "Círculo grande", facilitator)
    _members(api, large, 6, "Grande")
    page.goto(f"/facilitator/cohorts/{large.id}/summary")
    expect(page.locator(".badge.status-current")).to_have_text("Cifras actuales")
    chart = page.locator('svg[aria-labelledby="quartiles-title quartiles-desc"]')
    expect(chart).to_be_visible()
    expect(chart.locator("title")).to_have_text("Puntuaciones por dominio en la cohorte")
    rows = page.locator("table[data-issues] tbody tr")
    assert rows.count() >= 1
    expect(rows.first.locator("td").first).to_have_text("1")  # ranked by share
    hidden = page.locator(".suppressed").all_inner_texts()
    assert set(hidden) <= {"<5", "retenida"}
    # issues too rare to show are one line, never a row of "<5" each
    expect(page.locator("[data-collapsed]").first).to_contain_text("afecta")
    expect(page.get_by_role("heading", name="Grande 6")).to_be_visible()  # shares results
    _shot(page, screenshots, "facilitator-summary", "#domains")

    with page.expect_download() as download:
        page.get_by_role("link", name="Descargar en CSV").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert text.startswith("section,id,title,measure,value") and "domain,power," in text
    path = f"/facilitator/cohorts/{large.id}/summary"
    assert _weigh_summary(context, open_context, live_server, path) < PAGE_BUDGET


def _answer_every_page(page: Any, choose: dict[str, str] | None = None) -> None:
    """Without JavaScript: answer each page's questions (first option unless ``choose``
    names another), save and continue until the review page."""
    choose = choose or {}
    while "/pages/" in page.url:
        questions = page.locator("fieldset.question")
        for index in range(questions.count()):
            question = questions.nth(index)
            question_id = (question.get_attribute("id") or "").removeprefix("q-")
            if question_id in choose:
                question.locator(f'input[value="{choose[question_id]}"]').check()
            elif question.locator("textarea[name^='a:']").count():
                question.locator("textarea[name^='a:']").fill("Una nota.")
            elif not question.locator("input:checked").count():
                question.locator('input[name^="a:"]:not([value^="__"])').first.check()
        page.get_by_role("button", name=re.compile(r"^Guardar y (seguir|revisar)$")).click()
    expect(page).to_have_url(re.compile(r"/review$"))


def _issue_colleague_key(page: Any, label: str) -> str:
    page.goto("/data")
    page.get_by_role("link", name="Claves del equipo").click()
    page.get_by_label("¿Para quién es?").fill(label)
    page.get_by_role("button", name="Dar la clave").click()
    return str(page.locator("[data-new-key]").inner_text())


def test_a_team_of_two_answers_privately_and_discusses_in_spanish(
    api: Api, member: Org, open_context: Any, screenshots: Path | None
) -> None:
    coordinator = api.post(
        f"/v1/organisations/{member.id}/keys", token=member.token, json={"label": "Rosa"}
    ).json()["token"]
    first = open_context(locale="es-ES", java_script_enabled=False).new_page()
    sign_in(first, coordinator, button="Entrar")
    colleague_key = _issue_colleague_key(first, "Ana, equipo de campo")
    first.goto("/dashboard")
    start = first.locator("form", has=first.locator('input[value="rd-core"]'))
    start.locator("button").last.click()
    assessment = first.url.split("/assessments/")[1].split("/")[0]
    first.goto("/dashboard")
    first.get_by_role("link", name="Responder en equipo").click()
    expect(first.get_by_label("La respuesta más prudente")).to_be_checked()
    first.get_by_role("button", name="Abrir al equipo").click()
    expect(first.get_by_text("La ronda está abierta.")).to_be_visible()
    first.get_by_role("link", name="Seguir respondiendo").click()
    expect(first.locator("[data-respondent]")).to_contain_text("nadie más ve sus respuestas")
    _answer_every_page(first)

    second = open_context(locale="es-ES", java_script_enabled=False).new_page()
    sign_in(second, colleague_key, button="Entrar")
    second.goto(f"/assessments/{assessment}")
    expect(second.locator("[data-respondent]")).to_contain_text("Ana, equipo de campo")
    expect(second.locator("fieldset.question input:checked")).to_have_count(0)
    _answer_every_page(
        second,
        {"power-purpose": "rarely", "power-benefit": "__unsure", "power-visibility": "sometimes"},
    )

    first.goto(f"/assessments/{assessment}/team")
    expect(first.locator("tbody tr")).to_have_count(2)
    discussion = first.locator("section.discussion", has_text="dejan por escrito para qué")
    expect(discussion.locator("li")).to_have_count(2)
    expect(discussion.locator("li").first).to_contain_text("1 persona")
    expect(discussion).not_to_contain_text("Ana")
    expect(first.locator("section.discussion")).to_have_count(3)
    _shot(first, screenshots, "team-discussion", "#respondents")
    first.get_by_role("link", name="Cerrar la ronda…").click()
    first.get_by_role("button", name="Cerrar y combinar").click()
    expect(first.get_by_text("La ronda está cerrada")).to_be_visible()
    first.get_by_role("link", name="Revisar y enviar").click()
    first.get_by_role("button", name="Enviar y ver resultados").click()
    expect(first).to_have_url(re.compile(r"/results$"))
    expect(first.locator("#team")).to_have_text("Respondida en equipo")
    expect(first.get_by_text("Respondieron 2 personas.")).to_be_visible()


def test_a_member_makes_a_plan_from_the_results_and_ticks_a_step(
    api: Api, member: Org, open_context: Any
) -> None:
    assessment = submit_rd_core(api, member)
    page = open_context().new_page()
    sign_in(page, member.token)
    page.goto(f"/assessments/{assessment}/results")
    first_issue = page.locator("article.issue").first
    title = first_issue.locator("h3").inner_text()
    first_issue.get_by_role("button", name=re.compile("^Make a plan for this issue")).click()
    expect(page).to_have_url(re.compile(r"/plans/[0-9a-f-]{36}$"))
    expect(page.locator("h1")).to_contain_text(title.split(" ", 1)[1])
    progress = page.locator("[data-plan-progress]")
    expect(progress).to_contain_text(re.compile(r"^0 of \d+ done"))
    total = re.search(r"of (\d+) done", progress.inner_text())
    assert total
    step = page.locator("ol.plan-steps > li").first
    step.get_by_label("Done").check()
    step.get_by_role("button", name="Save the step").click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    expect(page.locator("[data-plan-progress]")).to_contain_text(f"1 of {total.group(1)} done")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Home").click()
    card = page.locator("#plans + ul.cards > li").first
    expect(card).to_contain_text(f"1 of {total.group(1)} done")
    expect(card.locator("progress")).to_have_attribute("value", "1")
