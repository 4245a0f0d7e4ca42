"""Queries on assessments, answers and stored results."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.db.base import utcnow
from app.db.paging import paginate
from app.models import (
    Answer,
    Assessment,
    Cohort,
    CohortMember,
    Result,
    ResultDomain,
    ResultFinding,
)
from app.scoring import Evaluation


def get(session: Session, assessment_id: uuid.UUID) -> Assessment | None:
    return session.get(Assessment, assessment_id)


def page_for_organisation(
    session: Session, organisation_id: uuid.UUID, *, limit: int, offset: int
) -> tuple[list[Assessment], int]:
    return paginate(
        session,
        Assessment,
        where=Assessment.organisation_id == organisation_id,
        order_by=(Assessment.created_at.desc(), Assessment.id),
        limit=limit,
        offset=offset,
    )


def latest_submitted(
    session: Session,
    organisation_id: uuid.UUID,
    *,
    before: datetime | None = None,
    slug: str | None = None,
) -> Assessment | None:
    query = select(Assessment).where(
        Assessment.organisation_id == organisation_id, Assessment.status == "submitted"
    )
    if before is not None:
        query = query.where(Assessment.submitted_at < before)
    if slug is not None:
        query = query.where(Assessment.questionnaire_slug == slug)
    return session.scalars(query.order_by(Assessment.submitted_at.desc()).limit(1)).first()


def drafts_of(session: Session, organisation_id: uuid.UUID, slug: str) -> list[Assessment]:
    """The organisation's drafts of one questionnaire, most recently started first."""
    query = select(Assessment).where(
        Assessment.organisation_id == organisation_id,
        Assessment.status == "draft",
        Assessment.questionnaire_slug == slug,
    )
    return list(session.scalars(query.order_by(Assessment.created_at.desc(), Assessment.id)))


def bump_version(
    session: Session, assessment: Assessment, *, expected: int | None, now: datetime
) -> bool:
    """Take the assessment's row (a lock on PostgreSQL) and bump its version.

    With ``expected``, only when the version is still that one (If-Match). Only drafts
    change. False when nothing was updated.
    """
    table: Table = Assessment.__table__  # type: ignore[assignment]
    query = update(table).where(table.c.id == assessment.id, table.c.status == "draft")
    if expected is not None:
        query = query.where(table.c.row_version == expected)
    # Core on the session's connection: the ORM's bulk-update layer costs more than the
    # statement, and the object is brought up to date by hand below.
    bumped = (
        session.connection()
        .execute(
            query.values(row_version=table.c.row_version + 1, updated_at=now).returning(
                table.c.row_version
            )
        )
        .scalar_one_or_none()
    )
    if bumped is None:
        session.refresh(assessment)  # someone else changed it: show what is there now
        return False
    set_committed_value(assessment, "row_version", bumped)
    set_committed_value(assessment, "updated_at", now)
    return True


def lock_for_update(session: Session, assessment: Assessment, *, nowait: bool) -> None:
    """Lock the row until commit (PostgreSQL; SQLite writers already hold the lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(Assessment.id)
            .where(Assessment.id == assessment.id)
            .with_for_update(nowait=nowait)
        )
    session.refresh(assessment)


def answers_of(
    session: Session, assessment_id: uuid.UUID
) -> Sequence[tuple[str, dict[str, Any], str | None]]:
    """(question id, content, comment) rows, by question id."""
    rows = session.execute(
        select(Answer.question_id, Answer.content, Answer.comment)
        .where(Answer.assessment_id == assessment_id)
        .order_by(Answer.question_id)
    )
    return [(q, content, comment) for q, content, comment in rows]


def replace_answers(
    session: Session,
    assessment_id: uuid.UUID,
    *,
    upserts: dict[str, tuple[dict[str, Any], str | None]],
    cleared: Iterable[str],
    now: datetime,
) -> None:
    """Upsert and clear answers with Core statements on the session's connection (no ORM
    bulk-persistence layer: this is the hot write path)."""
    table: Table = Answer.__table__  # type: ignore[assignment]
    connection = session.connection()
    cleared = list(cleared)
    if cleared:
        connection.execute(
            delete(table).where(
                table.c.assessment_id == assessment_id, table.c.question_id.in_(cleared)
            )
        )
    if upserts:
        upsert = (pg_insert if connection.dialect.name == "postgresql" else sqlite_insert)(table)
        connection.execute(
            upsert.on_conflict_do_update(
                index_elements=[table.c.assessment_id, table.c.question_id],
                set_={
                    "content": upsert.excluded.content,
                    "comment": upsert.excluded.comment,
                    "updated_at": upsert.excluded.updated_at,
                },
            ),
            [
                {
                    "assessment_id": assessment_id,
                    "question_id": question_id,
                    "content": content,
                    "comment": comment,
                    "updated_at": now,
                }
                for question_id, (content, comment) in upserts.items()
            ],
        )


def result_of(session: Session, assessment_id: uuid.UUID) -> Result | None:
    return session.get(Result, assessment_id)


def store_result(
    session: Session,
    result: dict[str, Any],
    domains: list[dict[str, Any]],
    findings: list[dict[str, Any]],
) -> None:
    """Insert the snapshot and its normalised rows (bulk inserts: no unit of work)."""
    session.execute(insert(Result), [result])
    if domains:
        session.execute(insert(ResultDomain), domains)
    if findings:
        session.execute(insert(ResultFinding), findings)


def store_evaluation(session: Session, assessment: Assessment, evaluation: Evaluation) -> None:
    """The results snapshot plus normalised rows (domain scores, findings) for aggregation."""
    common = {
        "assessment_id": assessment.id,
        "organisation_id": assessment.organisation_id,
        "questionnaire_slug": assessment.questionnaire_slug,
    }
    domains = [
        {
            **common,
            "domain_id": d.id,
            "score": d.score,
            "stage": d.stage,
            "coverage": d.coverage or 0.0,
        }
        for d in evaluation.domains
    ]
    findings = [
        {
            **common,
            "kind": "issue",
            "finding_id": i.id,
            "severity": i.severity.value,
            "domain_id": i.domain,
            "lifecycle": i.lifecycle,
        }
        for i in evaluation.issues
    ] + [
        {
            **common,
            "kind": "strength",
            "finding_id": s.id,
            "severity": None,
            "domain_id": s.domain,
            "lifecycle": s.lifecycle,
        }
        for s in evaluation.strengths
    ]
    result = {
        "assessment_id": assessment.id,
        "engine_version": evaluation.engine_version,
        "content_hash": evaluation.questionnaire.content_hash,
        "evaluation": evaluation.model_dump_json(),
        "overall_score": evaluation.overall.score,
        "created_at": utcnow(),
    }
    store_result(session, result, domains, findings)


def owner_sees_results_of(
    session: Session, owner_key_id: uuid.UUID, organisation_id: uuid.UUID
) -> bool:
    """True when the organisation shares results in a cohort this key owns (a facilitator
    may then read its submitted assessments)."""
    found = session.scalar(
        select(CohortMember.cohort_id)
        .join(Cohort, Cohort.id == CohortMember.cohort_id)
        .where(
            Cohort.owner_key_id == owner_key_id,
            CohortMember.organisation_id == organisation_id,
            CohortMember.sharing == "results",
        )
        .limit(1)
    )
    return found is not None
