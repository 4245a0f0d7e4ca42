"""4xx bodies speak to people: they name the field and never show validator internals
(pydantic's union branch names, function reprs, memory addresses, URLs, class names)."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import httpx
import pytest

from tests.support.api import Api, assert_problem
from tests.support.drafts import Draft

INTERNALS = re.compile(
    r"functools|partial\(|function-(after|before|wrap|plain)|<function|0x[0-9a-f]{6,}"
    r"|pydantic|errors\.pydantic\.dev|union\[|json-or-python|lax-or-strict"
    r"|instance of [A-Z]|[a-z]+\[[a-z_]+\]|_refuse_controls|Annotated|NoneType"
)
WRONG: list[bytes] = [
    b"1e400",
    b"-1e400",
    b"true",
    b"false",
    b"3.0",
    b"2.5",
    b"-0.0",
    b"null",
    b'"x"',
    b'""',
    b"[]",
    b"[1.5]",
    b"[true]",
    b"[null]",
    b"[[1]]",
    b"{}",
    b'{"a": 1}',
    b"12345678901234567890123",
]


def assert_plain(response: httpx.Response) -> None:
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    found = INTERNALS.search(response.text)
    assert found is None, f"{found.group(0)!r} in {response.text}"


def _patch(draft: Draft, body: bytes) -> httpx.Response:
    headers = {**draft.org.headers, "content-type": "application/json"}
    return draft.api.client.patch(f"{draft.path}/answers", content=body, headers=headers)


def test_a_decimal_scale_answer_names_the_field_in_words(draft: Draft) -> None:
    for raw in (b"1e400", b"true", b"3.0"):
        response = _patch(draft, b'{"answers": {"power-purpose": {"value": ' + raw + b"}}}")
        body = assert_problem(response, 422, field="body.answers.power-purpose")
        assert_plain(response)
        assert [e["field"] for e in body["errors"]] == ["body.answers.power-purpose.value"]
        assert "body.answers.power-purpose.value" in body["detail"]
        assert "whole number" in body["errors"][0]["message"], body


@pytest.mark.parametrize("kind", ["value", "unsure", "prefer_not_to_say", "not_applicable"])
def test_wrong_types_in_every_answer_kind_get_plain_words(draft: Draft, kind: str) -> None:
    for raw in WRONG:
        for template in (b'{"%s": X}', b'{"%s": X, "comment": "c"}', b'{"%s": true, "comment": X}'):
            answer = template.replace(b"%s", kind.encode()).replace(b"X", raw)
            if kind == "value" and b'"comment": X' not in template and raw == b'"x"':
                continue  # a string is the right shape; the question decides
            response = _patch(draft, b'{"answers": {"power-purpose": ' + answer + b"}}")
            if response.status_code == 200:
                continue  # e.g. {"unsure": true, "comment": ""}
            assert_problem(response, 422, field="body.answers.power-purpose")
            assert_plain(response)


def test_wrong_answer_shapes_get_plain_words(draft: Draft) -> None:
    for raw in WRONG:
        response = _patch(draft, b'{"answers": {"power-purpose": ' + raw + b"}}")
        if raw == b"null":
            assert response.status_code == 200
            continue
        assert_problem(response, 422, field="body.answers.power-purpose")
        assert_plain(response)
        response = _patch(draft, b'{"answers": ' + raw + b"}")
        if raw == b"{}":  # no answers at all is a valid (empty) patch
            assert response.status_code == 200
        else:
            assert_problem(response, 422, field="body.answers")
            assert_plain(response)
        assert_plain(_patch(draft, raw))


def _bodies(api: Api) -> list[tuple[str, str, dict[str, Any]]]:
    document = api.client.get("/openapi.json").json()
    found = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                found.append((method, path, content["application/json"]["schema"]))
    return found


def _properties(document: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = document["components"]["schemas"][name]
    return list(schema.get("properties", {}))


def test_wrong_types_in_every_request_body_get_plain_words(api: Api, draft: Draft) -> None:
    document = api.client.get("/openapi.json").json()
    tokens = [api.admin_token, draft.org.token, api.service_key("facilitator")]
    ids = {"organisation_id": draft.org.id, "assessment_id": draft.id}
    bodies = _bodies(api)
    assert len(bodies) >= 10, bodies
    refused = 0
    for method, template, schema in bodies:
        path = re.sub(r"\{(\w+)\}", lambda m: ids.get(m.group(1), str(uuid.uuid4())), template)
        for name in _properties(document, schema) or ["x"]:
            for raw in WRONG:
                body = b"{" + json.dumps(name).encode() + b": " + raw + b"}"
                for token in tokens:
                    response = api.client.request(
                        method.upper(),
                        path,
                        content=body,
                        headers={
                            "authorization": f"Bearer {token}",
                            "content-type": "application/json",
                        },
                    )
                    if response.status_code >= 400:
                        assert_plain(response)
                    refused += response.status_code == 422
    assert refused > 100, refused


def test_too_long_numbers_and_too_deep_nesting_are_named(draft: Draft) -> None:
    long_number = _patch(draft, b'{"answers": {"power-benefit": {"value": ' + b"9" * 5000 + b"}}}")
    assert "too long" in assert_problem(long_number, 422)["detail"], long_number.text
    deep = _patch(draft, b'{"answers": ' + b"[" * 10000 + b"]" * 10000 + b"}")
    assert "nested too deeply" in assert_problem(deep, 422)["detail"], deep.text
    assert "at most 32 levels" in assert_problem(deep, 422)["detail"], "the limit is named"
    just_over = _patch(draft, b'{"answers": ' + b"[" * 32 + b"]" * 32 + b"}")
    assert "at most 32 levels" in assert_problem(just_over, 422)["detail"]
    within = _patch(draft, b'{"answers": ' + b"[" * 30 + b"]" * 30 + b"}")
    assert "nested" not in assert_problem(within, 422)["detail"], "only the shape is wrong"
