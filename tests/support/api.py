"""A thin helper over httpx for tests: auth headers and common set-up steps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@dataclass
class Org:
    id: str
    token: str  # a member key of this organisation

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.token)


class Api:
    def __init__(self, client: httpx.Client, *, admin_token: str, questionnaires: Path) -> None:
        self.client = client
        self.admin_token = admin_token
        self.questionnaires = questionnaires  # the folder the server loaded

    @property
    def admin(self) -> dict[str, str]:
        return bearer(self.admin_token)

    def request(
        self, method: str, path: str, *, token: str | None = None, **kwargs: Any
    ) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        if token is not None:
            headers.update(bearer(token))
        return self.client.request(method, path, headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def service_key(self, role: str = "facilitator", label: str = "") -> str:
        response = self.post(
            "/v1/keys", token=self.admin_token, json={"role": role, "label": label}
        )
        assert response.status_code == 201, response.text
        return str(response.json()["token"])

    def create_org(self, name: str = "Test org", *, token: str | None = None) -> Org:
        response = self.post(
            "/v1/organisations", token=token or self.admin_token, json={"name": name}
        )
        assert response.status_code == 201, response.text
        org_id = str(response.json()["id"])
        key = self.post(
            f"/v1/organisations/{org_id}/keys", token=token or self.admin_token, json={}
        )
        assert key.status_code == 201, key.text
        return Org(id=org_id, token=str(key.json()["token"]))


def assert_problem(
    response: httpx.Response, status: int, *, field: str | None = None
) -> dict[str, Any]:
    """Assert an RFC 9457 problem response (and, optionally, that it names a field)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"].startswith("/problems/")
    assert body["title"] and body["detail"]
    if field is not None:
        fields = [error["field"] for error in body.get("errors", [])]
        assert any(f == field or f.startswith(field + ".") for f in fields), fields
    return body
