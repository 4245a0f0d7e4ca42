"""Action plans: the "light-touch support" step after an assessment. A plan starts
from the focus issues' first steps and recommended resources; then it is the
organisation's own list to edit, reorder and tick off."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.action_plans.schemas import (
    Focus,
    IssueFocus,
    Outcome,
    PlanCreate,
    PlanOut,
    PlanProgress,
    PlanSummary,
    ResourceBrief,
    StepCreate,
    StepOrder,
    StepOut,
    StepUpdate,
)
from app.assessments import service as assessments
from app.auth.principal import Principal
from app.db.base import utcnow
from app.db.locks import lock_parent
from app.errors import FieldError, InvalidInput, NotFound
from app.models import ActionPlan, ActionStep, Assessment, ResultFinding
from app.questionnaire.model import Resource
from app.questionnaire.registry import Registry
from app.reports.phrases import phrase
from app.scoring.results import IssueOut

MAX_RESOURCE_STEPS = 3


def _focus_issues(results_issues: list[IssueOut], data: PlanCreate) -> list[IssueOut]:
    if isinstance(data, IssueFocus):
        chosen = [i for i in results_issues if i.id == data.issue]
        if not chosen:
            raise InvalidInput(
                f"Issue {data.issue!r} was not found in this assessment",
                [FieldError("body.issue", "not an issue found in this assessment")],
            )
        return chosen
    chosen = [i for i in results_issues if i.domain == data.domain]
    if not chosen:
        raise InvalidInput(
            f"No issues were found in domain {data.domain!r}; pick another focus",
            [FieldError("body.domain", "no issues found in this domain")],
        )
    return chosen


def create(
    session: Session,
    assessment: Assessment,
    data: PlanCreate,
    registry: Registry,
    resources: Mapping[str, Resource],
    locale: str,
) -> ActionPlan:
    results = assessments.results(session, assessment, registry, resources, locale=locale)
    issues = _focus_issues(results.issues, data)
    if isinstance(data, IssueFocus):
        kind, focus_id, title = "issue", data.issue, issues[0].title
    else:
        kind, focus_id = "domain", data.domain
        title = next(d.title for d in results.domains if d.id == data.domain)
    plan = ActionPlan(
        organisation_id=assessment.organisation_id,
        assessment_id=assessment.id,
        focus_kind=kind,
        focus_id=focus_id,
        title=title[:300],
        issue_ids=[i.id for i in issues],
        locale=results.locale,
    )
    session.add(plan)
    session.flush()
    texts: list[tuple[str, str | None, list[str]]] = [
        (step, issue.id, []) for issue in issues for step in issue.first_steps
    ]
    seen: list[str] = []
    for issue in issues:
        for resource in issue.resources:
            if resource.id not in seen and len(seen) < MAX_RESOURCE_STEPS:
                seen.append(resource.id)
                text = phrase(results.locale, "use_resource").format(title=resource.title)
                texts.append((text, issue.id, [resource.id]))
    session.add_all(
        ActionStep(plan_id=plan.id, position=n, text=text, issue_id=issue_id, resource_ids=ids)
        for n, (text, issue_id, ids) in enumerate(texts)
    )
    session.flush()
    return plan


def get_for(
    session: Session, principal: Principal, plan_id: uuid.UUID, *, admin: bool = True
) -> ActionPlan:
    plan = session.get(ActionPlan, plan_id)
    if plan is None:
        raise NotFound("No such action plan")
    if principal.is_member_of(plan.organisation_id) or (admin and principal.is_admin):
        return plan
    raise NotFound("No such action plan")


def _steps(session: Session, plan: ActionPlan) -> list[ActionStep]:
    return list(
        session.scalars(
            select(ActionStep).where(ActionStep.plan_id == plan.id).order_by(ActionStep.position)
        )
    )


def _step(session: Session, plan: ActionPlan, step_id: uuid.UUID) -> ActionStep:
    step = session.get(ActionStep, step_id)
    if step is None or step.plan_id != plan.id:
        raise NotFound("No such step in this plan")
    return step


def _touch(plan: ActionPlan) -> None:
    plan.updated_at = utcnow()


def add_step(session: Session, plan: ActionPlan, data: StepCreate) -> ActionStep:
    lock_parent(session, ActionPlan, plan.id)  # positions are counted one request at a time
    last = session.scalar(
        select(func.max(ActionStep.position)).where(ActionStep.plan_id == plan.id)
    )
    step = ActionStep(
        plan_id=plan.id,
        position=0 if last is None else last + 1,
        text=data.text,
        due_date=data.due_date,
        owner=data.owner,
        resource_ids=[],
    )
    session.add(step)
    _touch(plan)
    session.flush()
    return step


def update_step(
    session: Session, plan: ActionPlan, step_id: uuid.UUID, data: StepUpdate
) -> ActionStep:
    step = _step(session, plan, step_id)
    changes = data.model_dump(exclude_unset=True)
    for field in ("text", "status"):
        if changes.get(field) is not None:
            setattr(step, field, changes[field])
    for field in ("due_date", "owner"):  # null clears these
        if field in changes:
            setattr(step, field, changes[field])
    step.updated_at = utcnow()
    _touch(plan)
    session.flush()
    return step


def delete_step(session: Session, plan: ActionPlan, step_id: uuid.UUID) -> None:
    session.delete(_step(session, plan, step_id))
    _touch(plan)
    session.flush()


def reorder(session: Session, plan: ActionPlan, data: StepOrder) -> None:
    lock_parent(session, ActionPlan, plan.id)  # no step is added while the order changes
    steps = {step.id: step for step in _steps(session, plan)}
    if sorted(map(str, data.step_ids)) != sorted(map(str, steps)):
        raise InvalidInput(
            "step_ids must list every step of the plan exactly once",
            [FieldError("body.step_ids", "must be a reordering of all the plan's steps")],
        )
    for position, step_id in enumerate(data.step_ids):
        steps[step_id].position = position
    _touch(plan)
    session.flush()


def delete(session: Session, plan: ActionPlan) -> None:
    session.delete(plan)
    session.flush()


def _progress(steps: list[ActionStep]) -> PlanProgress:
    return PlanProgress(
        done=sum(s.status == "done" for s in steps),
        doing=sum(s.status == "doing" for s in steps),
        total=len(steps),
    )


def _outcome(session: Session, plan: ActionPlan) -> Outcome:
    source = session.get(Assessment, plan.assessment_id)
    if source is None or source.submitted_at is None:
        return Outcome(reassessed=False)
    later = session.scalars(
        select(Assessment)
        .where(
            Assessment.organisation_id == plan.organisation_id,
            Assessment.questionnaire_slug == source.questionnaire_slug,
            Assessment.status == "submitted",
            Assessment.submitted_at > source.submitted_at,
        )
        .order_by(Assessment.submitted_at.desc())
        .limit(1)
    ).first()
    if later is None:
        return Outcome(reassessed=False)
    firing = set(
        session.scalars(
            select(ResultFinding.finding_id).where(
                ResultFinding.assessment_id == later.id, ResultFinding.kind == "issue"
            )
        )
    )
    return Outcome(
        reassessed=True,
        assessment_id=later.id,
        resolved=[i for i in plan.issue_ids if i not in firing],
        persisting=[i for i in plan.issue_ids if i in firing],
    )


def step_out(step: ActionStep, resources: Mapping[str, Resource]) -> StepOut:
    briefs = [
        ResourceBrief(id=r.id, title=r.title, url=r.url)
        for rid in step.resource_ids
        if (r := resources.get(rid)) is not None
    ]
    return StepOut(
        id=step.id,
        position=step.position,
        text=step.text,
        issue_id=step.issue_id,
        resources=briefs,
        status=step.status,
        due_date=step.due_date,
        owner=step.owner,
    )


def summary(plan: ActionPlan, steps: list[ActionStep]) -> PlanSummary:
    return PlanSummary(
        id=plan.id,
        organisation_id=plan.organisation_id,
        assessment_id=plan.assessment_id,
        focus=Focus(kind=plan.focus_kind, id=plan.focus_id),
        title=plan.title,
        progress=_progress(steps),
        created_at=plan.created_at,
        updated_at=plan.updated_at,
    )


def read(session: Session, plan: ActionPlan, resources: Mapping[str, Resource]) -> PlanOut:
    steps = _steps(session, plan)
    return PlanOut(
        **summary(plan, steps).model_dump(),
        issue_ids=list(plan.issue_ids),
        locale=plan.locale,
        steps=[step_out(s, resources) for s in steps],
        outcome=_outcome(session, plan),
    )


def for_organisation(session: Session, organisation_id: uuid.UUID) -> list[PlanSummary]:
    plans = session.scalars(
        select(ActionPlan)
        .where(ActionPlan.organisation_id == organisation_id)
        .order_by(ActionPlan.created_at.desc())
    ).all()
    return [summary(plan, _steps(session, plan)) for plan in plans]
