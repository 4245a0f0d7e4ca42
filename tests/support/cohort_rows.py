"""Cohort rows and Hypothesis strategies shared by the cohort property tests: members with
submitted results, stored straight as rows (tests/cohorts/test_aggregates_property.py,
test_disclosure.py, test_publication_property.py)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.models import Assessment, ResultDomain, ResultFinding
from tests.cohorts.reference import Member, Submitted
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


def add_assessment(
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


def add_results(session: Session, assessment: Assessment, given: Submitted) -> None:
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
