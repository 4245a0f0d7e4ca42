from __future__ import annotations

import uuid
from datetime import datetime
from typing import Self

from pydantic import BaseModel, ConfigDict, Field

from app.models import Organisation
from app.schemas import CountryCode, Name, RequestModel, Tag


class OrganisationCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"name": "Colectivo Lila", "country": "CO", "sectors": ["lgbtqi", "health"]}
            ]
        }
    )

    name: Name = Field(
        description="Any name the organisation is known by here; a pseudonym is fine"
    )
    country: CountryCode | None = None
    sectors: list[Tag] = Field(default_factory=list, max_length=10)


class OrganisationUpdate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "Colectivo Lila LBT"}]})

    name: Name | None = None
    country: CountryCode | None = None
    sectors: list[Tag] | None = Field(default=None, max_length=10)


class OrganisationRead(BaseModel):
    id: uuid.UUID
    name: str
    country: str | None
    sectors: list[str]
    created_at: datetime

    @classmethod
    def of(cls, organisation: Organisation) -> Self:
        return cls.model_validate(organisation, from_attributes=True)
