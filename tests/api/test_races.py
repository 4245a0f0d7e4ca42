"""Check-then-insert rules hold under real parallel requests (most telling on PostgreSQL,
where writers do not queue behind one lock as they do on SQLite)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from app.webhooks.service import MAX_HOOKS_PER_OWNER
from tests.cohorts.helpers import create_cohort
from tests.support.answers import complete, questionnaire, worst
from tests.support.api import Api, Org, assert_problem, bearer
from tests.support.drafts import start

PARALLEL = 8
HOOK = {"url": "https://hooks.receiver.invalid/rdsa", "events": ["assessment.submitted"]}


def _together(api: Api, count: int, send: Callable[[httpx.Client], httpx.Response]) -> list[Any]:
    """Send ``count`` requests at once, each on its own connection."""
    barrier = threading.Barrier(count)
    base = str(api.client.base_url)

    def one(_: int) -> httpx.Response:
        with httpx.Client(base_url=base, timeout=60) as client:
            client.get("/healthz")  # open the connection before the race starts
            barrier.wait()
            return send(client)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(one, range(count)))


def _statuses(responses: list[httpx.Response]) -> list[int]:
    return sorted(r.status_code for r in responses)


def test_facilitator_issues_only_the_first_key_even_in_parallel(api: Api) -> None:
    facilitator = api.service_key("facilitator")
    created = api.post("/v1/organisations", token=facilitator, json={"name": "Parallel"})
    org_id = created.json()["id"]
    responses = _together(
        api,
        PARALLEL,
        lambda c: c.post(f"/v1/organisations/{org_id}/keys", headers=bearer(facilitator), json={}),
    )
    assert _statuses(responses) == [201] + [403] * (PARALLEL - 1), [r.text for r in responses]
    for refused in (r for r in responses if r.status_code == 403):
        assert_problem(refused, 403)
    admin_view = api.get(f"/v1/organisations/{org_id}/keys", token=api.admin_token)
    assert len(admin_view.json()) == 1


def test_organisation_webhook_limit_holds_in_parallel(api: Api) -> None:
    org = api.create_org()
    path = f"/v1/organisations/{org.id}/webhooks"
    for _ in range(MAX_HOOKS_PER_OWNER - 2):
        assert api.post(path, token=org.token, json=HOOK).status_code == 201
    responses = _together(api, PARALLEL, lambda c: c.post(path, headers=org.headers, json=HOOK))
    assert _statuses(responses) == [201] * 2 + [409] * (PARALLEL - 2), [r.text for r in responses]
    assert len(api.get(path, token=org.token).json()) == MAX_HOOKS_PER_OWNER


def test_staff_webhook_limit_holds_in_parallel(api: Api) -> None:
    facilitator = api.service_key("facilitator")
    for _ in range(MAX_HOOKS_PER_OWNER - 2):
        hook = {**HOOK, "events": ["cohort.summary_changed"]}
        assert api.post("/v1/webhooks", token=facilitator, json=hook).status_code == 201
    responses = _together(
        api,
        PARALLEL,
        lambda c: c.post(
            "/v1/webhooks",
            headers=bearer(facilitator),
            json={**HOOK, "events": ["cohort.summary_changed"]},
        ),
    )
    assert _statuses(responses) == [201] * 2 + [409] * (PARALLEL - 2), [r.text for r in responses]
    assert len(api.get("/v1/webhooks", token=facilitator).json()) == MAX_HOOKS_PER_OWNER


def test_joining_a_cohort_twice_at_once_gives_one_membership_and_409s(api: Api) -> None:
    cohort = create_cohort(api)
    org = api.create_org()
    body = {"join_code": cohort.join_code, "sharing": "aggregate"}
    responses = _together(
        api, PARALLEL, lambda c: c.post("/v1/cohorts/join", headers=org.headers, json=body)
    )
    assert _statuses(responses) == [201] + [409] * (PARALLEL - 1), [r.text for r in responses]
    memberships = api.get(f"/v1/organisations/{org.id}/cohorts", token=org.token).json()
    assert len(memberships) == 1


def _plan(api: Api, org: Org) -> str:
    draft = start(api, org)
    answers = complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=worst)
    assert draft.patch(answers).status_code == 200
    assert draft.submit().status_code == 200
    created = api.post(f"{draft.path}/action-plans", token=org.token, json={"domain": "security"})
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


def test_steps_added_at_once_get_distinct_positions(api: Api) -> None:
    org = api.create_org()
    base = f"/v1/action-plans/{_plan(api, org)}"
    before = len(api.get(base, token=org.token).json()["steps"])
    counter = iter(range(PARALLEL))
    responses = _together(
        api,
        PARALLEL,
        lambda c: c.post(
            f"{base}/steps", headers=org.headers, json={"text": f"step {next(counter)}"}
        ),
    )
    assert _statuses(responses) == [201] * PARALLEL, [r.text for r in responses]
    positions = [s["position"] for s in api.get(base, token=org.token).json()["steps"]]
    assert sorted(positions) == list(range(before + PARALLEL)), positions


def test_same_key_submits_at_once_give_one_result_and_in_flight_or_replays(api: Api) -> None:
    org = api.create_org()
    draft = start(api, org)
    answers = complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=worst)
    assert draft.patch(answers).status_code == 200
    headers = {**org.headers, "Idempotency-Key": "same-key"}
    responses = _together(api, 6, lambda c: c.post(f"{draft.path}/submit", headers=headers))
    statuses = _statuses(responses)
    assert set(statuses) <= {200, 409}, [r.text for r in responses]
    ok = [r for r in responses if r.status_code == 200]
    assert ok, statuses
    first = [r for r in ok if "idempotent-replay" not in r.headers]
    assert len(first) == 1, [dict(r.headers) for r in ok]
    assert all(r.content == first[0].content for r in ok)
    for refused in (r for r in responses if r.status_code == 409):
        assert_problem(refused, 409)
        assert refused.json()["type"] == "/problems/idempotency-in-flight", refused.text
