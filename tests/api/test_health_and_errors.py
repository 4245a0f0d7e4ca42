from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from fastapi import APIRouter

from tests.support.api import Api, assert_problem
from tests.support.live import LiveServer


def test_healthz_is_ok_without_auth(api: Api) -> None:
    response = api.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_reports_database_and_migrations(api: Api) -> None:
    response = api.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "migrations": "at head"}


def test_unknown_route_is_a_problem(api: Api) -> None:
    body = assert_problem(api.get("/v1/nothing-here"), 404)
    assert "/v1/nothing-here" in body["detail"]


def test_wrong_method_is_a_problem(api: Api) -> None:
    assert_problem(api.request("PUT", "/healthz"), 405)


def test_unknown_body_field_is_refused(api: Api) -> None:
    response = api.post("/v1/organisations", token=api.admin_token, json={"name": "x", "colour": 1})
    body = assert_problem(response, 422, field="body.colour")
    assert body["errors"][0]["message"] == "unknown field"


def test_invalid_json_is_refused(api: Api) -> None:
    response = api.post(
        "/v1/organisations",
        token=api.admin_token,
        content=b'{"name": ',
        headers={"content-type": "application/json"},
    )
    assert_problem(response, 422, field="body")


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_a_body_that_is_not_declared_json_gets_415(api: Api, content_type: str | None) -> None:
    headers = {} if content_type is None else {"content-type": content_type}
    request = api.client.build_request(
        "POST", "/v1/organisations", content=b'{"name": "Lila"}', headers=headers
    )
    if content_type is None:
        request.headers.pop("content-type", None)
    request.headers.update(api.admin)
    response = api.client.send(request)
    body = assert_problem(response, 415, field="header.content-type")
    assert "application/json" in body["detail"]
    assert api.get("/v1/organisations", token=api.admin_token).json()["total"] == 0


def test_bodiless_posts_need_no_content_type(api: Api) -> None:
    org = api.create_org()
    created = api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "example", "version": "1.0.0"},
    )
    submit = api.post(f"/v1/assessments/{created.json()['id']}/submit", token=org.token)
    assert submit.status_code == 422  # incomplete, but read: not a 415


def test_nul_in_text_is_refused(api: Api) -> None:
    response = api.post("/v1/organisations", token=api.admin_token, json={"name": "a\u0000b"})
    body = assert_problem(response, 422, field="body.name")
    assert "control characters" in body["errors"][0]["message"]


def test_body_over_limit_is_413_before_parsing(
    api: Api, start_server: Callable[..., LiveServer]
) -> None:
    server = start_server(max_body_bytes=2048)
    big = b'{"name": "' + b"x" * 4096 + b'"}'
    with httpx.Client(base_url=server.url) as client:
        declared = client.post(
            "/v1/organisations", content=big, headers={"content-type": "application/json"}
        )
        assert_problem(declared, 413)

        def chunks() -> object:
            yield big[:1000]
            yield big[1000:]

        streamed = client.post(
            "/v1/organisations",
            content=chunks(),  # type: ignore[arg-type]
            headers={"content-type": "application/json"},
        )
        assert_problem(streamed, 413)


def test_security_headers_and_request_id(api: Api) -> None:
    response = api.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    generated = api.get("/healthz", headers={"X-Request-ID": "bad id with spaces"})
    assert generated.headers["x-request-id"] != "bad id with spaces"


def test_unexpected_error_is_a_500_problem_without_internals(
    start_server: Callable[..., LiveServer],
) -> None:
    server = start_server()
    router = APIRouter()

    @router.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internal detail")

    server.app.include_router(router)
    with httpx.Client(base_url=server.url) as client:
        response = client.get("/boom")
    body = assert_problem(response, 500)
    assert "secret" not in response.text
    assert response.headers["x-request-id"] in body["detail"]


def test_problem_types_are_documented(api: Api) -> None:
    types = {p["type"] for p in api.get("/problems").json()}
    assert {"/problems/not-found", "/problems/invalid-input", "/problems/unauthorized"} <= types
    assert api.get("/problems/not-found").json()["status"] == 404


def test_openapi_documents_problem_responses(api: Api) -> None:
    document = api.get("/openapi.json").json()
    assert "Problem" in document["components"]["schemas"]
    response = document["paths"]["/v1/organisations"]["post"]["responses"]["422"]
    assert "application/problem+json" in response["content"]


def test_405_names_every_allowed_method(api: Api) -> None:
    response = api.request("PUT", "/v1/keys", token=api.admin_token)
    assert_problem(response, 405)
    assert response.headers["allow"] == "GET, HEAD, POST"


def test_head_answers_like_get_without_a_body(api: Api) -> None:
    org = api.create_org()
    created = api.post(
        f"/v1/organisations/{org.id}/assessments",
        token=org.token,
        json={"questionnaire": "example", "version": "1.0.0"},
    )
    path = f"/v1/assessments/{created.json()['id']}"
    got = api.get(path, token=org.token)
    head = api.request("HEAD", path, token=org.token)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["etag"] == got.headers["etag"]
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["x-content-type-options"] == "nosniff"
    assert api.request("HEAD", "/healthz").status_code == 200
    assert api.request("HEAD", "/v1/questionnaires").status_code == 200
    # HEAD is refused where GET is: no key, 401
    unauthorised = api.request("HEAD", path)
    assert unauthorised.status_code == 401 and unauthorised.content == b""
    # and not offered where there is no GET
    refused = api.request("HEAD", f"/v1/assessments/{created.json()['id']}/submit", token=org.token)
    assert refused.status_code == 405
    assert "HEAD" not in refused.headers["allow"]


def test_body_that_is_not_utf8_is_a_400_problem(api: Api) -> None:
    response = api.post(
        "/v1/organisations",
        token=api.admin_token,
        content=b"\xff\xfe{",
        headers={"content-type": "application/json"},
    )
    body = assert_problem(response, 400)
    assert "UTF-8" in body["detail"]
