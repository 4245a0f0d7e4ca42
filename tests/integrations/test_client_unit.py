"""Client behaviour that needs no server: retries with one Idempotency-Key, odd errors."""

from __future__ import annotations

import httpx
import pytest

from app.client import ProblemError, RdsaClient


def test_submit_retries_with_the_same_idempotency_key() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Idempotency-Key"])
        if len(seen) == 1:
            raise httpx.ConnectError("connection reset", request=request)
        if len(seen) == 2:
            problem = {
                "type": "/problems/idempotency-in-flight",
                "title": "t",
                "status": 409,
                "detail": "d",
            }
            return httpx.Response(
                409, json=problem, headers={"content-type": "application/problem+json"}
            )
        return httpx.Response(200, json={"overall": {"score": 50, "stage": "developing"}})

    with RdsaClient("http://rdsa.test", "k", transport=httpx.MockTransport(answer)) as rdsa:
        results = rdsa.submit("a1")
    assert results["overall"]["score"] == 50
    assert len(seen) == 3 and len(set(seen)) == 1


def test_other_problems_are_not_retried() -> None:
    calls = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        problem = {
            "type": "/problems/invalid-input",
            "title": "Invalid input",
            "status": 422,
            "detail": "2 required question(s) are not answered yet",
            "errors": [{"field": "answers.q1", "message": "required", "code": "missing"}],
        }
        return httpx.Response(
            422, json=problem, headers={"content-type": "application/problem+json"}
        )

    rdsa = RdsaClient("http://rdsa.test", "k", transport=httpx.MockTransport(answer))
    with rdsa, pytest.raises(ProblemError) as error:
        rdsa.submit("a1")
    assert calls == 1
    assert error.value.fields == ["answers.q1"] and error.value.code == "invalid-input"


def test_a_non_json_error_still_becomes_a_problem() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(502, text="<html>bad gateway</html>")
    )
    rdsa = RdsaClient("http://rdsa.test", transport=transport)
    with rdsa, pytest.raises(ProblemError) as error:
        rdsa.questionnaires()
    assert error.value.status == 502 and error.value.type == "about:blank"
    assert "bad gateway" in error.value.detail
