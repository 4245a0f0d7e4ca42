"""Team answers: the cautious default, majority, disagreements."""

from __future__ import annotations

from app.questionnaire.model import Questionnaire
from app.scoring import CombineRule, combine, evaluate, validate_answers
from app.scoring.answers import parse_answer

from .builders import (
    NA,
    UNSURE,
    context_question,
    domain,
    issue,
    option,
    question,
    questionnaire,
    val,
)

LEVELS = [option("none", 0), option("some", 1), option("low-too", 1), option("full", 2)]


def team_questionnaire() -> Questionnaire:
    return questionnaire(
        context=[
            context_question(
                "ctx-data",
                [option("health"), option("location"), option("none", exclusive=True)],
                type="multi_choice",
            ),
            context_question("ctx-space", [option("open"), option("repressed")]),
        ],
        domains=[
            domain(
                "d",
                [
                    question("level", LEVELS, allow_na=True),
                    question("notes", [], type="text", required=False),
                    question(
                        "health-only",
                        [option("no", 0), option("yes", 1)],
                        show_if={"q": "ctx-data", "has": "health"},
                    ),
                ],
            )
        ],
    )


def test_lowest_score_wins_and_unsure_wins_ties_at_zero() -> None:
    q = team_questionnaire()
    assert combine(q, {"a": {"level": val("full")}, "b": {"level": val("some")}}).answers == {
        "level": val("some")
    }
    combined = combine(
        q, {"a": {"level": val("none")}, "b": {"level": UNSURE}, "c": {"level": val("full")}}
    )
    assert combined.answers == {"level": UNSURE}


def test_not_applicable_only_when_everyone_says_so() -> None:
    q = team_questionnaire()
    assert combine(q, {"a": {"level": NA}, "b": {"level": NA}}).answers == {"level": NA}
    assert combine(q, {"a": {"level": NA}, "b": {"level": val("full")}}).answers == {
        "level": val("full")
    }


def test_equal_scores_break_ties_by_option_order() -> None:
    q = team_questionnaire()
    combined = combine(q, {"a": {"level": val("low-too")}, "b": {"level": val("some")}})
    assert combined.answers == {"level": val("some")}


def test_context_multi_choice_takes_the_union_without_exclusive_options() -> None:
    q = team_questionnaire()
    combined = combine(
        q,
        {
            "a": {"ctx-data": val(["none"])},
            "b": {"ctx-data": val(["location"])},
            "c": {"ctx-data": val(["health"])},
            "d": {"ctx-data": UNSURE},
        },
    )
    assert combined.answers == {"ctx-data": val(["health", "location"])}
    assert combine(q, {"a": {"ctx-data": UNSURE}}).answers == {"ctx-data": UNSURE}


def test_context_single_choice_takes_the_most_frequent_value() -> None:
    q = team_questionnaire()
    combined = combine(
        q,
        {
            "a": {"ctx-space": val("repressed")},
            "b": {"ctx-space": val("open")},
            "c": {"ctx-space": val("repressed")},
            "d": {"ctx-space": UNSURE},
        },
    )
    assert combined.answers == {"ctx-space": val("repressed")}


def test_disagreements_count_distinct_answers_without_names_or_comments() -> None:
    q = team_questionnaire()
    combined = combine(
        q,
        {
            "director": {"level": parse_answer({"value": "full", "comment": "we do"})},
            "field-1": {"level": val("some")},
            "field-2": {"level": parse_answer({"value": "some", "comment": "partly"})},
            "field-3": {"level": val("some"), "notes": val("ok")},
        },
    )
    assert combined.respondents == 4
    assert [d.question_id for d in combined.disagreements] == ["level"]
    disagreement = combined.disagreements[0]
    assert disagreement.respondents == 4
    assert [(c.answer, c.count) for c in disagreement.answers] == [
        (val("some"), 3),
        (val("full"), 1),
    ]
    assert disagreement.combined == val("some")
    dumped = combined.model_dump_json()
    for secret in ("director", "field-1", "we do", "partly"):
        assert secret not in dumped


def test_questions_hidden_under_the_combined_context_are_left_out() -> None:
    q = team_questionnaire()
    combined = combine(
        q,
        {
            "a": {"ctx-data": val(["location"]), "health-only": val("no")},
            "b": {"ctx-data": val(["location"])},
        },
    )
    assert "health-only" not in combined.answers
    shown = combine(
        q,
        {
            "a": {"ctx-data": val(["location"]), "health-only": val("no")},
            "b": {"ctx-data": val(["health"]), "health-only": val("yes")},
        },
    )
    assert shown.answers["health-only"] == val("no")
    assert validate_answers(q, shown.answers) == []


def test_majority_rule_with_cautious_tie_break() -> None:
    q = team_questionnaire()
    respondents = {
        "a": {"level": val("full")},
        "b": {"level": val("full")},
        "c": {"level": val("none")},
    }
    rules = {"level": CombineRule.MAJORITY}
    assert combine(q, respondents, rules=rules).answers == {"level": val("full")}
    tied = {**respondents, "d": {"level": val("none")}}
    assert combine(q, tied, rules=rules).answers == {"level": val("none")}


def test_answers_that_do_not_fit_are_ignored() -> None:
    q = team_questionnaire()
    combined = combine(q, {"a": {"level": val("bogus")}, "b": {"level": val("full")}})
    assert combined.answers == {"level": val("full")}
    assert combined.disagreements == []


# ---------------------------------------------------------------- context: the riskiest answer

DECLINED = parse_answer({"prefer_not_to_say": True})


def escalating_questionnaire() -> Questionnaire:
    """Context questions that escalations read, as in rd-core: civic space (single),
    data held (multi), a data-protection law tested only through ``not``."""
    return questionnaire(
        context=[
            context_question(
                "ctx-space",
                [option("open"), option("obstructed"), option("repressed"), option("closed")],
                prefer_not_to_say=True,
            ),
            context_question(
                "ctx-data",
                [option("health"), option("location"), option("none", exclusive=True)],
                type="multi_choice",
                prefer_not_to_say=True,
            ),
            context_question("ctx-law", [option("enforced"), option("weak"), option("none")]),
            context_question("ctx-size", [option("small"), option("large")]),
        ],
        domains=[domain("d", [question("level", LEVELS)])],
        issues=[
            issue(
                "i",
                "d",
                {"q": "level", "score_lt": 1},
                escalate=[
                    {"when": {"q": "ctx-space", "in": ["repressed", "closed"]}, "to": "high"},
                    {"when": {"q": "ctx-space", "is": "closed"}, "to": "critical"},
                    {"when": {"q": "ctx-data", "has": "location"}, "to": "high"},
                    {"when": {"not": {"q": "ctx-law", "is": "enforced"}}, "to": "high"},
                ],
            )
        ],
    )


def test_context_single_choice_takes_the_riskiest_answer_not_the_most_frequent() -> None:
    q = escalating_questionnaire()
    respondents = {
        "a": {"ctx-space": val("open")},
        "b": {"ctx-space": val("open")},
        "c": {"ctx-space": val("closed")},
        "d": {"ctx-space": val("repressed")},
    }
    assert combine(q, respondents).answers == {"ctx-space": val("closed")}


def test_dont_know_on_context_wins_over_a_safe_answer() -> None:
    q = escalating_questionnaire()
    for unknown in (UNSURE, DECLINED):
        combined = combine(
            q,
            {
                "a": {"ctx-space": val("open")},
                "b": {"ctx-space": unknown},
                "c": {"ctx-space": val("open")},
            },
        )
        assert combined.answers == {"ctx-space": unknown}
        data = combine(q, {"a": {"ctx-data": val(["none"])}, "b": {"ctx-data": unknown}})
        assert data.answers == {"ctx-data": unknown}


def test_dont_know_wins_over_an_answer_that_escalates_less_than_it_would() -> None:
    q = escalating_questionnaire()
    # "repressed" satisfies one of the two civic-space tests; "don't know" is read as both.
    combined = combine(q, {"a": {"ctx-space": val("repressed")}, "b": {"ctx-space": UNSURE}})
    assert combined.answers == {"ctx-space": UNSURE}
    # "closed" satisfies every test "don't know" would: the stated answer is kept.
    combined = combine(q, {"a": {"ctx-space": val("closed")}, "b": {"ctx-space": UNSURE}})
    assert combined.answers == {"ctx-space": val("closed")}


def test_a_negated_test_makes_the_answer_that_fails_it_risky() -> None:
    q = escalating_questionnaire()
    combined = combine(
        q,
        {
            "a": {"ctx-law": val("enforced")},
            "b": {"ctx-law": val("enforced")},
            "c": {"ctx-law": val("none")},
        },
    )
    # "weak" and "none" both escalate; of the answers given, "none" is the riskiest.
    assert combined.answers == {"ctx-law": val("none")}


def test_context_multi_choice_union_competes_with_dont_know() -> None:
    q = escalating_questionnaire()
    # The union holds "location", which satisfies the only ctx-data test: it is kept.
    combined = combine(
        q,
        {
            "a": {"ctx-data": val(["health"])},
            "b": {"ctx-data": val(["location"])},
            "c": {"ctx-data": UNSURE},
        },
    )
    assert combined.answers == {"ctx-data": val(["health", "location"])}
    # Health alone satisfies none: "don't know" is more cautious.
    combined = combine(q, {"a": {"ctx-data": val(["health"])}, "c": {"ctx-data": UNSURE}})
    assert combined.answers == {"ctx-data": UNSURE}


def test_context_that_no_escalation_reads_keeps_a_value_over_dont_know() -> None:
    q = escalating_questionnaire()
    combined = combine(
        q, {"a": {"ctx-size": val("small")}, "b": {"ctx-size": UNSURE}, "c": {"ctx-size": UNSURE}}
    )
    assert combined.answers == {"ctx-size": val("small")}


def test_team_severity_is_never_below_a_members_for_context_answers() -> None:
    q = escalating_questionnaire()
    member_answers = [
        val("open"),
        val("obstructed"),
        val("repressed"),
        val("closed"),
        UNSURE,
        DECLINED,
    ]
    for first in member_answers:
        for second in member_answers:
            members = {
                "a": {"level": val("none"), "ctx-space": first},
                "b": {"level": val("none"), "ctx-space": second},
            }
            team = (
                evaluate(q, combine(q, members).answers, content_hash="h").issues[0].severity.rank
            )
            for answers in members.values():
                assert team >= evaluate(q, answers, content_hash="h").issues[0].severity.rank, (
                    first,
                    second,
                )


def test_context_disagreements_come_first() -> None:
    q = escalating_questionnaire()
    combined = combine(
        q,
        {
            "a": {"level": val("full"), "ctx-size": val("small"), "ctx-space": val("open")},
            "b": {"level": val("none"), "ctx-size": val("large"), "ctx-space": UNSURE},
        },
    )
    assert [d.question_id for d in combined.disagreements] == ["ctx-space", "ctx-size", "level"]
    assert combined.disagreements[0].combined == UNSURE
