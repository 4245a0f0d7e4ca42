"""Idempotency-Key support: the first successful response is stored and replayed."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session
from starlette.responses import Response

from app.errors import FieldError, InvalidInput
from app.models import IdempotencyRecord

MAX_KEY_LENGTH = 200
# Set on a replayed answer, so a client can tell it from a fresh one (and knows that
# its own lang / Accept-Language did not choose the replayed body's language).
REPLAY_HEADER = "Idempotent-Replay"


@dataclass(frozen=True)
class StoredResponse:
    status: int
    body: bytes


def request_hash(method: str, path: str, body: bytes = b"") -> str:
    return hashlib.sha256(method.encode() + b" " + path.encode() + b"\n" + body).hexdigest()


def check_key(key: str) -> str:
    if not key or len(key) > MAX_KEY_LENGTH or not key.isascii() or not key.isprintable():
        raise InvalidInput(
            "The Idempotency-Key header must be 1-200 printable ASCII characters",
            [FieldError("header.idempotency-key", "1-200 printable ASCII characters")],
        )
    return key


def find(
    session: Session, organisation_id: uuid.UUID, key: str, fingerprint: str
) -> StoredResponse | None:
    record = session.get(IdempotencyRecord, (organisation_id, key))
    if record is None:
        return None
    if record.request_hash != fingerprint:
        raise InvalidInput(
            "This Idempotency-Key was already used for a different request",
            [FieldError("header.idempotency-key", "already used for a different request")],
        )
    return StoredResponse(record.response_status, record.response_body.encode())


def remember(
    session: Session,
    organisation_id: uuid.UUID,
    key: str,
    fingerprint: str,
    response: StoredResponse,
) -> None:
    session.add(
        IdempotencyRecord(
            organisation_id=organisation_id,
            key=key,
            request_hash=fingerprint,
            response_status=response.status,
            response_body=response.body.decode(),
        )
    )
    session.flush()


def replay(stored: StoredResponse) -> Response:
    """The stored first answer again, with the language it was written in."""
    headers = {REPLAY_HEADER: "true"}
    locale = _locale_of(stored.body)
    if locale:
        headers["Content-Language"] = locale
    return Response(
        stored.body, status_code=stored.status, media_type="application/json", headers=headers
    )


def _locale_of(body: bytes) -> str | None:
    try:
        document = json.loads(body)
    except ValueError:
        return None
    locale = document.get("locale") if isinstance(document, dict) else None
    return locale if isinstance(locale, str) and locale.isascii() and locale.isprintable() else None
