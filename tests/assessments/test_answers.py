"""Answer validation: all or nothing, every problem named by question id."""

from __future__ import annotations

from typing import Any

from tests.support.api import assert_problem
from tests.support.drafts import Draft


def _fields(response: Any) -> dict[str, str]:
    return {e["field"]: e["code"] for e in response.json()["errors"]}


def test_one_bad_answer_rejects_the_whole_patch(draft: Draft) -> None:
    response = draft.patch(
        {
            "power-purpose": {"value": "documented"},
            "power-benefit": {"value": 9},
            "sec-protections": {"value": ["encryption", "none"]},
            "no-such-question": {"value": "x"},
            "sec-copies": {"value": "tested-backup"},
        }
    )
    assert_problem(response, 422)
    assert _fields(response) == {
        "body.answers.power-benefit": "out_of_range",
        "body.answers.sec-protections": "exclusive_conflict",
        "body.answers.no-such-question": "unknown_question",
        "body.answers.sec-copies": "wrong_type",
    }
    assert draft.get().json()["answers"] == {}, "nothing is written"


def test_answer_shapes(draft: Draft) -> None:
    ok = draft.patch(
        {
            "power-purpose": {"unsure": True, "comment": "Ask Ana"},
            "sec-retention": {"not_applicable": True},
            "power-notes": {"value": "We talked about this in June."},
        }
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["answers"]["power-purpose"] == {"unsure": True, "comment": "Ask Ana"}
    for bad in ({"unsure": False}, {"value": 1, "unsure": True}, {"maybe": True}, {}):
        response = draft.patch({"power-purpose": bad})
        assert_problem(response, 422, field="body.answers.power-purpose")


def test_unsure_and_na_only_where_allowed(draft: Draft) -> None:
    response = draft.patch(
        {"power-benefit": {"unsure": True}, "power-purpose": {"not_applicable": True}}
    )
    assert _fields(response) == {
        "body.answers.power-benefit": "unsure_not_allowed",
        "body.answers.power-purpose": "na_not_allowed",
    }


def test_answer_to_a_hidden_question_is_refused(draft: Draft) -> None:
    assert draft.patch({"ctx-collects-personal": {"value": "no"}}).status_code == 200
    response = draft.patch({"consent-how": {"value": "specific"}})
    assert _fields(response) == {"body.answers.consent-how": "hidden_question"}


def test_hiding_earlier_answers_is_allowed_and_they_stop_counting(draft: Draft) -> None:
    assert (
        draft.patch(
            {"ctx-collects-personal": {"value": "yes"}, "consent-how": {"value": "specific"}}
        ).status_code
        == 200
    )
    before = draft.get().json()["progress"]["applicable"]
    response = draft.patch({"ctx-collects-personal": {"value": "no"}})
    assert response.status_code == 200, response.text
    assert response.json()["progress"]["applicable"] < before


def test_null_clears_an_answer(draft: Draft) -> None:
    draft.patch(
        {"power-purpose": {"value": "documented"}, "sec-copies": {"value": ["single-copy"]}}
    )
    response = draft.patch({"power-purpose": None})
    assert response.json()["answers"] == {"sec-copies": {"value": ["single-copy"]}}
    assert_problem(draft.patch({"nope": None}), 422, field="body.answers.nope")


def test_text_with_nul_is_refused_the_same_way_on_every_database(draft: Draft) -> None:
    for answer in ({"value": "a\u0000b"}, {"unsure": True, "comment": "x\u0000"}):
        target = "power-notes" if "value" in answer else "power-purpose"
        assert_problem(draft.patch({target: answer}), 422, field=f"body.answers.{target}")


def test_other_control_characters_are_refused_but_line_breaks_kept(draft: Draft) -> None:
    for bad in ("\u0007", "\u001b[31m", "\u007f", "\u0085", "\u000b"):
        for answer in ({"value": f"a{bad}b"}, {"unsure": True, "comment": f"x{bad}"}):
            target = "power-notes" if "value" in answer else "power-purpose"
            problem = assert_problem(
                draft.patch({target: answer}), 422, field=f"body.answers.{target}"
            )
            assert "control character" in problem["detail"] + str(problem["errors"])
    kept = {"unsure": True, "comment": "line one\r\nline two\ttabbed"}
    assert draft.patch({"power-purpose": kept}).status_code == 200
    assert draft.get().json()["answers"]["power-purpose"] == kept


def test_unknown_body_fields_are_refused(draft: Draft) -> None:
    response = draft.api.patch(
        f"{draft.path}/answers", token=draft.org.token, json={"answers": {}, "status": "submitted"}
    )
    assert_problem(response, 422, field="body.status")
