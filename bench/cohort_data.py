"""Realistic cohorts for the summary benchmark, written straight into the database.

Results come from the real engine: random answer sets of rd-core are scored with
app.scoring, and each organisation gets the normalised rows of one of them (about a
third have an earlier assessment too, so "change" has work to do).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from app.cohorts import codes
from app.models import (
    AccessLogEntry,
    Assessment,
    Cohort,
    CohortMember,
    Organisation,
    Result,
    ResultDomain,
    ResultFinding,
)
from app.questionnaire.registry import VersionEntry
from app.scoring import Evaluation, evaluate
from bench.synthetic import complete_answers

SHARING_RESULTS = 3  # members that share their results (listed by name)
SECOND_ASSESSMENT = 0.3
START = datetime(2026, 1, 1, tzinfo=UTC)


def evaluation_pool(entry: VersionEntry, size: int) -> list[Evaluation]:
    """Scored random answer sets (every org takes one at random)."""
    model = entry.model
    return [
        evaluate(model, complete_answers(model, seed=seed), content_hash=entry.content_hash)
        for seed in range(size)
    ]


@dataclass
class Rows:
    organisations: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    assessments: list[dict[str, Any]] = field(default_factory=list)
    domains: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)


def _result_rows(rows: Rows, assessment: dict[str, Any], evaluation: Evaluation) -> None:
    common = {
        "assessment_id": assessment["id"],
        "organisation_id": assessment["organisation_id"],
        "questionnaire_slug": assessment["questionnaire_slug"],
    }
    rows.domains += [
        {
            **common,
            "domain_id": d.id,
            "score": d.score,
            "stage": d.stage,
            "coverage": d.coverage or 0.0,
        }
        for d in evaluation.domains
    ]
    rows.findings += [
        {
            **common,
            "kind": "issue",
            "finding_id": i.id,
            "severity": i.severity.value,
            "domain_id": i.domain,
            "lifecycle": i.lifecycle,
        }
        for i in evaluation.issues
    ]
    rows.findings += [
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


def _assessment(
    rows: Rows,
    organisation_id: uuid.UUID,
    entry: VersionEntry,
    at: datetime,
    evaluation: Evaluation,
    *,
    with_result: bool,
) -> None:
    assessment = {
        "id": uuid.uuid4(),
        "organisation_id": organisation_id,
        "created_at": at,
        "questionnaire_slug": entry.slug,
        "questionnaire_version": entry.version,
        "status": "submitted",
        "row_version": 2,
        "updated_at": at,
        "submitted_at": at,
        "needs_review": [],
    }
    rows.assessments.append(assessment)
    _result_rows(rows, assessment, evaluation)
    if with_result:
        rows.results.append(
            {
                "assessment_id": assessment["id"],
                "engine_version": evaluation.engine_version,
                "content_hash": entry.content_hash,
                "evaluation": evaluation.model_dump_json(),
                "overall_score": evaluation.overall.score,
                "created_at": at,
            }
        )


def cohort_rows(
    cohort_id: uuid.UUID, size: int, entry: VersionEntry, pool: list[Evaluation], seed: int
) -> Rows:
    rng = random.Random(seed)
    rows = Rows()
    for index in range(size):
        organisation_id = uuid.uuid4()
        sharing = "results" if index < SHARING_RESULTS else "aggregate"
        rows.organisations.append(
            {"id": organisation_id, "name": f"Org {index}", "created_at": START, "sectors": []}
        )
        rows.members.append(
            {
                "cohort_id": cohort_id,
                "organisation_id": organisation_id,
                "sharing": sharing,
                "joined_at": START,
                "sharing_changed_at": START,
            }
        )
        latest_at = START + timedelta(days=180 + rng.random() * 180)
        if rng.random() < SECOND_ASSESSMENT:
            first_at = START + timedelta(days=rng.random() * 150)
            _assessment(rows, organisation_id, entry, first_at, rng.choice(pool), with_result=False)
        _assessment(
            rows,
            organisation_id,
            entry,
            latest_at,
            rng.choice(pool),
            with_result=sharing == "results",
        )
    return rows


def _chunks(items: list[dict[str, Any]], size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_cohort(
    session: Session, size: int, entry: VersionEntry, pool: list[Evaluation], seed: int
) -> Cohort:
    """A cohort of ``size`` organisations with results, inserted in bulk."""
    code = codes.new_join_code()
    cohort = Cohort(
        name=f"Bench {size}",
        owner_key_id=uuid.uuid4(),
        join_code_hash=codes.hash_code(code),
        join_code_hint=codes.hint(code),
    )
    session.add(cohort)
    session.flush()
    rows = cohort_rows(cohort.id, size, entry, pool, seed)
    for model, items in [
        (Organisation, rows.organisations),
        (CohortMember, rows.members),
        (Assessment, rows.assessments),
        (ResultDomain, rows.domains),
        (ResultFinding, rows.findings),
        (Result, rows.results),
    ]:
        for chunk in _chunks(items):
            session.execute(insert(model), chunk)
    return cohort


def clear_access_log(session: Session) -> None:
    session.execute(delete(AccessLogEntry))
