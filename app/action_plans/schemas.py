from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from app.schemas import NOT_BLANK, RequestModel, printable

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
StepText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=1000),
    AfterValidator(printable),
    Field(json_schema_extra={"pattern": NOT_BLANK}),
]
StepOwner = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
    AfterValidator(printable),
    Field(
        description="who takes the step on: a first name, a role or a team",
        json_schema_extra={"pattern": NOT_BLANK},
    ),
]
StepStatus = Literal["todo", "doing", "done"]


class IssueFocus(RequestModel):
    """Focus on one issue found in the assessment."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"issue": "consent-bundled"}]})

    issue: Identifier


class DomainFocus(RequestModel):
    """Focus on every issue found in one domain."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"domain": "power"}]})

    domain: Identifier


PlanCreate = IssueFocus | DomainFocus


class StepCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "text": "Ask the board who may see the case files",
                    "due_date": "2026-12-31",
                    "owner": "Ana (coordination)",
                }
            ]
        }
    )

    text: StepText
    due_date: date | None = None
    owner: StepOwner | None = None


class StepUpdate(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "done"}]})

    text: StepText | None = None
    status: StepStatus | None = None
    due_date: date | None = None
    owner: StepOwner | None = Field(default=None, description="null clears it")


class StepOrder(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "step_ids": [
                        "0d4e8b2a-6f1c-4a7e-b3d9-2c5f8e1a7b86",
                        "5b8c1d3e-2f4a-4e6b-9c7d-0a1b2c3d4e5f",
                    ]
                }
            ]
        }
    )

    step_ids: list[uuid.UUID] = Field(max_length=500, description="every step, in the new order")


class ResourceBrief(BaseModel):
    id: str
    title: str
    url: str


class StepOut(BaseModel):
    id: uuid.UUID
    position: int
    text: str
    issue_id: str | None
    resources: list[ResourceBrief]
    status: StepStatus
    due_date: date | None
    owner: str | None


class Focus(BaseModel):
    kind: Literal["issue", "domain"]
    id: str


class PlanProgress(BaseModel):
    done: int
    doing: int
    total: int


class Outcome(BaseModel):
    """Whether a later assessment still finds the issues this plan addresses."""

    reassessed: bool
    assessment_id: uuid.UUID | None = None
    resolved: list[str] = Field(default_factory=list)
    persisting: list[str] = Field(default_factory=list)


class PlanSummary(BaseModel):
    id: uuid.UUID
    organisation_id: uuid.UUID
    assessment_id: uuid.UUID
    focus: Focus
    title: str
    progress: PlanProgress
    created_at: datetime
    updated_at: datetime


class PlanOut(PlanSummary):
    issue_ids: list[str]
    locale: str
    steps: list[StepOut]
    outcome: Outcome
