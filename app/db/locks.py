"""Row locks that make check-then-insert rules hold under concurrency.

A rule such as "at most ten hooks per organisation" reads (count the hooks) and then
writes (insert one). Two transactions on PostgreSQL can both read nine and both
insert. Taking a lock on the parent row first makes such requests queue: the second
one counts after the first has committed. ``FOR NO KEY UPDATE`` is enough, and lets
other transactions go on inserting rows that merely reference the parent (foreign
keys take ``FOR KEY SHARE``, which it does not block).

SQLite needs nothing: write transactions start with ``BEGIN IMMEDIATE`` and so run one
at a time. SQLAlchemy leaves the clause out on SQLite.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session


def lock_parent(session: Session, model: Any, row_id: uuid.UUID) -> bool:
    """Lock one row by id until the transaction ends; False when it does not exist."""
    found = session.scalar(
        select(model.id).where(model.id == row_id).with_for_update(key_share=True)
    )
    return found is not None


STARTUP_LOCK = 0x7264_7362  # pg_advisory_xact_lock key for start-up writes


def startup_turn(session: Session) -> None:
    """Wait for other processes' start-up writes (questionnaire pins, the bootstrap key)
    to commit: those are check-then-insert steps on rows that may not exist yet, so no
    row lock can order them. A transaction-level advisory lock on PostgreSQL; SQLite's
    ``BEGIN IMMEDIATE`` already runs writers one at a time."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": STARTUP_LOCK})
