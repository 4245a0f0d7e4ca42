"""Results, the printable report (web and API), follow-ups, and the data pages."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from tests.support.answers import best, complete, questionnaire, worst
from tests.support.api import Api, Org, assert_problem
from tests.web.conftest import Browser
from tests.web.forms import answer_all, page_form

SVG_STYLE = re.compile(r"<svg.*?</svg>", re.DOTALL)


def _submitted(api: Api, browser: Browser, choose: Any = worst) -> str:
    assessment = browser.start()
    answer_all(
        browser, assessment, complete(questionnaire(api.questionnaires, "rd-core", "1.1.0"), choose)
    )
    done = browser.form_post(
        f"/assessments/{assessment}/review", f"/assessments/{assessment}/submit", {}
    )
    assert done.status_code == 303
    return assessment


def test_results_page_shows_scores_map_issues_and_resources(api: Api, signed_in: Browser) -> None:
    assessment = _submitted(api, signed_in)
    page = signed_in.get(f"/assessments/{assessment}/results", headers={"Accept-Language": "es"})
    assert page.status_code == 200
    html = page.text
    assert '<html lang="es">' in html and "Mapa de problemas" in html
    assert 'aria-labelledby="map-title map-desc"' in html  # the issue map, inline
    assert 'aria-labelledby="scores-title scores-desc"' in html  # the score chart
    assert "<table>" in html and "Cobertura" in html  # the chart's numbers as a table
    assert "Por qué importa:" in html and "Primeros pasos:" in html
    assert "sev-critical" in html or "sev-high" in html
    assert "Recursos recomendados" in html and 'href="https://' in html
    for svg in SVG_STYLE.findall(html):
        assert "style=" not in svg and "<script" not in svg
    results = api.get(f"/v1/assessments/{assessment}/results?lang=es", token=None).status_code
    assert results == 401


def test_a_follow_up_is_prefilled_and_compared(api: Api, signed_in: Browser, member: Org) -> None:
    first = _submitted(api, signed_in, worst)
    dashboard = signed_in.get("/dashboard").text
    assert f'name="from" value="{first}"' in dashboard
    started = signed_in.form_post(
        "/dashboard", "/assessments", {"questionnaire": "rd-core", "from": first}
    )
    second = started.headers["location"].rsplit("/", 1)[-1]
    carried = api.get(f"/v1/assessments/{second}", token=member.token).json()
    assert carried["prefilled_from"] == first
    assert carried["progress"]["complete"], "the same version carries every answer over"
    answer_all(
        signed_in, second, complete(questionnaire(api.questionnaires, "rd-core", "1.1.0"), best)
    )
    signed_in.form_post(f"/assessments/{second}/review", f"/assessments/{second}/submit", {})
    html = signed_in.get(f"/assessments/{second}/results").text
    assert "Change since your last assessment" in html
    assert re.search(r"Issues resolved: [1-9]", html)
    assert re.search(r'class="num up">\+\d+<', html), "per-domain deltas"
    assert "Previous assessment" in html  # the marker legend in the chart


def test_report_is_the_same_self_contained_document_on_the_web_and_the_api(
    api: Api, signed_in: Browser, member: Org
) -> None:
    assessment = _submitted(api, signed_in)
    web = signed_in.get(f"/assessments/{assessment}/report")
    through_api = api.get(f"/v1/assessments/{assessment}/report?lang=en", token=member.token)
    for response in (web, through_api):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/html")
        csp = response.headers["content-security-policy"]
        assert "style-src 'sha256-" in csp and "script-src" not in csp
        assert "<style>" in response.text and "<link" not in response.text
        assert (
            "Colectivo Lila" in response.text
            and 'aria-labelledby="map-title map-desc"' in response.text
        )
    assert through_api.text.split("<footer>")[0] == web.text.split("<footer>")[0]


def test_the_report_is_dated_in_the_organisations_zone_and_language(
    api: Api, signed_in: Browser, member: Org
) -> None:
    assessment = _submitted(api, signed_in)
    zone = {"time_zone": "America/Bogota"}
    assert api.patch(f"/v1/organisations/{member.id}", token=member.token, json=zone).is_success
    report = api.get(f"/v1/assessments/{assessment}/report?lang=es", token=member.token).text
    footer = report.split("<footer>")[1]
    assert re.search(r"Generado el \d{1,2} [a-z]{3,4}\.? \d{4} a las \d\d:\d\d", footer)
    assert "(America/Bogota)" in footer and "UTC" not in footer
    assert not re.search(r"\d{4}-\d\d-\d\d", report.split("<footer>")[0]), "no ISO dates"


def test_report_through_the_api_is_logged_for_admins_and_refused_for_drafts(
    api: Api, signed_in: Browser, member: Org
) -> None:
    assessment = _submitted(api, signed_in)
    french = api.get(
        f"/v1/assessments/{assessment}/report",
        token=api.admin_token,
        headers={"Accept-Language": "fr"},
    )
    assert french.status_code == 200 and '<html lang="fr">' in french.text
    log = api.get(f"/v1/organisations/{member.id}/access-log", token=member.token).json()
    assert log["items"][0]["action"] == "read report"  # newest first
    draft = signed_in.start()
    assert_problem(api.get(f"/v1/assessments/{draft}/report", token=member.token), 409)
    assert (
        signed_in.get(f"/assessments/{draft}/report").headers["location"] == f"/assessments/{draft}"
    )


def test_export_downloads_everything_as_json(api: Api, signed_in: Browser, member: Org) -> None:
    assessment = _submitted(api, signed_in)
    response = signed_in.get("/data/export")
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith('attachment; filename="rdsa-export-')
    document = response.json()
    assert document["organisation"]["name"] == "Colectivo Lila"
    assert [a["id"] for a in document["assessments"]] == [assessment]
    assert member.token not in response.text


def test_access_log_lists_outside_reads_in_the_chosen_language(
    api: Api, signed_in: Browser, member: Org
) -> None:
    before = signed_in.get("/data/access-log").text
    assert "issued a member key" in before  # the admin created this organisation's key
    assert "read your organisation" not in before
    api.get(f"/v1/organisations/{member.id}", token=api.admin_token)
    signed_in.get("/language/es")
    html = signed_in.get("/data/access-log").text
    assert "leyó los datos de su organización" in html and "administración" in html
    assert "RDSA_BOOTSTRAP_ADMIN_TOKEN" not in html, "roles in words, not configuration names"
    assert "la administración del servicio (clave de instalación)" in html
    assert re.search(
        r"<time datetime=\"\d{4}-\d\d-\d\dT[^\"]+\">\d{1,2} [a-z]{3,4}\.? \d{4}, \d\d:\d\d \(UTC\)",
        html,
    ), "dates in the language's CLDR form"


def test_times_are_shown_in_the_organisations_time_zone(
    api: Api, signed_in: Browser, member: Org
) -> None:
    refused = signed_in.form_post("/data", "/data/time-zone", {"time_zone": "Mars/Olympus"})
    assert refused.status_code == 422 and "not a time zone name" in refused.text
    assert 'value="Mars/Olympus"' in refused.text, "what was typed is kept"
    assert (
        api.get(f"/v1/organisations/{member.id}", token=member.token).json()["time_zone"] == "UTC"
    )
    saved = signed_in.form_post("/data", "/data/time-zone", {"time_zone": " Asia/Kolkata "})
    assert saved.status_code == 303
    assert "now shown in Asia/Kolkata" in signed_in.get(saved.headers["location"]).text
    api.get(f"/v1/organisations/{member.id}", token=api.admin_token)
    log = api.get(f"/v1/organisations/{member.id}/access-log", token=member.token).json()
    read = datetime.fromisoformat(log["items"][0]["at"].replace("Z", "+00:00"))
    local = read.astimezone(ZoneInfo("Asia/Kolkata"))  # UTC+05:30: the minutes move too
    html = signed_in.get("/data/access-log").text
    assert f"{local:%H:%M} (Asia/Kolkata)" in html
    assert f"{read.astimezone(UTC):%H:%M} (UTC)" not in html


def test_erase_needs_the_organisations_name(api: Api, signed_in: Browser, member: Org) -> None:
    wrong = signed_in.form_post("/data/erase", "/data/erase", {"confirm": "Colectivo"})
    assert wrong.status_code == 422 and "does not match" in wrong.text
    assert api.get(f"/v1/organisations/{member.id}", token=api.admin_token).status_code == 200
    erased = signed_in.form_post("/data/erase", "/data/erase", {"confirm": "  colectivo   LILA "})
    assert erased.status_code == 303 and erased.headers["location"] == "/?erased=1"
    assert api.get(f"/v1/organisations/{member.id}", token=api.admin_token).status_code == 404
    assert signed_in.get("/dashboard").status_code == 303, "the session went with the key"


def test_erase_explains_when_only_the_accents_differ(api: Api, browser_factory: Any) -> None:
    org = api.create_org("Colectiva Mariposa Azúl")
    browser: Browser = browser_factory()
    browser.sign_in(org.token)
    page = browser.get("/data/erase").text
    assert "Capitals and spaces do not matter; accents do." in page
    plain = browser.form_post("/data/erase", "/data/erase", {"confirm": "colectiva mariposa azul"})
    assert plain.status_code == 422 and "except for its accents" in plain.text
    other = browser.form_post("/data/erase", "/data/erase", {"confirm": "Otra cosa"})
    assert (
        "does not match" in other.text
        and "accents" not in other.text.split('role="alert"')[1][:200]
    )
    assert api.get(f"/v1/organisations/{org.id}", token=api.admin_token).status_code == 200
    done = browser.form_post("/data/erase", "/data/erase", {"confirm": "COLECTIVA  mariposa AZÚL"})
    assert done.status_code == 303


def test_static_files_are_cached_by_hash_and_compressed(signed_in: Browser) -> None:
    html = signed_in.get("/dashboard").text
    css = re.search(r'href="(/static/site\.css\?v=[0-9a-f]+)"', html)
    assert css
    response = signed_in.get(css.group(1), headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < 3000
    etag = response.headers["etag"]
    assert signed_in.get(css.group(1), headers={"If-None-Match": etag}).status_code == 304
    assert signed_in.get("/static/nothing.css").status_code == 404


def test_a_follow_up_across_versions_asks_to_check_carried_answers(
    api: Api, signed_in: Browser, member: Org
) -> None:
    created = api.post(
        f"/v1/organisations/{member.id}/assessments",
        token=member.token,
        json={"questionnaire": "example", "version": "1.0.0"},
    ).json()
    answers = complete(questionnaire(api.questionnaires, "example", "1.0.0"), best)
    api.patch(
        f"/v1/assessments/{created['id']}/answers", token=member.token, json={"answers": answers}
    )
    assert api.post(f"/v1/assessments/{created['id']}/submit", token=member.token).is_success
    started = signed_in.form_post(
        "/dashboard", "/assessments", {"questionnaire": "example", "from": created["id"]}
    )
    follow_up = started.headers["location"].rsplit("/", 1)[-1]
    before = api.get(f"/v1/assessments/{follow_up}", token=member.token).json()
    to_check = before["needs_review"]
    assert to_check, "1.0.0 → 1.1.0 maps answers that should be checked"
    review = signed_in.get(f"/assessments/{follow_up}/review").text
    assert "Answers to check" in review
    link = re.search(rf'href="(/assessments/{follow_up}/pages/[a-z-]+)#q-{to_check[0]}"', review)
    assert link, review
    page = signed_in.get(link.group(1)).text
    assert "Carried over from your last assessment" in page
    signed_in.post(link.group(1), page_form(page, {}, go="save"))
    after = api.get(f"/v1/assessments/{follow_up}", token=member.token).json()
    assert to_check[0] not in after["needs_review"], "saving the page confirms what it showed"
    assert after["answers"] == before["answers"], "the carried answers themselves are kept"
