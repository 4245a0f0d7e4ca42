"""Conditional requests (RFC 9110): entity tags for If-None-Match and If-Match."""

from __future__ import annotations


def _tags(header: str) -> list[str]:
    return [part.strip() for part in header.split(",") if part.strip()]


def _opaque(tag: str) -> str:
    return tag[2:] if tag.startswith("W/") else tag


def none_match(header: str | None, etag: str) -> bool:
    """True when If-None-Match matches ``etag`` (weak comparison): answer 304."""
    if not header:
        return False
    return any(tag == "*" or _opaque(tag) == _opaque(etag) for tag in _tags(header))


def match(header: str, etag: str) -> bool:
    """True when If-Match matches ``etag`` (strong comparison)."""
    return any(tag == "*" or (not tag.startswith("W/") and tag == etag) for tag in _tags(header))
