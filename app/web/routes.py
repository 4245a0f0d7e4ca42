"""The web client's routers, mounted at ``/`` beside the API (none in the OpenAPI schema).

Facilitator pages live in ``app/web/facilitator.py`` (added with cohorts): when that
module exists its ``router`` is mounted too and facilitators see a "Cohorts" entry in
the navigation (see ``routing.facilitator_pages_installed``).
"""

from __future__ import annotations

import importlib

from fastapi import APIRouter, FastAPI

from app.web import (
    answering,
    assets,
    auth_pages,
    cohort_pages,
    dashboard,
    data_pages,
    key_pages,
    plan_pages,
    results_pages,
    review,
    team_pages,
)
from app.web.routing import FACILITATOR_MODULE, facilitator_pages_installed


def web_routers() -> list[APIRouter]:
    routers = [
        assets.router,
        auth_pages.router,
        dashboard.router,
        answering.router,
        review.router,
        results_pages.router,
        data_pages.router,
        cohort_pages.router,
        key_pages.router,
        team_pages.router,
        plan_pages.router,
    ]
    if facilitator_pages_installed():
        module = importlib.import_module(FACILITATOR_MODULE)
        routers.append(module.router)
    return routers


def include_web(app: FastAPI) -> None:
    for router in web_routers():
        app.include_router(router)
