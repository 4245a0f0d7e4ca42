from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.models import Webhook, WebhookAttempt, WebhookDelivery
from app.schemas import Label, RequestModel
from app.webhooks.events import EventType
from app.webhooks.signing import secret_hint

HookUrl = Annotated[
    str,
    StringConstraints(min_length=1, max_length=500),
    # Documented for clients; checked (with a plain message) by the service.
    Field(
        description="An https URL on a public address, without user name or password",
        json_schema_extra={"pattern": "^[Hh][Tt][Tt][Pp][Ss]?://\\S+$"},
    ),
]


class WebhookCreate(RequestModel):
    url: HookUrl
    events: list[EventType] = Field(
        min_length=1,
        max_length=10,
        description="Organisations: assessment.submitted. Staff keys: cohort.summary_changed.",
    )
    description: Label = ""


class _HookFields(RequestModel):
    url: HookUrl
    description: Label = ""


class OrganisationHookCreate(_HookFields):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "url": "https://crm.example.org/rdsa",
                    "events": ["assessment.submitted"],
                    "description": "CRM",
                }
            ]
        }
    )

    events: list[Literal["assessment.submitted"]] = Field(min_length=1, max_length=10)

    def general(self) -> WebhookCreate:
        events = [EventType(e) for e in self.events]
        return WebhookCreate(url=self.url, events=events, description=self.description)


class StaffHookCreate(_HookFields):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "url": "https://dashboard.example.org/rdsa",
                    "events": ["cohort.summary_changed"],
                    "description": "Cohort dashboard",
                }
            ]
        }
    )

    events: list[Literal["cohort.summary_changed"]] = Field(min_length=1, max_length=10)

    def general(self) -> WebhookCreate:
        events = [EventType(e) for e in self.events]
        return WebhookCreate(url=self.url, events=events, description=self.description)


class WebhookRead(BaseModel):
    id: uuid.UUID
    url: str
    events: list[str]
    description: str
    created_at: datetime
    secret_hint: str = Field(description="The start and last four characters of the secret")

    @classmethod
    def of(cls, hook: Webhook) -> Self:
        return cls(
            id=hook.id,
            url=hook.url,
            events=list(hook.events),
            description=hook.description,
            created_at=hook.created_at,
            secret_hint=secret_hint(hook.secret),
        )


class WebhookCreated(WebhookRead):
    secret: str = Field(
        description="The signing secret. Shown once: store it where your receiver can read it."
    )

    @classmethod
    def with_secret(cls, hook: Webhook) -> Self:
        return cls(**WebhookRead.of(hook).model_dump(), secret=hook.secret)


class AttemptRead(BaseModel):
    at: datetime
    status_code: int | None = Field(description="The receiver's HTTP status, if it answered")
    error: str | None = Field(description="Why no status came back (timeout, refused URL...)")
    duration_ms: int

    @classmethod
    def of(cls, attempt: WebhookAttempt) -> Self:
        return cls.model_validate(attempt, from_attributes=True)


class DeliveryRead(BaseModel):
    id: uuid.UUID = Field(description="Sent as the Rdsa-Delivery header")
    event_id: uuid.UUID = Field(description="The event's id (the same for every hook)")
    event_type: str
    status: str = Field(description="pending, delivered or failed (after the last retry)")
    attempts: list[AttemptRead]
    created_at: datetime
    next_attempt_at: datetime | None
    finished_at: datetime | None

    @classmethod
    def of(cls, delivery: WebhookDelivery, attempts: list[WebhookAttempt]) -> Self:
        return cls(
            id=delivery.id,
            event_id=delivery.event_id,
            event_type=delivery.event_type,
            status=delivery.status,
            attempts=[AttemptRead.of(a) for a in attempts],
            created_at=delivery.created_at,
            next_attempt_at=delivery.next_attempt_at if delivery.status == "pending" else None,
            finished_at=delivery.finished_at,
        )
