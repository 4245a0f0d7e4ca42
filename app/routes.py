"""Every router of the service, in one place."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute

from app.access_log.router import router as access_log_router
from app.action_plans.router import router as action_plans_router
from app.assessments.router import router as assessments_router
from app.auth.router import router as auth_router
from app.catalogue.documents import FAST_ROUTES
from app.catalogue.router import router as catalogue_router
from app.cohorts.router import router as cohorts_router
from app.exports.router import router as exports_router
from app.fhir.router import router as fhir_router
from app.health.router import router as health_router
from app.organisations.router import router as organisations_router
from app.problem_types import router as problem_types_router
from app.reports.router import router as reports_router
from app.teams.router import router as teams_router
from app.web.routes import include_web
from app.webhooks.router import router as webhooks_router

ROUTERS: tuple[APIRouter, ...] = (
    health_router,
    auth_router,
    catalogue_router,
    organisations_router,
    exports_router,
    assessments_router,
    reports_router,
    cohorts_router,
    fhir_router,
    teams_router,
    action_plans_router,
    access_log_router,
    webhooks_router,
    problem_types_router,
)


def include_routers(app: FastAPI) -> None:
    # Plain routes for the hottest reads, matched before the API router (see documents.py).
    app.router.routes[:0] = FAST_ROUTES
    for router in ROUTERS:
        app.include_router(router)
    app.state.api_routes = tuple(api_routes())  # for 405 Allow headers (app/problems.py)
    include_web(app)


def api_routes() -> list[APIRoute]:
    """Every API route (routers are included without prefixes)."""
    return [route for router in ROUTERS for route in router.routes if isinstance(route, APIRoute)]
