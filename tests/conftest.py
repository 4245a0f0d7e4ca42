"""Shared fixtures.

Every database-touching test runs on SQLite and, when ``RDSA_TEST_DATABASE_URL`` is
set, on PostgreSQL too (the ``backend`` parameter). Tests speak real HTTP to a real
uvicorn server running the app in a background thread; rows are wiped between tests.
With ``CI=true`` a missing or unreachable PostgreSQL fails the run instead of skipping.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import settings as hypothesis_settings

from app.auth.service import ensure_bootstrap_admin
from app.config import Settings
from app.db.engine import Database
from app.db.migrate import upgrade_to_head
from app.main import create_app
from tests.support import databases, examples
from tests.support.api import Api
from tests.support.live import LiveServer

# Fixtures for drafts of the example questionnaire, shared by many test folders.
pytest_plugins = ["tests.support.drafts"]

ADMIN_TOKEN = "rdsa_test_admin_token_not_secret_0123456789"
BACKENDS = ["sqlite", "postgresql"]

# Hypothesis: `ci` keeps today's counts, `dev` is the quick loop (tests/support/examples.py).
hypothesis_settings.register_profile("ci", hypothesis_settings())
hypothesis_settings.register_profile("dev", max_examples=examples.DEV_EXAMPLES)
hypothesis_settings.load_profile(examples.profile())

# Files whose every test is slow: live servers under load, generated clients, migrations.
SLOW_FILES = (
    "tests/slow/",
    "tests/integrations/test_generated_clients.py",
    "tests/db/test_migrations.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests and the SLOW_FILES are ``slow``: ``make test-fast`` leaves them out."""
    root = Path(str(config.rootpath))
    for item in items:
        where = Path(str(item.path)).relative_to(root).as_posix()
        if item.get_closest_marker("browser") or where.startswith(SLOW_FILES):
            item.add_marker(pytest.mark.slow)


def pytest_configure(config: pytest.Config) -> None:
    # A stray RDSA_* variable in the developer's shell must not steer the tests.
    for name in list(os.environ):
        if name.startswith("RDSA_") and name not in (
            databases.POSTGRES_ENV,
            examples.PROFILE_VARIABLE,
        ):
            del os.environ[name]


@pytest.fixture(scope="session")
def worker_name(request: pytest.FixtureRequest) -> str:
    return str(getattr(request.config, "workerinput", {}).get("workerid", "main"))


def _postgres_url_or_skip() -> str:
    base = databases.postgres_base_url()
    if base is None:
        if databases.in_ci():
            pytest.fail(f"CI=true but {databases.POSTGRES_ENV} is not set", pytrace=False)
        pytest.skip(f"PostgreSQL tests need {databases.POSTGRES_ENV}")
    problem = databases.check_postgres(base)
    if problem is not None:
        message = f"PostgreSQL at {databases.POSTGRES_ENV} is unreachable: {problem}"
        if databases.in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return base


@pytest.fixture(scope="session")
def make_database_url(
    tmp_path_factory: pytest.TempPathFactory, worker_name: str
) -> Callable[[str, str], str]:
    """Create an empty database on a backend and return its URL."""

    def make(backend: str, purpose: str) -> str:
        if backend == "sqlite":
            path = tmp_path_factory.mktemp(f"sqlite-{purpose}") / "rdsa.db"
            return f"sqlite:///{path}"
        base = _postgres_url_or_skip()
        # Several checkouts may share one server: keep their databases apart.
        checkout = hashlib.sha1(str(PROJECT_ROOT).encode()).hexdigest()[:6]
        name = f"rdsa_test_{checkout}_{worker_name}_{purpose}"
        return databases.fresh_postgres_database(base, name)

    return make


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def database_url(backend: str, make_database_url: Callable[[str, str], str]) -> str:
    url = make_database_url(backend, "app")
    upgrade_to_head(url)
    return url


PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_DIR = PROJECT_ROOT / "tests" / "data" / "questionnaires" / "example"


@pytest.fixture(scope="session")
def questionnaires_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped questionnaires plus the small example questionnaire used by tests."""
    root = tmp_path_factory.mktemp("questionnaires") / "questionnaires"
    shutil.copytree(PROJECT_ROOT / "questionnaires", root)
    shutil.copytree(EXAMPLE_DIR, root / "example")
    return root


def settings_for(database_url: str, questionnaires: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "questionnaires_dir": questionnaires,
        "bootstrap_admin_token": ADMIN_TOKEN,
        "log_level": "warning",
        # the isolation matrix sends many bad keys on purpose; one test lowers this
        "auth_failures_per_minute": 100_000,
        # webhook tests run a worker of their own, on their own server
        "webhook_worker": "off",
        **overrides,
    }
    return Settings(**values)


@pytest.fixture(scope="session")
def live_server(database_url: str, questionnaires_dir: Path) -> Iterator[LiveServer]:
    server = LiveServer(create_app(settings_for(database_url, questionnaires_dir))).start()
    yield server
    server.stop()


@pytest.fixture
def app_db(live_server: LiveServer) -> Database:
    db: Database = live_server.app.state.db
    return db


@pytest.fixture
def api(live_server: LiveServer, app_db: Database, questionnaires_dir: Path) -> Iterator[Api]:
    """A clean database and an HTTP client for the shared test server."""
    databases.delete_tenant_rows(app_db)
    with app_db.write_transaction() as session:
        ensure_bootstrap_admin(session, ADMIN_TOKEN)
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield Api(client, admin_token=ADMIN_TOKEN, questionnaires=questionnaires_dir)


@pytest.fixture
def start_server(
    database_url: str, questionnaires_dir: Path
) -> Iterator[Callable[..., LiveServer]]:
    """Start an extra server with different settings (stopped after the test)."""
    started: list[LiveServer] = []

    def start(**overrides: Any) -> LiveServer:
        overrides.setdefault("questionnaires", questionnaires_dir)
        server = LiveServer(create_app(settings_for(database_url, **overrides))).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT_ROOT
