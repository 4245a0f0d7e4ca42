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


def _tally(row: RawRow) -> Tally:
    return Tally(int(row[0]), int(row[1]))


def _distributions(rows: Sequence[RawRow]) -> dict[str, Distribution]:
    return {
        str(row[0]): Distribution(
            contributors=Tally(int(row[1]), int(row[2])),
            positive=Tally(int(row[3]), int(row[4])),
            q1=float(row[5]),
            median=float(row[6]),
            q3=float(row[7]),
        )
        for row in rows
    }


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


def _change(session: Session, publication_id: uuid.UUID) -> RawChange:
    resolved: dict[str, Tally] = {}
    new: dict[str, Tally] = {}
    for which, issue_id, count, private in _rows(session, sql.RESOLVED_AND_NEW, publication_id):
        (resolved if which == "resolved" else new)[issue_id] = Tally(int(count), int(private))
    return RawChange(
        organisations=_tally(_rows(session, sql.COMPARED, publication_id)[0]),
        domains=_distributions(_rows(session, sql.DOMAIN_CHANGES, publication_id)),
        resolved=resolved,
        new=new,
        per_organisation=_distributions(
            _rows(session, sql.PER_ORGANISATION_CHANGES, publication_id)
        ),
    )


def compute(session: Session, publication_id: uuid.UUID) -> RawAggregates:
    """Every raw aggregate of the organisations in the publication's basis."""
    findings = _rows(session, sql.FINDINGS, publication_id)
    return RawAggregates(
        submitted=_tally(_rows(session, sql.SUBMITTED, publication_id)[0]),
        domains=_distributions(_rows(session, sql.DOMAIN_SCORES, publication_id)),
        issues=_findings(findings, "issue"),
        strengths=_findings(findings, "strength"),
        change=_change(session, publication_id),
    )
