"""The HTTP core of the client: auth header, problem errors, pagination, retries."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx

from .errors import ProblemError
from .types import Page

T = TypeVar("T")
Params = Mapping[str, str | int | None]
PAGE_SIZE = 100


class BaseClient:
    """Owns one ``httpx.Client``. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        lang: str | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        retries: int = 2,
    ) -> None:
        headers = {"Accept": "application/json"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if lang is not None:
            headers["Accept-Language"] = lang
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"), headers=headers, timeout=timeout, transport=transport
        )
        self._retries = retries

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Params | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request; a 4xx/5xx answer raises :class:`ProblemError`."""
        query = {k: v for k, v in (params or {}).items() if v is not None}
        response = self._http.request(method, path, json=json, params=query, headers=headers)
        if response.status_code >= 400:
            raise ProblemError.from_response(response)
        return response

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.request(method, path, **kwargs).json()

    def _retrying(self, send: Callable[[], httpx.Response]) -> httpx.Response:
        """Retry a request that is safe to repeat (it carries an Idempotency-Key) when
        the connection failed or the first copy is still running (409 in flight)."""
        for attempt in range(self._retries + 1):
            last = attempt == self._retries
            try:
                return send()
            except httpx.TransportError:
                if last:
                    raise
            except ProblemError as problem:
                if last or problem.code != "idempotency-in-flight":
                    raise
            time.sleep(0.2 * 2**attempt)
        raise AssertionError("unreachable")

    def _page(self, path: str, limit: int, offset: int, **params: str | None) -> Page[Any]:
        query: dict[str, str | int | None] = {"limit": limit, "offset": offset, **params}
        return cast(Page[Any], self._json("GET", path, params=query))

    def _iterate(self, fetch: Callable[[int, int], Page[T]]) -> Iterator[T]:
        """Every item of a paginated list, fetching one page at a time."""
        offset = 0
        while True:
            page = fetch(PAGE_SIZE, offset)
            yield from page["items"]
            offset += len(page["items"])
            if not page["items"] or offset >= page["total"]:
                return
