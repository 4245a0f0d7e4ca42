"""API key tokens: a recognisable prefix plus 256 random bits; only a hash is stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets

TOKEN_PREFIX = "rdsa_"  # noqa: S105 — a public prefix, not a secret


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    # A fast hash is enough: tokens carry 256 bits of entropy, so there is
    # nothing for a slow KDF to protect against.
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def hashes_match(stored: str, presented: str) -> bool:
    return hmac.compare_digest(stored.encode(), presented.encode())


def hint(token: str) -> str:
    """What may be shown after creation: enough to recognise a key, not to use it."""
    return token[-4:]
