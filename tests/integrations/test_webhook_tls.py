"""https deliveries: sent to the checked address, verified against the URL's host name."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest
import trustme

from app.webhooks.sender import DeliveryPolicy, Sender
from app.webhooks.worker import DeliveryWorker
from tests.integrations.conftest import Hooks
from tests.integrations.receiver import Receiver

POLICY = DeliveryPolicy(schedule=(10,), timeout_seconds=2, allow_insecure_localhost=True)


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


def _tls_receiver(authority: trustme.CA, name: str) -> Receiver:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert(name).configure_cert(context)
    return Receiver(tls=context).start()


@pytest.fixture
def worker(hooks: Hooks, authority: trustme.CA) -> Iterator[DeliveryWorker]:
    trusted = ssl.create_default_context()
    authority.configure_trust(trusted)
    started = DeliveryWorker(hooks.db, POLICY, sender=Sender(POLICY, verify=trusted))
    yield started
    started.close()


def _attempts(hooks: Hooks, org_id: str, hook_id: str, token: str) -> list[dict[str, object]]:
    path = f"/v1/organisations/{org_id}/webhooks/{hook_id}/deliveries"
    attempts: list[dict[str, object]] = hooks.api.get(path, token=token).json()["items"][0][
        "attempts"
    ]
    return attempts


def test_https_delivery_checks_the_certificate_of_the_host_name(
    hooks: Hooks, worker: DeliveryWorker, authority: trustme.CA
) -> None:
    receiver = _tls_receiver(authority, "localhost")
    try:
        org = hooks.api.create_org()
        hook = hooks.org_hook(org, receiver.url)
        hooks.submit(org)
        assert worker.run_once() == 1
        [request] = receiver.wait_for(1)
        assert request.headers["host"] == receiver.url.split("/")[2]
        assert _attempts(hooks, org.id, hook["id"], org.token)[0]["status_code"] == 200
    finally:
        receiver.stop()


def test_a_certificate_for_another_name_is_refused(
    hooks: Hooks, worker: DeliveryWorker, authority: trustme.CA
) -> None:
    receiver = _tls_receiver(authority, "elsewhere.example")
    try:
        org = hooks.api.create_org()
        hook = hooks.org_hook(org, receiver.url)
        hooks.submit(org)
        worker.run_once()
        assert receiver.requests == []
        [attempt] = _attempts(hooks, org.id, hook["id"], org.token)
        assert attempt["status_code"] is None
        assert "CERTIFICATE_VERIFY_FAILED" in str(attempt["error"])
    finally:
        receiver.stop()
