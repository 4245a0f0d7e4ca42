"""Export, erasure and the access log: the service practises responsible data."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import or_, select

from app.db.base import Base
from app.db.engine import Database
from tests.support.api import Api, Org, assert_problem
from tests.support.drafts import Draft, start


def _submitted(api: Api, org: Org, answers: dict[str, Any]) -> Draft:
    draft = start(api, org)
    assert draft.patch(answers).status_code == 200
    assert draft.submit().status_code == 200
    return draft


def test_export_holds_everything_about_the_organisation(
    api: Api, org: Org, example_answers: dict[str, Any]
) -> None:
    answers = {**example_answers, "power-notes": {"value": "only in the export"}}
    submitted = _submitted(api, org, answers)
    open_draft = start(api, org)
    api.get(f"/v1/organisations/{org.id}", token=api.admin_token)  # an outside read

    export = api.get(f"/v1/organisations/{org.id}/export", token=org.token)
    assert export.status_code == 200
    data = export.json()
    assert data["format"] == "rdsa.export/1"
    assert data["organisation"]["id"] == org.id
    assert [k["role"] for k in data["keys"]] == ["member"]
    assert all("token" not in k and "token_hash" not in k for k in data["keys"])
    by_id = {a["id"]: a for a in data["assessments"]}
    assert set(by_id) == {submitted.id, open_draft.id}
    assert by_id[submitted.id]["answers"] == answers
    assert by_id[submitted.id]["results"]["questionnaire"]["slug"] == "example"
    assert by_id[open_draft.id]["results"] is None
    assert {"read organisation"} <= {e["action"] for e in data["access_log"]}
    assert "cohort_memberships" in data


def _org_rows(db: Database, org_id: uuid.UUID) -> dict[str, int]:
    """Rows that belong to the organisation, table by table, found by following every
    foreign key from ``organisations`` (and ``organisation_id`` columns without one)."""
    owned: dict[str, set[Any]] = {"organisations": {org_id}}
    counts: dict[str, int] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            clauses = [
                fk.parent.in_(owned[fk.column.table.name])
                for fk in table.foreign_keys
                if fk.column.table.name in owned
            ]
            if "organisation_id" in table.c:
                clauses.append(table.c.organisation_id == org_id)
            if table.name == "organisations":
                clauses.append(table.c.id == org_id)
            if not clauses:
                continue
            rows = conn.execute(select(table).where(or_(*clauses))).mappings().all()
            counts[table.name] = len(rows)
            if "id" in table.c:
                owned[table.name] = {row["id"] for row in rows}
    return counts


def test_erasure_removes_everything_in_every_table(
    api: Api, org: Org, app_db: Database, example_answers: dict[str, Any]
) -> None:
    keeper = api.create_org("Stays")
    kept = _submitted(api, keeper, example_answers)
    submitted = _submitted(api, org, example_answers)
    start(api, org)
    api.get(f"/v1/organisations/{org.id}", token=api.admin_token)
    org_id = uuid.UUID(org.id)
    plan = api.post(f"{submitted.path}/action-plans", token=org.token, json={"domain": "security"})
    assert plan.status_code in (201, 422)  # best answers may leave nothing to plan for
    before = _org_rows(app_db, org_id)
    assert before["assessments"] == 2
    assert before["results"] == 1 and before["answers"] > 0 and before["access_log"] > 0

    assert api.delete(f"/v1/organisations/{org.id}", token=org.token).status_code == 204

    after = _org_rows(app_db, org_id)
    assert after == dict.fromkeys(after, 0), after
    covered = set(after)
    uncovered = {t.name for t in Base.metadata.sorted_tables} - covered - {"questionnaire_versions"}
    # Not the organisation's: service and facilitator keys, facilitators' cohorts, and
    # published cohort figures (aggregates over k or more organisations, no ids).
    service_tables = {"api_keys", "cohorts", "cohort_publications"}
    assert uncovered <= service_tables, f"erasure test does not look at: {uncovered}"
    assert_problem(api.get(f"/v1/organisations/{org.id}", token=api.admin_token), 404)
    assert api.get(f"/v1/assessments/{kept.id}", token=keeper.token).status_code == 200
    assert_problem(api.get(f"/v1/assessments/{submitted.id}", token=api.admin_token), 404)


def test_admin_reads_of_assessments_are_logged_without_content(
    api: Api, org: Org, example_answers: dict[str, Any]
) -> None:
    answers = {**example_answers, "power-notes": {"value": "UNIQUE-NOTE-8841"}}
    draft = _submitted(api, org, answers)
    api.get(draft.path, token=api.admin_token)
    api.get(f"{draft.path}/results", token=api.admin_token)
    log = api.get(f"/v1/organisations/{org.id}/access-log", token=org.token).json()
    actions = [e["action"] for e in log["items"]]
    assert "read assessment" in actions
    assert "read results" in actions
    assert "UNIQUE-NOTE-8841" not in str(log)


@pytest.mark.usefixtures("org")
def test_server_logs_never_contain_answers_or_keys(
    api: Api, org: Org, capfd: pytest.CaptureFixture[str]
) -> None:
    draft = start(api, org)
    draft.patch({"power-notes": {"value": "SECRET-NOTE-5520"}})
    draft.patch({"power-purpose": {"unsure": True, "comment": "SECRET-COMMENT-5521"}})
    draft.patch({"power-purpose": {"value": "SECRET-BAD-VALUE-5522"}})  # a 422
    api.get("/v1/me", token=org.token + "x")  # a 401
    out, err = capfd.readouterr()
    logged = out + err
    for secret in ("SECRET-NOTE-5520", "SECRET-COMMENT-5521", "SECRET-BAD-VALUE-5522", org.token):
        assert secret not in logged
