"""Fixtures for the web client: a cookie-keeping HTTP client and a headless chromium."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.api import Api, Org
from tests.support.live import LiveServer
from tests.web.a11y import axe_path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1000, "height": 800}
CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF_FIELD.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


@dataclass
class Browser:
    """A person's browser without JavaScript: cookies, forms, redirects by hand."""

    client: httpx.Client

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.client.get(path, **kwargs)

    def post(self, path: str, data: dict[str, Any], **kwargs: Any) -> httpx.Response:
        return self.client.post(path, data=data, **kwargs)

    def form_post(self, page: str, action: str, data: dict[str, Any]) -> httpx.Response:
        """Load ``page`` for its CSRF token, then post ``data`` to ``action``."""
        token = csrf_of(self.get(page).text)
        return self.post(action, {"csrf": token, **data})

    def sign_in(self, key: str) -> httpx.Response:
        token = csrf_of(self.get("/").text)
        return self.post("/sign-in", {"csrf": token, "key": key, "next": "/dashboard"})

    def start(self, questionnaire: str = "rd-core") -> str:
        response = self.form_post("/dashboard", "/assessments", {"questionnaire": questionnaire})
        assert response.status_code == 303, response.text
        created = self.get(response.headers["location"])
        assert created.status_code == 303
        match = re.match(r"/assessments/([0-9a-f-]{36})/", created.headers["location"])
        assert match, created.headers["location"]
        return match.group(1)


@pytest.fixture
def browser_factory(api: Api, live_server: LiveServer) -> Iterator[Any]:
    clients: list[httpx.Client] = []

    def make() -> Browser:
        client = httpx.Client(base_url=live_server.url, timeout=30, follow_redirects=False)
        clients.append(client)
        return Browser(client)

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def member(api: Api) -> Org:
    return api.create_org("Colectivo Lila")


@pytest.fixture
def signed_in(browser_factory: Any, member: Org) -> Browser:
    browser: Browser = browser_factory()
    assert browser.sign_in(member.token).status_code == 303
    return browser


# ----------------------------------------------------------------------------- chromium


def _chromium_or_skip() -> str:
    if CHROMIUM.exists():
        return str(CHROMIUM)
    message = (
        f"browser tests need Debian's chromium at {CHROMIUM} "
        "(`make test` installs it when running as root: apt-get install -y chromium)"
    )
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    executable = _chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def open_context(chromium: Any, live_server: LiveServer) -> Iterator[Any]:
    """New browser contexts (cookies, cache) on the live server, closed after the test.
    Each has axe-core loaded (``tests.web.a11y``)."""
    contexts: list[Any] = []
    axe = axe_path()

    def open_(**options: Any) -> Any:
        context = chromium.new_context(
            **{"viewport": VIEWPORT, "locale": "en-GB", **options}, base_url=live_server.url
        )
        context.add_init_script(path=str(axe))
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def screenshots() -> Path | None:
    """Where to save screenshots (``WEB_SCREENSHOTS=docs/screenshots``), if anywhere."""
    target = os.environ.get("WEB_SCREENSHOTS")
    if not target:
        return None
    path = Path(target)
    path.mkdir(parents=True, exist_ok=True)
    return path
