from __future__ import annotations

from collections.abc import Callable

from alembic import command
from sqlalchemy import create_engine, inspect

from app.db.base import Base
from app.db.migrate import alembic_config


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade_then_no_drift(
    backend: str, make_database_url: Callable[[str, str], str]
) -> None:
    url = make_database_url(backend, "migrations")
    config = alembic_config(url)
    command.upgrade(config, "head")
    assert _tables(url) == {*Base.metadata.tables, "alembic_version"}
    command.downgrade(config, "base")
    assert _tables(url) == {"alembic_version"}
    command.upgrade(config, "head")
    command.check(config)  # raises when the models and the migrations disagree
