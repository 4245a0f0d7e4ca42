from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, IdMixin, UTCDateTime, utcnow


class AccessLogEntry(IdMixin, Base):
    """Someone outside the organisation read its data. Never holds answer content."""

    __tablename__ = "access_log"
    __table_args__ = (Index("ix_access_log_organisation_at", "organisation_id", "at"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_role: Mapped[str] = mapped_column(String(16))
    actor_key_id: Mapped[uuid.UUID] = mapped_column()
    actor_label: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(200))
