from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, UTCDateTime, utcnow


class WebSession(Base):
    """A signed-in browser. The cookie holds a random id; only its SHA-256 is stored here,
    never the access key. Deleting the key (or its organisation) deletes its sessions."""

    __tablename__ = "web_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("api_keys.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Slides forward while the session is used; the session dies when it passes.
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    # The synchronizer token's secret: forms carry it (masked), every POST is checked.
    csrf_secret: Mapped[str] = mapped_column(String(64))
