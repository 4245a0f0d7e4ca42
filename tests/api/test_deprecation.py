"""Deprecated operations announce themselves: `deprecated: true` in /openapi.json and the
Deprecation, Sunset and Link headers on every answer, problems included (issue 21)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.db.migrate import upgrade_to_head
from app.deprecation import deprecated, deprecation_of
from app.errors import NotFound
from app.main import create_app
from app.routes import api_routes
from tests.conftest import settings_for
from tests.support.live import LiveServer

SINCE = date(2027, 1, 4)
SUNSET = date(2027, 7, 5)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, questionnaires_dir: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('deprecation') / 'rdsa.db'}"
    upgrade_to_head(url)
    app: FastAPI = create_app(settings_for(url, questionnaires_dir))

    # A route of the real app, marked the way a router would mark one.
    @app.get(
        "/v1/old-thing/{name}",
        **deprecated(since=SINCE, sunset=SUNSET, successor="/v1/new-thing"),
    )
    def old_thing(name: str) -> dict[str, str]:
        if name == "missing":
            raise NotFound("There is no such thing")
        return {"name": name}

    live = LiveServer(app).start()
    yield live.url
    live.stop()


def _check_headers(response: httpx.Response) -> None:
    assert (
        response.headers["deprecation"] == f"@{int(datetime(2027, 1, 4, tzinfo=UTC).timestamp())}"
    )
    assert parsedate_to_datetime(response.headers["sunset"]) == datetime(2027, 7, 5, tzinfo=UTC)
    assert response.headers["link"] == '</v1/new-thing>; rel="successor-version"'


def test_a_deprecated_operation_sends_deprecation_and_sunset(server: str) -> None:
    ok = httpx.get(f"{server}/v1/old-thing/a")
    assert ok.status_code == 200 and ok.json() == {"name": "a"}
    _check_headers(ok)
    problem = httpx.get(f"{server}/v1/old-thing/missing")
    assert problem.status_code == 404
    assert problem.headers["content-type"] == "application/problem+json"
    _check_headers(problem)


def test_other_operations_send_no_deprecation_headers(server: str) -> None:
    response = httpx.get(f"{server}/healthz")
    assert response.status_code == 200
    assert "deprecation" not in response.headers and "sunset" not in response.headers


def test_the_document_marks_the_operation_deprecated(server: str) -> None:
    operation = httpx.get(f"{server}/openapi.json").json()["paths"]["/v1/old-thing/{name}"]["get"]
    assert operation["deprecated"] is True
    assert operation["x-deprecation"] == {
        "since": "2027-01-04",
        "sunset": "2027-07-05",
        "successor": "/v1/new-thing",
    }


def test_a_sunset_less_than_six_months_away_is_refused() -> None:
    with pytest.raises(ValueError, match="sunset"):
        deprecated(since=SUNSET, sunset=SINCE)
    with pytest.raises(ValueError, match="182 days"):
        deprecated(since=SINCE, sunset=date(2027, 7, 1))


def test_every_deprecated_route_uses_the_marker() -> None:
    # A bare deprecated=True would say nothing about when the operation goes away.
    bare = [r.path for r in api_routes() if r.deprecated and deprecation_of(r) is None]
    assert not bare, f"deprecated without a sunset: {bare}; use app.deprecation.deprecated()"
