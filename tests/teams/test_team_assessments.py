from __future__ import annotations

from typing import Any

from tests.support.answers import best, complete, questionnaire
from tests.support.api import Api, Org, assert_problem
from tests.support.drafts import Draft, start


def _second_member(api: Api, org: Org, label: str) -> str:
    created = api.post(f"/v1/organisations/{org.id}/keys", token=org.token, json={"label": label})
    assert created.status_code == 201
    return str(created.json()["token"])


def _mine(api: Api, draft: Draft, token: str, answers: dict[str, Any]) -> Any:
    return api.patch(f"{draft.path}/my-answers", token=token, json={"answers": answers})


def test_team_round_combines_cautiously_and_lists_disagreements(api: Api) -> None:
    org = api.create_org("Tierra Viva")
    field_worker = _second_member(api, org, "field team")
    draft = start(api, org)
    base = complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=best)
    draft.patch({"power-purpose": {"value": "documented"}})

    opened = api.post(f"{draft.path}/team", token=org.token, json={})
    assert opened.status_code == 200, opened.text
    assert opened.json()["status"] == "open"
    # answers given before the round became the opener's own
    assert api.get(f"{draft.path}/my-answers", token=org.token).json()["answers"] == {
        "power-purpose": {"value": "documented"}
    }
    assert _mine(api, draft, org.token, base).status_code == 200
    field = {**base, "power-purpose": {"value": "none"}, "sec-retention": {"unsure": True}}
    assert _mine(api, draft, field_worker, field).status_code == 200
    # each respondent sees only their own answers
    assert api.get(f"{draft.path}/my-answers", token=field_worker).json()["answers"] == field

    team = api.get(f"{draft.path}/team", token=org.token).json()
    assert sorted(r["label"] for r in team["respondents"]) == ["", "field team"]
    disagreements = {d["question_id"]: d for d in team["disagreements"]}
    assert set(disagreements) == {"power-purpose", "sec-retention"}
    purpose = disagreements["power-purpose"]
    assert purpose["combined"] == {"value": "none"}  # the most cautious answer
    assert sorted(c["count"] for c in purpose["answers"]) == [1, 1]
    assert "field team" not in str(team["disagreements"])
    assert team["combined_answers"]["sec-retention"] == {"unsure": True}

    assert_problem(draft.patch({"power-purpose": {"value": "informal"}}), 409)
    assert_problem(draft.submit(), 409)
    closed = api.post(f"{draft.path}/team/close", token=org.token)
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed"
    assert draft.get().json()["answers"]["power-purpose"] == {"value": "none"}
    # after discussion the organisation may settle on another answer, then submit
    assert draft.patch({"power-purpose": {"value": "informal"}}).status_code == 200
    results = draft.submit()
    assert results.status_code == 200, results.text
    team_block = results.json()["team"]
    assert team_block["respondents"] == 2
    assert {d["question_id"] for d in team_block["disagreements"]} == {
        "power-purpose",
        "sec-retention",
    }


def test_respondent_answers_are_validated(api: Api) -> None:
    org = api.create_org()
    draft = start(api, org)
    api.post(f"{draft.path}/team", token=org.token, json={"rule": "majority"})
    bad = _mine(api, draft, org.token, {"power-benefit": {"value": 42}})
    assert_problem(bad, 422, field="body.answers.power-benefit")
    assert api.get(f"{draft.path}/my-answers", token=org.token).json()["answers"] == {}


def test_round_needs_answers_to_close_and_only_opens_once(api: Api) -> None:
    org = api.create_org()
    draft = start(api, org)
    assert api.post(f"{draft.path}/team", token=org.token, json={}).status_code == 200
    assert_problem(api.post(f"{draft.path}/team", token=org.token, json={}), 409)
    assert_problem(api.post(f"{draft.path}/team/close", token=org.token), 409)
    assert_problem(api.get(f"{start(api, org).path}/team", token=org.token), 409)


def test_individual_answers_stay_inside_the_organisation(api: Api) -> None:
    org, other = api.create_org("A"), api.create_org("B")
    draft = start(api, org)
    api.post(f"{draft.path}/team", token=org.token, json={})
    for path in (f"{draft.path}/team", f"{draft.path}/my-answers"):
        assert_problem(api.get(path, token=other.token), 404)
    facilitator = api.service_key("facilitator")
    assert_problem(api.get(f"{draft.path}/team", token=facilitator), 404)


def test_a_sole_respondents_answers_are_not_shown_as_combined_while_open(api: Api) -> None:
    org = api.create_org("Solo")
    colleague = _second_member(api, org, "colleague")
    draft = start(api, org)
    assert api.post(f"{draft.path}/team", token=org.token, json={}).status_code == 200
    mine = {"power-purpose": {"value": "none"}, "power-notes": {"value": "private note"}}
    assert _mine(api, draft, org.token, mine).status_code == 200

    seen = api.get(f"{draft.path}/team", token=colleague).json()
    assert seen["combined_answers"] == {}
    assert "private note" not in str(seen)
    # with a second respondent, only questions that two or more answered are combined
    assert _mine(api, draft, colleague, {"power-purpose": {"value": "informal"}}).status_code == 200
    seen = api.get(f"{draft.path}/team", token=colleague).json()
    assert set(seen["combined_answers"]) == {"power-purpose"}
    assert "private note" not in str(seen)
    # once the round is closed the organisation's answers are all there
    assert api.post(f"{draft.path}/team/close", token=org.token).status_code == 200
    closed = api.get(f"{draft.path}/team", token=colleague).json()
    assert set(closed["combined_answers"]) == {"power-purpose", "power-notes"}


def test_context_answers_combine_to_the_riskiest_and_are_discussed_first(api: Api) -> None:
    org = api.create_org("Red de Defensoras")
    field_worker = _second_member(api, org, "field team")
    coordinator = _second_member(api, org, "coordination")
    draft = start(api, org)
    base = complete(questionnaire(api.questionnaires, "example", "1.0.0"), choose=best)
    assert api.post(f"{draft.path}/team", token=org.token, json={}).status_code == 200
    # Two say civic space is open, one says repressed: the team answer is "repressed",
    # not the majority's "open" (context answers decide how serious every issue is).
    office = {**base, "ctx-civic-space": {"value": "open"}, "power-purpose": {"value": "none"}}
    assert _mine(api, draft, org.token, office).status_code == 200
    assert _mine(api, draft, coordinator, office).status_code == 200
    field = {**base, "ctx-civic-space": {"value": "repressed"}}
    assert _mine(api, draft, field_worker, field).status_code == 200

    team = api.get(f"{draft.path}/team", token=org.token).json()
    assert team["combined_answers"]["ctx-civic-space"] == {"value": "repressed"}
    assert [d["question_id"] for d in team["disagreements"]] == ["ctx-civic-space", "power-purpose"]

    # A "don't know" on context wins over the safe answers.
    unsure = {**base, "ctx-civic-space": {"unsure": True}}
    assert _mine(api, draft, field_worker, unsure).status_code == 200
    team = api.get(f"{draft.path}/team", token=org.token).json()
    assert team["combined_answers"]["ctx-civic-space"] == {"unsure": True}
