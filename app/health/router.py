from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text
from starlette.responses import JSONResponse, PlainTextResponse, Response

from app.auth.dependencies import AdminPrincipal
from app.db.engine import Database
from app.db.migrate import database_heads
from app.metrics import Metrics

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str


@router.get("/healthz", response_model=Health)
async def healthz() -> Health:
    """Liveness: the process answers. Touches nothing else."""
    return Health(status="ok")


class Readiness(BaseModel):
    status: str
    database: str
    migrations: str


def _readiness(db: Database, expected_heads: set[str]) -> Readiness:
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        heads = database_heads(db.engine)
    except Exception:
        return Readiness(status="unavailable", database="unreachable", migrations="unknown")
    if heads != expected_heads:
        return Readiness(status="unavailable", database="ok", migrations="behind or ahead")
    return Readiness(status="ok", database="ok", migrations="at head")


@router.get(
    "/metrics",
    response_class=PlainTextResponse,
    responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}},
)
def metrics(request: Request, principal: AdminPrincipal) -> PlainTextResponse:
    """Request counts and latencies per route template (Prometheus text format; admin
    key). The whole service: with several workers, every worker's counts added up."""
    registry: Metrics = request.app.state.metrics
    return PlainTextResponse(registry.render(), media_type="text/plain; version=0.0.4")


@router.get("/readyz", response_model=Readiness, responses={503: {"model": Readiness}})
def readyz(request: Request) -> Response:
    """Readiness: the database answers and its schema is at the latest migration."""
    result = _readiness(request.app.state.db, request.app.state.migration_heads)
    return JSONResponse(result.model_dump(), status_code=200 if result.status == "ok" else 503)
