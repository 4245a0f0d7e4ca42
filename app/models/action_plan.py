from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, CreatedMixin, IdMixin, UTCDateTime, utcnow


class ActionPlan(IdMixin, CreatedMixin, Base):
    """Steps an organisation chose to take on one issue or domain after an assessment."""

    __tablename__ = "action_plans"
    __table_args__ = (
        CheckConstraint("focus_kind IN ('issue', 'domain')", name="known_focus"),
        Index("ix_action_plans_organisation_created", "organisation_id", "created_at"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE")
    )
    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    focus_kind: Mapped[str] = mapped_column(String(16))
    focus_id: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    # The issue ids the plan addresses (checked again at the next assessment).
    issue_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    locale: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ActionStep(IdMixin, Base):
    __tablename__ = "action_steps"
    __table_args__ = (
        CheckConstraint("status IN ('todo', 'doing', 'done')", name="known_status"),
        Index("ix_action_steps_plan_position", "plan_id", "position"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("action_plans.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    text: Mapped[str] = mapped_column(Text)
    issue_id: Mapped[str | None] = mapped_column(String(64))
    resource_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="todo")
    due_date: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(100))  # who does it, in their words
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
