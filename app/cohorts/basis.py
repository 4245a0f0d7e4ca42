"""The basis of a summary: each member's latest (and first) submitted assessment.

The current basis is computed in SQL from the memberships; a publication stores the
basis it described, so later summaries can count how many organisations changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import TextClause, Uuid, bindparam, text
from sqlalchemy.orm import Session

from app.auth.principal import Principal
from app.cohorts import sql
from app.cohorts.raw import Tally
from app.db.base import UTCDateTime, utcnow
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
    """Members with a submitted assessment of ``slug``; ``private``: how many of them the
    k-anonymous figures describe (independent of the facilitator, sharing aggregates)."""
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
    now: int,
) -> dict[uuid.UUID, int]:
    """For each publication: how many organisations differ between its basis and now.

    An organisation differs when it joined, left, submitted results that differ from
    the ones the publication used, changed its sharing level, stopped or started being
    independent of the facilitator, or was erased (its basis row is gone, so it is
    counted from basis_size). Submitting again with identical results (same domain
    scores, same findings at the same severities) is not a change: otherwise a
    facilitator could time publications by asking for identical resubmissions.
    ``now`` is the number of organisations in the current basis.
    """
    if not publications:
        return {}
    ids = {"publications": [p.id for p in publications]}
    sizes = _per_publication(session, _query(sql.PUBLICATION_SIZES, expanding="publications"), ids)
    query = _query(sql.MATCHES, "cohort", expanding="publications")
    matches = _per_publication(session, query, {"cohort": cohort_id, "slug": slug, **ids})
    identical = _identical_resubmissions(session, cohort_id, slug, ids)
    result = {}
    for publication in publications:
        rows = sizes.get(publication.id, (0,))[0]
        same_organisation, unchanged = matches.get(publication.id, (0, 0))
        unchanged += identical.get(publication.id, 0)
        erased = publication.basis_size - rows
        result[publication.id] = now + rows - same_organisation - unchanged + erased
    return result


Signature = tuple[frozenset[tuple[str, float | None]], frozenset[tuple[str, str, str | None]]]


def signatures(session: Session, assessment_ids: set[uuid.UUID]) -> dict[uuid.UUID, Signature]:
    """What the figures read of each assessment's stored results."""
    if not assessment_ids:
        return {}
    params = {"assessments": sorted(assessment_ids)}
    domains: dict[uuid.UUID, set[tuple[str, float | None]]] = {}
    findings: dict[uuid.UUID, set[tuple[str, str, str | None]]] = {}
    query = _query(sql.RESULT_DOMAINS, expanding="assessments")
    for aid, domain_id, score in session.execute(query, params):
        value = None if score is None else round(float(score), 6)
        domains.setdefault(as_uuid(aid), set()).add((str(domain_id), value))
    query = _query(sql.RESULT_FINDINGS, expanding="assessments")
    for aid, kind, finding_id, severity in session.execute(query, params):
        found = (str(kind), str(finding_id), None if severity is None else str(severity))
        findings.setdefault(as_uuid(aid), set()).add(found)
    return {
        aid: (frozenset(domains.get(aid, ())), frozenset(findings.get(aid, ())))
        for aid in assessment_ids
    }


def _identical_resubmissions(
    session: Session, cohort_id: uuid.UUID, slug: str, ids: Mapping[str, object]
) -> dict[uuid.UUID, int]:
    """Per publication: organisations whose newer assessment has identical results."""
    query = _query(sql.RESUBMITTED, "cohort", expanding="publications")
    pairs = [
        (as_uuid(p), as_uuid(before), as_uuid(now))
        for p, before, now in session.execute(query, {"cohort": cohort_id, "slug": slug, **ids})
    ]
    found = signatures(session, {a for _, before, now in pairs for a in (before, now)})
    counts: dict[uuid.UUID, int] = {}
    for publication_id, before, now in pairs:
        if found[before] == found[now]:
            counts[publication_id] = counts.get(publication_id, 0) + 1
    return counts


def _per_publication(
    session: Session, query: TextClause, params: Mapping[str, object]
) -> dict[uuid.UUID, tuple[int, ...]]:
    rows = session.execute(query, params).all()
    return {as_uuid(row[0]): tuple(int(value) for value in row[1:]) for row in rows}


def log_view(
    session: Session,
    principal: Principal,
    cohort_id: uuid.UUID,
    slug: str,
    publication_id: uuid.UUID | None,
    *,
    action: str,
    target: str,
) -> None:
    """An access-log entry for each organisation the view covered: those in the served
    publication's basis, or (counts only) those counted in the current basis."""
    dialect = session.get_bind().dialect.name
    if publication_id is None:
        statement = sql.log_current_view(dialect)
        params: dict[str, object] = {"cohort": cohort_id, "slug": slug}
    else:
        statement = sql.log_publication_view(dialect)
        params = {"publication": publication_id}
    query = text(statement).bindparams(
        *(bindparam(name, type_=Uuid()) for name in params if name != "slug"),
        bindparam("at", type_=UTCDateTime()),
        bindparam("key", type_=Uuid()),
    )
    entry = {
        "at": utcnow(),
        "role": principal.role.value,
        "key": principal.key_id,
        "label": principal.label,
        "action": action,
        "target": target[:200],
    }
    session.execute(query, {**params, **entry})
