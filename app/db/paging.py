"""One page of an ordered query, with the total count of its rows."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")


def paginate(
    session: Session,
    model: type[T],
    *,
    where: ColumnElement[bool] | None = None,
    order_by: tuple[Any, ...],
    limit: int,
    offset: int,
) -> tuple[list[T], int]:
    count = select(func.count()).select_from(model)
    query = select(model)
    if where is not None:
        count, query = count.where(where), query.where(where)
    total = session.scalar(count) or 0
    rows = session.scalars(query.order_by(*order_by).limit(limit).offset(offset)).all()
    return list(rows), total
