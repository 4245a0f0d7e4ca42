"""Concurrent clients: If-Match makes exactly one writer win; merges lose nothing."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from tests.support.api import assert_problem, bearer
from tests.support.drafts import Draft


def test_stale_etag_gets_412_and_changes_nothing(draft: Draft) -> None:
    etag = draft.get().headers["etag"]
    assert (
        draft.patch({"power-purpose": {"value": "documented"}}, **{"If-Match": etag}).status_code
        == 200
    )
    stale = draft.patch({"power-purpose": {"value": "none"}}, **{"If-Match": etag})
    assert_problem(stale, 412)
    assert draft.get().json()["answers"]["power-purpose"] == {"value": "documented"}


def test_every_change_gives_a_new_etag(draft: Draft) -> None:
    first = draft.get().headers["etag"]
    second = draft.patch({"power-purpose": {"value": "none"}}).headers["etag"]
    assert first != second
    assert draft.patch({}, **{"If-Match": second}).status_code == 200


def _parallel(calls: list[Any]) -> list[httpx.Response]:
    barrier = threading.Barrier(len(calls))

    def run(call: Any) -> httpx.Response:
        barrier.wait()
        return call()

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


def test_same_etag_exactly_one_wins(draft: Draft) -> None:
    etag = draft.get().headers["etag"]
    url, headers = f"{draft.api.client.base_url}{draft.path}/answers", bearer(draft.org.token)
    values = ["documented", "informal", "none", "documented", "informal", "none"]

    def patcher(value: str) -> Any:
        def call() -> httpx.Response:
            return httpx.patch(
                url,
                headers={**headers, "If-Match": etag},
                json={"answers": {"power-purpose": {"value": value}}},
                timeout=60,
            )

        return call

    responses = _parallel([patcher(v) for v in values])
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] + [412] * (len(values) - 1), statuses
    winner = next(r for r in responses if r.status_code == 200)
    assert (
        draft.get().json()["answers"]["power-purpose"] == winner.json()["answers"]["power-purpose"]
    )


@pytest.mark.parametrize("rounds", [2])
def test_burst_of_patches_to_different_questions_loses_none(draft: Draft, rounds: int) -> None:
    url, headers = f"{draft.api.client.base_url}{draft.path}/answers", bearer(draft.org.token)
    answers = {
        "power-purpose": {"value": "informal"},
        "power-benefit": {"value": 3},
        "power-notes": {"value": "notes"},
        "ctx-civic-space": {"value": "narrowed"},
        "ctx-collects-personal": {"value": "yes"},
        "sec-protections": {"value": ["encryption"]},
        "sec-copies": {"value": ["tested-backup"]},
        "sec-logins": {"value": ["own-accounts"]},
        "sec-retention": {"value": "schedule"},
        "ctx-sensitive": {"value": ["health"]},
    }

    def patcher(question: str, answer: dict[str, Any]) -> Any:
        def call() -> httpx.Response:
            return httpx.patch(
                url, headers=headers, json={"answers": {question: answer}}, timeout=60
            )

        return call

    for _ in range(rounds):
        responses = _parallel([patcher(q, a) for q, a in answers.items()])
        assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
    assert draft.get().json()["answers"] == answers


def test_if_match_on_get_needs_the_current_tag(draft: Draft) -> None:
    first = draft.get().headers["etag"]
    assert (
        draft.api.get(draft.path, token=draft.org.token, headers={"If-Match": first}).status_code
        == 200
    )
    assert draft.patch({"power-purpose": {"value": "none"}}).status_code == 200
    stale = draft.api.get(draft.path, token=draft.org.token, headers={"If-Match": first})
    problem = assert_problem(stale, 412)
    assert problem["errors"][0]["field"] == "header.if-match"
    assert "etag" not in stale.headers and "answers" not in stale.text
    for header in ("*", f'"nope", {draft.get().headers["etag"]}'):
        fine = draft.api.get(draft.path, token=draft.org.token, headers={"If-Match": header})
        assert fine.status_code == 200, header
    # a resource without a tag never matches a given tag
    no_tag = draft.api.get("/v1/me", token=draft.org.token, headers={"If-Match": first})
    assert_problem(no_tag, 412)
    # errors are not turned into 412s
    missing = draft.api.get(
        "/v1/assessments/00000000-0000-4000-8000-000000000000",
        token=draft.org.token,
        headers={"If-Match": first},
    )
    assert_problem(missing, 404)
