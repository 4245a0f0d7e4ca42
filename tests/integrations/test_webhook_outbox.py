"""The outbox: events exist exactly when their change commits; cohort events coalesce."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.assessments import service as assessments
from app.client import verify_signature
from app.models import Assessment, WebhookDelivery
from app.webhooks.events import cohort_summary_changed
from tests.integrations.conftest import Hooks, example
from tests.integrations.receiver import Receiver
from tests.support.answers import complete


def _pending(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(WebhookDelivery)) or 0)


def test_a_rolled_back_submit_leaves_no_event(hooks: Hooks, receiver: Receiver) -> None:
    org = hooks.api.create_org()
    hooks.org_hook(org, receiver.url)
    created = hooks.api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "example", "version": "1.0.0"},
    ).json()
    answers = complete(example(hooks.api.questionnaires))
    hooks.api.patch(
        f"/v1/assessments/{created['id']}/answers", token=org.token, json={"answers": answers}
    )
    registry = hooks.server.app.state.registry
    with hooks.db.writes() as session:
        assessment = session.get(Assessment, uuid.UUID(created["id"]))
        assert assessment is not None
        assessments.submit(session, assessment, registry)
        assert _pending(session) == 1, "the event is written in the submit's transaction"
        session.rollback()
    with hooks.db.reads() as session:
        assert _pending(session) == 0
    assert (
        hooks.api.get(f"/v1/assessments/{created['id']}", token=org.token).json()["status"]
        == "draft"
    )

    submitted = hooks.api.post(f"/v1/assessments/{created['id']}/submit", token=org.token)
    assert submitted.status_code == 200
    with hooks.db.reads() as session:
        assert _pending(session) == 1


def test_a_replayed_submit_sends_one_event(hooks: Hooks, receiver: Receiver) -> None:
    org = hooks.api.create_org()
    hooks.org_hook(org, receiver.url)
    created = hooks.api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "example", "version": "1.0.0"},
    ).json()
    answers = complete(example(hooks.api.questionnaires))
    path = f"/v1/assessments/{created['id']}"
    hooks.api.patch(f"{path}/answers", token=org.token, json={"answers": answers})
    for _ in range(2):
        response = hooks.api.post(
            f"{path}/submit", token=org.token, headers={"Idempotency-Key": "once"}
        )
        assert response.status_code == 200
    assert hooks.worker.run_once() == 1
    assert len(receiver.wait_for(1)) == 1


def _staff_hook(hooks: Hooks, token: str, url: str) -> dict[str, str]:
    response = hooks.api.post(
        "/v1/webhooks", token=token, json={"url": url, "events": ["cohort.summary_changed"]}
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def _key_id(hooks: Hooks, token: str) -> uuid.UUID:
    return uuid.UUID(hooks.api.get("/v1/me", token=token).json()["key_id"])


def test_cohort_summary_changed_reaches_the_facilitators_hooks(
    hooks: Hooks, receiver: Receiver
) -> None:
    facilitator, other = hooks.api.service_key("facilitator"), hooks.api.service_key()
    hook = _staff_hook(hooks, facilitator, receiver.url)
    _staff_hook(hooks, other, receiver.url)
    cohort = uuid.uuid4()
    with hooks.db.write_transaction() as session:
        assert cohort_summary_changed(session, cohort, _key_id(hooks, facilitator)) == 1
        # a second change before the first was sent coalesces into it
        assert cohort_summary_changed(session, cohort, _key_id(hooks, facilitator)) == 0
        assert cohort_summary_changed(session, uuid.uuid4(), _key_id(hooks, facilitator)) == 1
    assert hooks.worker.run_once() == 2

    requests = receiver.wait_for(2)
    events = [json.loads(r.body) for r in requests]
    assert {e["type"] for e in events} == {"cohort.summary_changed"}
    mine = next(e for e in events if e["data"]["cohort_id"] == str(cohort))
    assert mine["data"]["links"]["summary"] == f"/v1/cohorts/{cohort}/summary"
    for request in requests:
        verify_signature(hook["secret"], request.body, request.headers["rdsa-signature"])
    log = hooks.api.get(f"/v1/webhooks/{hook['id']}/deliveries", token=facilitator).json()
    assert log["total"] == 2
    assert {d["status"] for d in log["items"]} == {"delivered"}

    with hooks.db.write_transaction() as session:
        assert cohort_summary_changed(session, cohort, _key_id(hooks, facilitator)) == 1


def test_a_revoked_key_gets_no_more_events(hooks: Hooks, receiver: Receiver) -> None:
    created = hooks.api.post("/v1/keys", token=hooks.api.admin_token, json={"role": "facilitator"})
    key = created.json()
    _staff_hook(hooks, key["token"], receiver.url)
    with hooks.db.write_transaction() as session:
        assert cohort_summary_changed(session, uuid.uuid4(), uuid.UUID(key["id"])) == 1
    hooks.api.delete(f"/v1/keys/{key['id']}", token=hooks.api.admin_token)
    with hooks.db.write_transaction() as session:
        assert cohort_summary_changed(session, uuid.uuid4(), uuid.UUID(key["id"])) == 0
    assert hooks.worker.run_once() == 1
    assert receiver.requests == [], "the queued event is not sent once the key is revoked"
    with hooks.db.reads() as session:
        statuses = session.scalars(select(WebhookDelivery.status)).all()
    assert statuses == ["failed"]
