"""Start-up work of instances (or workers) that start at the same moment on one
PostgreSQL database: pinning questionnaire versions and the bootstrap admin key are
check-then-insert steps, so each must let the others finish first."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import delete

from app.auth.service import ensure_bootstrap_admin
from app.catalogue.startup import load_registry
from app.db.engine import Database
from app.db.migrate import upgrade_to_head
from app.models import ApiKey, QuestionnaireVersion
from tests.conftest import settings_for

STARTING = 4
ROUNDS = 2


def _at_once(work: Callable[[], object]) -> list[BaseException | None]:
    barrier = threading.Barrier(STARTING)

    def one(_: int) -> BaseException | None:
        barrier.wait()
        try:
            work()
        except BaseException as exc:  # what a starting process would die of
            return exc
        return None

    with ThreadPoolExecutor(STARTING) as pool:
        return list(pool.map(one, range(STARTING)))


def test_start_up_writes_hold_when_instances_start_together(
    make_database_url: Callable[[str, str], str], questionnaires_dir: Path, tmp_path: Path
) -> None:
    url = make_database_url("postgresql", "startup")
    small = tmp_path / "questionnaires"  # the example alone: quick to load four times
    shutil.copytree(questionnaires_dir / "example", small / "example")
    shutil.copy(questionnaires_dir / "resources.yaml", small / "resources.yaml")
    questionnaires_dir = small
    upgrade_to_head(url)
    dbs = [Database.from_settings(settings_for(url, questionnaires_dir)) for _ in range(STARTING)]
    turn = iter(range(10**6))

    def pin() -> None:
        load_registry(questionnaires_dir, dbs[next(turn) % STARTING])

    def admin() -> None:
        with dbs[next(turn) % STARTING].write_transaction() as session:
            ensure_bootstrap_admin(session, "rdsa_startup_together_token_0123456789ab")

    try:
        for _ in range(ROUNDS):
            with dbs[0].write_transaction() as session:
                session.execute(delete(QuestionnaireVersion))
                session.execute(delete(ApiKey))
            failures = [e for e in _at_once(pin) + _at_once(admin) if e is not None]
            assert failures == [], failures
    finally:
        for db in dbs:
            db.dispose()
