from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from app.access_log.service import Recorder
from app.assessments import service as assessments
from app.assessments.schemas import AnswersPatch
from app.auth.dependencies import CurrentPrincipal, MemberPrincipal
from app.catalogue.router import RegistryDep
from app.db.session import SessionDep
from app.problems import problem_responses
from app.teams import service
from app.teams.schemas import TeamOpen, TeamRead

router = APIRouter(tags=["team assessments"], responses=problem_responses(401, 404, 409, 422))


class MyAnswers(BaseModel):
    answers: dict[str, dict[str, Any]]


def _dumped(answers: dict[str, Any]) -> MyAnswers:
    return MyAnswers(
        answers={q: a.model_dump(mode="json", exclude_none=True) for q, a in answers.items()}
    )


@router.post(
    "/v1/assessments/{assessment_id}/team",
    response_model=TeamRead,
    responses=problem_responses(403),
)
def open_team_round(
    assessment_id: uuid.UUID,
    body: TeamOpen,
    principal: MemberPrincipal,
    session: SessionDep,
    registry: RegistryDep,
) -> TeamRead:
    """Open the draft to several respondents: each member key answers privately through
    my-answers; answers given so far become the opener's own."""
    assessment = assessments.get_for(session, principal, assessment_id, admin=False)
    service.open_round(session, assessment, principal, body.rule)
    return service.read(session, assessment, principal, registry)


@router.get("/v1/assessments/{assessment_id}/team", response_model=TeamRead)
def read_team_round(
    assessment_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    recorder: Recorder,
) -> TeamRead:
    """Respondents and their progress, the combined answers so far, and where
    respondents disagree (distinct answers with counts — never who said what)."""
    assessment = assessments.get_for(session, principal, assessment_id)
    recorder.record(
        principal, assessment.organisation_id, "read team round", f"/v1/assessments/{assessment_id}"
    )
    return service.read(session, assessment, principal, registry)


@router.get(
    "/v1/assessments/{assessment_id}/my-answers",
    response_model=MyAnswers,
    responses=problem_responses(403),
)
def read_my_answers(
    assessment_id: uuid.UUID, principal: MemberPrincipal, session: SessionDep
) -> MyAnswers:
    """Your own answers in the open team round."""
    assessment = assessments.get_for(session, principal, assessment_id, admin=False)
    return _dumped(service.my_answers(session, assessment, principal))


@router.patch(
    "/v1/assessments/{assessment_id}/my-answers",
    response_model=MyAnswers,
    responses=problem_responses(403),
)
def patch_my_answers(
    assessment_id: uuid.UUID,
    body: AnswersPatch,
    principal: MemberPrincipal,
    session: SessionDep,
    registry: RegistryDep,
) -> MyAnswers:
    """Save your own answers in the open team round (null clears one)."""
    assessment = assessments.get_for(session, principal, assessment_id, admin=False)
    return _dumped(service.patch_my_answers(session, assessment, principal, body, registry))


@router.post(
    "/v1/assessments/{assessment_id}/team/close",
    response_model=TeamRead,
    responses=problem_responses(403),
)
def close_team_round(
    assessment_id: uuid.UUID, principal: MemberPrincipal, session: SessionDep, registry: RegistryDep
) -> TeamRead:
    """Combine everyone's answers into the organisation's answers. They can then be
    adjusted after discussion, and submitted as usual."""
    assessment = assessments.get_for(session, principal, assessment_id, admin=False)
    service.close_round(session, assessment, registry)
    return service.read(session, assessment, principal, registry)
