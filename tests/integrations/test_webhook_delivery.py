"""Deliveries against a real receiver: signatures, retries, the log, restarts, failures."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app.cli import main
from app.client import SignatureError, verify_signature
from app.db.base import utcnow
from app.main import create_app
from app.models import WebhookDelivery
from app.webhooks import repository
from app.webhooks.sender import DeliveryPolicy
from app.webhooks.worker import DeliveryWorker
from tests.conftest import ADMIN_TOKEN, settings_for
from tests.integrations.conftest import HOOK_SETTINGS, Hooks
from tests.integrations.receiver import Receiver, Reply
from tests.support.answers import worst
from tests.support.api import Api
from tests.support.live import LiveServer

EVENT_DATA_KEYS = {
    "assessment_id",
    "organisation_id",
    "questionnaire",
    "submitted_at",
    "overall",
    "issues",
    "links",
}


def _deliveries(hooks: Hooks, org_id: str, hook_id: str, token: str) -> list[dict[str, object]]:
    response = hooks.api.get(
        f"/v1/organisations/{org_id}/webhooks/{hook_id}/deliveries", token=token
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, object]] = response.json()["items"]
    return items


def test_submit_is_delivered_signed_and_without_answers(hooks: Hooks, receiver: Receiver) -> None:
    org = hooks.api.create_org()
    hook = hooks.org_hook(org, receiver.url)
    assessment_id = hooks.submit(org, choose=worst)
    assert hooks.worker.run_once() == 1

    [request] = receiver.wait_for(1)
    assert request.path == "/hooks/rdsa"
    assert request.headers["rdsa-event"] == "assessment.submitted"
    assert request.headers["content-type"] == "application/json"
    signed_at = verify_signature(hook["secret"], request.body, request.headers["rdsa-signature"])
    assert abs(signed_at - time.time()) < 60
    event = json.loads(request.body)
    assert event["type"] == "assessment.submitted"
    data = event["data"]
    assert data["assessment_id"] == assessment_id
    assert data["organisation_id"] == org.id
    assert data["questionnaire"] == {"slug": "example", "version": "1.0.0"}
    results = hooks.api.get(f"/v1/assessments/{assessment_id}/results", token=org.token).json()
    assert data["overall"] == {
        "score": results["overall"]["score"],
        "stage": results["overall"]["stage"],
    }
    assert data["issues"] == [{"id": i["id"], "severity": i["severity"]} for i in results["issues"]]
    assert data["issues"], "worst answers fire issues"
    assert set(data) == EVENT_DATA_KEYS, "ids, scores and issue ids only: no answers"
    assert data["links"]["results"] == f"/v1/assessments/{assessment_id}/results"

    [delivery] = _deliveries(hooks, org.id, hook["id"], org.token)
    assert delivery["id"] == request.headers["rdsa-delivery"]
    assert delivery["event_id"] == event["id"]
    assert delivery["status"] == "delivered"
    [attempt] = delivery["attempts"]  # type: ignore[misc]
    assert attempt["status_code"] == 200 and attempt["error"] is None
    assert attempt["duration_ms"] >= 0


def test_signature_fails_for_other_secret_body_or_age(hooks: Hooks, receiver: Receiver) -> None:
    org = hooks.api.create_org()
    hook = hooks.org_hook(org, receiver.url)
    hooks.submit(org)
    hooks.worker.run_once()
    [request] = receiver.wait_for(1)
    header = request.headers["rdsa-signature"]
    with pytest.raises(SignatureError, match="does not match"):
        verify_signature("whsec_other", request.body, header)
    with pytest.raises(SignatureError, match="does not match"):
        verify_signature(hook["secret"], request.body + b" ", header)
    with pytest.raises(SignatureError, match="old"):
        verify_signature(hook["secret"], request.body, header, now=time.time() + 301)
    with pytest.raises(SignatureError, match="t="):
        verify_signature(hook["secret"], request.body, "v1=abc")


def test_retries_follow_the_backoff_schedule_then_give_up(hooks: Hooks, receiver: Receiver) -> None:
    """Schedule (10, 60, 300): four attempts in all, each only once its delay has passed."""
    org = hooks.api.create_org()
    hook = hooks.org_hook(org, receiver.url)
    receiver.default = Reply(500)
    hooks.submit(org)
    start = utcnow()
    assert hooks.worker.run_once(now=start) == 1
    for delay in (10, 60, 300):
        start += timedelta(seconds=delay)
        assert hooks.worker.run_once(now=start - timedelta(seconds=1)) == 0, "sent too early"
        assert hooks.worker.run_once(now=start) == 1
    assert hooks.worker.run_once(now=start + timedelta(days=1)) == 0
    assert len(receiver.requests) == 4
    [delivery] = _deliveries(hooks, org.id, hook["id"], org.token)
    assert delivery["status"] == "failed"
    assert [a["status_code"] for a in delivery["attempts"]] == [500, 500, 500, 500]  # type: ignore[attr-defined]
    assert delivery["next_attempt_at"] is None and delivery["finished_at"]
    assert len({r.headers["rdsa-delivery"] for r in receiver.requests}) == 1


def test_a_500_then_200_is_delivered_on_the_retry(hooks: Hooks, receiver: Receiver) -> None:
    org = hooks.api.create_org()
    hook = hooks.org_hook(org, receiver.url)
    receiver.answer(500)
    hooks.submit(org)
    start = utcnow()
    hooks.worker.run_once(now=start)
    hooks.worker.run_once(now=start + timedelta(seconds=10))
    [delivery] = _deliveries(hooks, org.id, hook["id"], org.token)
    assert delivery["status"] == "delivered"
    assert [a["status_code"] for a in delivery["attempts"]] == [500, 200]  # type: ignore[attr-defined]
    first, second = receiver.wait_for(2)
    assert first.body == second.body


def test_redirects_are_not_followed(hooks: Hooks, receiver: Receiver) -> None:
    org = hooks.api.create_org()
    hook = hooks.org_hook(org, receiver.url)
    receiver.answer(Reply(302, headers={"Location": receiver.url + "/elsewhere"}))
    hooks.submit(org)
    hooks.worker.run_once()
    time.sleep(0.2)
    assert [r.path for r in receiver.requests] == ["/hooks/rdsa"]
    [delivery] = _deliveries(hooks, org.id, hook["id"], org.token)
    assert delivery["status"] == "pending"
    assert delivery["attempts"][0]["status_code"] == 302  # type: ignore[index]


def test_slow_receivers_time_out(hooks: Hooks, receiver: Receiver) -> None:
    org = hooks.api.create_org()
    hook = hooks.org_hook(org, receiver.url)
    receiver.answer(Reply(200, delay=2.5))
    hooks.submit(org)
    started = time.monotonic()
    hooks.worker.run_once()
    assert time.monotonic() - started < 2.4
    [attempt] = _deliveries(hooks, org.id, hook["id"], org.token)[0]["attempts"]  # type: ignore[misc]
    assert attempt["status_code"] is None
    assert "timed out" in attempt["error"]


def test_a_receiver_that_is_down_never_breaks_a_submit(hooks: Hooks, receiver: Receiver) -> None:
    org = hooks.api.create_org()
    url = receiver.url
    hook = hooks.org_hook(org, url)
    receiver.stop()
    hooks.submit(org)  # asserts 200
    hooks.worker.run_once()
    [delivery] = _deliveries(hooks, org.id, hook["id"], org.token)
    assert delivery["status"] == "pending"
    assert delivery["attempts"][0]["error"]  # type: ignore[index]


def test_pending_delivery_survives_a_restart(
    hooks: Hooks, receiver: Receiver, hooks_database_url: str, questionnaires_dir: Path
) -> None:
    def server(worker: str) -> LiveServer:
        overrides = {**HOOK_SETTINGS, "webhook_worker": worker, "webhook_poll_seconds": 0.1}
        return LiveServer(
            create_app(settings_for(hooks_database_url, questionnaires_dir, **overrides))
        ).start()

    org = hooks.api.create_org()
    hook = hooks.org_hook(org, receiver.url)
    first = server("on")
    first.app.state.webhook_worker.stop()
    with httpx.Client(base_url=first.url) as client:
        submitted = Api(client, admin_token=ADMIN_TOKEN, questionnaires=hooks.api.questionnaires)
        Hooks(submitted, first, hooks.db).submit(org)
    first.stop()
    time.sleep(0.3)
    assert receiver.requests == [], "the stopped worker sent nothing"

    second = server("on")
    try:
        [request] = receiver.wait_for(1, timeout=15)
    finally:
        second.stop()
    assert not second.app.state.webhook_worker.running, "the lifespan stops the worker"
    verify_signature(hook["secret"], request.body, request.headers["rdsa-signature"])


def test_a_worker_that_died_mid_send_is_taken_over_after_its_lease(
    hooks: Hooks, receiver: Receiver
) -> None:
    org = hooks.api.create_org()
    hooks.org_hook(org, receiver.url)
    hooks.submit(org)
    now = utcnow()
    lease = timedelta(seconds=60)
    with hooks.db.write_transaction() as session:  # claimed, then the worker "crashed"
        assert len(repository.claim_due(session, now, limit=10, lease_until=now + lease)) == 1
    assert hooks.worker.run_once(now=now + timedelta(seconds=59)) == 0
    assert hooks.worker.run_once(now=now + lease) == 1
    assert len(receiver.wait_for(1)) == 1


def test_several_workers_never_send_one_delivery_twice(hooks: Hooks, receiver: Receiver) -> None:
    org = hooks.api.create_org()
    hooks.org_hook(org, receiver.url)
    hooks.org_hook(org, receiver.url)
    for _ in range(5):
        hooks.submit(org)
    policy = DeliveryPolicy(
        schedule=(10,), timeout_seconds=2, allow_insecure_localhost=True, batch_size=3
    )
    workers = [DeliveryWorker(hooks.db, policy) for _ in range(3)]
    barrier = threading.Barrier(len(workers))

    def drain(worker: DeliveryWorker) -> None:
        barrier.wait()
        while worker.run_once() > 0:
            pass

    threads = [threading.Thread(target=drain, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for worker in workers:
        worker.close()
    ids = [r.headers["rdsa-delivery"] for r in receiver.wait_for(10)]
    assert len(ids) == len(set(ids)) == 10
    with hooks.db.engine.connect() as conn:
        statuses = conn.execute(
            select(WebhookDelivery.status, func.count()).group_by(WebhookDelivery.status)
        ).all()
    assert dict(statuses) == {"delivered": 10}


def test_the_command_line_sends_due_deliveries_once(
    hooks: Hooks,
    receiver: Receiver,
    hooks_database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    org = hooks.api.create_org()
    hooks.org_hook(org, receiver.url)
    hooks.submit(org)
    monkeypatch.setenv("RDSA_DATABASE_URL", hooks_database_url)
    monkeypatch.setenv("RDSA_WEBHOOK_ALLOW_INSECURE_LOCALHOST", "true")
    assert main(["deliver-webhooks", "--once"]) == 0
    assert "sent 1 webhook" in capsys.readouterr().out
    assert len(receiver.wait_for(1)) == 1


def test_a_delivery_refused_for_its_address_is_not_retried(hooks: Hooks) -> None:
    org = hooks.api.create_org()
    hook = hooks.org_hook(org, "https://hooks.receiver.invalid/in")  # never resolves
    hooks.submit(org)
    start = utcnow()
    assert hooks.worker.run_once(now=start) == 1
    assert hooks.worker.run_once(now=start + timedelta(days=1)) == 0
    [delivery] = _deliveries(hooks, org.id, hook["id"], org.token)
    assert delivery["status"] == "failed"
    [attempt] = delivery["attempts"]  # type: ignore[misc]
    assert attempt["status_code"] is None
    assert "public internet address" in attempt["error"]
    assert "resolve" not in attempt["error"]
