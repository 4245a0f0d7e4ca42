"""Request and response bodies for cohorts and memberships (summaries: summary_schemas)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.schemas import Name, RequestModel


class Sharing(StrEnum):
    AGGREGATE = "aggregate"
    RESULTS = "results"


SHARING_HELP = (
    "aggregate: counted only in k-anonymous cohort figures (the default); results: the "
    "cohort's facilitator may also read this organisation's results, listed by name"
)

JoinCode = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class CohortCreate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "Cohort 2026"}]})

    name: Name = Field(description="What the facilitator calls the cohort; members see it")


class CohortRead(BaseModel):
    id: uuid.UUID
    name: str
    created_at: datetime
    member_count: int = Field(description="organisations in the cohort now")
    join_code_hint: str = Field(description="last group of the current join code")
    join_code_rotated_at: datetime


class CohortCreated(BaseModel):
    id: uuid.UUID
    name: str
    join_code: str = Field(
        description="Give this to the organisations; shown only now (rotate to get a new one)"
    )


class JoinRequest(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"join_code": "K7QF-3MZP-W2XA-9TDB", "sharing": "aggregate"}]
        }
    )

    join_code: JoinCode = Field(description="e.g. K7QF-3MZP-W2XA-9TDB (case and hyphens ignored)")
    sharing: Sharing = Field(default=Sharing.AGGREGATE, description=SHARING_HELP)


class SharingUpdate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"sharing": "results"}]})

    sharing: Sharing = Field(description=SHARING_HELP)


class MembershipRead(BaseModel):
    """One organisation's membership, as the organisation sees it (no other members)."""

    cohort_id: uuid.UUID
    cohort_name: str
    organisation_id: uuid.UUID
    sharing: Sharing
    joined_at: datetime
    sharing_changed_at: datetime
