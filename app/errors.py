"""Domain errors. Services raise these; :mod:`app.problems` renders them as RFC 9457.

AppError
├── BadRequest (400)
├── Unauthorized (401)
├── Forbidden (403)
├── NotFound (404)
├── Conflict (409)
│   └── IdempotencyInFlight (409)
├── PreconditionFailed (412)
├── PayloadTooLarge (413)
├── UriTooLong (414)
├── InvalidInput (422) — carries field errors
├── TooManyRequests (429)
├── HeadersTooLarge (431)
└── ServiceUnavailable (503)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one input field, e.g. ``body.answers.q1``."""

    field: str
    message: str
    code: str = "invalid"


class AppError(Exception):
    status: ClassVar[int] = 500
    code: ClassVar[str] = "internal-error"
    title: ClassVar[str] = "Internal server error"

    def __init__(self, detail: str | None = None, *, headers: dict[str, str] | None = None):
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.headers = headers or {}


class BadRequest(AppError):
    status, code, title = 400, "bad-request", "Bad request"


class Unauthorized(AppError):
    status, code, title = 401, "unauthorized", "Authentication required"

    def __init__(self, detail: str | None = None):
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="rdsa"'})


class Forbidden(AppError):
    status, code, title = 403, "forbidden", "Not allowed"


class NotFound(AppError):
    status, code, title = 404, "not-found", "Not found"


class WrongJoinCode(NotFound):
    """No cohort has this code (wrong, mistyped, rotated or never issued)."""


class Conflict(AppError):
    status, code, title = 409, "conflict", "Conflict"


class IdempotencyInFlight(Conflict):
    code, title = "idempotency-in-flight", "A request with this Idempotency-Key is still running"


class PreconditionFailed(AppError):
    status, code, title = 412, "precondition-failed", "The resource has changed"


class PayloadTooLarge(AppError):
    status, code, title = 413, "payload-too-large", "Request body too large"


class UriTooLong(AppError):
    """The request line (path and query string) is longer than the server reads."""

    status, code, title = 414, "uri-too-long", "Request URI too long"


class InvalidInput(AppError):
    status, code, title = 422, "invalid-input", "Invalid input"

    def __init__(self, detail: str, errors: list[FieldError] | None = None):
        super().__init__(detail)
        self.errors = errors or []


class TooManyRequests(AppError):
    status, code, title = 429, "too-many-requests", "Too many requests"


class HeadersTooLarge(AppError):
    """Too many request headers, or too many bytes of them, for the server to read."""

    status, code, title = 431, "request-headers-too-large", "Request headers too large"


class ServiceUnavailable(AppError):
    status, code, title = 503, "unavailable", "Service unavailable"


def all_error_classes() -> list[type[AppError]]:
    """One error class per problem type, for the problem-type index page, ordered by
    status then code. A subclass that keeps its parent's code (``WrongJoinCode`` is a
    ``not-found``) is the same type and not listed again."""
    found: list[type[AppError]] = []
    pending: list[type[AppError]] = [AppError]
    while pending:
        cls = pending.pop()
        if cls is AppError or "code" in vars(cls):
            found.append(cls)
        pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: (c.status, c.code))
