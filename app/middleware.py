"""Pure ASGI middleware: request ids, security headers and the request body limit."""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

from app import http_cache, json_guard
from app.deprecation import deprecation_of
from app.errors import FieldError, PayloadTooLarge, PreconditionFailed
from app.json_guard import JsonRefused
from app.metrics import Metrics
from app.problems import internal_error_response, problem_response

logger = logging.getLogger("rdsa")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_READ_METHODS = frozenset({"GET", "HEAD"})


def _fails_if_match(if_match: bytes, start: Message) -> bool:
    """RFC 9110 §13.1.1 on a read: a 2xx whose entity tag If-Match does not name
    (a resource without a tag matches only ``*``) becomes 412."""
    if not 200 <= start["status"] < 300:
        return False
    header = if_match.decode("latin-1").strip()
    if header == "*":
        return False
    etag = next(
        (bytes(v) for k, v in start.get("headers", []) if bytes(k).lower() == b"etag"), None
    )
    return etag is None or not http_cache.match(header, etag.decode("latin-1"))


def _is_json(scope: Scope) -> bool:
    """JSON as FastAPI reads it: application/json or any application/*+json (or none)."""
    content_type = _header(scope, b"content-type") or b""
    media = content_type.split(b";")[0].strip().lower()
    return media in (b"application/json", b"") or (
        media.startswith(b"application/") and media.endswith(b"+json")
    )


def _replay(body: bytes, then: Receive, *, too_large: bool = False) -> Receive:
    """Give the app the body already read, then the connection's own messages."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if too_large:
            raise HTTPException(413)
        if sent:
            return await then()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _undeclared_body(scope: Scope) -> bool:
    """An API request with a body that is not declared JSON (missing or other type).

    The API reads only JSON bodies; the web pages (outside /v1) read forms themselves.
    """
    if scope["method"] not in _BODY_METHODS or not scope["path"].startswith("/v1/"):
        return False
    length = _header(scope, b"content-length")
    has_body = (length is not None and length != b"0") or (
        _header(scope, b"transfer-encoding") is not None
    )
    content_type = _header(scope, b"content-type")
    return has_body and (content_type is None or not _is_json(scope))


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return bytes(value)
    return None


class ServiceMiddleware:
    """Outermost layer around the app.

    - gives every request an id (``X-Request-ID``: the client's if well-formed),
    - adds security headers, and ``Cache-Control: no-store`` unless the app set one,
    - refuses bodies over ``max_body_bytes`` with 413 before anything parses them,
    - adds Deprecation, Sunset and Link to every answer of a deprecated operation.
    """

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, metrics: Metrics) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = self._request_id(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body_bytes):
            await self._too_large(scope, receive, send, request_id)
            return
        # HEAD is GET without the body (RFC 9110 §9.3.2): the app routes it as GET, and
        # uvicorn, which still sees HEAD in its own scope, sends no body.
        app_scope = {**scope, "method": "GET"} if scope["method"] == "HEAD" else scope
        started = False
        status = 500
        began = time.perf_counter()
        if_match = _header(scope, b"if-match") if scope["method"] in _READ_METHODS else None
        replaced = False

        async def send_wrapper(message: Message) -> None:
            nonlocal started, status, replaced
            if replaced:
                return  # the app's body for a response that became a 412
            if message["type"] == "http.response.start":
                started, status = True, message["status"]
                if if_match is not None and _fails_if_match(if_match, message):
                    replaced, status = True, PreconditionFailed.status
                    await self._precondition_failed(scope, send, request_id)
                    return
                message["headers"] = self._with_headers(message.get("headers", []), request_id)
                deprecation = deprecation_of(app_scope.get("route"))
                if deprecation is not None:
                    message["headers"] = [*message["headers"], *deprecation.headers()]
            await send(message)

        receive = self._limited(receive)
        if _undeclared_body(scope):
            await self._unsupported_media_type(scope, receive, send_wrapper)
            return
        if scope["method"] in _BODY_METHODS and _is_json(scope):
            receive, refused = await self._screen_json(receive)
            if refused is not None:
                await self._refuse_json(scope, receive, send_wrapper, refused)
                return
        try:
            await self.app(app_scope, receive, send_wrapper)
        except Exception:
            logger.exception(
                "unhandled error request_id=%s %s %s", request_id, scope["method"], scope["path"]
            )
            if started:
                raise
            await internal_error_response(request_id)(scope, receive, send_wrapper)
        finally:
            route = app_scope.get("route")
            template = getattr(route, "path", None) or "(unmatched)"
            self.metrics.observe(scope["method"], template, status, time.perf_counter() - began)

    async def _screen_json(self, receive: Receive) -> tuple[Receive, JsonRefused | None]:
        """Read the whole (size-limited) body, check it, and replay it to the app."""
        chunks: list[bytes] = []
        message: Message = {"type": "http.request", "more_body": True}
        try:
            while message.get("more_body", False):
                message = await receive()
                if message["type"] != "http.request":
                    break
                chunks.append(message.get("body", b""))
        except HTTPException:
            return _replay(b"", receive, too_large=True), None
        body = b"".join(chunks)
        return _replay(body, receive), json_guard.check(body)

    async def _refuse_json(
        self, scope: Scope, receive: Receive, send: Send, refused: JsonRefused
    ) -> None:
        response = problem_response(
            status=422,
            code="invalid-input",
            title="Invalid input",
            detail=f"{refused.path}: {refused.message}",
            errors=[FieldError(refused.path, refused.message, "invalid_json")],
        )
        await response(scope, receive, send)

    def _limited(self, receive: Receive) -> Receive:
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    # Rendered as a 413 problem by the app's HTTPException handler.
                    raise HTTPException(413, detail=self._too_large_detail())
            return message

        return limited_receive

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, request_id: str) -> None:
        response = problem_response(
            status=PayloadTooLarge.status,
            code=PayloadTooLarge.code,
            title=PayloadTooLarge.title,
            detail=self._too_large_detail(),
            headers={"Connection": "close"},
        )

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = self._with_headers(message.get("headers", []), request_id)
            await send(message)

        await response(scope, receive, send_wrapper)

    async def _unsupported_media_type(self, scope: Scope, receive: Receive, send: Send) -> None:
        given = (_header(scope, b"content-type") or b"").decode("latin-1")[:100]
        why = f"is {given!r}" if given else "is missing"
        response = problem_response(
            status=415,
            code="unsupported-media-type",
            title="Unsupported media type",
            detail=f"Send the body as application/json; Content-Type {why}",
            errors=[FieldError("header.content-type", "must be application/json")],
        )
        await response(scope, receive, send)

    async def _precondition_failed(self, scope: Scope, send: Send, request_id: str) -> None:
        response = problem_response(
            status=PreconditionFailed.status,
            code=PreconditionFailed.code,
            title=PreconditionFailed.title,
            detail="If-Match names no current version of this resource; read it again",
            errors=[FieldError("header.if-match", "matches no current entity tag")],
        )

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = self._with_headers(message.get("headers", []), request_id)
            await send(message)

        async def nothing() -> Message:
            return {"type": "http.disconnect"}

        await response(scope, nothing, with_headers)

    def _too_large_detail(self) -> str:
        return f"The request body is larger than the limit of {self.max_body_bytes} bytes"

    @staticmethod
    def _request_id(scope: Scope) -> str:
        return request_id_of(_header(scope, b"x-request-id"))

    @staticmethod
    def _with_headers(headers: Any, request_id: str) -> list[tuple[bytes, bytes]]:
        return with_service_headers(headers, request_id)


def request_id_of(given: bytes | None) -> str:
    """The client's X-Request-ID when well-formed, else a fresh one."""
    if given is not None:
        text = given.decode("latin-1")
        if _REQUEST_ID.match(text):
            return text
    return secrets.token_hex(8)


def with_service_headers(headers: Any, request_id: str) -> list[tuple[bytes, bytes]]:
    """The response headers plus the request id, security headers and no-store."""
    result = list(headers)
    names = {bytes(k).lower() for k, _ in result}
    result.append((b"x-request-id", request_id.encode("latin-1")))
    result.extend(h for h in _SECURITY_HEADERS if h[0] not in names)
    if b"cache-control" not in names:
        result.append((b"cache-control", b"no-store"))
    return result
