"""The basis of a summary: each member's latest (and first) submitted assessment.

The current basis is computed in SQL from the memberships; a publication stores the
basis it described, so later summaries can count how many organisations changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import TextClause, Uuid, bindparam, text
from sqlalchemy.orm import Session

from app.cohorts import sql
from app.cohorts.raw import Tally
from app.models import CohortPublication


@dataclass(frozen=True, slots=True)
class SlugUse:
    slug: str
    organisations: Tally


def as_uuid(value: object) -> uuid.UUID:
    """A UUID from a raw row (PostgreSQL gives UUIDs, SQLite 32 hex digits)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _query(statement: str, *names: str, expanding: str | None = None) -> TextClause:
    params = [bindparam(name, type_=Uuid()) for name in names]
    if expanding is not None:
        params.append(bindparam(expanding, type_=Uuid(), expanding=True))
    return text(statement).bindparams(*params)


def slug_usage(session: Session, cohort_id: uuid.UUID) -> list[SlugUse]:
    """Questionnaires with submitted assessments among the members, most used first."""
    rows = session.execute(_query(sql.SLUG_USAGE, "cohort"), {"cohort": cohort_id}).all()
    uses = [SlugUse(str(slug), Tally(int(total), int(private))) for slug, total, private in rows]
    return sorted(uses, key=lambda use: (-use.organisations.total, use.slug))


def submitted(session: Session, cohort_id: uuid.UUID, slug: str) -> Tally:
    """Members with a submitted assessment of ``slug`` (and how many share only aggregates)."""
    query = _query(sql.CURRENT_COUNTS, "cohort")
    total, private = session.execute(query, {"cohort": cohort_id, "slug": slug}).one()
    return Tally(int(total), int(private))


def store(session: Session, publication_id: uuid.UUID, cohort_id: uuid.UUID, slug: str) -> None:
    query = _query(sql.STORE_BASIS, "cohort", "publication")
    session.execute(query, {"cohort": cohort_id, "slug": slug, "publication": publication_id})


def changed_since(
    session: Session,
    cohort_id: uuid.UUID,
    slug: str,
    publications: Sequence[CohortPublication],
) -> dict[uuid.UUID, int]:
    """For each publication: how many organisations differ between its basis and now.

    An organisation differs when it joined, left, submitted again, changed its sharing
    level, or was erased (its basis row is gone, so it is counted from basis_size).
    """
    if not publications:
        return {}
    now = submitted(session, cohort_id, slug).total
    query = _query(sql.DIFFERENCES, "cohort", expanding="publications")
    params = {"cohort": cohort_id, "slug": slug, "publications": [p.id for p in publications]}
    found = {as_uuid(row[0]): row[1:] for row in session.execute(query, params).all()}
    result = {}
    for publication in publications:
        rows, same_organisation, unchanged = found.get(publication.id, (0, 0, 0))
        erased = publication.basis_size - int(rows)
        result[publication.id] = now + int(rows) - int(same_organisation) - int(unchanged) + erased
    return result


def organisations_of(session: Session, publication_id: uuid.UUID) -> list[uuid.UUID]:
    query = _query(sql.BASIS_ORGANISATIONS, "publication")
    return [
        as_uuid(row[0]) for row in session.execute(query, {"publication": publication_id}).all()
    ]


def current_organisations(session: Session, cohort_id: uuid.UUID, slug: str) -> list[uuid.UUID]:
    query = _query(sql.CURRENT_ORGANISATIONS, "cohort")
    return [
        as_uuid(row[0]) for row in session.execute(query, {"cohort": cohort_id, "slug": slug}).all()
    ]
