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

from sqlalchemy import select
from sqlalchemy.orm import Session


def lock_parent(session: Session, model: Any, row_id: uuid.UUID) -> bool:
    """Lock one row by id until the transaction ends; False when it does not exist."""
    found = session.scalar(
        select(model.id).where(model.id == row_id).with_for_update(key_share=True)
    )
    return found is not None
