"""What a plan page and the dashboard show of action plans: steps, progress, outcome,
with the focused issues' titles in the plan's language."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.action_plans import service as plans
from app.action_plans.schemas import PlanOut
from app.assessments import service as assessments
from app.auth.principal import Principal
from app.errors import AppError
from app.models import ActionPlan
from app.questionnaire.model import Resource
from app.questionnaire.registry import Registry
from app.web.questionnaire_view import Localise

DASHBOARD_PLANS = 20


@dataclass(frozen=True)
class PlanView:
    plan: PlanOut
    issue_titles: Mapping[str, str]

    def title_of(self, issue_id: str) -> str:
        return self.issue_titles.get(issue_id, issue_id)


def _issue_titles(
    session: Session, principal: Principal, plan: ActionPlan, registry: Registry
) -> dict[str, str]:
    try:
        source = assessments.get_for(session, principal, plan.assessment_id, admin=False)
        model = assessments.questionnaire_of(registry, source).model
    except AppError:  # its questionnaire version is no longer served: ids will do
        return {}
    loc = Localise(model, plan.locale)
    return {issue.id: loc(issue.title) or issue.id for issue in model.issues}


def build(
    session: Session,
    principal: Principal,
    plan: ActionPlan,
    registry: Registry,
    resources: Mapping[str, Resource],
) -> PlanView:
    out = plans.read(session, plan, resources)
    return PlanView(out, _issue_titles(session, principal, plan, registry))


def for_dashboard(
    session: Session,
    principal: Principal,
    organisation_id: uuid.UUID,
    registry: Registry,
    resources: Mapping[str, Resource],
) -> list[PlanView]:
    """The newest plans with their progress and, once reassessed, their outcome."""
    views = []
    for summary in plans.for_organisation(session, organisation_id)[:DASHBOARD_PLANS]:
        plan = plans.get_for(session, principal, summary.id, admin=False)
        views.append(
            PlanView(
                plans.read(session, plan, resources),
                _issue_titles(session, principal, plan, registry),
            )
        )
    return views
