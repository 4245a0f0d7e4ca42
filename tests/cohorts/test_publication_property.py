"""Issue 13's property: a facilitator that controls up to k-1 organisations of its cohort
(answers, joins, leaves, resubmissions of its choosing) learns nothing below k.

For random sequences of joins, leaves, identical and different resubmissions by real and
attacker organisations, with a summary view after every step (``publication.serve`` on
the real database), every publication with figures must

- describe only independent organisations (none the facilitator onboarded), at least k,
  so that after subtracting everything the attacker knows, every figure still draws on at
  least k independent organisations; every shown count is 0 or at least k; and
- differ from every earlier publication with figures by no independent organisation or by
  at least k of them (counted here from the test's own model, not from the app's query).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cohorts import publication
from app.cohorts.facts import QuestionnaireFacts
from app.cohorts.rules import Rules
from app.config import Settings
from app.db.engine import Database
from app.models import Cohort, CohortMember, CohortPublicationBasis, Organisation
from tests.cohorts.reference import Submitted
from tests.support.cohort_rows import add_assessment, add_results
from tests.support.databases import delete_tenant_rows
from tests.support.examples import examples

K = 5
RULES = Rules(K)
FACTS = QuestionnaireFacts(slug="q", default_locale="en", locales=("en",), title={"en": "Q"})

# Few, small answer sets: identical results are common, as an attacker would make them.
submissions = st.builds(
    Submitted,
    scores=st.fixed_dictionaries({"d1": st.sampled_from([0.0, 50.0, 100.0])}),
    issues=st.dictionaries(st.sampled_from(["i1", "i2"]), st.just("high"), max_size=2),
)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("join"), st.booleans(), submissions),  # (attacker?, answers)
        st.tuples(st.just("leave"), st.integers(0, 30)),
        st.tuples(st.just("same"), st.integers(0, 30)),
        st.tuples(st.just("change"), st.integers(0, 30), submissions),
    ),
    min_size=6,
    max_size=30,
)


@dataclass
class _Org:
    id: uuid.UUID
    attacker: bool
    latest: Submitted
    member: bool = True


@dataclass
class _World:
    cohort: Cohort
    orgs: list[_Org] = field(default_factory=list)
    at: datetime = datetime(2026, 1, 1, tzinfo=UTC)

    def submit(self, session: Session, org: _Org, answers: Submitted) -> None:
        self.at += timedelta(minutes=1)
        add_results(session, add_assessment(session, org.id, self.at), answers)
        org.latest = answers

    def basis(self) -> dict[uuid.UUID, Submitted]:
        return {o.id: o.latest for o in self.orgs if o.member and not o.attacker}


def _differ(a: dict[uuid.UUID, Submitted], b: dict[uuid.UUID, Submitted]) -> int:
    return sum(1 for org in a.keys() | b.keys() if a.get(org) != b.get(org))


@pytest.fixture(scope="module")
def database(database_url: str) -> Iterator[Database]:
    db = Database.from_settings(Settings(database_url=database_url))
    yield db
    db.dispose()


def _step(session: Session, world: _World, step: tuple[object, ...]) -> None:
    kind = step[0]
    attackers = sum(o.attacker for o in world.orgs)
    if kind == "join":
        attacker = bool(step[1]) and attackers < K - 1
        answers = step[2]
        assert isinstance(answers, Submitted)
        owner = world.cohort.owner_key_id if attacker else None
        organisation = Organisation(name="Org", onboarded_by=owner)
        session.add(organisation)
        session.flush()
        session.add(CohortMember(cohort_id=world.cohort.id, organisation_id=organisation.id))
        org = _Org(organisation.id, attacker, answers)
        world.orgs.append(org)
        world.submit(session, org, answers)
        return
    present = [o for o in world.orgs if o.member]
    if not present:
        return
    index = step[1]
    assert isinstance(index, int)
    org = present[index % len(present)]
    if kind == "leave":
        org.member = False
        member = session.get(CohortMember, (world.cohort.id, org.id))
        assert member is not None
        session.delete(member)
        session.flush()
    elif kind == "same":
        world.submit(session, org, org.latest)
    else:
        answers = step[2]
        assert isinstance(answers, Submitted)
        world.submit(session, org, answers)


def _check(session: Session, world: _World, served: publication.Served) -> None:
    figures = served.figures
    assert figures is not None and served.publication_id is not None
    stored = session.scalars(
        select(CohortPublicationBasis.organisation_id).where(
            CohortPublicationBasis.publication_id == served.publication_id
        )
    ).all()
    attackers = {o.id for o in world.orgs if o.attacker}
    assert not attackers & set(stored), "an onboarded organisation in the figures"
    assert len(stored) >= K
    assert figures.organisations.value == len(stored)
    for item in [*figures.issues, *figures.strengths]:
        value = item.organisations.value
        assert value is None or value == 0 or value >= K, item


@settings(
    max_examples=examples(15),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    real=st.lists(submissions, min_size=K, max_size=K + 3),
    puppets=st.lists(submissions, max_size=K - 1),
    later=steps,
)
def test_attacker_organisations_never_isolate_fewer_than_k(
    database: Database,
    real: list[Submitted],
    puppets: list[Submitted],
    later: list[tuple[object, ...]],
) -> None:
    plan: list[tuple[object, ...]] = [
        *(("join", True, answers) for answers in puppets),
        *(("join", False, answers) for answers in real),
        *later,
    ]
    delete_tenant_rows(database)
    with database.write_transaction() as session:
        cohort = Cohort(
            name="C", owner_key_id=uuid.uuid4(), join_code_hash=uuid.uuid4().hex, join_code_hint="X"
        )
        session.add(cohort)
        session.flush()
        world = _World(cohort)
        published: list[dict[uuid.UUID, Submitted]] = []
        last_id = None
        for step in plan:
            _step(session, world, step)
            if step[0] == "join" and len(world.orgs) < len(puppets) + len(real):
                continue  # the facilitator looks once everyone has joined, then after each step
            served = publication.serve(session, cohort, "q", FACTS, RULES)
            if served.publication_id == last_id or served.figures is None:
                continue
            last_id = served.publication_id
            if served.status != "current":
                continue
            _check(session, world, served)
            now = world.basis()
            for earlier in published:
                difference = _differ(earlier, now)
                assert difference == 0 or difference >= K, (difference, len(published))
            published.append(now)
