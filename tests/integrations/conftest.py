"""Fixtures for integration tests: a server of their own whose webhook worker runs only
when a test says so, a real HTTP receiver, and shortcuts for hooks and submissions.

The server uses its own database (per backend), so the shared test server's worker
never touches the deliveries these tests make.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.auth.service import ensure_bootstrap_admin
from app.db.engine import Database
from app.db.migrate import upgrade_to_head
from app.main import create_app
from app.questionnaire.model import Questionnaire
from app.webhooks.worker import DeliveryWorker
from tests.conftest import ADMIN_TOKEN, settings_for
from tests.integrations.receiver import Receiver
from tests.support import databases
from tests.support.answers import Chooser, best, complete, questionnaire
from tests.support.api import Api, Org
from tests.support.live import LiveServer

HOOK_SETTINGS: dict[str, Any] = {
    "webhook_worker": "off",
    "webhook_allow_insecure_localhost": True,
    "webhook_retry_schedule": (10, 60, 300),
    "webhook_timeout_seconds": 1.0,
}


@pytest.fixture(scope="session")
def hooks_database_url(backend: str, make_database_url: Callable[[str, str], str]) -> str:
    url = make_database_url(backend, "hooks")
    upgrade_to_head(url)
    return url


@pytest.fixture(scope="session")
def hooks_server(hooks_database_url: str, questionnaires_dir: Path) -> Iterator[LiveServer]:
    settings = settings_for(hooks_database_url, questionnaires_dir, **HOOK_SETTINGS)
    server = LiveServer(create_app(settings)).start()
    yield server
    server.stop()


@dataclass
class Hooks:
    """The integration server, its database and worker, and an Api speaking to it."""

    api: Api
    server: LiveServer
    db: Database

    @property
    def worker(self) -> DeliveryWorker:
        worker: DeliveryWorker = self.server.app.state.webhook_worker
        return worker

    def org_hook(self, org: Org, url: str, events: tuple[str, ...] = ("assessment.submitted",)):
        response = self.api.post(
            f"/v1/organisations/{org.id}/webhooks",
            token=org.token,
            json={"url": url, "events": list(events)},
        )
        assert response.status_code == 201, response.text
        return response.json()

    def submit(self, org: Org, choose: Chooser = best) -> str:
        answers = _answers(self.api.questionnaires, choose)
        created = self.api.post(
            f"/v1/organisations/{org.id}/assessments",
            token=org.token,
            json={"questionnaire": "example", "version": "1.0.0"},
        )
        assessment_id = str(created.json()["id"])
        patched = self.api.patch(
            f"/v1/assessments/{assessment_id}/answers", token=org.token, json={"answers": answers}
        )
        assert patched.status_code == 200, patched.text
        submitted = self.api.post(f"/v1/assessments/{assessment_id}/submit", token=org.token)
        assert submitted.status_code == 200, submitted.text
        return assessment_id


@functools.cache
def example(root: Path, version: str = "1.0.0") -> Questionnaire:
    """The example questionnaire, loaded once per test session."""
    return questionnaire(root, "example", version)


@functools.cache
def _answers(root: Path, choose: Chooser) -> dict[str, Any]:
    return complete(example(root), choose=choose)


@pytest.fixture
def hooks(hooks_server: LiveServer, questionnaires_dir: Path) -> Iterator[Hooks]:
    db: Database = hooks_server.app.state.db
    databases.delete_tenant_rows(db)
    with db.write_transaction() as session:
        ensure_bootstrap_admin(session, ADMIN_TOKEN)
    with httpx.Client(base_url=hooks_server.url, timeout=30) as client:
        api = Api(client, admin_token=ADMIN_TOKEN, questionnaires=questionnaires_dir)
        yield Hooks(api=api, server=hooks_server, db=db)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    started = Receiver().start()
    yield started
    started.stop()
