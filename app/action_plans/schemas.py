from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from app.schemas import NO_CONTROL_CHARACTERS, RequestModel, printable

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
StepText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=1000),
    AfterValidator(printable),
    Field(json_schema_extra={"pattern": NO_CONTROL_CHARACTERS}),
]
StepStatus = Literal["todo", "doing", "done"]


class IssueFocus(RequestModel):
    """Focus on one issue found in the assessment."""

    issue: Identifier


class DomainFocus(RequestModel):
    """Focus on every issue found in one domain."""

    domain: Identifier


PlanCreate = IssueFocus | DomainFocus


class StepCreate(RequestModel):
    text: StepText
    due_date: date | None = None


class StepUpdate(RequestModel):
    text: StepText | None = None
    status: StepStatus | None = None
    due_date: date | None = None


class StepOrder(RequestModel):
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
