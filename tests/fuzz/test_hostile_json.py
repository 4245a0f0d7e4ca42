"""Hostile request bodies get a clear 4xx on both databases, never a 5xx."""

from __future__ import annotations

import pytest

from tests.support.api import Api, assert_problem
from tests.support.drafts import Draft


def _raw(api: Api, draft: Draft, body: bytes) -> object:
    return api.patch(
        f"{draft.path}/answers",
        token=draft.org.token,
        content=body,
        headers={"content-type": "application/json"},
    )


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        (
            b'{"answers": {"power-purpose": {"value": "none"}, "power-purpose": {"unsure": true}}}',
            422,
            "body.power-purpose",
        ),
        (b'{"answers": {"power-benefit": {"value": NaN}}}', 422, "body"),
        (b'{"answers": {"power-benefit": {"value": Infinity}}}', 422, "body"),
        (
            b'{"answers": {"power-notes": {"value": "\\ud800"}}}',
            422,
            "body.answers.power-notes.value",
        ),
        (b'{"answers": {"power-notes": {"value": "a\\u0000b"}}}', 422, "body.answers.power-notes"),
        (b'{"answers": {"power-benefit": {"value": ' + b"9" * 5000 + b"}}}", 422, None),
        (b'{"answers": ' + b"[" * 20000 + b"]" * 20000 + b"}", 422, None),
        (b'{"answers": {"power-notes": {"value": "' + "ñ🏳️‍🌈".encode() * 150 + b'"}}}', 200, None),
    ],
    ids=[
        "duplicate-key",
        "nan",
        "infinity",
        "lone-surrogate",
        "nul",
        "huge-int",
        "deep",
        "unicode",
    ],
)
def test_hostile_bodies(
    api: Api, draft: Draft, body: bytes, status: int, field: str | None
) -> None:
    response = _raw(api, draft, body)
    if status == 200:
        assert response.status_code == 200, response.text  # type: ignore[attr-defined]
        return
    assert 400 <= response.status_code < 500, response.text  # type: ignore[attr-defined]
    if field is not None:
        assert_problem(response, status, field=field)  # type: ignore[arg-type]
    assert draft.get().json()["answers"] == {}


@pytest.mark.parametrize(
    "content_type",
    [
        "application/merge-patch+json",
        "application/vnd.rdsa+json; charset=utf-8",
        "APPLICATION/JSON",
    ],
)
def test_json_media_types_with_a_suffix_are_screened_too(
    api: Api, draft: Draft, content_type: str
) -> None:
    body = b'{"answers": {"power-purpose": {"value": "none"}, "power-purpose": {"unsure": true}}}'
    response = api.patch(
        f"{draft.path}/answers",
        token=draft.org.token,
        content=body,
        headers={"content-type": content_type},
    )
    assert_problem(response, 422, field="body.power-purpose")
    assert draft.get().json()["answers"] == {}
