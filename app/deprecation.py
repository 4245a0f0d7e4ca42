"""Deprecated operations: marked once on the route, announced in the document and in
every answer.

    @router.get("/v1/old", **deprecated(since=date(2027, 1, 4), sunset=date(2027, 7, 5),
                                        successor="/v1/new"))

gives the operation ``deprecated: true`` and ``x-deprecation`` in /openapi.json, and
every response of it (successes and problems alike) the headers

    Deprecation: @1799020800                (RFC 9745: since when, as a Unix time)
    Sunset: Mon, 05 Jul 2027 00:00:00 GMT   (RFC 8594: from when it may be gone)
    Link: </v1/new>; rel="successor-version"

ServiceMiddleware adds the headers (app.middleware); the change policy is in
docs/integrating.md.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from email.utils import formatdate
from typing import Any

EXTENSION = "x-deprecation"
MIN_NOTICE_DAYS = 182  # six months: the notice the change policy promises


@dataclass(frozen=True)
class Deprecation:
    since: date
    sunset: date
    successor: str | None = None

    def headers(self) -> list[tuple[bytes, bytes]]:
        since = calendar.timegm(self.since.timetuple())
        sunset = calendar.timegm(self.sunset.timetuple())
        headers = [
            (b"deprecation", f"@{since}".encode()),
            (b"sunset", formatdate(sunset, usegmt=True).encode()),
        ]
        if self.successor:
            headers.append((b"link", f'<{self.successor}>; rel="successor-version"'.encode()))
        return headers


def deprecated(*, since: date, sunset: date, successor: str | None = None) -> dict[str, Any]:
    """Keyword arguments for a route decorator that mark its operation deprecated."""
    if (sunset - since).days < MIN_NOTICE_DAYS:
        raise ValueError(
            f"a deprecated operation's sunset must be at least {MIN_NOTICE_DAYS} days "
            "after its deprecation (docs/integrating.md, API change policy)"
        )
    extension: dict[str, Any] = {"since": since.isoformat(), "sunset": sunset.isoformat()}
    if successor:
        extension["successor"] = successor
    return {"deprecated": True, "openapi_extra": {EXTENSION: extension}}


def deprecation_of(route: Any) -> Deprecation | None:
    """The deprecation a route was marked with by ``deprecated()``, if any."""
    if not getattr(route, "deprecated", False):
        return None
    extension = (getattr(route, "openapi_extra", None) or {}).get(EXTENSION)
    if not isinstance(extension, dict):
        return None
    return Deprecation(
        since=date.fromisoformat(extension["since"]),
        sunset=date.fromisoformat(extension["sunset"]),
        successor=extension.get("successor"),
    )
