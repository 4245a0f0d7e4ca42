"""Server-side web sessions: start on sign-in, look up per request, end on sign-out.

The cookie carries 256 random bits; the table stores only their SHA-256. A session
lasts while it is used (``IDLE`` without a request ends it), never longer than
``LIFETIME``, and dies with its key: a revoked key's sessions stop working at once,
a deleted key's rows go with it (ON DELETE CASCADE).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.models import ApiKey, WebSession
from app.web import csrf

IDLE = timedelta(hours=12)
LIFETIME = timedelta(days=7)
# Extend the expiry at most this often, so reading pages rarely writes.
REFRESH_EVERY = timedelta(minutes=10)


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Found:
    row: WebSession
    key: ApiKey

    @property
    def needs_refresh(self) -> bool:
        return self.row.expires_at - utcnow() < IDLE - REFRESH_EVERY


def start(session: Session, key: ApiKey) -> str:
    """A new session for ``key``; returns the id for the cookie (shown nowhere else)."""
    purge_expired(session)
    session_id = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            id_hash=_hash(session_id),
            key_id=key.id,
            expires_at=utcnow() + IDLE,
            csrf_secret=csrf.new_secret(),
        )
    )
    session.flush()
    return session_id


def find(session: Session, session_id: str | None) -> Found | None:
    """The live session behind a cookie value, with its (unrevoked) key."""
    if not session_id or len(session_id) > 100:
        return None
    row = session.execute(
        select(WebSession, ApiKey)
        .join(ApiKey, ApiKey.id == WebSession.key_id)
        .where(WebSession.id_hash == _hash(session_id))
    ).one_or_none()
    if row is None:
        return None
    web_session, key = row
    now = utcnow()
    if key.revoked_at is not None or web_session.expires_at <= now:
        return None
    if web_session.created_at + LIFETIME <= now:
        return None
    return Found(web_session, key)


def refresh(session: Session, id_hash: str) -> None:
    """Push the idle expiry forward (called at most every ``REFRESH_EVERY``)."""
    row = session.get(WebSession, id_hash)
    if row is not None:
        row.expires_at = min(utcnow() + IDLE, row.created_at + LIFETIME)


def end(session: Session, session_id: str | None) -> None:
    if session_id and len(session_id) <= 100:
        session.execute(delete(WebSession).where(WebSession.id_hash == _hash(session_id)))


def purge_expired(session: Session, now: datetime | None = None) -> None:
    session.execute(delete(WebSession).where(WebSession.expires_at <= (now or utcnow())))
