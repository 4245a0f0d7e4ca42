"""Sign-in, sessions, sign-out, CSRF and language: plain HTTP against the live server."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from app.db.base import utcnow
from app.db.engine import Database
from app.models import WebSession
from app.web.templating import PAGE_CSP
from tests.support.api import Api, Org, bearer
from tests.web.conftest import Browser, csrf_of


def test_sign_in_page_is_small_strict_and_self_contained(browser_factory: Any) -> None:
    browser: Browser = browser_factory()
    page = browser.get("/", headers={"Accept-Language": "fr-CA,fr;q=0.9"})
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == PAGE_CSP
    assert page.headers["cache-control"] == "no-store"
    assert '<html lang="fr">' in page.text
    assert 'href="#main"' in page.text  # skip link
    assert 'type="password" id="key" name="key"' in page.text
    assert "http://" not in page.text and "https://" not in page.text
    assert "style=" not in page.text and "<script>" not in page.text
    assert "rdsa_signin" in page.cookies


def test_signing_in_sets_a_hashed_http_only_session(
    browser_factory: Any, member: Org, app_db: Database
) -> None:
    browser: Browser = browser_factory()
    response = browser.sign_in(member.token)
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard"
    cookie = response.headers["set-cookie"]
    assert "rdsa_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http here; see the https test
    session_id = browser.client.cookies["rdsa_session"]
    assert member.token not in cookie and session_id != member.token
    with app_db.reads() as session:
        stored = session.scalars(select(WebSession.id_hash)).all()
    assert len(stored) == 1 and session_id not in stored[0] and len(stored[0]) == 64
    dashboard = browser.get("/dashboard")
    assert dashboard.status_code == 200 and "Colectivo Lila" in dashboard.text


def test_signing_in_again_replaces_the_old_session(
    signed_in: Browser, member: Org, app_db: Database
) -> None:
    old = signed_in.client.cookies["rdsa_session"]
    with app_db.write_transaction() as session:  # idle for a while: not yet purged
        session.execute(update(WebSession).values(expires_at=utcnow() + timedelta(seconds=1)))
        session.execute(update(WebSession).values(created_at=utcnow() - timedelta(days=8)))
    assert signed_in.sign_in(member.token).status_code == 303
    assert signed_in.client.cookies["rdsa_session"] != old
    with app_db.reads() as session:
        assert len(session.scalars(select(WebSession)).all()) == 1


def test_session_cookie_is_secure_behind_https(browser_factory: Any, member: Org) -> None:
    browser: Browser = browser_factory()
    token = csrf_of(browser.get("/").text)
    response = browser.post(
        "/sign-in",
        {"csrf": token, "key": member.token},
        headers={"X-Forwarded-Proto": "https"},
    )
    assert response.status_code == 303
    assert "Secure" in response.headers["set-cookie"]


def test_wrong_key_is_refused_and_counts_as_a_failed_sign_in(
    api: Api, start_server: Any, browser_factory: Any, member: Org
) -> None:
    server = start_server(auth_failures_per_minute=3)
    browser: Browser = browser_factory()
    browser.client.base_url = server.url
    for n in range(3):
        token = csrf_of(browser.get("/").text)
        refused = browser.post("/sign-in", {"csrf": token, "key": f"rdsa_wrong{n}"})
        assert refused.status_code == 422
        assert "not valid" in refused.text
    token = csrf_of(browser.get("/").text)
    blocked = browser.post("/sign-in", {"csrf": token, "key": "rdsa_wrong3"})
    assert blocked.status_code == 429 and "rdsa_session" not in browser.client.cookies
    # the same limiter guards the API: web failures count there too
    assert api.client.get(f"{server.url}/v1/me", headers=bearer("rdsa_x")).status_code == 429
    # but a key that works still signs in, and still works on the API
    token = csrf_of(browser.get("/").text)
    signed_in = browser.post("/sign-in", {"csrf": token, "key": member.token})
    assert signed_in.status_code == 303 and "rdsa_session" in browser.client.cookies
    assert api.client.get(f"{server.url}/v1/me", headers=member.headers).status_code == 200


def test_sign_in_form_needs_its_token(browser_factory: Any, member: Org) -> None:
    browser: Browser = browser_factory()
    browser.get("/")
    refused = browser.post("/sign-in", {"csrf": "forged", "key": member.token})
    assert refused.status_code == 403
    assert "rdsa_session" not in browser.client.cookies


def test_pages_need_a_session(browser_factory: Any) -> None:
    browser: Browser = browser_factory()
    response = browser.get("/dashboard")
    assert response.status_code == 303
    assert response.headers["location"] == "/?next=/dashboard"
    posted = browser.post("/assessments", {"questionnaire": "rd-core"})
    assert posted.status_code == 303 and posted.headers["location"] == "/"


def test_every_post_checks_the_csrf_token(
    signed_in: Browser, browser_factory: Any, api: Api
) -> None:
    for token in (None, "", "x" * 88, csrf_of(signed_in.get("/dashboard").text)[:-4] + "AAAA"):
        data = {"questionnaire": "rd-core"} | ({"csrf": token} if token is not None else {})
        refused = signed_in.post("/assessments", data)
        assert refused.status_code == 403, token
        assert "expired or came from another site" in refused.text
    other: Browser = browser_factory()
    other.sign_in(api.create_org("Other").token)
    foreign = csrf_of(other.get("/dashboard").text)
    assert (
        signed_in.post("/assessments", {"csrf": foreign, "questionnaire": "rd-core"}).status_code
        == 403
    )
    assert signed_in.post("/sign-out", {}).status_code == 403
    assert signed_in.get("/dashboard").status_code == 200, "a refused sign-out ends nothing"


def test_tokens_are_masked_differently_on_every_page(signed_in: Browser) -> None:
    first = csrf_of(signed_in.get("/dashboard").text)
    second = csrf_of(signed_in.get("/dashboard").text)
    assert first != second
    for token in (first, second):
        response = signed_in.post("/assessments", {"csrf": token, "questionnaire": "rd-core"})
        assert response.status_code == 303


def test_sign_out_deletes_the_session(signed_in: Browser, app_db: Database) -> None:
    cookie = signed_in.client.cookies["rdsa_session"]
    response = signed_in.form_post("/dashboard", "/sign-out", {})
    assert response.status_code == 303 and response.headers["location"] == "/"
    with app_db.reads() as session:
        assert session.scalars(select(WebSession)).all() == []
    signed_in.client.cookies.set("rdsa_session", cookie)
    assert signed_in.get("/dashboard").status_code == 303


def test_revoking_the_key_ends_its_sessions(api: Api, signed_in: Browser, member: Org) -> None:
    me = api.get("/v1/me", token=member.token).json()
    revoked = api.delete(
        f"/v1/organisations/{member.id}/keys/{me['key_id']}", token=api.admin_token
    )
    assert revoked.status_code == 204
    assert signed_in.get("/dashboard").status_code == 303


def test_idle_sessions_expire(signed_in: Browser, app_db: Database) -> None:
    with app_db.write_transaction() as session:
        session.execute(update(WebSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert signed_in.get("/dashboard").status_code == 303


def test_use_pushes_the_idle_expiry_forward(signed_in: Browser, app_db: Database) -> None:
    soon = utcnow() + timedelta(hours=1)
    with app_db.write_transaction() as session:
        session.execute(update(WebSession).values(expires_at=soon))
    assert signed_in.get("/dashboard").status_code == 200
    with app_db.reads() as session:
        expires = session.scalars(select(WebSession.expires_at)).one()
    assert expires > soon + timedelta(hours=10)


def test_language_choice_is_remembered_and_redirects_stay_local(browser_factory: Any) -> None:
    browser: Browser = browser_factory()
    chosen = browser.get("/language/pt", params={"next": "/?next=/dashboard"})
    assert chosen.status_code == 303 and chosen.headers["location"] == "/?next=/dashboard"
    assert "rdsa_lang=pt" in chosen.headers["set-cookie"]
    page = browser.get("/", headers={"Accept-Language": "es"})
    assert '<html lang="pt">' in page.text and "Chave de acesso" in page.text
    for target in ("//evil.example", "https://evil.example", "/\\evil.example"):
        away = browser.get("/language/es", params={"next": target})
        assert away.headers["location"] == "/", target
    assert browser.get("/language/xx").status_code == 404


def test_staff_keys_sign_in_but_organisation_pages_are_for_members(
    api: Api, browser_factory: Any
) -> None:
    browser: Browser = browser_factory()
    assert browser.sign_in(api.service_key("facilitator")).status_code == 303
    home = browser.get("/dashboard")
    assert home.status_code == 200 and "facilitator key" in home.text
    assert 'href="/facilitator"' in home.text, "the cohort pages' nav entry"
    assert browser.get("/data").status_code == 403


def test_web_pages_are_not_in_the_openapi_document(api: Api) -> None:
    paths = api.get("/openapi.json").json()["paths"]
    api_prefixes = ("/v1/", "/healthz", "/readyz", "/metrics", "/problems")
    assert not [p for p in paths if not p.startswith(api_prefixes)]
