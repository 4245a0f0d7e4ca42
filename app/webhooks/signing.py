"""Signing deliveries: HMAC-SHA256 over ``"<unix time>.<body>"`` with the hook's secret.

The header reads ``Rdsa-Signature: t=<unix time>,v1=<hex digest>``. Receivers recompute
the digest with their copy of the secret, compare in constant time and refuse
timestamps older than five minutes (``app.client.verify_signature`` does all three).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SECRET_PREFIX = "whsec_"  # noqa: S105 — a prefix, not a secret
SIGNATURE_HEADER = "Rdsa-Signature"
EVENT_HEADER = "Rdsa-Event"
DELIVERY_HEADER = "Rdsa-Delivery"


def new_secret() -> str:
    """A fresh signing secret: a recognisable prefix plus 256 bits of randomness."""
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def secret_hint(secret: str) -> str:
    """What may be shown after creation: the prefix and the last four characters."""
    return f"{SECRET_PREFIX}…{secret[-4:]}"


def digest(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(secret: str, timestamp: int, body: bytes) -> str:
    return f"t={timestamp},v1={digest(secret, timestamp, body)}"
