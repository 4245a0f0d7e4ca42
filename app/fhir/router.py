"""FHIR R4 routes: a questionnaire version as ``Questionnaire`` (public), an assessment
as ``QuestionnaireResponse`` (same access as reading the assessment)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from starlette.responses import Response

from app.access_log.service import Recorder
from app.assessments import service as assessments
from app.auth.dependencies import CurrentPrincipal
from app.catalogue.router import AcceptLanguage, LangQuery, RegistryDep
from app.db.session import SessionDep
from app.errors import NotFound
from app.fhir.common import MEDIA_TYPE
from app.fhir.questionnaire import questionnaire_resource
from app.fhir.response import AssessmentFacts, questionnaire_response
from app.http_cache import none_match
from app.problems import problem_responses
from app.questionnaire.model import Status
from app.questionnaire.negotiate import ALL_LOCALES
from app.questionnaire.registry import VersionEntry
from app.questionnaire.render import json_bytes, strong_etag

router = APIRouter(tags=["fhir"], responses=problem_responses(404, 422))
_FHIR_JSON: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "An HL7 FHIR R4 resource",
        "content": {"application/fhir+json": {"schema": {"type": "object"}}},
    }
}


def _base_url(request: Request) -> str:
    configured: str | None = request.app.state.settings.public_url
    return configured or str(request.base_url).rstrip("/")


def _locale(entry: VersionEntry, lang: str | None, accept_language: str | None) -> str:
    locale = entry.negotiate(lang, accept_language)
    return entry.model.default_locale if locale == ALL_LOCALES else locale


@router.get(
    "/v1/questionnaires/{slug}/versions/{version}/fhir",
    responses={**_FHIR_JSON, 304: {"description": "Not modified"}},
)
async def fhir_questionnaire(
    slug: str,
    version: str,
    request: Request,
    registry: RegistryDep,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
    if_none_match: Annotated[str | None, Header(max_length=2000)] = None,
) -> Response:
    """The version as a FHIR R4 Questionnaire: texts in the requested language, the
    others in translation extensions; option scores in itemWeight."""
    entry = registry.get(slug, version)
    if entry is None:
        raise NotFound(f"No version {version!r} of questionnaire {slug!r}")
    locale = _locale(entry, lang, accept_language)
    resource = questionnaire_resource(
        entry.model,
        status=entry.status,
        content_hash=entry.content_hash,
        locale=locale,
        base_url=_base_url(request),
    )
    body = json_bytes(resource)
    headers = {
        "ETag": strong_etag(body),
        "Content-Language": locale,
        "Vary": "Accept-Language",
        "Cache-Control": "no-cache" if entry.status is Status.DRAFT else "public, max-age=86400",
    }
    if none_match(if_none_match, headers["ETag"]):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=MEDIA_TYPE, headers=headers)


@router.get(
    "/v1/assessments/{assessment_id}/fhir", responses={**_FHIR_JSON, **problem_responses(409)}
)
def fhir_questionnaire_response(
    assessment_id: uuid.UUID,
    request: Request,
    principal: CurrentPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    recorder: Recorder,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
) -> Response:
    """The assessment as a FHIR R4 QuestionnaireResponse (completed once submitted,
    in-progress while a draft). "Don't know" and "not applicable" answers carry the
    data-absent-reason extension; comments are not included."""
    assessment = assessments.get_for(session, principal, assessment_id)
    path = f"/v1/assessments/{assessment_id}/fhir"
    recorder.record(principal, assessment.organisation_id, "read assessment as FHIR", path)
    entry = assessments.questionnaire_of(registry, assessment)
    facts = AssessmentFacts(
        id=str(assessment.id),
        status=assessment.status,
        authored=assessment.submitted_at or assessment.updated_at,
    )
    resource = questionnaire_response(
        entry.model,
        facts,
        assessments.answers_of(session, assessment),
        locale=_locale(entry, lang, accept_language),
        base_url=_base_url(request),
    )
    return Response(
        json_bytes(resource),
        media_type=MEDIA_TYPE,
        headers={"Content-Language": resource["language"], "Cache-Control": "no-store"},
    )
