"""Requests the HTTP parser itself refuses, sent over raw sockets to a real `rdsa serve`:
bounded request line, header count and header size (431/414), and malformed requests,
all answered as problem+json with the security headers and a request id."""

from __future__ import annotations

import contextlib
import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.slow.serve import ServeProcess


@pytest.fixture(scope="module")
def served(
    make_database_url: Callable[[str, str], str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServeProcess]:
    log = tmp_path_factory.mktemp("http-limits") / "serve.log"
    server = ServeProcess(make_database_url("sqlite", "http-limits"), log).start()
    yield server
    server.stop()


def _exchange(server: ServeProcess, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send ``raw`` and read the whole answer (the server closes after refusing)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=20) as sock:
        # the server may refuse before reading everything; its answer is still there
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(raw)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
            if _complete(b"".join(chunks)):
                break
    data = b"".join(chunks)
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def _complete(data: bytes) -> bool:
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return False


def _problem(answer: tuple[int, dict[str, str], bytes], status: int) -> dict[str, object]:
    got, headers, body = answer
    assert got == status, (got, headers, body[:300])
    assert headers["content-type"].startswith("application/problem+json"), headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store"
    assert headers["x-request-id"]
    problem: dict[str, object] = json.loads(body)
    assert problem["status"] == status
    assert str(problem["type"]).startswith("/problems/")
    assert problem["title"] and problem["detail"]
    assert problem["errors"], problem  # names the part of the request at fault
    return problem


def _get(headers: bytes = b"", target: bytes = b"/healthz") -> bytes:
    return b"GET " + target + b" HTTP/1.1\r\nHost: x\r\n" + headers + b"Connection: close\r\n\r\n"


def test_ordinary_requests_still_pass(served: ServeProcess) -> None:
    status, _, _ = _exchange(served, _get(b"X-Some: " + b"a" * 4000 + b"\r\n"))
    assert status == 200
    status, _, _ = _exchange(served, _get(b"".join(b"X-H%d: v\r\n" % i for i in range(50))))
    assert status == 200


def test_a_large_body_sent_with_its_head_is_not_counted_as_head(served: ServeProcess) -> None:
    body = json.dumps({"name": "x" * 150, "sectors": ["y" * 100] * 600}).encode()
    assert len(body) > 3 * 16 * 1024
    raw = (
        b"POST /v1/organisations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    ) + body
    status, headers, _ = _exchange(served, raw)
    assert status == 401 and headers["content-type"].startswith("application/problem+json")


def test_pipelined_requests_are_each_counted_afresh(served: ServeProcess) -> None:
    one = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"p" * 3000 + b"\r\n\r\n"
    with socket.create_connection(("127.0.0.1", served.port), timeout=20) as sock:
        sock.sendall(one * 20 + _get())
        data = b""
        while data.count(b"HTTP/1.1 200") < 21:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    assert data.count(b"HTTP/1.1 200") == 21, data[-500:]


def test_one_huge_header_gets_431(served: ServeProcess) -> None:
    answer = _exchange(served, _get(b"X-Big: " + b"a" * (8 * 1024 * 1024) + b"\r\n"))
    problem = _problem(answer, 431)
    assert problem["type"] == "/problems/request-headers-too-large"


def test_ten_thousand_headers_get_431(served: ServeProcess) -> None:
    many = b"".join(b"X-H%d: v\r\n" % i for i in range(10_000))
    _problem(_exchange(served, _get(many)), 431)


def test_a_key_does_not_change_the_answer(served: ServeProcess) -> None:
    many = b"Authorization: Bearer rdsa_x\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(500))
    _problem(_exchange(served, _get(many, b"/v1/me")), 431)


def test_a_huge_query_string_gets_414(served: ServeProcess) -> None:
    answer = _exchange(served, _get(target=b"/healthz?q=" + b"a" * (1024 * 1024)))
    problem = _problem(answer, 414)
    assert problem["type"] == "/problems/uri-too-long"


def test_the_client_request_id_is_kept_when_readable(served: ServeProcess) -> None:
    raw = _get(b"X-Request-ID: probe-431\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(500)))
    _, headers, _ = _exchange(served, raw)
    assert headers["x-request-id"] == "probe-431"


@pytest.mark.parametrize(
    "raw",
    [
        b"FROB /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
        b"POST /v1/organisations HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n  b\r\n\r\n",
        b"GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n",
        b"GET /he lthz HTTP/1.1\r\nHost: x\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
    ],
    ids=["unknown-method", "negative-length", "obs-fold", "bad-version", "space", "two-lengths"],
)
def test_malformed_requests_get_a_400_problem(served: ServeProcess, raw: bytes) -> None:
    problem = _problem(_exchange(served, raw), 400)
    assert problem["type"] == "/problems/bad-request"
    assert "Invalid HTTP request received" not in str(problem["detail"])


def test_the_server_keeps_serving_after_refusals(served: ServeProcess) -> None:
    for _ in range(3):
        _exchange(served, b"FROB / HTTP/1.1\r\n\r\n")
    status, _, _ = _exchange(served, _get())
    assert status == 200


def test_log_file_has_no_raw_request(served: ServeProcess) -> None:
    # the refusals above are logged as one short line each, not with the request
    log = Path(served.log).read_text(errors="replace")
    assert "a" * 1000 not in log
