"""Two real `rdsa serve` processes on one PostgreSQL database, driven together.

The claim under test (docs/operations.md): instances scale out freely on PostgreSQL.
Both processes start at once on an empty database (so both migrate), run their own
webhook worker, and serve requests sent in parallel, half to each.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Engine

from app.models import CohortPublication, WebhookDelivery
from tests.cohorts.helpers import create_cohort, populate
from tests.integrations.receiver import Receiver
from tests.slow.serve import ADMIN, ServeProcess
from tests.support.answers import best, complete, questionnaire
from tests.support.api import Api, assert_problem, bearer
from tests.support.drafts import start

FAILURES_PER_MINUTE = 6
MIN_GROUP_SIZE = 2
PARALLEL = 8


@dataclass
class Pair:
    servers: tuple[ServeProcess, ServeProcess]
    apis: tuple[Api, Api]
    engine: Engine
    receiver: Receiver

    @property
    def urls(self) -> list[str]:
        return [s.url for s in self.servers]


@pytest.fixture(scope="module")
def pair(
    make_database_url: Callable[[str, str], str],
    questionnaires_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Pair]:
    url = make_database_url("postgresql", "instances")  # fails, not skips, in CI
    logs = tmp_path_factory.mktemp("instances")
    env = {
        "RDSA_QUESTIONNAIRES_DIR": str(questionnaires_dir),
        "RDSA_AUTH_FAILURES_PER_MINUTE": str(FAILURES_PER_MINUTE),
        "RDSA_MIN_GROUP_SIZE": str(MIN_GROUP_SIZE),
        "RDSA_WEBHOOK_ALLOW_INSECURE_LOCALHOST": "true",
        "RDSA_WEBHOOK_POLL_SECONDS": "0.1",
        "RDSA_WEBHOOK_TIMEOUT_SECONDS": "2",
    }
    servers = tuple(ServeProcess(url, logs / f"serve-{i}.log", env=env) for i in range(2))
    receiver = Receiver().start()
    engine = create_engine(url)
    try:
        for server in servers:  # both at once, on a database no one has migrated yet
            server.launch()
        for server in servers:
            server.wait_ready()
        clients = [httpx.Client(base_url=s.url, timeout=30) for s in servers]
        apis = tuple(Api(c, admin_token=ADMIN, questionnaires=questionnaires_dir) for c in clients)
        yield Pair((servers[0], servers[1]), (apis[0], apis[1]), engine, receiver)
        for client in clients:
            client.close()
    finally:
        for server in servers:
            server.stop()
        receiver.stop()
        engine.dispose()


def _together(urls: list[str], count: int, send: Callable[[httpx.Client, int], Any]) -> list[Any]:
    """``count`` calls at once, alternating between the instances, one connection each."""
    barrier = threading.Barrier(count)

    def one(i: int) -> Any:
        with httpx.Client(base_url=urls[i % len(urls)], timeout=30) as client:
            client.get("/healthz")  # connect before the race
            barrier.wait()
            return send(client, i)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(one, range(count)))


def _hook(api: Api, org_id: str, token: str, url: str) -> str:
    hook = api.post(
        f"/v1/organisations/{org_id}/webhooks",
        token=token,
        json={"url": url, "events": ["assessment.submitted"]},
    )
    assert hook.status_code == 201, hook.text
    return str(hook.json()["id"])


def _event(body: bytes) -> dict[str, Any]:
    event: dict[str, Any] = json.loads(body)
    return event


def _mine(event: dict[str, Any], org_id: str) -> bool:
    return bool(event["data"].get("organisation_id") == org_id)


def _complete_answers(api: Api) -> dict[str, Any]:
    return complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=best)


def test_one_submission_for_one_idempotency_key_across_instances(pair: Pair) -> None:
    api = pair.apis[0]
    org = api.create_org("Idempotent")
    _hook(api, org.id, org.token, pair.receiver.url)
    draft = start(api, org)
    before = len(pair.receiver.requests)
    assert draft.patch(_complete_answers(api)).status_code == 200
    key = {"Idempotency-Key": f"submit-{secrets.token_hex(4)}", **bearer(org.token)}
    path = f"{draft.path}/submit"
    responses = _together(pair.urls, PARALLEL, lambda c, _: c.post(path, headers=key))
    statuses = Counter(r.status_code for r in responses)
    print(f"idempotent submits across two instances: {dict(statuses)}")
    assert set(statuses) <= {200, 409} and statuses[200] >= 1, [r.text for r in responses]
    for refused in (r for r in responses if r.status_code == 409):
        assert_problem(refused, 409)
        assert refused.json()["type"].endswith("idempotency-in-flight"), refused.text
    bodies = {r.content for r in responses if r.status_code == 200}
    for other in pair.apis:  # a retry on either instance replays the one submission
        retry = other.post(path, headers=key)
        assert retry.status_code == 200, retry.text
        bodies.add(retry.content)
    assert len(bodies) == 1, "every 200 is the first response again"
    pair.receiver.wait_for(before + 1)
    time.sleep(0.5)  # five poll intervals: a second event would have arrived by now
    events = [_event(r.body) for r in pair.receiver.requests[before:]]
    assert [e["data"]["assessment_id"] for e in events if _mine(e, org.id)] == [draft.id]


def test_if_match_lets_one_writer_win_per_version_and_loses_no_write(pair: Pair) -> None:
    api = pair.apis[0]
    org = api.create_org("If-Match")
    draft = start(api, org)
    path = f"{draft.path}/answers"
    etag = draft.get().headers["etag"]

    def contend(client: httpx.Client, i: int) -> httpx.Response:
        body = {"answers": {"power-notes": {"value": f"writer {i}"}}}
        return client.patch(path, json=body, headers={"If-Match": etag, **bearer(org.token)})

    responses = _together(pair.urls, PARALLEL, contend)
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] + [412] * (PARALLEL - 1), [r.text for r in responses]
    [winner] = [r for r in responses if r.status_code == 200]
    stored = pair.apis[1].get(draft.path, token=org.token).json()["answers"]["power-notes"]
    assert stored == winner.json()["answers"]["power-notes"]

    # Read, append one's own mark, write back with If-Match; retry on 412.
    def append(client: httpx.Client, i: int) -> int:
        refused = 0
        while True:
            current = client.get(draft.path, headers=bearer(org.token))
            notes = current.json()["answers"]["power-notes"]["value"]
            body = {"answers": {"power-notes": {"value": f"{notes} [{i}]"}}}
            headers = {"If-Match": current.headers["etag"], **bearer(org.token)}
            written = client.patch(path, json=body, headers=headers)
            if written.status_code == 200:
                return refused
            assert written.status_code == 412, written.text
            refused += 1

    refusals = _together(pair.urls, PARALLEL, append)
    final = pair.apis[0].get(draft.path, token=org.token).json()["answers"]["power-notes"]
    for i in range(PARALLEL):
        assert final["value"].count(f"[{i}]") == 1, final
    assert sum(refusals) > 0, "the writers did overlap"
    print(f"{PARALLEL} appending writers: {sum(refusals)} refusals (412), no write lost")


def test_every_event_is_delivered_exactly_once_by_two_workers(pair: Pair) -> None:
    api = pair.apis[0]
    org = api.create_org("Hooked")
    hook_id = _hook(api, org.id, org.token, pair.receiver.url)
    answers = _complete_answers(api)
    count = 12
    drafts = [start(api, org) for _ in range(count)]
    for draft in drafts:
        assert draft.patch(answers).status_code == 200
    before = len(pair.receiver.requests)
    submitted = _together(
        pair.urls,
        count,
        lambda c, i: c.post(f"{drafts[i].path}/submit", headers=bearer(org.token)),
    )
    assert [r.status_code for r in submitted] == [200] * count
    pair.receiver.wait_for(before + count)
    time.sleep(1.0)  # ten poll intervals: a duplicate would have arrived by now
    events = [_event(r.body) for r in pair.receiver.requests[before:]]
    mine = [e for e in events if _mine(e, org.id)]
    ids = Counter(event["data"]["assessment_id"] for event in mine)
    assert ids == Counter(d.id for d in drafts), ids
    with pair.engine.connect() as connection:
        rows = connection.execute(
            select(WebhookDelivery.status, WebhookDelivery.attempts).where(
                WebhookDelivery.webhook_id == hook_id
            )
        ).all()
    assert sorted(rows) == [("delivered", 1)] * count


def test_a_cohort_summary_is_published_once_when_both_instances_serve_it(pair: Pair) -> None:
    api = pair.apis[0]
    cohort = create_cohort(api)
    populate(api, cohort, MIN_GROUP_SIZE)
    responses = _together(
        pair.urls,
        PARALLEL,
        lambda c, _: c.get(cohort.summary_path, headers=bearer(cohort.facilitator)),
    )
    assert [r.status_code for r in responses] == [200] * PARALLEL, [r.text for r in responses]
    assert len({json.dumps(r.json()["figures"], sort_keys=True) for r in responses}) == 1
    with pair.engine.connect() as connection:
        published = connection.scalar(
            select(func.count())
            .select_from(CohortPublication)
            .where(CohortPublication.cohort_id == cohort.id)
        )
    assert published == 1


def test_failed_keys_get_at_most_the_limit_per_instance(pair: Pair) -> None:
    """The limiter is per process (docs/security.md): two instances allow at most twice
    the limit of failing keys a minute from one address, then answer 429 everywhere."""
    statuses: list[int] = []
    for attempt in range(FAILURES_PER_MINUTE * 2 + 4):
        url = pair.urls[attempt % 2]
        wrong = f"rdsa_{secrets.token_urlsafe(32)}"
        statuses.append(httpx.get(f"{url}/v1/me", headers=bearer(wrong)).status_code)
    assert set(statuses) == {401, 429}
    assert statuses.count(401) == 2 * FAILURES_PER_MINUTE, statuses
    assert statuses[-4:] == [429] * 4
    # a key that works is still served by both
    for api in pair.apis:
        assert api.get("/v1/me", token=ADMIN).status_code == 200
