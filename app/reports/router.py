"""``GET /v1/assessments/{id}/report``: the printable HTML report, with bearer auth."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.access_log.service import Recorder
from app.assessments import service
from app.auth.dependencies import CurrentPrincipal
from app.catalogue.router import AcceptLanguage, LangQuery, RegistryDep, ResourcesDep
from app.db.base import utcnow
from app.db.session import SessionDep
from app.organisations import repository as organisations
from app.problems import problem_responses
from app.web import i18n, results_view
from app.web.report import report_html, report_response

router = APIRouter(tags=["assessments"], responses=problem_responses(401, 404, 422))


@router.get(
    "/v1/assessments/{assessment_id}/report",
    responses={
        200: {"content": {"text/html": {"schema": {"type": "string"}}}},
        **problem_responses(409),
    },
)
def assessment_report(
    assessment_id: uuid.UUID,
    request: Request,
    principal: CurrentPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    recorder: Recorder,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
) -> Response:
    """The results as one self-contained, printable HTML document (the same report the
    web client prints): scores and stages with a chart, the issue map, issues with why
    and first steps, strengths, recommended resources, and the change since the previous
    submitted assessment. Interface words in en, es, fr or pt (``?lang=``)."""
    assessment = service.get_for(session, principal, assessment_id)
    recorder.record(
        principal, assessment.organisation_id, "read report", f"/v1/assessments/{assessment_id}"
    )
    t = i18n.Translator(i18n.pick(lang, accept_language))
    view = results_view.build(session, assessment, registry, resources, t)
    organisation = organisations.get(session, assessment.organisation_id)
    assert organisation is not None  # assessments go when their organisation goes
    return report_response(request, report_html(view, organisation, t, utcnow()), t.locale)
