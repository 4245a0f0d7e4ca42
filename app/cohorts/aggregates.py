"""Cohort aggregates computed in the database over a publication's basis (see sql.py)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Uuid, bindparam, text
from sqlalchemy.orm import Session

from app.cohorts import sql
from app.cohorts.raw import Distribution, FindingTally, RawAggregates, RawChange, Tally

RawRow = tuple[Any, ...]


def _rows(session: Session, statement: str, publication_id: uuid.UUID) -> list[RawRow]:
    query = text(statement).bindparams(bindparam("publication", type_=Uuid()))
    return [tuple(row) for row in session.execute(query, {"publication": publication_id})]


def _distribution(row: RawRow) -> Distribution:
    return Distribution(
        contributors=Tally(int(row[2]), int(row[3])),
        positive=Tally(int(row[4]), int(row[5])),
        q1=float(row[6]),
        median=float(row[7]),
        q3=float(row[8]),
    )


def _findings(rows: Sequence[RawRow], kind: str) -> dict[str, FindingTally]:
    totals: dict[str, Tally] = {}
    severities: dict[str, dict[str, Tally]] = {}
    for row_kind, finding_id, severity, count, private in rows:
        if row_kind != kind:
            continue
        before = totals.get(finding_id, Tally())
        totals[finding_id] = Tally(before.total + int(count), before.private + int(private))
        if severity is not None:
            severities.setdefault(finding_id, {})[severity] = Tally(int(count), int(private))
    return {
        finding_id: FindingTally(tally, severities.get(finding_id, {}))
        for finding_id, tally in totals.items()
    }


def _statistics(rows: Sequence[RawRow]) -> dict[str, dict[str, RawRow]]:
    """Rows of the STATISTICS statement by group, then key."""
    grouped: dict[str, dict[str, RawRow]] = {}
    for row in rows:
        grouped.setdefault(str(row[0]), {})[str(row[1])] = row
    return grouped


def compute(session: Session, publication_id: uuid.UUID) -> RawAggregates:
    """Every raw aggregate of the organisations in the publication's basis."""
    total, private, compared, compared_private = _rows(session, sql.SUBMITTED, publication_id)[0]
    findings = _rows(session, sql.FINDINGS, publication_id)
    stats = _statistics(_rows(session, sql.STATISTICS, publication_id))
    topics = {
        str(domain): Tally(int(total), int(private))
        for domain, total, private in _rows(session, sql.TOPICS, publication_id)
    }

    def distributions(group: str) -> dict[str, Distribution]:
        return {key: _distribution(row) for key, row in stats.get(group, {}).items()}

    def tallies(group: str) -> dict[str, Tally]:
        return {key: Tally(int(r[2]), int(r[3])) for key, r in stats.get(group, {}).items()}

    return RawAggregates(
        submitted=Tally(int(total), int(private)),
        domains=distributions("score"),
        issues=_findings(findings, "issue"),
        strengths=_findings(findings, "strength"),
        change=RawChange(
            organisations=Tally(int(compared), int(compared_private)),
            domains=distributions("change"),
            resolved=tallies("resolved"),
            new=tallies("new"),
            per_organisation=distributions("issues"),
        ),
        topics=topics,
    )
