from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from app.access_log.service import Recorder
from app.action_plans import service
from app.action_plans.schemas import (
    PlanCreate,
    PlanOut,
    PlanSummary,
    StepCreate,
    StepOrder,
    StepOut,
    StepUpdate,
)
from app.assessments import service as assessments
from app.auth.dependencies import CurrentPrincipal, MemberPrincipal
from app.catalogue.router import AcceptLanguage, LangQuery, RegistryDep, ResourcesDep
from app.db.session import SessionDep
from app.organisations import service as organisations
from app.problems import problem_responses

router = APIRouter(tags=["action plans"], responses=problem_responses(401, 404, 422))
MEMBER_ONLY = problem_responses(403)


@router.post(
    "/v1/assessments/{assessment_id}/action-plans",
    status_code=status.HTTP_201_CREATED,
    response_model=PlanOut,
    responses={**MEMBER_ONLY, **problem_responses(409)},
)
def create_plan(
    assessment_id: uuid.UUID,
    body: PlanCreate,
    principal: MemberPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
) -> PlanOut:
    """Start a plan for one issue or one domain of a submitted assessment, built from
    the issues' first steps and recommended resources (in the requested language)."""
    assessment = assessments.get_for(session, principal, assessment_id, admin=False)
    entry = assessments.questionnaire_of(registry, assessment)
    locale = entry.negotiate(lang, accept_language)
    locale = entry.model.default_locale if locale == "*" else locale
    plan = service.create(session, assessment, body, registry, resources, locale)
    return service.read(session, plan, resources)


@router.get("/v1/organisations/{org_id}/action-plans", response_model=list[PlanSummary])
def list_plans(
    org_id: uuid.UUID, principal: CurrentPrincipal, session: SessionDep, recorder: Recorder
) -> list[PlanSummary]:
    """The organisation's action plans with their progress, newest first."""
    organisation = organisations.get_for(session, principal, org_id)
    recorder.record(principal, org_id, "listed action plans", f"/v1/organisations/{org_id}")
    return service.for_organisation(session, organisation.id)


@router.get("/v1/action-plans/{plan_id}", response_model=PlanOut)
def read_plan(
    plan_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    resources: ResourcesDep,
    recorder: Recorder,
) -> PlanOut:
    """A plan with its steps, progress, and — once the organisation has assessed itself
    again — which of the focused issues were resolved."""
    plan = service.get_for(session, principal, plan_id)
    recorder.record(
        principal, plan.organisation_id, "read action plan", f"/v1/action-plans/{plan_id}"
    )
    return service.read(session, plan, resources)


@router.delete(
    "/v1/action-plans/{plan_id}", status_code=status.HTTP_204_NO_CONTENT, responses=MEMBER_ONLY
)
def delete_plan(plan_id: uuid.UUID, principal: MemberPrincipal, session: SessionDep) -> None:
    service.delete(session, service.get_for(session, principal, plan_id, admin=False))


@router.post(
    "/v1/action-plans/{plan_id}/steps",
    status_code=status.HTTP_201_CREATED,
    response_model=StepOut,
    responses=MEMBER_ONLY,
)
def add_step(
    plan_id: uuid.UUID,
    body: StepCreate,
    principal: MemberPrincipal,
    session: SessionDep,
    resources: ResourcesDep,
) -> StepOut:
    """Add a step of your own at the end of the plan."""
    plan = service.get_for(session, principal, plan_id, admin=False)
    return service.step_out(service.add_step(session, plan, body), resources)


@router.patch(
    "/v1/action-plans/{plan_id}/steps/{step_id}", response_model=StepOut, responses=MEMBER_ONLY
)
def update_step(
    plan_id: uuid.UUID,
    step_id: uuid.UUID,
    body: StepUpdate,
    principal: MemberPrincipal,
    session: SessionDep,
    resources: ResourcesDep,
) -> StepOut:
    """Edit a step's text, status (todo / doing / done) or due date."""
    plan = service.get_for(session, principal, plan_id, admin=False)
    return service.step_out(service.update_step(session, plan, step_id, body), resources)


@router.delete(
    "/v1/action-plans/{plan_id}/steps/{step_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=MEMBER_ONLY,
)
def delete_step(
    plan_id: uuid.UUID, step_id: uuid.UUID, principal: MemberPrincipal, session: SessionDep
) -> None:
    service.delete_step(session, service.get_for(session, principal, plan_id, admin=False), step_id)


@router.put("/v1/action-plans/{plan_id}/order", response_model=PlanOut, responses=MEMBER_ONLY)
def reorder_steps(
    plan_id: uuid.UUID,
    body: StepOrder,
    principal: MemberPrincipal,
    session: SessionDep,
    resources: ResourcesDep,
) -> PlanOut:
    """Put the steps in a new order (send every step id once)."""
    plan = service.get_for(session, principal, plan_id, admin=False)
    service.reorder(session, plan, body)
    return service.read(session, plan, resources)
