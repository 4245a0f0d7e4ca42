"""One database session per request: it commits when the endpoint returns, or rolls back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.db.engine import Database

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_session(request: Request) -> Iterator[Session]:
    db = database(request)
    factory = db.reads if request.method in SAFE_METHODS else db.writes
    with factory() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# scope="function": commit before the response is sent, so a 2xx means "stored".
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def side_write(request: Request, session: Session) -> AbstractContextManager[Session]:
    """A session for a small write (access log, key usage) during any request.

    Unsafe methods already hold a write transaction: write there, atomically with the
    request. Safe methods read in a deferred transaction that must not be upgraded
    (SQLite would fail at once), so their writes get a short transaction of their own.
    """
    if request.method in SAFE_METHODS:
        return database(request).write_transaction()
    return nullcontext(session)
