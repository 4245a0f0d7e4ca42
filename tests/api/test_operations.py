"""Operations: metrics, CORS, retention purge."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

import httpx
from sqlalchemy import update

from app.db.base import utcnow
from app.db.engine import Database
from app.maintenance import purge
from app.models import Assessment
from tests.support.api import Api, assert_problem
from tests.support.drafts import start
from tests.support.live import LiveServer


def test_metrics_count_requests_by_route_template_for_admins(api: Api) -> None:
    org = api.create_org()
    api.get(f"/v1/organisations/{org.id}", token=org.token)
    assert_problem(api.get("/metrics", token=org.token), 403)
    text = api.get("/metrics", token=api.admin_token).text
    assert 'route="/v1/organisations/{org_id}",status="200"' in text
    assert org.id not in text, "metrics never name a tenant"
    assert "rdsa_request_duration_seconds_bucket" in text


def test_cors_is_off_by_default_and_configurable(
    api: Api, start_server: Callable[..., LiveServer]
) -> None:
    origin = {"Origin": "https://partner.example", "Access-Control-Request-Method": "GET"}
    closed = api.request("OPTIONS", "/v1/questionnaires", headers=origin)
    assert "access-control-allow-origin" not in closed.headers
    server = start_server(cors_origins=["https://partner.example"])
    opened = httpx.options(f"{server.url}/v1/questionnaires", headers=origin)
    assert opened.headers["access-control-allow-origin"] == "https://partner.example"
    other = httpx.options(
        f"{server.url}/v1/questionnaires",
        headers={**origin, "Origin": "https://elsewhere.example"},
    )
    assert "access-control-allow-origin" not in other.headers


def test_purge_removes_abandoned_drafts_only(api: Api, app_db: Database) -> None:
    org = api.create_org()
    old, fresh = start(api, org), start(api, org)
    with app_db.write_transaction() as session:
        session.execute(
            update(Assessment)
            .where(Assessment.id == uuid.UUID(old.id))
            .values(updated_at=utcnow() - timedelta(days=200))
        )
    with app_db.write_transaction() as session:
        counted = purge(session, now=utcnow(), draft_days=180, idempotency_hours=24, dry_run=True)
    assert counted.drafts == 1
    assert old.get().status_code == 200
    with app_db.write_transaction() as session:
        assert purge(session, now=utcnow(), draft_days=180, idempotency_hours=24).drafts == 1
    assert_problem(old.get(), 404)
    assert fresh.get().status_code == 200
    with app_db.write_transaction() as session:
        assert purge(session, now=utcnow(), draft_days=0, idempotency_hours=24).drafts == 0
