"""Time a cohort summary view for cohorts of 10, 1,000 and 10,000 organisations.

    python bench/bench_cohort.py                     # SQLite, and PostgreSQL when a URL is set
    python bench/bench_cohort.py --sizes 10,1000 --databases sqlite

PostgreSQL: RDSA_BENCH_DATABASE_URL, else RDSA_TEST_DATABASE_URL (a database named
rdsa_bench_cohort is created next to the one in the URL and dropped again).

Each view is the whole service call behind GET /v1/cohorts/{id}/summary, minus HTTP:
choose the questionnaire, compare the basis with earlier publications, compute the
figures in SQL and store them ("publish": earlier publications are deleted before each
run) or re-serve the stored ones ("unchanged"), write one access-log entry per covered
organisation, present three organisations' shared results, serialise the JSON. Target:
publish <= 50 ms median at 1,000 organisations, and no worse than linear growth.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import psycopg
from psycopg import sql
from sqlalchemy import delete
from sqlalchemy.engine import make_url
from starlette.requests import Request

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.auth.principal import Principal, Role
from app.cohorts.summary import SummaryRequest, cohort_summary
from app.config import PROJECT_ROOT, Settings
from app.db.engine import Database
from app.db.migrate import upgrade_to_head
from app.models import Cohort, CohortPublication
from app.questionnaire.loader import load_tree
from app.questionnaire.registry import Registry
from bench.cohort_data import clear_access_log, evaluation_pool, insert_cohort

BENCH_DATABASE = "rdsa_bench_cohort"
RUNS = {10: 40, 1000: 25, 10000: 9}


@contextmanager
def sqlite_url() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="rdsa-bench-cohort-") as folder:
        yield f"sqlite:///{folder}/bench.db"


def _admin(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def postgres_url(base: str) -> Iterator[str]:
    def run(statement: sql.Composable) -> None:
        with psycopg.connect(_admin(base), autocommit=True) as conn:
            conn.execute(statement)

    name = sql.Identifier(BENCH_DATABASE)
    run(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
    run(sql.SQL("CREATE DATABASE {}").format(name))
    try:
        yield make_url(base).set(database=BENCH_DATABASE).render_as_string(hide_password=False)
    finally:
        run(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def _request(db: Database, settings: Settings) -> Request:
    app = SimpleNamespace(state=SimpleNamespace(db=db, settings=settings))
    return Request({"type": "http", "method": "GET", "app": app, "headers": [], "path": "/"})


def _view(db: Database, settings: Settings, registry: Registry, cohort: Cohort) -> int:
    principal = Principal(key_id=cohort.owner_key_id, role=Role.FACILITATOR, label="bench")
    resources = {r.id: r for r in registry.resources.resources}
    with db.reads() as session:
        summary = cohort_summary(
            _request(db, settings),
            session,
            principal,
            cohort,
            registry,
            resources,
            SummaryRequest(questionnaire=None, lang="es", accept_language=None),
        )
        body = summary.model_dump_json()
        session.commit()
    assert summary.figures is not None, summary.explanation
    return len(body)


def _time(action: Callable[[], object], before: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs + 2):  # two warm-up runs
        before()
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return sorted(samples[2:])


def _p90(samples: list[float]) -> float:
    return samples[int(0.9 * (len(samples) - 1))]


Result = tuple[int, str, float, float]  # size, scenario, median ms, p90 ms


def _measure(
    db: Database, settings: Settings, registry: Registry, cohort: Cohort, runs: int
) -> list[tuple[str, float, float]]:
    """(scenario, median ms, p90 ms) for a view that publishes and one that re-serves."""

    def unpublish() -> None:
        with db.write_transaction() as session:
            session.execute(
                delete(CohortPublication).where(CohortPublication.cohort_id == cohort.id)
            )
            clear_access_log(session)

    def keep() -> None:
        with db.write_transaction() as session:
            clear_access_log(session)

    results = []
    for scenario, before in (("publish", unpublish), ("unchanged", keep)):
        samples = _time(lambda: _view(db, settings, registry, cohort), before, runs)
        results.append((scenario, statistics.median(samples), _p90(samples)))
    return results


def _analyze(db: Database) -> None:
    """Statistics as autovacuum would keep them on a running server (after a bulk load
    PostgreSQL otherwise plans with the row counts of empty tables)."""
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")


def bench_database(url: str, sizes: list[int], pool_size: int, runs: int | None) -> list[Result]:
    upgrade_to_head(url)
    settings = Settings(database_url=url)
    db = Database.from_settings(settings)
    registry = Registry.from_tree(load_tree(PROJECT_ROOT / "questionnaires"))
    entry = registry.latest_published("rd-core")
    assert entry is not None
    pool = evaluation_pool(entry, pool_size)
    results: list[Result] = []
    try:
        for size in sizes:
            with db.write_transaction() as session:
                cohort = insert_cohort(session, size, entry, pool, seed=size)
            _analyze(db)
            for scenario, median, p90 in _measure(
                db, settings, registry, cohort, runs or RUNS.get(size, 10)
            ):
                results.append((size, scenario, median, p90))
                print(
                    f"  {size:>6} orgs {scenario:>9}: median {median:7.1f} ms, p90 {p90:7.1f} ms",
                    flush=True,
                )
    finally:
        db.dispose()
    return results


def _report(name: str, results: list[Result]) -> None:
    print(f"\n{name}: growth of the median per 10x more organisations")
    for scenario in ("publish", "unchanged"):
        rows = [(size, median) for size, s, median, _ in results if s == scenario]
        ratios = ", ".join(
            f"{b[0]}/{a[0]}: {b[1] / a[1]:.1f}x" for a, b in itertools.pairwise(rows)
        )
        print(f"  {scenario:>9}: {ratios}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="10,1000,10000")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--pool", type=int, default=300, help="distinct scored answer sets")
    parser.add_argument("--runs", type=int, help="timed runs per size (default: 40, 25, 9)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"python {platform.python_version()} on {platform.platform()}; "
        f"{os.cpu_count()} CPUs; rd-core results; sizes {sizes}"
    )
    postgres = os.environ.get("RDSA_BENCH_DATABASE_URL") or os.environ.get("RDSA_TEST_DATABASE_URL")
    for name in args.databases.split(","):
        if name == "postgresql" and not postgres:
            print("postgresql: skipped (set RDSA_BENCH_DATABASE_URL)")
            continue
        print(f"{name}:")
        with sqlite_url() if name == "sqlite" else postgres_url(str(postgres)) as url:
            _report(name, bench_database(url, sizes, args.pool, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
