"""Facilitator pages over HTTP, as a browser without JavaScript: cohorts (create, rotate,
delete), who may see what, and the summary page with its CSV."""

from __future__ import annotations

import csv
import html as markup
import io
import re
from typing import Any

from tests.cohorts.helpers import answers, create_cohort, join, populate, submit
from tests.support.answers import worst
from tests.support.api import Api
from tests.web.conftest import Browser, csrf_of

CODE = re.compile(r"data-join-code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})<")
MIX = re.compile(r'data-sev="(\w+)"><span[^>]*>[^<]*</span> <span[^>]*>([^<]*)</span>')
SVG = re.compile(r"<svg.*?</svg>", re.DOTALL)


def _staff(browser_factory: Any, token: str) -> Browser:
    browser: Browser = browser_factory()
    assert browser.sign_in(token).status_code == 303
    return browser


def _create(browser: Browser, name: str) -> tuple[str, str]:
    page = browser.form_post("/facilitator", "/facilitator/cohorts", {"name": name})
    assert page.status_code == 201, page.text
    code = CODE.search(page.text)
    assert code, "the join code is shown once, after creation"
    cohort_id = re.search(r'href="/facilitator/cohorts/([0-9a-f-]{36})"', page.text)
    assert cohort_id
    return cohort_id.group(1), code.group(1)


def test_a_facilitator_creates_a_cohort_and_sees_its_code_once(
    api: Api, browser_factory: Any
) -> None:
    facilitator = _staff(browser_factory, api.service_key("facilitator"))
    home = facilitator.get("/facilitator")
    assert home.status_code == 200 and "Create a cohort" in home.text
    assert 'href="/facilitator" aria-current="page"' in home.text  # the nav entry
    cohort_id, code = _create(facilitator, "Círculo de datos")
    created = facilitator.get("/facilitator").text
    assert "Copy it now" not in created and code not in created
    org = api.create_org("Joiner")
    typed = code.lower().replace("-", " ")
    joined = api.post("/v1/cohorts/join", token=org.token, json={"join_code": typed})
    assert joined.status_code == 201
    listed = facilitator.get("/facilitator").text
    assert "Círculo de datos" in listed and '<td class="num">1</td>' in listed
    page = facilitator.get(f"/facilitator/cohorts/{cohort_id}").text
    assert code[-4:] in page and code not in page  # only the hint, later


def test_a_cohort_needs_a_name_and_a_fresh_form(api: Api, browser_factory: Any) -> None:
    facilitator = _staff(browser_factory, api.service_key("facilitator"))
    empty = facilitator.form_post("/facilitator", "/facilitator/cohorts", {"name": "  "})
    assert empty.status_code == 422 and 'aria-invalid="true"' in empty.text
    forged = facilitator.post("/facilitator/cohorts", {"name": "No token"})
    assert forged.status_code == 403
    assert api.get("/v1/cohorts", token=api.admin_token).json()["total"] == 0


def test_rotating_and_deleting_ask_first(api: Api, browser_factory: Any) -> None:
    facilitator = _staff(browser_factory, api.service_key("facilitator"))
    cohort_id, old_code = _create(facilitator, "Rotating")
    base = f"/facilitator/cohorts/{cohort_id}"
    confirm = facilitator.get(f"{base}/rotate")
    assert confirm.status_code == 200 and "Make a new code" in confirm.text
    rotated = facilitator.post(f"{base}/rotate", {"csrf": csrf_of(confirm.text)})
    assert rotated.status_code == 200
    new_code = CODE.search(rotated.text)
    assert new_code and new_code.group(1) != old_code
    org = api.create_org("Late")
    old = api.post("/v1/cohorts/join", token=org.token, json={"join_code": old_code})
    assert old.status_code == 404
    new = api.post("/v1/cohorts/join", token=org.token, json={"join_code": new_code.group(1)})
    assert new.status_code == 201
    ask = facilitator.get(f"{base}/delete")
    assert "cannot be undone" in ask.text
    deleted = facilitator.post(f"{base}/delete", {"csrf": csrf_of(ask.text)})
    assert deleted.status_code == 303 and deleted.headers["location"] == "/facilitator?deleted=1"
    assert facilitator.get(base).status_code == 404
    assert api.get(f"/v1/organisations/{org.id}/cohorts", token=org.token).json() == []


def test_only_the_owner_and_admins_reach_a_cohort(api: Api, browser_factory: Any) -> None:
    owner = create_cohort(api, name="Owned")
    other = _staff(browser_factory, api.service_key("facilitator"))
    base = f"/facilitator/cohorts/{owner.id}"
    for path in (base, f"{base}/summary", f"{base}/summary.csv", f"{base}/rotate"):
        assert other.get(path).status_code == 404, path
    token = csrf_of(other.get("/facilitator").text)
    assert other.post(f"{base}/delete", {"csrf": token}).status_code == 404
    assert "Owned" not in other.get("/facilitator").text
    admin = _staff(browser_factory, api.admin_token)
    assert "Owned" in admin.get("/facilitator").text
    assert 'href="/facilitator"' in admin.get("/dashboard").text  # admins get the nav entry
    member = _staff(browser_factory, api.create_org().token)
    assert member.get("/facilitator").status_code == 403
    assert member.get(base).status_code == 403
    assert 'href="/facilitator"' not in member.get("/dashboard").text


def _cells(html: str) -> str:
    return markup.unescape(re.sub(r"<[^>]+>", " ", html))


def test_a_small_cohort_shows_counts_only_and_never_a_hidden_number(
    api: Api, browser_factory: Any
) -> None:
    cohort = create_cohort(api, name="Small")
    populate(api, cohort, 3)
    facilitator = _staff(browser_factory, cohort.facilitator)
    page = facilitator.get(f"/facilitator/cohorts/{cohort.id}/summary")
    assert page.status_code == 200
    assert "Counts only" in page.text and "Figures need at least 5" in page.text
    submitted = re.search(r"submitted this questionnaire</dt><dd>(.*?)</dd>", page.text)
    assert submitted and _cells(submitted.group(1)).strip() == "<5"
    assert 'id="issues"' not in page.text and "<svg" not in page.text
    download = facilitator.get(f"/facilitator/cohorts/{cohort.id}/summary.csv")
    assert download.headers["content-type"].startswith("text/csv")
    rows = {r["measure"]: r["value"] for r in csv.DictReader(io.StringIO(download.text))}
    assert rows["submitted"] == "<5" and rows["members"] == "3"


def _large_cohort(api: Api) -> Any:
    cohort = create_cohort(api, name="Large")

    def given(i: int) -> dict[str, Any]:
        if i < 4:
            return answers(api, worst)
        return answers(api, sec_retention="never")

    orgs = populate(api, cohort, 6, answers_for=given)
    shared = api.create_org("Sharing Collective")
    join(api, cohort, shared, "results")
    submit(api, shared, answers(api))
    return cohort, orgs


def test_a_large_cohort_shows_quartiles_issues_and_shared_results(
    api: Api, browser_factory: Any
) -> None:
    cohort, orgs = _large_cohort(api)
    facilitator = _staff(browser_factory, cohort.facilitator)
    page = facilitator.get(f"/facilitator/cohorts/{cohort.id}/summary?questionnaire=example")
    assert page.status_code == 200, page.text
    html = page.text
    assert "Current figures" in html
    charts = SVG.findall(html)
    assert len(charts) == 1 and 'aria-labelledby="quartiles-title quartiles-desc"' in charts[0]
    assert "style=" not in charts[0] and "<rect" in charts[0]
    assert "Lower quartile" in html and "Median" in html and "Minimum" not in html
    assert "data-issues" in html and "Sharing Collective" in html
    body = api.get(
        f"/v1/cohorts/{cohort.id}/summary", token=cohort.facilitator, params={"lang": "en"}
    ).json()
    issues = body["figures"]["issues"]
    assert issues and body["status"] == "current"
    hidden = [item for item in issues if item["organisations"]["suppressed"]]
    if hidden:  # suppressed rows are one line, not a row each
        words = "issue affects" if len(hidden) == 1 else "issues affect"
        assert f"{len(hidden)} more {words} fewer than 5" in html
    for item in issues:  # every cell of every shown issue row is its display string, in order
        if item["organisations"]["suppressed"]:
            continue
        row = re.search(rf"<th scope=\"row\">{re.escape(item['title'])}</th>(.*?)</tr>", html, re.S)
        assert row, item["title"]
        shown = _cells(row.group(1)).split()
        assert shown[:2] == [item["organisations"]["display"], item["share"]["display"]]
        mix = dict(MIX.findall(row.group(1)))
        if item["severity_mix"] is None:
            assert mix == {}
        else:
            assert mix == {s: markup.escape(c["display"]) for s, c in item["severity_mix"].items()}
    log = api.get(f"/v1/organisations/{orgs[0].id}/access-log", token=orgs[0].token).json()
    summary_views = [e for e in log["items"] if e["action"].startswith("cohort summary")]
    assert len(summary_views) == 2, "one entry per view (the page and the API call)"


def test_the_summary_speaks_the_interface_language(api: Api, browser_factory: Any) -> None:
    cohort, _ = _large_cohort(api)
    facilitator = _staff(browser_factory, cohort.facilitator)
    page = facilitator.get(
        f"/facilitator/cohorts/{cohort.id}/summary", headers={"Accept-Language": "es"}
    )
    assert '<html lang="es">' in page.text and "Cifras actuales" in page.text
    assert 'value="es" lang="es" selected' in page.text
    chosen = facilitator.get(f"/facilitator/cohorts/{cohort.id}/summary?lang=en").text
    assert 'value="en" lang="en" selected' in chosen
    csv_link = re.search(r'href="(/facilitator/cohorts/[^"]+summary\.csv\?[^"]+)"', chosen)
    assert csv_link
    download = facilitator.get(markup.unescape(csv_link.group(1)))
    assert download.status_code == 200 and download.headers["content-language"] == "en"
    unknown = facilitator.get(f"/facilitator/cohorts/{cohort.id}/summary?questionnaire=nope")
    assert unknown.status_code == 422


def test_summary_figures_are_said_in_the_page_language(api: Api, browser_factory: Any) -> None:
    cohort, _ = _large_cohort(api)
    facilitator = _staff(browser_factory, cohort.facilitator)
    body = api.get(
        f"/v1/cohorts/{cohort.id}/summary", token=cohort.facilitator, params={"lang": "es"}
    ).json()
    shown = [
        cell["display"]
        for domain in body["figures"]["domains"]
        for cell in (domain["q1"], domain["median"], domain["q3"])
        if not cell["suppressed"] and "." in cell["display"]
    ]
    assert shown, "the cohort has decimal figures to show"
    page = facilitator.get(
        f"/facilitator/cohorts/{cohort.id}/summary", headers={"Accept-Language": "es"}
    ).text
    cells = re.findall(r'<span class="(?:shown|suppressed)">([^<]*)</span>', page)
    assert "withheld" not in cells
    assert shown[0].replace(".", ",") in cells and shown[0] not in cells
    assert "«retenida»" in page  # the explanation names the word the page uses
    english = facilitator.get(f"/facilitator/cohorts/{cohort.id}/summary?lang=en").text
    assert shown[0] in re.findall(r'<span class="(?:shown|suppressed)">([^<]*)</span>', english)


def test_figures_held_back_after_a_small_change_say_so_with_their_date(
    api: Api, browser_factory: Any
) -> None:
    cohort, _ = _large_cohort(api)
    facilitator = _staff(browser_factory, cohort.facilitator)
    path = f"/facilitator/cohorts/{cohort.id}/summary"
    assert "Current figures" in facilitator.get(path).text
    late = api.create_org("Late joiner")
    join(api, cohort, late)
    submit(api, late, answers(api, worst))
    page = facilitator.get(path, headers={"Accept-Language": "fr"}).text
    assert "Chiffres antérieurs (maintenus)" in page
    assert re.search(r"publiés le \d{1,2} [a-zéû]+\.? \d{4}", page), "a CLDR date"
    assert "New figures come once" not in page  # the explanation is in French


def test_a_cohort_of_ten_collapses_hidden_rows_and_says_what_is_needed(
    api: Api, browser_factory: Any
) -> None:
    cohort = create_cohort(api, name="Ten")
    populate(api, cohort, 3)
    facilitator = _staff(browser_factory, cohort.facilitator)
    waiting = facilitator.get(f"/facilitator/cohorts/{cohort.id}/summary").text
    assert "2 more submissions by organisations sharing group figures only" in waiting
    populate(api, cohort, 3, prefix="More", answers_for=lambda i: answers(api, worst))
    sharers = populate(
        api, cohort, 4, prefix="Sharing", sharing=lambda i: "issues" if i % 2 else "results"
    )
    assert len(sharers) == 4
    page = facilitator.get(f"/facilitator/cohorts/{cohort.id}/summary").text
    assert "data-needed" not in page
    assert "data-topics" in page and "Topics" in page
    found = re.search(r"<p data-collapsed>([^<]+)</p>", page)
    assert found and "affect fewer than 5 organisations each" in markup.unescape(found.group(1))
    issues_table = page.split("<table data-issues>", 1)[1].split("</table>", 1)[0]
    assert "&lt;5" not in issues_table and "<5" not in _cells(issues_table)
    assert "Exact figures, named" in page
    assert "Shares its issue and strength titles only" in page
