"""The one error type the client raises for an HTTP error answer."""

from __future__ import annotations

from typing import Any

import httpx


class ProblemError(Exception):
    """An RFC 9457 problem answer (any 4xx/5xx), with its fields as attributes.

    ``errors`` lists field problems (``{"field", "message", "code"}``) for 422s.
    """

    def __init__(
        self,
        *,
        status: int,
        type: str,
        title: str,
        detail: str,
        errors: list[dict[str, Any]] | None = None,
        instance: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {title}: {detail}")
        self.status = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors or []
        self.instance = instance
        self.headers = headers or {}

    @property
    def code(self) -> str:
        """The problem code, e.g. ``invalid-input`` for ``/problems/invalid-input``."""
        return self.type.rsplit("/", 1)[-1]

    @property
    def fields(self) -> list[str]:
        return [str(e.get("field", "")) for e in self.errors]

    @classmethod
    def from_response(cls, response: httpx.Response) -> ProblemError:
        body: Any = None
        if "json" in response.headers.get("content-type", ""):
            try:
                body = response.json()
            except ValueError:
                body = None
        if not isinstance(body, dict):
            body = {}
        return cls(
            status=response.status_code,
            type=str(body.get("type", "about:blank")),
            title=str(body.get("title", response.reason_phrase or "HTTP error")),
            detail=str(body.get("detail", response.text[:200])),
            errors=list(body.get("errors") or []),
            instance=body.get("instance"),
            headers=dict(response.headers),
        )
