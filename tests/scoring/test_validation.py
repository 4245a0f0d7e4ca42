from __future__ import annotations

import pytest

from app.questionnaire.model import Questionnaire
from app.scoring import InvalidAnswers, ensure_valid, progress, validate_answers, visible
from app.scoring.answers import Answer

from .builders import (
    NA,
    UNSURE,
    context_question,
    domain,
    option,
    question,
    questionnaire,
    val,
)


def sample() -> Questionnaire:
    return questionnaire(
        context=[
            context_question("ctx-field", [option("yes"), option("no")], type="yes_no"),
        ],
        domains=[
            domain(
                "d",
                [
                    question("single", [option("a", 0), option("b", 1)], allow_unsure=False),
                    question(
                        "multi",
                        [option("a", 1), option("b", 1), option("none", 0, exclusive=True)],
                        type="multi_choice",
                        allow_na=True,
                    ),
                    question("scale", [option(n, n) for n in (0, 2, 4)], type="scale"),
                    question("text", [], type="text", max_length=10, required=False),
                    question(
                        "field-only",
                        [option("a", 0), option("b", 1)],
                        show_if={"q": "ctx-field", "is": "yes"},
                    ),
                    question(
                        "nested",
                        [option("a", 0), option("b", 1)],
                        show_if={"q": "field-only", "is": "b"},
                        required=False,
                    ),
                ],
            )
        ],
    )


@pytest.mark.parametrize(
    ("qid", "answer", "code"),
    [
        ("nope", val("a"), "unknown_question"),
        ("single", val("c"), "invalid_option"),
        ("single", val(["a"]), "wrong_type"),
        ("single", UNSURE, "unsure_not_allowed"),
        ("single", NA, "na_not_allowed"),
        ("multi", val("a"), "wrong_type"),
        ("multi", val(["a", "a"]), "duplicate_option"),
        ("multi", val(["a", "zz"]), "invalid_option"),
        ("multi", val(["a", "none"]), "exclusive_conflict"),
        ("scale", val("2"), "wrong_type"),
        ("scale", val(9), "out_of_range"),
        ("scale", val(-1), "out_of_range"),
        ("scale", val(3), "invalid_option"),
        ("text", val("x" * 11), "too_long"),
        ("text", val("   "), "empty_value"),
        ("text", val(["x"]), "wrong_type"),
        ("field-only", val("a"), "hidden_question"),
    ],
)
def test_each_problem_is_reported_with_its_code(qid: str, answer: Answer, code: str) -> None:
    problems = validate_answers(sample(), {"ctx-field": val("no"), qid: answer})
    assert [(p.question_id, p.code) for p in problems] == [(qid, code)]
    assert problems[0].message


@pytest.mark.parametrize(
    ("qid", "answer"),
    [
        ("single", val("b")),
        ("multi", val(["b", "a"])),
        ("multi", val(["none"])),
        ("multi", val([])),
        ("multi", NA),
        ("multi", UNSURE),
        ("scale", val(4)),
        ("text", val("x" * 10)),
    ],
)
def test_fitting_answers_pass(qid: str, answer: Answer) -> None:
    assert validate_answers(sample(), {qid: answer}) == []


def test_problems_come_in_questionnaire_order_with_unknown_ids_last() -> None:
    answers = {"zz": val("a"), "scale": val(3), "aa": val("x"), "single": val("c")}
    problems = validate_answers(sample(), answers)
    assert [p.question_id for p in problems] == ["single", "scale", "aa", "zz"]


def test_changed_limits_the_check_to_the_touched_ids() -> None:
    # field-only was answered while ctx-field was "yes"; now ctx-field changes to "no"
    answers = {"ctx-field": val("no"), "field-only": val("a")}
    assert validate_answers(sample(), answers, changed=["ctx-field"]) == []
    full = validate_answers(sample(), answers)
    assert [p.code for p in full] == ["hidden_question"]
    cleared = validate_answers(sample(), answers, changed=["unknown-id"])
    assert [p.code for p in cleared] == ["unknown_question"]


def test_ensure_valid_raises_with_every_problem() -> None:
    with pytest.raises(InvalidAnswers) as caught:
        ensure_valid(sample(), {"single": val("c"), "scale": val(3)})
    assert len(caught.value.problems) == 2
    assert "single" in str(caught.value)


def test_visible_follows_show_if_chains() -> None:
    q = sample()
    base = {"single", "multi", "scale", "text", "ctx-field"}
    assert visible(q, {}) == base
    assert visible(q, {"ctx-field": val("yes")}) == base | {"field-only"}
    chain = {"ctx-field": val("yes"), "field-only": val("b")}
    assert visible(q, chain) == base | {"field-only", "nested"}
    # if the middle link is hidden, its stored answer no longer shows the next one
    assert visible(q, {**chain, "ctx-field": val("no")}) == base


def test_progress_counts_applicable_questions() -> None:
    q = sample()
    empty = progress(q, {})
    # applicable: ctx-field, single, multi, scale, text; required: all but text
    assert (empty.answered, empty.required, empty.applicable) == (0, 4, 5)
    assert empty.missing_required == ["ctx-field", "single", "multi", "scale"]
    assert not empty.complete
    answered = progress(
        q,
        {
            "ctx-field": val("yes"),
            "single": val("a"),
            "multi": NA,  # N/A counts as answered
            "scale": val(3),  # does not fit: not answered
        },
    )
    # field-only is now applicable and required
    assert (answered.answered, answered.required, answered.applicable) == (3, 5, 6)
    assert answered.missing_required == ["scale", "field-only"]
    done = progress(
        q,
        {
            "ctx-field": val("no"),
            "single": val("a"),
            "multi": UNSURE,
            "scale": val(4),
            "field-only": val("a"),  # hidden: ignored
        },
    )
    assert done.complete
    assert (done.answered, done.applicable) == (4, 5)
