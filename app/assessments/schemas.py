from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.schemas import RequestModel
from app.scoring import Answer, Results

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
Version = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z.+-]{1,64}$")]


class AnswerCountOut(BaseModel):
    answer: dict[str, Any]
    count: int


class DisagreementOut(BaseModel):
    question_id: str
    respondents: int = Field(description="how many respondents answered this question")
    answers: list[AnswerCountOut] = Field(description="distinct answers with counts, no names")
    combined: dict[str, Any]


class AssessmentCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"questionnaire": "rd-core", "version": "1.0.0"}]}
    )

    questionnaire: Slug = Field(description="Questionnaire slug, e.g. rd-core")
    version: Version | None = Field(
        default=None, description="A version of the questionnaire; default: latest published"
    )
    from_assessment: uuid.UUID | None = Field(
        default=None,
        description="Pre-fill answers from an earlier assessment of this organisation "
        "(carried across versions through migrates_from)",
    )


class AnswersPatch(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "answers": {
                        "power-purpose": {"value": "always"},
                        "power-benefit": {"unsure": True, "comment": "We have to ask the board"},
                        "power-labour": None,
                    }
                }
            ]
        }
    )

    answers: dict[Annotated[str, StringConstraints(min_length=1, max_length=64)], Answer | None] = (
        Field(description="Question id → answer; null clears the answer", max_length=500)
    )


class QuestionnaireRef(BaseModel):
    slug: str
    version: str


class ProgressOut(BaseModel):
    answered: int
    required: int
    applicable: int
    missing_required: list[str]
    complete: bool


class AssessmentSummary(BaseModel):
    id: uuid.UUID
    organisation_id: uuid.UUID
    status: Literal["draft", "submitted"]
    questionnaire: QuestionnaireRef
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None


class AssessmentRead(AssessmentSummary):
    answers: dict[str, dict[str, Any]] = Field(
        description="Question id → answer ({value}, {unsure}, {not_applicable}, + comment)"
    )
    progress: ProgressOut
    prefilled_from: uuid.UUID | None
    needs_review: list[str] = Field(
        description="Answers carried over from an earlier assessment that should be checked"
    )
    etag: str = Field(description="Send it back in If-Match to avoid overwriting others' edits")


class TeamSummary(BaseModel):
    respondents: int
    rule: str
    disagreements: list[DisagreementOut] = Field(
        description="Questions where respondents answered differently: worth discussing"
    )


class AssessmentResults(Results):
    team: TeamSummary | None = Field(
        default=None, description="For team assessments: how answers were combined"
    )
