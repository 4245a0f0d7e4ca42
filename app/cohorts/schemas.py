"""Request and response bodies for cohorts and memberships (summaries: summary_schemas)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.organisations.schemas import OrganisationCreate, OrganisationRead
from app.schemas import Name, RequestModel


class Sharing(StrEnum):
    AGGREGATE = "aggregate"
    ISSUES = "issues"
    RESULTS = "results"


SHARING_HELP = (
    "aggregate: counted only in k-anonymous cohort figures (the default); issues: the "
    "cohort's facilitator may see this organisation's issue and strength titles with their "
    "severities, listed by name (no answers, scores or notes); results: the facilitator "
    "may also read this organisation's results"
)
DISPLAY_NAME_HELP = (
    "the name other members and the facilitator see in the cohort's roster; "
    "default: the organisation's name"
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
    display_name: Name | None = Field(default=None, description=DISPLAY_NAME_HELP)


class SignUpRequest(RequestModel):
    """An organisation signs itself up with a cohort's join code."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "join_code": "K7QF-3MZP-W2XA-9TDB",
                    "organisation": {"name": "Colectivo Lila LBT", "country": "MX"},
                    "display_name": "Colectivo Lila",
                    "sharing": "issues",
                    "key_label": "coordination laptop",
                }
            ]
        }
    )

    join_code: JoinCode = Field(description="e.g. K7QF-3MZP-W2XA-9TDB (case and hyphens ignored)")
    organisation: OrganisationCreate
    sharing: Sharing = Field(default=Sharing.AGGREGATE, description=SHARING_HELP)
    display_name: Name | None = Field(default=None, description=DISPLAY_NAME_HELP)
    key_label: Annotated[str, StringConstraints(max_length=100)] = Field(
        default="", description="a label for the first member key (e.g. who holds it)"
    )


class SharingUpdate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"sharing": "results"}]})

    sharing: Sharing = Field(description=SHARING_HELP)


class MembershipRead(BaseModel):
    """One organisation's membership, as the organisation sees it (no other members)."""

    cohort_id: uuid.UUID
    cohort_name: str
    organisation_id: uuid.UUID
    sharing: Sharing
    display_name: str
    joined_at: datetime
    sharing_changed_at: datetime


class SignedUp(BaseModel):
    """The new organisation, its membership and its first member key (shown only here)."""

    organisation: OrganisationRead
    membership: MembershipRead
    key_id: uuid.UUID
    token: str = Field(description="The organisation's first member key. Shown once: store it.")


Progress = Literal["joined", "draft_started", "submitted"]


class RosterEntry(BaseModel):
    display_name: str = Field(description="the name the organisation chose for this cohort")
    joined_at: datetime
    onboarded: bool = Field(
        description="true when the cohort's facilitator created the organisation (and could "
        "hold its keys): such organisations never count toward the k-anonymous figures"
    )
    status: Progress | None = Field(
        default=None,
        description="facilitator view only: joined, draft started or submitted "
        "(members agree to this when they join)",
    )
    status_at: datetime | None = Field(
        default=None, description="facilitator view only: when the draft started or was submitted"
    )


class Roster(BaseModel):
    """Who is in the cohort; every member and the facilitator see it."""

    cohort_id: uuid.UUID
    cohort_name: str
    questionnaire: str | None = Field(description="the questionnaire the counts below refer to")
    members: list[RosterEntry]
    onboarded: int = Field(description="members the facilitator onboarded (never counted)")
    counted_in_figures: int = Field(
        description="organisations the figures currently shown to the facilitator describe "
        "(0 while it sees counts only)"
    )
