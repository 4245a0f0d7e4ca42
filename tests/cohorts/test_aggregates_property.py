"""The SQL aggregates equal a plain-Python reference on random cohorts, on both databases."""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from sqlalchemy.orm import Session

from app.cohorts import aggregates, basis
from app.cohorts.raw import Distribution, RawAggregates
from app.config import Settings
from app.db.engine import Database
from app.models import (
    Cohort,
    CohortMember,
    CohortPublication,
    Organisation,
)
from tests.cohorts.reference import Member, Submitted, raw_aggregates
from tests.support.cohort_rows import (
    PROPERTY_SETTINGS,
    START,
    add_assessment,
    add_results,
    members,
)
from tests.support.databases import delete_tenant_rows


@pytest.fixture(scope="module")
def database(database_url: str) -> Iterator[Database]:
    db = Database.from_settings(Settings(database_url=database_url))
    yield db
    db.dispose()


def _noise(session: Session, cohort_id: uuid.UUID, at: datetime) -> None:
    """Rows the summary must ignore: a non-member, a draft, another questionnaire."""
    outsider = Organisation(name="Outsider")
    insider = Organisation(name="Insider")
    session.add_all([outsider, insider])
    session.flush()
    session.add(CohortMember(cohort_id=cohort_id, organisation_id=insider.id))
    noise = Submitted(scores={"d1": 1.0}, issues={"i1": "low"})
    add_results(session, add_assessment(session, outsider.id, at), noise)
    add_results(session, add_assessment(session, insider.id, at, slug="other"), noise)
    add_assessment(session, insider.id, at, status="draft")


def _store(session: Session, cohort_members: list[Member]) -> uuid.UUID:
    facilitator = uuid.uuid4()
    cohort = Cohort(
        name="C", owner_key_id=facilitator, join_code_hash=uuid.uuid4().hex, join_code_hint="X"
    )
    session.add(cohort)
    session.flush()
    at = START
    for member in cohort_members:
        organisation = Organisation(
            name="Org", onboarded_by=facilitator if member.onboarded else None
        )
        session.add(organisation)
        session.flush()
        sharing = "aggregate" if member.private else "results"
        session.add(
            CohortMember(cohort_id=cohort.id, organisation_id=organisation.id, sharing=sharing)
        )
        for assessment in member.submitted:
            at += timedelta(minutes=1)
            add_results(session, add_assessment(session, organisation.id, at), assessment)
    _noise(session, cohort.id, at)
    publication = CohortPublication(
        cohort_id=cohort.id, questionnaire_slug="q", min_group_size=5, basis_size=0
    )
    session.add(publication)
    session.flush()
    basis.store(session, publication.id, cohort.id, "q")
    return publication.id


def _same_distribution(a: Distribution, b: Distribution) -> bool:
    close = all(
        math.isclose(getattr(a, q), getattr(b, q), rel_tol=1e-12, abs_tol=1e-9)
        for q in ("q1", "median", "q3")
    )
    return close and a.contributors == b.contributors and a.positive == b.positive


def _assert_same(found: RawAggregates, expected: RawAggregates) -> None:
    assert found.submitted == expected.submitted
    assert found.issues == expected.issues
    assert found.strengths == expected.strengths
    for got, want in [
        (found.domains, expected.domains),
        (found.change.domains, expected.change.domains),
        (found.change.per_organisation, expected.change.per_organisation),
    ]:
        assert got.keys() == want.keys()
        assert all(_same_distribution(got[key], want[key]) for key in got), (got, want)
    assert found.change.organisations == expected.change.organisations
    assert found.change.resolved == expected.change.resolved
    assert found.change.new == expected.change.new


@PROPERTY_SETTINGS
@given(cohort_members=members)
def test_sql_aggregates_match_the_reference(
    database: Database, cohort_members: list[Member]
) -> None:
    delete_tenant_rows(database)
    with database.write_transaction() as session:
        publication_id = _store(session, cohort_members)
        found = aggregates.compute(session, publication_id)
    _assert_same(found, raw_aggregates(cohort_members))
