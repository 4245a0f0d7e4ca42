"""Checking a webhook delivery's ``Rdsa-Signature`` header (for receivers)."""

from __future__ import annotations

import hashlib
import hmac
import time

DEFAULT_TOLERANCE_SECONDS = 300


class SignatureError(ValueError):
    """The delivery is not authentic or too old; refuse it (answer 400 or 401)."""


def _parse(header: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    digests: list[str] = []
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name == "t" and value.isdigit():
            timestamp = int(value)
        elif name == "v1" and value:
            digests.append(value)
    if timestamp is None or not digests:
        raise SignatureError("the signature header needs t=<unix time> and v1=<hex digest>")
    return timestamp, digests


def verify_signature(
    secret: str,
    body: bytes,
    header: str,
    *,
    tolerance_seconds: int = DEFAULT_TOLERANCE_SECONDS,
    now: float | None = None,
) -> int:
    """Check ``header`` (the ``Rdsa-Signature`` value) against the raw request ``body``.

    Recomputes HMAC-SHA256 over ``"<t>.<body>"`` with ``secret``, compares in constant
    time, and refuses timestamps more than ``tolerance_seconds`` away from ``now`` (a
    replayed old delivery). Returns the signed timestamp; raises :class:`SignatureError`.
    Pass the body exactly as received: parsing and re-serialising JSON changes the bytes.
    """
    timestamp, digests = _parse(header)
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance_seconds:
        raise SignatureError(f"the signature is {int(current - timestamp)} s old; refusing it")
    message = str(timestamp).encode() + b"." + body
    expected = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, d) for d in digests):
        raise SignatureError("the signature does not match this body and secret")
    return timestamp
