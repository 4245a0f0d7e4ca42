"""Alembic helpers: upgrade to head, and compare the database with the scripts."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

from app.config import PROJECT_ROOT


def alembic_config(database_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


# pg_advisory_lock key for migrations: any fixed number no other code uses.
MIGRATION_LOCK = 0x7264_7361  # "rdsa"


def upgrade_to_head(database_url: str) -> None:
    """Upgrade to head. On PostgreSQL, instances that start at once take turns (an
    advisory lock held on a connection of its own): the first migrates, the others
    then find the schema at head. Without the lock, two of them both create
    ``alembic_version`` and one fails to start."""
    if not database_url.startswith("postgresql"):
        command.upgrade(alembic_config(database_url), "head")
        return
    engine = create_engine(database_url, poolclass=NullPool)
    try:
        with engine.connect() as lock:
            lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            try:
                command.upgrade(alembic_config(database_url), "head")
            finally:
                lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
    finally:
        engine.dispose()


def script_heads(database_url: str) -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config(database_url)).get_heads())


def database_heads(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())
