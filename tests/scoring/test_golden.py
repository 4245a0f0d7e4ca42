"""Hand-computed scores: the arithmetic is written next to each expectation."""

from __future__ import annotations

import pytest

from app.questionnaire.model import Questionnaire
from app.scoring import InvalidAnswers, evaluate
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


def golden_questionnaire() -> Questionnaire:
    return questionnaire(
        context=[
            context_question("ctx-field", [option("yes"), option("no")], type="yes_no"),
        ],
        domains=[
            domain(
                "d1",
                [
                    question("a", [option("x", 0), option("y", 3), option("z", 4)]),
                    question(
                        "b",
                        [option(n, n) for n in range(5)],
                        type="scale",
                        weight=2,
                    ),
                ],
            ),
            domain(
                "d2",
                [
                    question(
                        "m",
                        [
                            option("p", 1),
                            option("q", 1),
                            option("r", 2),
                            option("none", 0, exclusive=True),
                        ],
                        type="multi_choice",
                    ),
                    question("u", [option("no", 0), option("yes", 1)], type="yes_no"),
                    question("n", [option("no", 0), option("yes", 1)], allow_na=True),
                    question("w", [option("no", 0), option("yes", 1)]),
                    question("t", [], type="text", required=False),
                    question(
                        "h",
                        [option("no", 0), option("yes", 1)],
                        show_if={"q": "ctx-field", "is": "yes"},
                    ),
                ],
                weight=2,
            ),
        ],
    )


GOLDEN_ANSWERS: dict[str, Answer] = {
    "ctx-field": val("no"),
    "a": val("y"),
    "b": val(2),
    "m": val(["r", "p"]),
    "u": UNSURE,
    "n": NA,
    "t": val("We asked our partners."),
    "h": val("no"),  # hidden: ctx-field is "no", so this answer is ignored
}


def test_golden_domain_scores_coverage_stages_and_overall() -> None:
    result = evaluate(golden_questionnaire(), GOLDEN_ANSWERS, content_hash="h")
    d1, d2 = result.domains
    # a: 3 / 4 = 0.75; b: scale option 2 scores 2, best 4 -> 0.5
    assert [(q.id, q.score) for q in d1.included] == [("a", 0.75), ("b", 0.5)]
    # (1*0.75 + 2*0.5) / 3 = 1.75 / 3 = 0.58333 -> 58.3; stage "developing" (min 50)
    assert (d1.weighted_sum, d1.weight_total, d1.score, d1.stage) == (1.75, 3.0, 58.3, "developing")
    assert d1.coverage == 1.0
    # m: sum of p(1) + r(2) = 3, capped at the default max 1+1+2 = 4 -> 0.75; u: unsure -> 0
    assert [(q.id, q.score, q.state) for q in d2.included] == [
        ("m", 0.75, "value"),
        ("u", 0.0, "unsure"),
    ]
    # (1*0.75 + 1*0) / 2 = 0.375 -> 37.5; stage "emerging" (min 25)
    assert (d2.score, d2.stage) == (37.5, "emerging")
    # n (N/A) and h (hidden) are excluded; w is unanswered; t is text (unscored)
    assert [(q.id, q.reason) for q in d2.excluded] == [("n", "not_applicable"), ("h", "hidden")]
    assert d2.unanswered == ["w"]
    assert d2.unscored == ["t"]
    # coverage = included / (included + unanswered) = 2 / 3 = 0.6667
    assert d2.coverage == 0.6667
    assert d2.unsure_count == 1
    # overall = (1*58.3 + 2*37.5) / 3 = 133.3 / 3 = 44.4333 -> 44.4; stage "emerging"
    assert (result.overall.score, result.overall.stage) == (44.4, "emerging")
    assert result.overall.weighted_sum == 133.3
    assert (result.unsure_count, result.unanswered_count) == (1, 1)


def _single_question_score(spec: dict[str, object], answer: Answer) -> float | None:
    q = questionnaire([domain("d", [question("q", **spec)])])  # type: ignore[arg-type]
    return evaluate(q, {"q": answer}, content_hash="h").domains[0].score


@pytest.mark.parametrize(
    ("rule", "max_score", "selected", "expected"),
    [
        # sum 2 + 2 = 4, capped at max_score 3 -> 3 / 3 = 1.0 -> 100.0
        ("sum", 3, ["a", "b"], 100.0),
        # sum 2, cap 3 -> 2 / 3 = 0.6667 -> 66.7
        ("sum", 3, ["a"], 66.7),
        # default cap = 2 + 2 + 1 = 5; 2 + 1 = 3 -> 0.6 -> 60.0
        ("sum", None, ["a", "c"], 60.0),
        # max of 2 and 1 = 2; best single option 2 -> 1.0
        ("max", None, ["a", "c"], 100.0),
        # min of 2 and 1 = 1; best single option 2 -> 0.5
        ("min", None, ["a", "c"], 50.0),
        # nothing selected scores 0 under every rule
        ("min", None, [], 0.0),
    ],
)
def test_multi_choice_rules(
    rule: str, max_score: float | None, selected: list[str], expected: float
) -> None:
    spec: dict[str, object] = {
        "type": "multi_choice",
        "score_rule": rule,
        "options": [option("a", 2), option("b", 2), option("c", 1)],
    }
    if max_score is not None:
        spec["max_score"] = max_score
    assert _single_question_score(spec, val(selected)) == expected


def test_rounding_is_half_up_at_every_level() -> None:
    # q1: 1 / 8 = 0.125; q2: 0 -> (0.125 + 0) / 2 = 0.0625 -> 6.25 -> 6.3 (half up; Python's
    # round() would give 6.2)
    q = questionnaire(
        [
            domain(
                "d",
                [
                    question("q1", [option("lo", 0), option("hi", 1), option("top", 8)]),
                    question("q2", [option("lo", 0), option("top", 8)]),
                ],
            )
        ]
    )
    result = evaluate(q, {"q1": val("hi"), "q2": val("lo")}, content_hash="h")
    assert result.domains[0].score == 6.3
    assert round(6.25, 1) == 6.2  # the reason for the explicit rule


def test_question_scores_round_to_four_decimals_before_the_domain_mean() -> None:
    # 1 / 3 = 0.33333 -> 0.3333 -> domain 33.33 -> 33.3
    spec: dict[str, object] = {"options": [option("a", 0), option("b", 1), option("c", 3)]}
    assert _single_question_score(spec, val("b")) == 33.3


def test_a_domain_with_nothing_answered_has_no_score_and_is_left_out_of_overall() -> None:
    q = questionnaire(
        [
            domain("d1", [question("a", [option("no", 0), option("yes", 1)])]),
            domain("d2", [question("b", [option("no", 0), option("yes", 1)])], weight=3),
        ]
    )
    result = evaluate(q, {"a": val("yes")}, content_hash="h")
    assert [(d.id, d.score, d.stage, d.coverage) for d in result.domains] == [
        ("d1", 100.0, "leading", 1.0),
        ("d2", None, None, 0.0),
    ]
    # only d1 has a score: 1*100 / 1 = 100
    assert result.overall.score == 100.0
    assert [p.domain for p in result.overall.included] == ["d1"]


def test_a_domain_where_everything_is_not_applicable_has_no_coverage() -> None:
    q = questionnaire([domain("d", [question("a", [option("x", 1)], allow_na=True)])])
    result = evaluate(q, {"a": NA}, content_hash="h")
    assert (result.domains[0].score, result.domains[0].coverage) == (None, None)
    assert (result.overall.score, result.overall.stage) == (None, None)


def test_stage_boundaries_are_inclusive() -> None:
    # 1 / 4 = 0.25 -> 25.0, exactly the "emerging" minimum
    spec: dict[str, object] = {"options": [option("a", 0), option("b", 1), option("c", 4)]}
    q = questionnaire([domain("d", [question("q", **spec)])])  # type: ignore[arg-type]
    result = evaluate(q, {"q": val("b")}, content_hash="h")
    assert (result.domains[0].score, result.domains[0].stage) == (25.0, "emerging")


def test_invalid_visible_answers_are_refused_but_hidden_ones_are_ignored() -> None:
    q = golden_questionnaire()
    with pytest.raises(InvalidAnswers) as caught:
        evaluate(q, {**GOLDEN_ANSWERS, "a": val("nope"), "zz": val("x")}, content_hash="h")
    assert [(p.question_id, p.code) for p in caught.value.problems] == [
        ("a", "invalid_option"),
        ("zz", "unknown_question"),
    ]
    # h is hidden, so even an invalid answer there changes nothing
    same = evaluate(q, {**GOLDEN_ANSWERS, "h": val("nope")}, content_hash="h")
    assert same == evaluate(q, GOLDEN_ANSWERS, content_hash="h")


def test_results_carry_engine_version_and_questionnaire_identity() -> None:
    result = evaluate(golden_questionnaire(), GOLDEN_ANSWERS, content_hash="sha256:abc")
    assert result.engine_version == "2.0.0"
    assert result.questionnaire.model_dump() == {
        "slug": "test-q",
        "version": "1.0.0",
        "content_hash": "sha256:abc",
    }
