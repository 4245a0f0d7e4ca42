"""Every router of the service, in one place."""

from __future__ import annotations

from fastapi import FastAPI

from app.access_log.router import router as access_log_router
from app.assessments.router import router as assessments_router
from app.auth.router import router as auth_router
from app.catalogue.router import router as catalogue_router
from app.cohorts.router import router as cohorts_router
from app.health.router import router as health_router
from app.organisations.router import router as organisations_router
from app.problem_types import router as problem_types_router


def include_routers(app: FastAPI) -> None:
    for router in (
        health_router,
        auth_router,
        catalogue_router,
        organisations_router,
        assessments_router,
        cohorts_router,
        access_log_router,
        problem_types_router,
    ):
        app.include_router(router)
