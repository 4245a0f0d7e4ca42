from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.assessments.schemas import DisagreementOut
from app.schemas import RequestModel


class TeamOpen(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"rule": "majority"}]})

    rule: Literal["cautious", "majority"] = Field(
        default="cautious",
        description="How answers are combined: cautious (the lowest-scoring answer; on "
        "context questions the riskiest answer, 'don't know' winning over a safe one) or "
        "majority (the most frequent answer)",
    )


class RespondentOut(BaseModel):
    key_id: uuid.UUID
    label: str
    answered: int
    is_you: bool


class TeamRead(BaseModel):
    status: Literal["open", "closed"]
    rule: str
    respondents: list[RespondentOut]
    combined_answers: dict[str, dict[str, Any]] = Field(
        description="What the organisation's answers would be if the round closed now; "
        "while the round is open, only questions that at least two respondents answered"
    )
    disagreements: list[DisagreementOut]
