from __future__ import annotations

import uuid

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, CreatedMixin, IdMixin


class Organisation(IdMixin, CreatedMixin, Base):
    """A tenant. Only what the service needs: a name (may be a pseudonym), optional
    country and sector tags, the time zone its people read times in. No personal data."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    # An IANA name ("America/Bogota"): the web client shows its dates and times in it.
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")
    # The facilitator key that onboarded the organisation, if any. Not a foreign key:
    # keys come and go, and erasing a facilitator key must not touch tenants.
    onboarded_by: Mapped[uuid.UUID | None] = mapped_column()
