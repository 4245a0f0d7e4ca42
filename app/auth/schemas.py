from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field

from app.auth.principal import Role
from app.models import ApiKey
from app.schemas import Label, RequestModel


class MeRead(BaseModel):
    key_id: uuid.UUID
    role: Role
    organisation_id: uuid.UUID | None


class ServiceKeyCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"role": "facilitator", "label": "Cohort lead"}]}
    )

    role: Literal["admin", "facilitator"]
    label: Label = ""


class MemberKeyCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"role": "member", "label": "director"}]}
    )

    role: Literal["member"] = "member"
    label: Label = ""


class KeyRead(BaseModel):
    """A key's metadata. The token itself is never shown again after creation."""

    id: uuid.UUID
    role: Role
    organisation_id: uuid.UUID | None
    label: str
    hint: str = Field(description="The last four characters of the token")
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def of(cls, key: ApiKey) -> Self:
        return cls.model_validate(key, from_attributes=True)


class KeyCreated(KeyRead):
    token: str = Field(description="The secret bearer token. Shown once: store it now.")

    @classmethod
    def with_token(cls, key: ApiKey, token: str) -> KeyCreated:
        return cls.model_validate({**KeyRead.of(key).model_dump(), "token": token})
