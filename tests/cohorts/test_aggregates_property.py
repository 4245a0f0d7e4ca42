"""The SQL aggregates equal a plain-Python reference on random cohorts, on both databases."""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.cohorts import aggregates, basis
from app.cohorts.raw import Distribution, RawAggregates
from app.config import Settings
from app.db.engine import Database
from app.models import (
    Assessment,
    Cohort,
    CohortMember,
    CohortPublication,
    Organisation,
    ResultDomain,
    ResultFinding,
)
from tests.cohorts.reference import Member, Submitted, raw_aggregates
from tests.support.databases import delete_tenant_rows
from tests.support.examples import examples

DOMAINS = ["d1", "d2", "d3"]
ISSUES = ["i1", "i2", "i3", "i4", "i5"]
STRENGTHS = ["s1", "s2", "s3"]
SEVERITIES = ["low", "medium", "high", "critical"]
START = datetime(2026, 1, 1, tzinfo=UTC)

PROPERTY_SETTINGS = settings(
    max_examples=examples(40),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

scores = st.one_of(
    st.none(),
    st.sampled_from([0.0, 25.0, 50.0, 62.5, 100.0]),
    st.floats(0, 100, allow_nan=False).map(lambda x: round(x, 1)),
)
submitted = st.builds(
    Submitted,
    scores=st.fixed_dictionaries(dict.fromkeys(DOMAINS, scores)),
    issues=st.dictionaries(st.sampled_from(ISSUES), st.sampled_from(SEVERITIES)),
    strengths=st.frozensets(st.sampled_from(STRENGTHS)),
)
members = st.lists(
    st.builds(
        Member,
        private=st.booleans(),
        submitted=st.lists(submitted, max_size=3),
        onboarded=st.booleans(),
    ),
    max_size=14,
)


@pytest.fixture(scope="module")
def database(database_url: str) -> Iterator[Database]:
    db = Database.from_settings(Settings(database_url=database_url))
    yield db
    db.dispose()


def _assessment(
    session: Session,
    organisation_id: uuid.UUID,
    at: datetime,
    *,
    status: str = "submitted",
    slug: str = "q",
) -> Assessment:
    assessment = Assessment(
        organisation_id=organisation_id,
        questionnaire_slug=slug,
        questionnaire_version="1.0.0",
        status=status,
        submitted_at=at if status == "submitted" else None,
    )
    session.add(assessment)
    session.flush()
    return assessment


def _results(session: Session, assessment: Assessment, given: Submitted) -> None:
    common = {
        "assessment_id": assessment.id,
        "organisation_id": assessment.organisation_id,
        "questionnaire_slug": assessment.questionnaire_slug,
    }
    session.add_all(
        ResultDomain(**common, domain_id=d, score=s, stage=None, coverage=1.0)
        for d, s in given.scores.items()
    )
    session.add_all(
        ResultFinding(
            **common, kind="issue", finding_id=i, severity=sev, domain_id="d1", lifecycle="plan"
        )
        for i, sev in given.issues.items()
    )
    session.add_all(
        ResultFinding(
            **common, kind="strength", finding_id=s, severity=None, domain_id="d1", lifecycle="plan"
        )
        for s in given.strengths
    )


def _noise(session: Session, cohort_id: uuid.UUID, at: datetime) -> None:
    """Rows the summary must ignore: a non-member, a draft, another questionnaire."""
    outsider = Organisation(name="Outsider")
    insider = Organisation(name="Insider")
    session.add_all([outsider, insider])
    session.flush()
    session.add(CohortMember(cohort_id=cohort_id, organisation_id=insider.id))
    noise = Submitted(scores={"d1": 1.0}, issues={"i1": "low"})
    _results(session, _assessment(session, outsider.id, at), noise)
    _results(session, _assessment(session, insider.id, at, slug="other"), noise)
    _assessment(session, insider.id, at, status="draft")


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
            _results(session, _assessment(session, organisation.id, at), assessment)
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
