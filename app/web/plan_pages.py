"""Action plans: make one from the results (an issue or a domain), then edit its steps.

Every change goes through ``action_plans.service``; steps move with "move up" / "move
down" buttons (a whole new order sent to ``reorder``), so nothing needs JavaScript.
The plan is written in the interface language when the questionnaire has it.
"""

from __future__ import annotations

import uuid
from datetime import date

from fastapi import Request
from pydantic import TypeAdapter, ValidationError
from starlette.responses import Response

from app.action_plans import service as plans
from app.action_plans.schemas import PlanCreate, StepCreate, StepOrder, StepUpdate
from app.assessments import service as assessments
from app.catalogue.router import RegistryDep, ResourcesDep
from app.db.session import SessionDep
from app.models import ActionPlan
from app.web import plan_view
from app.web.deps import CheckedForm, Member, PageError, WebForm, WebUser, ui_locale
from app.web.results_view import plans_by_focus
from app.web.routing import page_router, redirect, render

router = page_router()
PLAN_CREATE: TypeAdapter[PlanCreate] = TypeAdapter(PlanCreate)


def _plan(session: SessionDep, user: WebUser, plan_id: uuid.UUID) -> ActionPlan:
    return plans.get_for(session, user.principal, plan_id, admin=False)


@router.post("/assessments/{assessment_id}/plans")
def make_plan(
    request: Request,
    assessment_id: uuid.UUID,
    form: CheckedForm,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
) -> Response:
    assessment = assessments.get_for(session, user.principal, assessment_id, admin=False)
    focus = {"issue": form.get("issue")} if form.get("issue") else {"domain": form.get("domain")}
    try:
        data = PLAN_CREATE.validate_python(focus)
    except ValidationError:
        raise PageError(422, "error.bad_form") from None
    kind, focus_id = next(iter(focus.items()))
    first = plans_by_focus(session, assessment).get(f"{kind}:{focus_id}")
    if first is not None and form.get("again") != "1":
        return render(
            request,
            "plan_exists.html",
            user,
            first=first,
            kind=kind,
            focus_id=focus_id,
            assessment_id=assessment.id,
        )
    entry = assessments.questionnaire_of(registry, assessment)
    locale = entry.negotiate(ui_locale(request), None)
    locale = entry.model.default_locale if locale == "*" else locale
    plan = plans.create(session, assessment, data, registry, resources, locale)
    return redirect(f"/plans/{plan.id}")


def _page(
    request: Request,
    user: WebUser,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    plan: ActionPlan,
    *,
    errors: dict[str, str] | None = None,
) -> Response:
    view = plan_view.build(session, user.principal, plan, registry, resources)
    notice = request.query_params.get("saved") == "1"
    return render(
        request,
        "plan.html",
        user,
        status=422 if errors else 200,
        view=view,
        plan=view.plan,
        errors=errors or {},
        saved=notice,
        statuses=("todo", "doing", "done"),
    )


@router.get("/plans/{plan_id}")
def plan_page(
    request: Request,
    plan_id: uuid.UUID,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
) -> Response:
    return _page(request, user, session, registry, resources, _plan(session, user, plan_id))


def _due(form: WebForm) -> date | None:
    text = form.get("due_date").strip()
    return date.fromisoformat(text) if text else None


def _owner(form: WebForm) -> str | None:
    """Who takes the step on; a blank field clears it."""
    return form.get("owner").strip() or None


def _text(form: WebForm) -> str:
    """The step's text; blank is refused here because the schema strips only after
    checking the length (a whitespace-only text would be saved as an empty step)."""
    text = form.get("text").strip()
    if not text:
        raise ValueError("a step needs some text")
    return text


@router.post("/plans/{plan_id}/steps")
def add_step(
    request: Request,
    plan_id: uuid.UUID,
    form: CheckedForm,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
) -> Response:
    plan = _plan(session, user, plan_id)
    try:
        data = StepCreate(text=_text(form), due_date=_due(form), owner=_owner(form))
    except ValueError:  # pydantic's ValidationError and a malformed date alike
        errors = {"new": "plan.step_invalid"}
        return _page(request, user, session, registry, resources, plan, errors=errors)
    step = plans.add_step(session, plan, data)
    return redirect(f"/plans/{plan.id}?saved=1#step-{step.id}")


@router.post("/plans/{plan_id}/steps/{step_id}")
def update_step(
    request: Request,
    plan_id: uuid.UUID,
    step_id: uuid.UUID,
    form: CheckedForm,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
) -> Response:
    plan = _plan(session, user, plan_id)
    try:
        data = StepUpdate(
            text=_text(form),
            status=form.get("status") or None,
            due_date=_due(form),
            owner=_owner(form),
        )
    except ValueError:
        errors = {str(step_id): "plan.step_invalid"}
        return _page(request, user, session, registry, resources, plan, errors=errors)
    plans.update_step(session, plan, step_id, data)
    return redirect(f"/plans/{plan.id}?saved=1#step-{step_id}")


@router.post("/plans/{plan_id}/steps/{step_id}/done")
def mark_step_done(
    plan_id: uuid.UUID, step_id: uuid.UUID, form: CheckedForm, user: Member, session: SessionDep
) -> Response:
    """One action to tick a step done (the step's other fields stay as they are)."""
    plan = _plan(session, user, plan_id)
    plans.update_step(session, plan, step_id, StepUpdate(status="done"))
    return redirect(f"/plans/{plan.id}?saved=1#step-{step_id}")


@router.post("/plans/{plan_id}/steps/{step_id}/delete")
def delete_step(
    plan_id: uuid.UUID, step_id: uuid.UUID, form: CheckedForm, user: Member, session: SessionDep
) -> Response:
    plan = _plan(session, user, plan_id)
    plans.delete_step(session, plan, step_id)
    return redirect(f"/plans/{plan.id}?saved=1")


def _moved(order: list[uuid.UUID], step_id: uuid.UUID, direction: str) -> list[uuid.UUID]:
    """The order with one step swapped with its neighbour (unchanged at either end)."""
    if step_id not in order:
        raise PageError(404, "error.not_found")
    index = order.index(step_id)
    other = index - 1 if direction == "up" else index + 1
    if direction not in ("up", "down") or not 0 <= other < len(order):
        return order
    order[index], order[other] = order[other], order[index]
    return order


@router.post("/plans/{plan_id}/steps/{step_id}/move")
def move_step(
    plan_id: uuid.UUID,
    step_id: uuid.UUID,
    form: CheckedForm,
    user: Member,
    session: SessionDep,
    resources: ResourcesDep,
) -> Response:
    plan = _plan(session, user, plan_id)
    current = [step.id for step in plans.read(session, plan, resources).steps]
    order = _moved(current, step_id, form.get("direction"))
    plans.reorder(session, plan, StepOrder(step_ids=order))
    return redirect(f"/plans/{plan.id}#step-{step_id}")


@router.get("/plans/{plan_id}/delete")
def confirm_delete(
    request: Request, plan_id: uuid.UUID, user: Member, session: SessionDep
) -> Response:
    plan = _plan(session, user, plan_id)
    return render(
        request,
        "confirm.html",
        user,
        title_key="plan.delete_title",
        text_key="plan.delete_text",
        params={"title": plan.title},
        action=f"/plans/{plan.id}/delete",
        button_key="plan.delete_button",
        danger=True,
        cancel=f"/plans/{plan.id}",
    )


@router.post("/plans/{plan_id}/delete")
def delete_plan(
    plan_id: uuid.UUID, form: CheckedForm, user: Member, session: SessionDep
) -> Response:
    plans.delete(session, _plan(session, user, plan_id))
    return redirect("/dashboard#plans")
