"""``GET /v1/organisations/{org_id}/export``: everything held, as one JSON document."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.access_log.service import Recorder
from app.auth.dependencies import CurrentPrincipal
from app.db.session import SessionDep
from app.exports import service as export
from app.exports.service import OrganisationExport
from app.organisations import service
from app.problems import problem_responses

router = APIRouter(tags=["organisations"], responses=problem_responses(401, 404, 422))


@router.get("/v1/organisations/{org_id}/export", response_model=OrganisationExport)
def export_organisation(
    org_id: uuid.UUID, principal: CurrentPrincipal, session: SessionDep, recorder: Recorder
) -> OrganisationExport:
    """Everything held about the organisation — organisation, key metadata, assessments
    with answers and results, cohort memberships, access log — as one JSON document."""
    organisation = service.get_for(session, principal, org_id)
    recorder.record(principal, org_id, "exported all data", f"/v1/organisations/{org_id}/export")
    return export.export(session, organisation)
