"""The web client's routers, mounted at ``/`` beside the API (none in the OpenAPI schema)."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from app.web import (
    answering,
    api_docs,
    assets,
    auth_pages,
    cohort_pages,
    dashboard,
    data_pages,
    facilitator,
    key_pages,
    plan_pages,
    results_pages,
    review,
    sign_up_pages,
    team_pages,
)


def web_routers() -> list[APIRouter]:
    routers = [
        assets.router,
        api_docs.router,
        auth_pages.router,
        sign_up_pages.router,
        dashboard.router,
        answering.router,
        review.router,
        results_pages.router,
        data_pages.router,
        cohort_pages.router,
        key_pages.router,
        team_pages.router,
        plan_pages.router,
        facilitator.router,
    ]
    return routers


def include_web(app: FastAPI) -> None:
    for router in web_routers():
        app.include_router(router)
