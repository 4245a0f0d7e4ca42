"""Work done once at start-up, after the database is known to be at head."""

from __future__ import annotations

from fastapi import FastAPI

from app.auth.service import ensure_bootstrap_admin
from app.config import Settings
from app.db.engine import Database


def bootstrap(app: FastAPI, settings: Settings) -> None:
    db: Database = app.state.db
    if settings.bootstrap_admin_token:
        with db.write_transaction() as session:
            ensure_bootstrap_admin(session, settings.bootstrap_admin_token)
