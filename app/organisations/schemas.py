from __future__ import annotations

import uuid
from datetime import datetime
from importlib.resources import files
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from app.models import Organisation
from app.schemas import CountryCode, Name, RequestModel, Tag

# The regional IANA names of the pinned tzdata package (not the machine's own database,
# so every installation documents and accepts the same list), plus UTC. Legacy aliases
# (US/Eastern, Etc/GMT+5) are left out: one name per place.
_REGIONS = "Africa America Antarctica Arctic Asia Atlantic Australia Europe Indian Pacific"
ZONE_NAMES: tuple[str, ...] = (
    "UTC",
    *sorted(
        name
        for name in files("tzdata").joinpath("zones").read_text().split()
        if name.split("/", 1)[0] in _REGIONS.split() and "/" in name
    ),
)
_KNOWN = frozenset(ZONE_NAMES)


def known_zone(value: str) -> str:
    if value not in _KNOWN:
        raise ValueError("is not an IANA time zone name, such as America/Bogota or Africa/Nairobi")
    return value


TimeZone = Annotated[
    str,
    Field(
        description="An IANA time zone name; the web client shows dates and times in it",
        examples=["America/Bogota"],
        json_schema_extra={"enum": list(ZONE_NAMES)},
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
