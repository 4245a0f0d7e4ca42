"""Test databases: a SQLite file, or a PostgreSQL database per pytest worker."""

from __future__ import annotations

import os

import psycopg
from psycopg import sql
from sqlalchemy import delete
from sqlalchemy.engine import make_url

from app.db.base import Base
from app.db.engine import Database

POSTGRES_ENV = "RDSA_TEST_DATABASE_URL"
# Tables whose rows describe the deployment rather than tenants; kept between tests.
KEEP_TABLES = frozenset({"questionnaire_versions"})


def postgres_base_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _admin_conninfo(url: str) -> str:
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def fresh_postgres_database(base_url: str, name: str) -> str:
    """Drop and create database ``name`` next to the one in ``base_url``; return its URL."""
    with psycopg.connect(_admin_conninfo(base_url), autocommit=True, connect_timeout=5) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_url(base_url).set(database=name).render_as_string(hide_password=False)


def check_postgres(base_url: str) -> str | None:
    """None when PostgreSQL answers, else the reason it does not."""
    try:
        with psycopg.connect(_admin_conninfo(base_url), connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[0]
    return None


def delete_tenant_rows(db: Database) -> None:
    with db.write_transaction() as session:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in KEEP_TABLES:
                session.execute(delete(table))
