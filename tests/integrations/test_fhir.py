"""FHIR R4 exports, validated against the official R4 JSON schema and the R4B models of
fhir.resources (both offline), and checked against the questionnaire they come from."""

from __future__ import annotations

from typing import Any

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire as FhirQuestionnaire
from fhir.resources.R4B.questionnaireresponse import (
    QuestionnaireResponse as FhirQuestionnaireResponse,
)

from app.fhir.common import DATA_ABSENT_REASON, ITEM_WEIGHT, TRANSLATION
from tests.integrations.conftest import example
from tests.integrations.fhir_schema import schema_errors
from tests.support.answers import complete, unsure_where_allowed
from tests.support.api import Api, assert_problem

WHERE = "/v1/questionnaires/example/versions/1.0.0/fhir"


def _valid(resource: dict[str, Any]) -> None:
    assert schema_errors(resource) == []
    model = {"Questionnaire": FhirQuestionnaire, "QuestionnaireResponse": FhirQuestionnaireResponse}
    model[resource["resourceType"]].model_validate(resource)


def _items(resource: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every item by linkId, at any depth."""
    found: dict[str, dict[str, Any]] = {}
    pending = list(resource.get("item", []))
    while pending:
        item = pending.pop()
        found[item["linkId"]] = item
        pending.extend(item.get("item", []))
    return found


@pytest.mark.parametrize(
    ("slug", "version"),
    [("example", "1.0.0"), ("example", "1.1.0"), ("rd-core", "1.0.0"), ("rd-core", "1.1.0")],
)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_questionnaires_are_valid_fhir(api: Api, slug: str, version: str, lang: str) -> None:
    response = api.get(f"/v1/questionnaires/{slug}/versions/{version}/fhir", params={"lang": lang})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/fhir+json")
    assert response.headers["content-language"] == lang
    _valid(response.json())


def test_questionnaire_mirrors_the_file(api: Api) -> None:
    model = example(api.questionnaires)
    resource = api.get(WHERE).json()
    assert resource["url"].endswith("/v1/questionnaires/example")
    assert (resource["version"], resource["status"], resource["name"]) == (
        "1.0.0",
        "active",
        "Example",
    )
    assert resource["title"] == model.title["en"]
    [translation] = resource["_title"]["extension"]
    assert translation["url"] == TRANSLATION
    assert {
        e["url"]: e.get("valueCode") or e.get("valueString") for e in translation["extension"]
    } == {
        "lang": "es",
        "content": model.title["es"],
    }
    groups = [g["linkId"] for g in resource["item"]]
    assert groups == ["context", *(d.id for d in model.domains)]
    items = _items(resource)
    for domain in model.domains:
        for question in domain.questions:
            item = items[question.id]
            assert item["text"] == question.text["en"]
            assert item["required"] == question.required
            if question.type.value == "text":
                assert (item["type"], item["maxLength"]) == ("string", question.max_length)
                continue
            assert item["type"] == "choice"
            assert item.get("repeats", False) == (question.type.value == "multi_choice")
            weights = {
                o["valueCoding"]["code"]: next(
                    e["valueDecimal"] for e in o["extension"] if e["url"] == ITEM_WEIGHT
                )
                for o in item["answerOption"]
            }
            assert weights == {str(o.value): o.score for o in question.options}


def test_show_if_becomes_enable_when(api: Api) -> None:
    items = _items(api.get(WHERE).json())
    consent = items["consent-how"]
    [test] = consent["enableWhen"]
    assert test["question"] == "ctx-collects-personal" and test["operator"] == "="
    assert test["answerCoding"]["code"] == "yes"
    assert "enableBehavior" not in consent
    withdraw = items["consent-withdraw"]
    assert withdraw["enableBehavior"] == "any"
    assert [(t["operator"], t["answerCoding"]["code"]) for t in withdraw["enableWhen"]] == [
        ("=", "specific"),
        ("=", "bundled"),
    ]
    assert all("enableWhen" not in items[q] for q in ("power-purpose", "sec-copies"))
    for item in items.values():
        for test in item.get("enableWhen", []):
            assert test["question"] in items, "enableWhen must name an item of the questionnaire"


def test_questionnaire_in_spanish_with_english_translations(api: Api) -> None:
    spanish = api.get(WHERE, headers={"Accept-Language": "es"}).json()
    model = example(api.questionnaires)
    assert spanish["language"] == "es" and spanish["title"] == model.title["es"]
    item = _items(spanish)["power-purpose"]
    assert item["text"] == model.domains[0].questions[0].text["es"]
    langs = {e["extension"][0]["valueCode"] for e in item["_text"]["extension"]}
    assert langs == {"en"}


def test_questionnaire_etag_and_unknown_version(api: Api) -> None:
    first = api.get(WHERE)
    again = api.get(WHERE, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert_problem(api.get("/v1/questionnaires/example/versions/9.9.9/fhir"), 404)
    assert_problem(api.get("/v1/questionnaires/nope/versions/1.0.0/fhir"), 404)


def _assessment(api: Api, token: str, org_id: str, answers: dict[str, Any]) -> str:
    created = api.post(
        f"/v1/organisations/{org_id}/assessments",
        token=token,
        json={"questionnaire": "example", "version": "1.0.0"},
    ).json()
    patched = api.patch(
        f"/v1/assessments/{created['id']}/answers", token=token, json={"answers": answers}
    )
    assert patched.status_code == 200, patched.text
    return str(created["id"])


def test_response_of_a_draft_and_of_a_submission(api: Api) -> None:
    org = api.create_org()
    model = example(api.questionnaires)
    answers = complete(model, choose=unsure_where_allowed)
    answers["ctx-collects-personal"] = {"value": "yes"}
    answers["consent-how"] = {"not_applicable": True, "comment": "SECRET-COMMENT-1"}
    answers["power-notes"] = {"value": "Our board decides."}
    answers.pop("consent-withdraw", None)
    assessment_id = _assessment(api, org.token, org.id, answers)
    draft = api.get(f"/v1/assessments/{assessment_id}/fhir", token=org.token)
    assert draft.status_code == 200, draft.text
    assert draft.json()["status"] == "in-progress"
    _valid(draft.json())

    assert api.post(f"/v1/assessments/{assessment_id}/submit", token=org.token).status_code == 200
    resource = api.get(f"/v1/assessments/{assessment_id}/fhir", token=org.token).json()
    _valid(resource)
    assert resource["status"] == "completed"
    canonical = api.get(WHERE).json()["url"]
    assert resource["questionnaire"] == f"{canonical}|1.0.0"
    assert "SECRET-COMMENT-1" not in str(resource)
    items = _items(resource)
    reasons = {
        link: next(e["valueCode"] for e in item["extension"] if e["url"] == DATA_ABSENT_REASON)
        for link, item in items.items()
        if "extension" in item
    }
    assert reasons["consent-how"] == "not-applicable"
    unsure = {q for q, a in answers.items() if a.get("unsure")}
    assert unsure and {q for q, r in reasons.items() if r == "asked-unknown"} == unsure
    assert items["power-notes"]["answer"] == [{"valueString": "Our board decides."}]
    assert "answer" not in items["consent-how"]


def test_response_answers_use_the_questionnaire_codes(api: Api) -> None:
    org = api.create_org()
    model = example(api.questionnaires)
    answers = complete(model)
    answers["ctx-sensitive"] = {"value": ["health", "location"]}
    answers["ctx-shelter"] = {"value": "no"}
    assessment_id = _assessment(api, org.token, org.id, answers)
    resource = api.get(f"/v1/assessments/{assessment_id}/fhir", token=org.token).json()
    _valid(resource)
    asked = _items(api.get(WHERE).json())
    given = _items(resource)
    assert [a["valueCoding"]["code"] for a in given["ctx-sensitive"]["answer"]] == [
        "health",
        "location",
    ]
    for link, item in given.items():
        for answer in item.get("answer", []):
            if "valueCoding" in answer:
                options = [o["valueCoding"] for o in asked[link]["answerOption"]]
                assert any(
                    o["system"] == answer["valueCoding"]["system"]
                    and o["code"] == answer["valueCoding"]["code"]
                    for o in options
                )
    answered = {q for q in answers if q in asked}
    assert answered == {link for link in given if link in asked and asked[link]["type"] != "group"}


def test_hidden_answers_are_left_out(api: Api) -> None:
    org = api.create_org()
    answers = complete(example(api.questionnaires))
    answers["ctx-sensitive"] = {"value": ["location"]}
    answers["ctx-shelter"] = {"value": "yes"}
    assessment_id = _assessment(api, org.token, org.id, answers)
    api.patch(
        f"/v1/assessments/{assessment_id}/answers",
        token=org.token,
        json={"answers": {"ctx-sensitive": {"value": ["health"]}}},
    )
    stored = api.get(f"/v1/assessments/{assessment_id}", token=org.token).json()["answers"]
    assert "ctx-shelter" in stored, "kept, though now hidden by its show_if"
    resource = api.get(f"/v1/assessments/{assessment_id}/fhir", token=org.token).json()
    items = _items(resource)
    assert "ctx-shelter" not in items
    assert [a["valueCoding"]["code"] for a in items["ctx-sensitive"]["answer"]] == ["health"]


def test_the_validators_catch_broken_resources(api: Api) -> None:
    resource = api.get(WHERE).json()
    resource["item"][1]["item"][0]["type"] = "multiple-choice"
    resource["item"][1]["item"][0]["colour"] = "red"
    errors = schema_errors(resource)
    assert any("multiple-choice" in e for e in errors)
    assert any("colour" in e for e in errors)
    with pytest.raises(ValueError, match=r"colour|multiple-choice"):
        FhirQuestionnaire.model_validate(resource)


def test_admin_reads_of_the_response_are_logged(api: Api) -> None:
    org = api.create_org()
    answers = complete(example(api.questionnaires))
    assessment_id = _assessment(api, org.token, org.id, answers)
    assert (
        api.get(f"/v1/assessments/{assessment_id}/fhir", token=api.admin_token).status_code == 200
    )
    log = api.get(f"/v1/organisations/{org.id}/access-log", token=org.token).json()
    assert "read assessment as FHIR" in [e["action"] for e in log["items"]]
    other = api.create_org()
    assert_problem(api.get(f"/v1/assessments/{assessment_id}/fhir", token=other.token), 404)
