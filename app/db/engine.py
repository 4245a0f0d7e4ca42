"""Engines and session factories for SQLite (embedded) and PostgreSQL (production)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings

SQLITE_BUSY_TIMEOUT_MS = 30_000


def prepare_sqlite_path(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)


class WriterBusy(Exception):
    """No write slot on the SQLite database within the busy timeout."""


class _WriterGate:
    """One writer at a time per process, queued in Python rather than in SQLite.

    SQLite lets one writer in; the others spin in its busy handler, which sleeps for
    growing intervals (up to 100 ms) and hands the lock over late and unfairly. A
    Python lock taken just before ``BEGIN IMMEDIATE`` and given back when the
    connection returns to the pool (after COMMIT or ROLLBACK) lets the next writer
    start at once. Other processes still meet SQLite's own lock and busy timeout.
    """

    def __init__(self, timeout: float) -> None:
        self._lock = threading.Lock()
        self._timeout = timeout

    def enter(self, info: dict[str, Any]) -> None:
        if info.get("rdsa_writer"):
            return
        if not self._lock.acquire(timeout=self._timeout):
            raise WriterBusy("the database is busy with other writes; try again")
        info["rdsa_writer"] = True

    def leave(self, info: dict[str, Any]) -> None:
        if info.pop("rdsa_writer", False):
            self._lock.release()


def _configure_sqlite(engine: Engine, synchronous: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below), so the driver must not.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    gate = _WriterGate(SQLITE_BUSY_TIMEOUT_MS / 1000)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A deferred transaction that later writes fails at once with SQLITE_BUSY,
        # ignoring the busy timeout; writers therefore take the lock up front.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode == "IMMEDIATE":
            gate.enter(connection.info)
        try:
            connection.exec_driver_sql(f"BEGIN {mode}")
        except BaseException:
            gate.leave(connection.info)
            raise

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        gate.leave(record.info)


def make_engine(settings: Settings) -> Engine:
    url = settings.database_url
    options: dict[str, Any] = {
        "pool_size": settings.db_pool_size,
        "max_overflow": settings.db_max_overflow,
        "pool_timeout": 30,
        "pool_pre_ping": not settings.is_sqlite,
    }
    if settings.is_sqlite:
        prepare_sqlite_path(url)
        options["connect_args"] = {
            "check_same_thread": False,
            "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
        }
    engine = create_engine(url, **options)
    if settings.is_sqlite:
        _configure_sqlite(engine, settings.sqlite_synchronous)
    return engine


@dataclass(frozen=True)
class Database:
    """The engine plus two session factories: deferred for reads, immediate for writes."""

    engine: Engine
    reads: sessionmaker[Session]
    writes: sessionmaker[Session]

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        engine = make_engine(settings)
        write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        return cls(
            engine=engine,
            reads=sessionmaker(bind=engine, expire_on_commit=False),
            writes=sessionmaker(bind=write_engine, expire_on_commit=False),
        )

    @contextmanager
    def write_transaction(self) -> Iterator[Session]:
        """A short write transaction of its own, committed on exit."""
        with self.writes() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()
