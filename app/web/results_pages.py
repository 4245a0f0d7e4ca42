"""Results of a submitted assessment, and its printable report."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from fastapi import Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from app.assessments import service
from app.catalogue.router import RegistryDep, ResourcesDep
from app.db.base import utcnow
from app.db.session import SessionDep
from app.organisations import service as organisations
from app.questionnaire.model import Resource
from app.questionnaire.registry import Registry
from app.web import results_view
from app.web.deps import Member, WebUser, ui_locale
from app.web.i18n import Translator
from app.web.report import report_html, report_response
from app.web.routing import page_router, redirect, render

router = page_router()


def _submitted_view(
    request: Request,
    assessment_id: uuid.UUID,
    user: WebUser,
    session: Session,
    registry: Registry,
    resources: Mapping[str, Resource],
) -> tuple[results_view.ResultsView, Translator] | Response:
    """The results view of a submitted assessment, or a redirect back to its draft."""
    assessment = service.get_for(session, user.principal, assessment_id, admin=False)
    if assessment.status != "submitted":
        return redirect(f"/assessments/{assessment.id}")
    t = Translator(ui_locale(request))
    return results_view.build(session, assessment, registry, resources, t), t


@router.get("/assessments/{assessment_id}/results")
def results_page(
    request: Request,
    assessment_id: uuid.UUID,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
) -> Response:
    built = _submitted_view(request, assessment_id, user, session, registry, resources)
    if isinstance(built, Response):
        return built
    view, _t = built
    return render(request, "results.html", user, view=view, results=view.results)


@router.get("/assessments/{assessment_id}/report")
def report_page(
    request: Request,
    assessment_id: uuid.UUID,
    user: Member,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
) -> Response:
    built = _submitted_view(request, assessment_id, user, session, registry, resources)
    if isinstance(built, Response):
        return built
    view, t = built
    organisation = organisations.get_for(session, user.principal, view.assessment.organisation_id)
    return report_response(request, report_html(view, organisation, t, utcnow()), t.locale)
