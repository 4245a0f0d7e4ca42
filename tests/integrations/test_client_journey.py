"""The whole journey through the typed client, against a real server, on both databases."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.client import ProblemError, RdsaClient, verify_signature
from tests.conftest import ADMIN_TOKEN
from tests.integrations.conftest import Hooks, example
from tests.integrations.receiver import Receiver
from tests.support.answers import complete, worst


def _problem(error: pytest.ExceptionInfo[ProblemError], status: int, code: str) -> ProblemError:
    assert (error.value.status, error.value.code) == (status, code), error.value
    assert error.value.title and error.value.detail
    return error.value


def _staff_setup(base: str, receiver: Receiver) -> tuple[dict[str, Any], str]:
    with RdsaClient(base, ADMIN_TOKEN) as admin:
        assert admin.me()["role"] == "admin"
        lead = admin.create_key("facilitator", label="Cohort lead")
        assert lead["id"] in {k["id"] for k in admin.list_keys()}
    with RdsaClient(base, lead["token"]) as facilitator:
        org = facilitator.create_organisation("Colectivo Lila", country="CO", sectors=["lgbtqi"])
        member = facilitator.create_member_key(org["id"], label="director")
        hook = facilitator.create_webhook(receiver.url, ["cohort.summary_changed"])
        assert [h["id"] for h in facilitator.list_webhooks()] == [hook["id"]]
        assert facilitator.webhook_deliveries(hook["id"])["total"] == 0
        with pytest.raises(ProblemError) as hidden:
            facilitator.get_organisation(org["id"])
        _problem(hidden, 404, "not-found")
    return org, member["token"]


def _catalogue(rdsa: RdsaClient, hooks: Hooks) -> None:
    assert "example" in {q["slug"] for q in rdsa.questionnaires()}
    spanish = rdsa.questionnaire("example", "1.0.0")
    assert spanish["title"] == example(hooks.api.questionnaires).title["es"]
    assert rdsa.questionnaire("example")["version"] == "1.1.0"
    assert rdsa.questionnaire_diff("example", "1.1.0", "1.0.0")
    assert rdsa.resources(lang="es")
    assert rdsa.fhir_questionnaire("example", "1.0.0")["language"] == "es"


def _answer_and_submit(rdsa: RdsaClient, org_id: str, answers: dict[str, Any]) -> str:
    draft = rdsa.create_assessment(org_id, "example", version="1.0.0")
    items = list(answers.items())
    first = rdsa.patch_answers(draft["id"], dict(items[:3]), if_match=draft["etag"])
    with pytest.raises(ProblemError) as stale:
        rdsa.patch_answers(draft["id"], dict(items[3:4]), if_match=draft["etag"])
    _problem(stale, 412, "precondition-failed")
    with pytest.raises(ProblemError) as invalid:
        rdsa.patch_answers(draft["id"], {"power-purpose": {"value": "sometimes"}})
    assert "body.answers.power-purpose" in _problem(invalid, 422, "invalid-input").fields
    with pytest.raises(ProblemError) as early:
        rdsa.submit(draft["id"])
    assert _problem(early, 422, "invalid-input").fields
    done = rdsa.patch_answers(draft["id"], dict(items[3:]), if_match=first["etag"])
    assert done["progress"]["complete"]
    results = rdsa.submit(draft["id"], idempotency_key="journey-1")
    assert rdsa.submit(draft["id"], idempotency_key="journey-1") == results
    return draft["id"]


def _read_back(rdsa: RdsaClient, first_id: str, second_id: str, org_id: str) -> None:
    results = rdsa.results(first_id)
    assert results["locale"] == "es" and results["overall"]["score"] is not None
    assert rdsa.issue_map_svg(first_id).lstrip().startswith("<svg")
    assert rdsa.issue_map(first_id)
    comparison = rdsa.compare(second_id, first_id)
    assert comparison
    page = rdsa.list_assessments(org_id, limit=1)
    assert (page["total"], len(page["items"])) == (2, 1)
    assert {a["id"] for a in rdsa.iter_assessments(org_id)} == {first_id, second_id}
    assert rdsa.get_assessment(first_id)["status"] == "submitted"
    assert rdsa.fhir_response(first_id)["status"] == "completed"
    assert len(rdsa.export(org_id)["assessments"]) == 2


def test_whole_journey_through_the_client(hooks: Hooks, receiver: Receiver) -> None:
    base = hooks.server.url
    org, member_token = _staff_setup(base, receiver)
    answers = complete(example(hooks.api.questionnaires))
    with RdsaClient(base, member_token, lang="es") as rdsa:
        org_id = rdsa.me()["organisation_id"]
        assert org_id == org["id"]
        assert rdsa.update_organisation(org_id, name="Colectivo Lila LBT")["name"].endswith("LBT")
        _catalogue(rdsa, hooks)
        hook = rdsa.create_webhook(receiver.url, ["assessment.submitted"], organisation_id=org_id)
        first_id = _answer_and_submit(rdsa, org_id, answers)
        second = rdsa.create_assessment(org_id, "example", from_assessment=first_id)
        rdsa.patch_answers(
            second["id"], complete(example(hooks.api.questionnaires, "1.1.0"), worst)
        )
        rdsa.submit(second["id"])
        _read_back(rdsa, first_id, second["id"], org_id)

        assert hooks.worker.run_once() == 2
        for request in receiver.wait_for(2):
            verify_signature(hook["secret"], request.body, request.headers["rdsa-signature"])
            assert json.loads(request.body)["data"]["organisation_id"] == org_id
        log = rdsa.webhook_deliveries(hook["id"], organisation_id=org_id)
        assert [d["status"] for d in log["items"]] == ["delivered", "delivered"]

        with RdsaClient(base, ADMIN_TOKEN) as admin:
            assert org_id in {o["id"] for o in admin.iter_organisations()}
            admin.get_organisation(org_id)
        assert "read organisation" in {e["action"] for e in rdsa.iter_access_log(org_id)}

        spare = rdsa.create_member_key(org_id, label="spare")
        rdsa.revoke_member_key(org_id, spare["id"])
        assert {k["id"]: k["revoked_at"] for k in rdsa.list_member_keys(org_id)}[spare["id"]]
        rdsa.delete_webhook(hook["id"], organisation_id=org_id)
        assert rdsa.list_webhooks(organisation_id=org_id) == []
        rdsa.erase_organisation(org_id)
        with pytest.raises(ProblemError) as gone:
            rdsa.me()
        _problem(gone, 401, "unauthorized")
