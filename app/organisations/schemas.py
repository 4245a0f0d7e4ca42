from __future__ import annotations

import uuid
from datetime import datetime
from functools import cache
from typing import Annotated, Self
from zoneinfo import available_timezones

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from app.models import Organisation
from app.schemas import CountryCode, Name, RequestModel, Tag


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones()) | {"UTC"}


def known_zone(value: str) -> str:
    if value not in _zone_names():
        raise ValueError("is not an IANA time zone name, such as America/Bogota or Africa/Nairobi")
    return value


TimeZone = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$",
        description="An IANA time zone name; the web client shows dates and times in it",
        examples=["America/Bogota"],
    ),
    AfterValidator(known_zone),
]


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
    time_zone: TimeZone = "UTC"


class OrganisationUpdate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "Colectivo Lila LBT"}]})

    name: Name | None = None
    country: CountryCode | None = None
    sectors: list[Tag] | None = Field(default=None, max_length=10)
    time_zone: TimeZone | None = None


class OrganisationRead(BaseModel):
    id: uuid.UUID
    name: str
    country: str | None
    sectors: list[str]
    time_zone: str
    created_at: datetime

    @classmethod
    def of(cls, organisation: Organisation) -> Self:
        return cls.model_validate(organisation, from_attributes=True)
