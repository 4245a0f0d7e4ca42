from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from starlette.responses import Response

from app.access_log.service import Recorder
from app.auth.dependencies import CurrentPrincipal, MemberPrincipal, StaffPrincipal
from app.auth.ratelimit import AuthThrottle
from app.catalogue.router import AcceptLanguage, LangQuery, RegistryDep, ResourcesDep
from app.cohorts import service
from app.cohorts.csv_export import summary_csv
from app.cohorts.schemas import (
    CohortCreate,
    CohortCreated,
    CohortRead,
    JoinRequest,
    MembershipRead,
    Roster,
    SharingUpdate,
    SignedUp,
    SignUpRequest,
)
from app.cohorts.summary import SummaryRequest, cohort_summary
from app.cohorts.summary_schemas import CohortSummary
from app.db.session import SessionDep
from app.errors import TooManyRequests, WrongJoinCode
from app.organisations import service as organisations
from app.problems import problem_responses
from app.schemas import Page, PageParams

router = APIRouter(tags=["cohorts"], responses=problem_responses(401, 403, 404, 422))

QuestionnaireQuery = Annotated[
    str | None,
    Query(max_length=64, description="questionnaire slug; default: the one most members used"),
]


@router.post("/v1/cohorts", status_code=status.HTTP_201_CREATED, response_model=CohortCreated)
def create_cohort(
    body: CohortCreate, principal: StaffPrincipal, session: SessionDep
) -> CohortCreated:
    """Create a cohort (facilitator or admin). The join code is shown only in this response."""
    cohort, code = service.create(session, principal, body)
    return CohortCreated(id=cohort.id, name=cohort.name, join_code=code)


@router.get("/v1/cohorts", response_model=Page[CohortRead])
def list_cohorts(
    principal: StaffPrincipal, session: SessionDep, page: Annotated[PageParams, Query()]
) -> Page[CohortRead]:
    """Your cohorts, newest first (an admin sees every cohort)."""
    items, total = service.page(session, principal, limit=page.limit, offset=page.offset)
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


@router.get("/v1/cohorts/{cohort_id:uuid}", response_model=CohortRead)
def read_cohort(cohort_id: uuid.UUID, principal: StaffPrincipal, session: SessionDep) -> CohortRead:
    """The cohort with its member count (never the members' names)."""
    return service.read(session, service.get_for_staff(session, principal, cohort_id))


@router.delete("/v1/cohorts/{cohort_id:uuid}", status_code=status.HTTP_204_NO_CONTENT)
def delete_cohort(cohort_id: uuid.UUID, principal: StaffPrincipal, session: SessionDep) -> None:
    """Delete the cohort, its memberships and its published figures."""
    service.delete(session, service.get_for_staff(session, principal, cohort_id))


@router.post("/v1/cohorts/{cohort_id}/join-code", response_model=CohortCreated)
def rotate_join_code(
    cohort_id: uuid.UUID, principal: StaffPrincipal, session: SessionDep
) -> CohortCreated:
    """Issue a new join code; the old one stops working. Members stay in the cohort."""
    cohort = service.get_for_staff(session, principal, cohort_id)
    code = service.rotate_code(session, cohort)
    return CohortCreated(id=cohort.id, name=cohort.name, join_code=code)


@router.post(
    "/v1/cohorts/join",
    status_code=status.HTTP_201_CREATED,
    response_model=MembershipRead,
    responses=problem_responses(409, 429),
)
def join_cohort(
    body: JoinRequest, request: Request, principal: MemberPrincipal, session: SessionDep
) -> MembershipRead:
    """Join a cohort with the code your facilitator gave you, choosing what to share.
    A wrong code counts as a failed attempt of your key: too many → 429."""
    assert principal.organisation_id is not None
    throttle: AuthThrottle = request.app.state.auth_limiter
    wait = throttle.join_blocked(principal.key_id)
    if wait is not None:
        raise TooManyRequests(
            "Too many wrong join codes with this key; try again later",
            headers={"Retry-After": str(wait)},
        )
    try:
        cohort, member = service.join(
            session, principal.organisation_id, body.join_code, body.sharing, body.display_name
        )
    except WrongJoinCode:
        throttle.join_failed(principal.key_id)
        raise
    return service.membership_read(member, cohort)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post(
    "/v1/cohorts/sign-up",
    status_code=status.HTTP_201_CREATED,
    response_model=SignedUp,
    responses=problem_responses(429),
)
def sign_up_with_code(body: SignUpRequest, request: Request, session: SessionDep) -> SignedUp:
    """Sign your organisation up with a cohort's join code, without any key: the
    organisation is created by you, joins the cohort, and its first member key is shown
    only in this response (the facilitator never sees it). A wrong code counts as a
    failed attempt: too many from one address → 429."""
    throttle: AuthThrottle = request.app.state.auth_limiter
    wait = throttle.sign_up_blocked(_client(request))
    if wait is not None:
        raise TooManyRequests(
            "Too many failed attempts from your address; try again later",
            headers={"Retry-After": str(wait)},
        )
    try:
        return service.sign_up(session, body)
    except WrongJoinCode:
        throttle.sign_up_failed(_client(request))
        raise


@router.get("/v1/cohorts/{cohort_id}/roster", response_model=Roster)
def read_roster(
    cohort_id: uuid.UUID,
    request: Request,
    principal: CurrentPrincipal,
    session: SessionDep,
    questionnaire: QuestionnaireQuery = None,
) -> Roster:
    """Who is in the cohort: each member's chosen name, join date, whether the facilitator
    onboarded it, and how many organisations the current figures describe. Every member
    and the facilitator may read it; the facilitator also sees each member's progress."""
    cohort = service.get_for_roster(session, principal, cohort_id)
    k = request.app.state.settings.min_group_size
    return service.roster(session, principal, cohort, k, questionnaire)


@router.patch("/v1/cohorts/{cohort_id}/members/{org_id}", response_model=MembershipRead)
def change_sharing(
    cohort_id: uuid.UUID,
    org_id: uuid.UUID,
    body: SharingUpdate,
    principal: MemberPrincipal,
    session: SessionDep,
) -> MembershipRead:
    """Raise or lower what your organisation shares with the cohort; effective at once."""
    return service.change_sharing(session, principal, cohort_id, org_id, body.sharing)


@router.delete("/v1/cohorts/{cohort_id}/members/{org_id}", status_code=status.HTTP_204_NO_CONTENT)
def leave_cohort(
    cohort_id: uuid.UUID, org_id: uuid.UUID, principal: MemberPrincipal, session: SessionDep
) -> None:
    """Leave the cohort; effective at once (see docs/privacy.md for figures already seen)."""
    service.leave(session, principal, cohort_id, org_id)


@router.get("/v1/organisations/{org_id}/cohorts", response_model=list[MembershipRead])
def list_memberships(
    org_id: uuid.UUID, principal: CurrentPrincipal, session: SessionDep, recorder: Recorder
) -> list[MembershipRead]:
    """The cohorts the organisation is in, with its sharing level in each."""
    organisation = organisations.get_for(session, principal, org_id)
    recorder.record(
        principal, org_id, "listed cohort memberships", f"/v1/organisations/{org_id}/cohorts"
    )
    return list(service.memberships(session, organisation.id))


def _summary(
    cohort_id: uuid.UUID,
    request: Request,
    principal: StaffPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    ask: SummaryRequest,
) -> CohortSummary:
    cohort = service.get_for_staff(session, principal, cohort_id)
    return cohort_summary(request, session, principal, cohort, registry, resources, ask)


@router.get("/v1/cohorts/{cohort_id}/summary", response_model=CohortSummary)
def read_summary(
    cohort_id: uuid.UUID,
    request: Request,
    response: Response,
    principal: StaffPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    questionnaire: QuestionnaireQuery = None,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
) -> CohortSummary:
    """k-anonymous figures: counts, per-domain quartiles, issues and strengths by share,
    resources that would serve most, change since first assessments, and the results of
    organisations that chose to share them. See docs/privacy.md for every rule."""
    ask = SummaryRequest(questionnaire, lang, accept_language)
    summary = _summary(cohort_id, request, principal, session, registry, resources, ask)
    response.headers["Content-Language"] = summary.locale
    return summary


@router.get(
    "/v1/cohorts/{cohort_id}/summary.csv",
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
def read_summary_csv(
    cohort_id: uuid.UUID,
    request: Request,
    principal: StaffPrincipal,
    session: SessionDep,
    registry: RegistryDep,
    resources: ResourcesDep,
    questionnaire: QuestionnaireQuery = None,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
) -> Response:
    """The same summary as CSV (section, id, title, measure, value)."""
    ask = SummaryRequest(questionnaire, lang, accept_language)
    summary = _summary(cohort_id, request, principal, session, registry, resources, ask)
    return Response(
        summary_csv(summary),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Language": summary.locale,
            "Content-Disposition": f'attachment; filename="cohort-{cohort_id}-summary.csv"',
        },
    )
