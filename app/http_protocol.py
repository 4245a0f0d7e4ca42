"""The HTTP/1.1 protocol `rdsa serve` runs: uvicorn's httptools protocol with bounds.

uvicorn reads request heads of any size: one 8 MiB header, or 10,000 small ones, are
buffered and handed to the app. This protocol bounds, per request,

- the request target (path and query string) to ``MAX_TARGET_BYTES`` → 414,
- the number of header fields to ``MAX_HEADERS`` → 431,
- the bytes of the whole head (request line and headers) to about
  ``MAX_HEAD_BYTES`` → 431,

and answers those, and every request the parser cannot read (unknown method, a
negative or doubled Content-Length, obsolete line folding, ...), as an RFC 9457
problem with the security headers and a request id instead of uvicorn's plain-text
"Invalid HTTP request received.". The connection is closed after such an answer.

The head is counted as it arrives: while a request's head is incomplete, data is fed
to the parser in slices of ``SLICE_BYTES`` and the count checked before each slice,
so no more than ``MAX_HEAD_BYTES + SLICE_BYTES`` bytes of one head are ever parsed.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.errors import AppError, BadRequest, HeadersTooLarge, UriTooLong
from app.middleware import request_id_of, with_service_headers
from app.problems import PROBLEM_MEDIA_TYPE

logger = logging.getLogger("rdsa")

MAX_TARGET_BYTES = 8 * 1024
MAX_HEADERS = 100
MAX_HEAD_BYTES = 32 * 1024
SLICE_BYTES = 4 * 1024

_REASONS = {400: b"Bad Request", 414: b"URI Too Long", 431: b"Request Header Fields Too Large"}


class _Refused(Exception):
    """Raised inside a parser callback to stop parsing a request that is too large."""


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True
        self._head_bytes = 0
        self._header_count = 0
        self._request_id: bytes | None = None
        self._refusal: tuple[type[AppError], str, str] | None = None

    # ------------------------------------------------------------------ reading

    def data_received(self, data: bytes) -> None:
        self._unset_keepalive_if_required()
        offset = 0
        while offset < len(data):
            if self.parser is None or self.transport.is_closing():
                return
            if self._in_head:
                if self._head_bytes > MAX_HEAD_BYTES:
                    self._refuse(
                        HeadersTooLarge,
                        "header",
                        f"the request line and headers exceed {MAX_HEAD_BYTES} bytes",
                    )
                    return
                piece = data[offset : offset + SLICE_BYTES]
                self._head_bytes += len(piece)
            else:
                piece = data[offset:]
            offset += len(piece)
            if not self._feed(piece):
                return

    def _feed(self, piece: bytes) -> bool:
        try:
            self.parser.feed_data(piece)
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
            return False
        except httptools.HttpParserError as exc:
            if self._refusal is not None:
                self._refuse(*self._refusal)
            else:
                reason = str(exc).strip().rstrip(".") or "malformed request"
                self._refuse(BadRequest, "request", f"it is not valid HTTP/1.1 ({reason})")
            return False
        return True

    # ------------------------------------------------------------------ parser callbacks

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_count = 0
        self._request_id = None

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > MAX_TARGET_BYTES:
            self._refusal = (
                UriTooLong,
                "url",
                f"the path and query string exceed {MAX_TARGET_BYTES} bytes",
            )
            raise _Refused

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count > MAX_HEADERS:
            self._refusal = (HeadersTooLarge, "header", f"more than {MAX_HEADERS} header fields")
            raise _Refused
        if name.lower() == b"x-request-id":
            self._request_id = value.strip()
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_head, self._head_bytes = True, 0

    # ------------------------------------------------------------------ answering

    def send_400_response(self, msg: str) -> None:  # uvicorn's own fallback path
        self._refuse(BadRequest, "request", "it is not valid HTTP/1.1")

    def _refuse(self, error: type[AppError], field: str, why: str) -> None:
        request_id = request_id_of(self._request_id)
        logger.warning(
            "refused unreadable request request_id=%s status=%d: %s", request_id, error.status, why
        )
        body = json.dumps(
            {
                "type": f"/problems/{error.code}",
                "title": error.title,
                "status": error.status,
                "detail": f"The server did not read this request: {why}",
                "errors": [{"field": field, "message": why, "code": error.code}],
            }
        ).encode()
        headers = [
            *self.server_state.default_headers,
            (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        head = [b"HTTP/1.1 %d %s\r\n" % (error.status, _REASONS[error.status])]
        head += [
            name + b": " + value + b"\r\n"
            for name, value in with_service_headers(headers, request_id)
        ]
        self.transport.write(b"".join(head) + b"\r\n" + body)
        self.transport.close()
