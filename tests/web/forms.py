"""Answer questionnaire pages the way a browser without JavaScript does."""

from __future__ import annotations

import html as markup
import re
from typing import Any

import httpx

from tests.web.conftest import Browser, csrf_of

SHOWN = re.compile(r'name="shown" value="([^"]*)"')
CHECKED = re.compile(r'<input type="(?:radio|checkbox)" name="(a:[^"]+)" value="([^"]*)" checked>')
TEXTAREA = re.compile(r'<textarea[^>]* name="([ac]:[^"]+)"[^>]*>([^<]*)</textarea>')


def shown_on(html: str) -> list[str]:
    found = SHOWN.search(html)
    assert found, "not a questionnaire page"
    return found.group(1).split()


def encode(answer: dict[str, Any]) -> list[str] | str:
    if answer.get("unsure"):
        return "__unsure"
    if answer.get("not_applicable"):
        return "__na"
    value = answer["value"]
    return [str(v) for v in value] if isinstance(value, list) else str(value)


def _as_sent(html: str) -> dict[str, Any]:
    """The fields a browser sends for the page as it is: checked choices, text boxes."""
    fields: dict[str, Any] = {}
    for name, value in CHECKED.findall(html):
        fields.setdefault(name, []).append(markup.unescape(value))
    for name, text in TEXTAREA.findall(html):
        if text:
            fields[name] = markup.unescape(text)
    return fields


def page_form(html: str, answers: dict[str, Any], go: str = "next") -> dict[str, Any]:
    """The page's form as a browser would send it, with ``answers`` chosen on top."""
    shown = shown_on(html)
    data: dict[str, Any] = {"csrf": csrf_of(html), "shown": " ".join(shown), "go": go}
    data |= _as_sent(html)
    for question_id in shown:
        if question_id in answers:
            data[f"a:{question_id}"] = encode(answers[question_id])
    return data


def save_page(
    browser: Browser, path: str, answers: dict[str, Any], go: str = "next"
) -> httpx.Response:
    page = browser.get(path)
    assert page.status_code == 200, page.text
    return browser.post(path, page_form(page.text, answers, go))


def answer_all(browser: Browser, assessment_id: str, answers: dict[str, Any]) -> None:
    """Walk every page from the first, saving ``answers``, until the review page."""
    path = f"/assessments/{assessment_id}/pages/context"
    while "/pages/" in path:
        response = save_page(browser, path, answers)
        assert response.status_code == 303, response.text
        path = response.headers["location"]
    assert path == f"/assessments/{assessment_id}/review"
