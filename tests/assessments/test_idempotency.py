from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.support.api import Api, Org, assert_problem
from tests.support.drafts import Draft, start


def test_retry_with_the_same_key_replays_the_first_response(
    draft: Draft, example_answers: dict[str, Any]
) -> None:
    draft.patch(example_answers)
    first = draft.submit(**{"Idempotency-Key": "submit-1"})
    assert first.status_code == 200
    again = draft.submit(**{"Idempotency-Key": "submit-1"})
    assert again.status_code == 200
    assert again.content == first.content
    assert_problem(draft.submit(), 409)
    assert_problem(draft.submit(**{"Idempotency-Key": "another"}), 409)


def test_same_key_for_another_request_is_refused(
    api: Api, org: Org, example_answers: dict[str, Any]
) -> None:
    one, two = start(api, org), start(api, org)
    for draft in (one, two):
        draft.patch(example_answers)
    assert one.submit(**{"Idempotency-Key": "k"}).status_code == 200
    response = two.submit(**{"Idempotency-Key": "k"})
    assert_problem(response, 422, field="header.idempotency-key")
    assert two.get().json()["status"] == "draft"


def test_failed_submit_does_not_burn_the_key(draft: Draft, example_answers: dict[str, Any]) -> None:
    assert_problem(draft.submit(**{"Idempotency-Key": "k"}), 422)
    draft.patch(example_answers)
    assert draft.submit(**{"Idempotency-Key": "k"}).status_code == 200


# PostgreSQL only: SQLite serialises writers, so a concurrent retry waits and replays.
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_in_flight_request_gets_409_on_postgresql(
    draft: Draft, example_answers: dict[str, Any], database_url: str
) -> None:
    draft.patch(example_answers)
    conninfo = make_url(database_url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(conninfo) as holder:  # another transaction holds the row
        holder.execute("SELECT id FROM assessments WHERE id = %s FOR UPDATE", (draft.id,))
        response = draft.submit(**{"Idempotency-Key": "k"})
        assert_problem(response, 409)
    assert draft.submit(**{"Idempotency-Key": "k"}).status_code == 200


def test_replay_carries_the_content_language_of_the_first_answer(
    draft: Draft, example_answers: dict[str, Any]
) -> None:
    draft.patch(example_answers)
    path = f"{draft.path}/submit?lang=es"
    key = {"Idempotency-Key": "lang-1"}
    first = draft.api.post(path, token=draft.org.token, headers=key)
    assert first.status_code == 200
    assert first.headers["content-language"] == "es"
    assert "idempotent-replay" not in first.headers
    again = draft.api.post(path, token=draft.org.token, headers=key)
    assert again.status_code == 200
    assert again.content == first.content
    assert again.headers["content-language"] == "es"
    assert again.headers["idempotent-replay"] == "true"


def test_replay_asking_for_another_language_says_it_is_the_first_answer(
    draft: Draft, example_answers: dict[str, Any]
) -> None:
    draft.patch(example_answers)
    key = {"Idempotency-Key": "lang-2"}
    first = draft.api.post(f"{draft.path}/submit?lang=es", token=draft.org.token, headers=key)
    assert first.headers["content-language"] == "es"
    other = draft.api.post(
        f"{draft.path}/submit", token=draft.org.token, headers={**key, "Accept-Language": "fr"}
    )
    assert other.status_code == 200
    assert other.content == first.content
    assert other.headers["content-language"] == "es"
    assert other.headers["idempotent-replay"] == "true"
