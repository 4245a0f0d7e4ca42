"""Queries on cohorts and memberships (summaries have their own modules)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from sqlalchemy import Row, delete, func, select
from sqlalchemy.orm import Session

from app.models import Assessment, Cohort, CohortMember, Organisation


def get(session: Session, cohort_id: uuid.UUID) -> Cohort | None:
    return session.get(Cohort, cohort_id)


def by_code_hash(session: Session, code_hash: str) -> Cohort | None:
    return session.scalars(select(Cohort).where(Cohort.join_code_hash == code_hash)).first()


def member_count(session: Session, cohort_id: uuid.UUID) -> int:
    query = select(func.count()).select_from(CohortMember)
    return session.scalar(query.where(CohortMember.cohort_id == cohort_id)) or 0


def page(
    session: Session, owner_key_id: uuid.UUID | None, *, limit: int, offset: int
) -> tuple[Sequence[Row[Cohort, int]], int]:
    """Cohorts with their member counts, newest first; only the owner's unless None."""
    counts = (
        select(CohortMember.cohort_id, func.count().label("members"))
        .group_by(CohortMember.cohort_id)
        .subquery()
    )
    members = func.coalesce(counts.c.members, 0)
    query = select(Cohort, members).outerjoin(counts, counts.c.cohort_id == Cohort.id)
    total_query = select(func.count()).select_from(Cohort)
    if owner_key_id is not None:
        query = query.where(Cohort.owner_key_id == owner_key_id)
        total_query = total_query.where(Cohort.owner_key_id == owner_key_id)
    rows = session.execute(
        query.order_by(Cohort.created_at.desc(), Cohort.id).limit(limit).offset(offset)
    ).all()
    return rows, session.scalar(total_query) or 0


def membership(
    session: Session, cohort_id: uuid.UUID, organisation_id: uuid.UUID
) -> CohortMember | None:
    return session.get(CohortMember, (cohort_id, organisation_id))


def memberships_of(
    session: Session, organisation_id: uuid.UUID
) -> Sequence[Row[CohortMember, Cohort]]:
    return session.execute(
        select(CohortMember, Cohort)
        .join(Cohort, Cohort.id == CohortMember.cohort_id)
        .where(CohortMember.organisation_id == organisation_id)
        .order_by(CohortMember.joined_at, Cohort.id)
    ).all()


def remove_member(session: Session, cohort_id: uuid.UUID, organisation_id: uuid.UUID) -> None:
    session.execute(
        delete(CohortMember).where(
            CohortMember.cohort_id == cohort_id, CohortMember.organisation_id == organisation_id
        )
    )


def delete_cohort(session: Session, cohort_id: uuid.UUID) -> None:
    session.execute(delete(Cohort).where(Cohort.id == cohort_id))


def roster(session: Session, cohort_id: uuid.UUID) -> Sequence[Row[CohortMember, Organisation]]:
    return session.execute(
        select(CohortMember, Organisation)
        .join(Organisation, Organisation.id == CohortMember.organisation_id)
        .where(CohortMember.cohort_id == cohort_id)
        .order_by(CohortMember.joined_at, CohortMember.display_name, Organisation.id)
    ).all()


def progress(
    session: Session, organisation_id: uuid.UUID, slug: str | None
) -> tuple[Literal["joined", "draft_started", "submitted"], datetime | None]:
    """How far an organisation got with ``slug`` (any questionnaire when None)."""
    query = select(Assessment.status, Assessment.submitted_at, Assessment.created_at).where(
        Assessment.organisation_id == organisation_id
    )
    if slug is not None:
        query = query.where(Assessment.questionnaire_slug == slug)
    rows = session.execute(query).all()
    submitted = [at for status, at, _ in rows if status == "submitted" and at is not None]
    if submitted:
        return "submitted", max(submitted)
    drafts = [created for status, _, created in rows if status == "draft"]
    if drafts:
        return "draft_started", max(drafts)
    return "joined", None
