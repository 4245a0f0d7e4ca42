"""Synchronizer tokens for forms.

Each web session holds a random secret. Pages carry it masked with a fresh random
pad (pad + pad XOR secret), so compressed pages never repeat the same token bytes
(BREACH); every POST must send a token that unmasks to the session's secret.
"""

from __future__ import annotations

import base64
import hmac
import secrets

SECRET_BYTES = 32


def new_secret() -> str:
    return secrets.token_hex(SECRET_BYTES)


def _xor(left: bytes, right: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(left, right, strict=True))


def mask(secret: str) -> str:
    raw = bytes.fromhex(secret)
    pad = secrets.token_bytes(len(raw))
    return base64.urlsafe_b64encode(pad + _xor(pad, raw)).decode("ascii")


def unmask(token: str) -> bytes | None:
    try:
        data = base64.urlsafe_b64decode(token.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return None
    if len(data) != 2 * SECRET_BYTES:
        return None
    return _xor(data[:SECRET_BYTES], data[SECRET_BYTES:])


def matches(token: str | None, secret: str) -> bool:
    """True when ``token`` (as sent in a form) belongs to ``secret``."""
    if not token or len(token) > 200:
        return False
    raw = unmask(token)
    return raw is not None and hmac.compare_digest(raw, bytes.fromhex(secret))
