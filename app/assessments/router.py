from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, status
from sqlalchemy.exc import OperationalError
from starlette.responses import Response

from app import idempotency
from app.access_log.service import Recorder
from app.assessments import repository, service
from app.assessments.schemas import (
    AnswersPatch,
    AssessmentCreate,
    AssessmentRead,
    AssessmentResults,
    AssessmentSummary,
    ProgressOut,
    QuestionnaireRef,
)
from app.auth.dependencies import CurrentPrincipal, MemberPrincipal
from app.catalogue.router import AcceptLanguage, LangQuery, RegistryDep, ResourcesDep
from app.db.session import SessionDep
from app.errors import IdempotencyInFlight, NotFound
from app.models import Assessment
from app.organisations import service as organisations
from app.problems import problem_responses
from app.questionnaire.model import Resource
from app.questionnaire.registry import Registry
from app.reports.svg import issue_map_svg
from app.schemas import Page, PageParams
from app.scoring import Answer, Comparison

router = APIRouter(tags=["assessments"], responses=problem_responses(401, 404, 422))


def _summary(assessment: Assessment) -> AssessmentSummary:
    return AssessmentSummary(
        id=assessment.id,
        organisation_id=assessment.organisation_id,
        status=assessment.status,
        questionnaire=QuestionnaireRef(
            slug=assessment.questionnaire_slug, version=assessment.questionnaire_version
        ),
        created_at=assessment.created_at,
        updated_at=assessment.updated_at,
        submitted_at=assessment.submitted_at,
    )


def _read(
    session: SessionDep,
    assessment: Assessment,
    registry: Registry,
    answers: dict[str, Answer] | None = None,
) -> AssessmentRead:
    """The assessment as served. Every part is already valid (the row, the parsed answers,
    the engine's progress): it is assembled without validating it again."""
    if answers is None:
        answers = service.answers_of(session, assessment)
    entry = service.questionnaire_of(registry, assessment)
    progress = service.progress_of(entry, answers)
    return AssessmentRead.model_construct(
        id=assessment.id,
        organisation_id=assessment.organisation_id,
        status=assessment.status,  # type: ignore[arg-type]  # the column holds one of the two
        questionnaire=QuestionnaireRef.model_construct(
            slug=assessment.questionnaire_slug, version=assessment.questionnaire_version
        ),
        created_at=assessment.created_at,
        updated_at=assessment.updated_at,
        submitted_at=assessment.submitted_at,
        answers={q: a.model_dump(mode="json", exclude_none=True) for q, a in answers.items()},
        progress=ProgressOut.model_construct(
            answered=progress.answered,
            required=progress.required,
            applicable=progress.applicable,
            missing_required=list(progress.missing_required),
            complete=progress.complete,
        ),
        prefilled_from=assessment.prefilled_from,
        needs_review=list(assessment.needs_review),
        etag=service.etag_of(assessment),
    )


def _read_response(read: AssessmentRead, status_code: int = 200) -> Response:
    """Serialised once, straight from the model (no second pass through response_model)."""
    return Response(
        read.model_dump_json(),
        status_code=status_code,
        media_type="application/json",
        headers={"ETag": read.etag},
    )


def _with_etag(response: Response, assessment: Assessment) -> None:
    response.headers["ETag"] = service.etag_of(assessment)


@router.post(
    "/v1/organisations/{org_id}/assessments",
    status_code=status.HTTP_201_CREATED,
    response_model=AssessmentRead,
    responses=problem_responses(409),
)
def create_assessment(
    org_id: uuid.UUID,
    body: AssessmentCreate,
    principal: CurrentPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    response: Response,
    recorder: Recorder,
) -> AssessmentRead:
    """Start a draft, pinned to a questionnaire version (latest published by default),
    optionally pre-filled from an earlier assessment."""
    organisation = organisations.get_for(session, principal, org_id)
    recorder.record(principal, org_id, "started assessment", f"/v1/organisations/{org_id}")
    assessment = service.create(session, organisation.id, body, registry)
    _with_etag(response, assessment)
    response.headers["Location"] = f"/v1/assessments/{assessment.id}"
    return _read(session, assessment, registry)


@router.get("/v1/organisations/{org_id}/assessments", response_model=Page[AssessmentSummary])
def list_assessments(
    org_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    page: Annotated[PageParams, Query()],
    recorder: Recorder,
) -> Page[AssessmentSummary]:
    """The organisation's assessments, newest first."""
    organisation = organisations.get_for(session, principal, org_id)
    recorder.record(principal, org_id, "listed assessments", f"/v1/organisations/{org_id}")
    rows, total = repository.page_for_organisation(
        session, organisation.id, limit=page.limit, offset=page.offset
    )
    return Page(
        items=[_summary(a) for a in rows], total=total, limit=page.limit, offset=page.offset
    )


@router.get("/v1/assessments/{assessment_id}", response_model=AssessmentRead)
def read_assessment(
    assessment_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    recorder: Recorder,
) -> Response:
    """Status, questionnaire, answers and progress. The ETag goes back in If-Match."""
    assessment = service.get_for(session, principal, assessment_id)
    recorder.record(
        principal, assessment.organisation_id, "read assessment", f"/v1/assessments/{assessment_id}"
    )
    return _read_response(_read(session, assessment, registry))


@router.patch(
    "/v1/assessments/{assessment_id}/answers",
    response_model=AssessmentRead,
    responses=problem_responses(409, 412),
)
def patch_answers(
    assessment_id: uuid.UUID,
    body: AnswersPatch,
    principal: MemberPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    if_match: Annotated[str | None, Header(max_length=200)] = None,
) -> Response:
    """Save answers (null clears one). All or nothing: one bad answer rejects the whole
    request and every problem is listed by question id. With If-Match, a stale ETag → 412."""
    assessment = service.get_for(session, principal, assessment_id, admin=False)
    answers = service.patch_answers(session, assessment, body, if_match=if_match, registry=registry)
    return _read_response(_read(session, assessment, registry, answers))


@router.delete(
    "/v1/assessments/{assessment_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(409),
)
def delete_assessment(
    assessment_id: uuid.UUID, principal: MemberPrincipal, session: SessionDep
) -> None:
    """Delete a draft."""
    service.delete_draft(session, service.get_for(session, principal, assessment_id, admin=False))


@router.post(
    "/v1/assessments/{assessment_id}/submit",
    response_model=AssessmentResults,
    responses={
        **problem_responses(409),
        200: {
            "description": "The results, in the language named by Content-Language",
            "headers": {
                "Content-Language": {
                    "description": "The locale of the results (on a replay: of the first answer)",
                    "schema": {"type": "string"},
                },
                idempotency.REPLAY_HEADER: {
                    "description": (
                        "`true` when this is the stored first answer to an earlier request "
                        "with the same Idempotency-Key, replayed as it was (its language "
                        "included, whatever this request asked for); absent otherwise"
                    ),
                    "schema": {"type": "string", "enum": ["true"]},
                },
            },
        },
    },
)
def submit_assessment(
    assessment_id: uuid.UUID,
    request: Request,
    principal: MemberPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> Response:
    """Score and store the results; the assessment becomes read-only. Send an
    Idempotency-Key to make retries safe: a retry gets the first response again."""
    assessment = service.get_for(session, principal, assessment_id, admin=False)
    key = fingerprint = None
    if idempotency_key is not None:
        key = idempotency.check_key(idempotency_key)
        fingerprint = idempotency.request_hash("POST", request.url.path)
        _lock_or_in_flight(session, assessment)
        stored = idempotency.find(session, assessment.organisation_id, key, fingerprint)
        if stored is not None:
            return idempotency.replay(stored)
    evaluation = service.submit(session, assessment, registry)
    entry = service.questionnaire_of(registry, assessment)
    locale = _locale(entry.negotiate(lang, accept_language), entry.model.default_locale)
    presented = service.presented(evaluation, assessment, registry, resources, locale)
    body = presented.model_dump_json().encode()
    if key is not None and fingerprint is not None:
        stored_response = idempotency.StoredResponse(200, body)
        idempotency.remember(session, assessment.organisation_id, key, fingerprint, stored_response)
    return Response(
        body, media_type="application/json", headers={"Content-Language": presented.locale}
    )


def _lock_or_in_flight(session: SessionDep, assessment: Assessment) -> None:
    try:
        repository.lock_for_update(session, assessment, nowait=True)
    except OperationalError:
        raise IdempotencyInFlight(
            "Another request for this assessment is still running; retry in a moment"
        ) from None


def _localised_results(
    session: SessionDep,
    assessment: Assessment,
    registry: Registry,
    resources: Mapping[str, Resource],
    lang: str | None,
    accept_language: str | None,
) -> AssessmentResults:
    entry = service.questionnaire_of(registry, assessment)
    locale = _locale(entry.negotiate(lang, accept_language), entry.model.default_locale)
    return service.results(session, assessment, registry, resources, locale=locale)


def _locale(negotiated: str, default: str) -> str:
    return default if negotiated == "*" else negotiated


def _readable(
    session: SessionDep,
    principal: CurrentPrincipal,
    assessment_id: uuid.UUID,
    recorder: Recorder,
    action: str,
) -> Assessment:
    assessment = service.get_for(session, principal, assessment_id)
    recorder.record(
        principal, assessment.organisation_id, action, f"/v1/assessments/{assessment_id}"
    )
    return assessment


def _results_readable(
    session: SessionDep,
    principal: CurrentPrincipal,
    assessment_id: uuid.UUID,
    recorder: Recorder,
    what: str,
) -> Assessment:
    assessment, shared = service.get_results_for(session, principal, assessment_id)
    action = f"read {what} (shared in cohort)" if shared else f"read {what}"
    recorder.record(
        principal, assessment.organisation_id, action, f"/v1/assessments/{assessment_id}"
    )
    return assessment


@router.get(
    "/v1/assessments/{assessment_id}/results",
    response_model=AssessmentResults,
    responses=problem_responses(409),
)
def read_results(
    assessment_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    recorder: Recorder,
    response: Response,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
) -> AssessmentResults:
    """Scores, stages, issues (most severe first, with evidence), strengths, the issue
    map and recommended resources, in the requested language. Readable by the
    organisation, admins, and the facilitator of a cohort in which the organisation
    shares its results (each such read is in the organisation's access log)."""
    assessment = _results_readable(session, principal, assessment_id, recorder, "results")
    results = _localised_results(session, assessment, registry, resources, lang, accept_language)
    response.headers["Content-Language"] = results.locale
    return results


@router.get(
    "/v1/assessments/{assessment_id}/issue-map.svg",
    responses={
        200: {"content": {"image/svg+xml": {"schema": {"type": "string"}}}},
        **problem_responses(409),
    },
)
def issue_map(
    assessment_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    recorder: Recorder,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
) -> Response:
    """The issue map as an SVG picture: domains × lifecycle stages, coloured by the
    highest severity, with letters so it reads without colour too."""
    assessment = _results_readable(session, principal, assessment_id, recorder, "issue map")
    results = _localised_results(session, assessment, registry, resources, lang, accept_language)
    return Response(
        issue_map_svg(results),
        media_type="image/svg+xml",
        headers={"Content-Language": results.locale},
    )


@router.get(
    "/v1/assessments/{assessment_id}/compare/{other_id}",
    response_model=Comparison,
    responses=problem_responses(409),
)
def compare_assessments(
    assessment_id: uuid.UUID,
    other_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    recorder: Recorder,
) -> Comparison:
    """What changed from the other (earlier) assessment to this one: per-domain deltas,
    issues resolved / new / persisting, strengths gained / lost. Works across versions."""
    assessment = _readable(session, principal, assessment_id, recorder, "compared assessments")
    other = service.get_for(session, principal, other_id)
    if other.organisation_id != assessment.organisation_id:
        raise NotFound("No such assessment")
    return service.comparison(session, assessment, other, registry)
