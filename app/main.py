"""The ASGI application: ``create_app()`` builds it; ``app`` is what uvicorn serves."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from types import MappingProxyType

import anyio.to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import __version__
from app.auth.ratelimit import AuthThrottle
from app.catalogue.startup import QuestionnairesRefused, load_registry
from app.config import Settings, SettingsError, load_settings
from app.db.engine import Database
from app.db.migrate import database_heads, script_heads
from app.logs import configure_logging
from app.metrics import Metrics
from app.middleware import ServiceMiddleware
from app.openapi import install_openapi
from app.problems import install_problem_handlers
from app.routes import include_routers
from app.startup import bootstrap
from app.webhooks.sender import DeliveryPolicy
from app.webhooks.worker import DeliveryWorker

logger = logging.getLogger("rdsa")


CORS_REQUEST_HEADERS = [
    "Authorization",
    "Content-Type",
    "If-Match",
    "If-None-Match",
    "Idempotency-Key",
    "Accept-Language",
]
CORS_RESPONSE_HEADERS = [
    "ETag",
    "Content-Language",
    "Location",
    "X-Request-ID",
    "Retry-After",
    "Deprecation",
    "Sunset",
    "Link",
]


class StartupError(RuntimeError):
    """The service cannot start; the message says what to do."""


def _lifespan(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        db = Database.from_settings(settings)
        heads = script_heads(settings.database_url)
        if database_heads(db.engine) != heads:
            db.dispose()
            raise StartupError("the database is not at the latest migration: run `rdsa migrate`")
        try:
            registry = load_registry(settings.questionnaires_dir, db)
        except QuestionnairesRefused as exc:
            db.dispose()
            logger.error("%s", exc)
            raise StartupError(str(exc)) from None
        app.state.db = db
        app.state.registry = registry
        app.state.resources_by_id = MappingProxyType(
            {r.id: r for r in registry.resources.resources}
        )
        app.state.migration_heads = heads
        app.state.auth_limiter = AuthThrottle(settings.auth_failures_per_minute)
        bootstrap(app, settings)
        worker = _delivery_worker(app, settings, db)
        try:
            yield
        finally:
            worker.close()
            db.dispose()

    return lifespan


def _delivery_worker(app: FastAPI, settings: Settings, db: Database) -> DeliveryWorker:
    """The webhook worker; with RDSA_WEBHOOK_WORKER=off it exists but only runs when
    someone calls ``app.state.webhook_worker.run_once()`` (tests, one-off jobs)."""
    worker = DeliveryWorker(
        db, DeliveryPolicy.from_settings(settings), poll_seconds=settings.webhook_poll_seconds
    )
    app.state.webhook_worker = worker
    if settings.webhook_worker == "on":
        worker.start()
    return worker


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    configure_logging(settings)
    app = FastAPI(
        title="rdsa — Responsible Data Self-Assessment",
        version=__version__,
        description=(
            "Versioned questionnaires on power, justice and data practice; scores, issue "
            "maps and recommended resources; k-anonymous cohort summaries. Errors are "
            "RFC 9457 problem details (application/problem+json)."
        ),
        lifespan=_lifespan(settings),
        # Relative, so the document is true wherever an installation is served from.
        servers=[{"url": "/", "description": "This rdsa installation"}],
        license_info={"name": "AGPL-3.0-or-later", "identifier": "AGPL-3.0-or-later"},
        # /docs is served by app.web.api_docs from a packaged Swagger UI (FastAPI's own
        # pages load it from a CDN); no ReDoc.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    install_problem_handlers(app)
    include_routers(app)
    install_openapi(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
            allow_headers=CORS_REQUEST_HEADERS,
            expose_headers=CORS_RESPONSE_HEADERS,
            max_age=600,
        )
    app.state.metrics = Metrics()
    app.add_middleware(
        ServiceMiddleware, max_body_bytes=settings.max_body_bytes, metrics=app.state.metrics
    )
    return app


def _app_or_exit() -> FastAPI:
    try:
        return create_app()
    except SettingsError as exc:
        print(f"rdsa: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


app = _app_or_exit()
