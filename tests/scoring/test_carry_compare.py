"""Carrying answers to a new version, and comparing evaluations across versions."""

from __future__ import annotations

from typing import Any

from app.questionnaire.model import Questionnaire
from app.scoring import carry_over, compare, evaluate, question_map, validate_answers
from app.scoring.answers import parse_answer

from .builders import (
    UNSURE,
    context_question,
    domain,
    issue,
    option,
    question,
    questionnaire,
    strength,
    t,
    val,
)

YES_NO = [option("no", 0), option("yes", 1)]
PURPOSE_V1 = [option("none", 0), option("informal", 1), option("documented", 2)]
PURPOSE_V2 = [option("none", 0), option("partial", 1), option("documented", 2)]


def version_1() -> Questionnaire:
    return questionnaire(
        context=[context_question("ctx", [option("yes"), option("no")], type="yes_no")],
        domains=[
            domain(
                "d",
                [
                    question("purpose", PURPOSE_V1),
                    question("old-name", YES_NO, type="yes_no"),
                    question("gone", YES_NO),
                    question(
                        "multi",
                        [option("a", 1), option("b", 1), option("c", 1)],
                        type="multi_choice",
                    ),
                    question("kept", YES_NO),
                    question("same", YES_NO),
                    question("strict", YES_NO),
                    question("h", YES_NO),
                ],
            ),
            domain("retired", [question("r1", YES_NO)]),
        ],
        issues=[
            issue("no-purpose", "d", {"q": "purpose", "is": "none"}),
            issue("gone-issue", "d", {"q": "gone", "is": "no"}, severity="high"),
            issue("same-issue", "d", {"q": "same", "is": "no"}, severity="low"),
        ],
        strengths=[strength("kept-strength", "d", {"q": "kept", "is": "yes"})],
    )


def version_2() -> Questionnaire:
    mapping: dict[str, Any] = {
        "version": "1.0.0",
        "questions": {"old-name": "new-name", "gone": None},
        "options": {"purpose": {"informal": "partial"}, "multi": {"c": None}},
    }
    return questionnaire(
        version="2.0.0",
        context=[context_question("ctx", [option("yes"), option("no")], type="yes_no")],
        domains=[
            domain(
                "d",
                [
                    question("purpose", PURPOSE_V2),
                    question("new-name", YES_NO, type="yes_no"),
                    question(
                        "multi",
                        [option("a", 1), option("b", 1)],
                        type="multi_choice",
                    ),
                    question("kept", YES_NO, text=t("Reworded?", "¿Otra redacción?")),
                    question("same", YES_NO),
                    question("strict", YES_NO, allow_unsure=False),
                    question("h", YES_NO, show_if={"q": "ctx", "is": "yes"}),
                    question("fresh", YES_NO),
                ],
            ),
            domain("added", [question("n1", YES_NO)]),
        ],
        issues=[
            issue("no-purpose", "d", {"q": "purpose", "in": ["none", "partial"]}, severity="high"),
            issue("same-issue", "d", {"q": "same", "is": "no"}, severity="low"),
            issue("fresh-issue", "d", {"q": "fresh", "is": "no"}),
        ],
        strengths=[strength("fresh-strength", "d", {"q": "fresh", "is": "yes"})],
        migrates_from=[mapping],
    )


OLD_ANSWERS = {
    "ctx": val("no"),
    "purpose": parse_answer({"value": "informal", "comment": "we mean to write it down"}),
    "old-name": val("yes"),
    "gone": val("no"),
    "multi": val(["a", "c"]),
    "kept": val("yes"),
    "same": val("no"),
    "strict": UNSURE,
    "h": val("yes"),
    "r1": val("yes"),
}


def test_carry_over_follows_the_mapping_and_lists_what_to_review_and_what_was_dropped() -> None:
    carried = carry_over(version_1(), version_2(), OLD_ANSWERS)
    assert carried.answers == {
        "ctx": val("no"),
        "purpose": parse_answer({"value": "partial", "comment": "we mean to write it down"}),
        "new-name": val("yes"),
        "kept": val("yes"),
        "same": val("no"),
    }
    # renamed question, remapped option, reworded question
    assert carried.needs_review == ["purpose", "new-name", "kept"]
    assert carried.dropped == ["gone", "multi", "strict", "h", "r1"]
    assert carried.drop_reasons == {
        "gone": "question_removed",
        "multi": "option_removed",
        "strict": "no_longer_fits",
        "h": "hidden",
        "r1": "question_removed",
    }
    assert validate_answers(version_2(), carried.answers) == []


def test_carry_over_without_a_mapping_keeps_same_ids() -> None:
    carried = carry_over(version_1(), version_1(), OLD_ANSWERS)
    assert carried.answers == OLD_ANSWERS
    assert carried.needs_review == []
    assert carried.dropped == []


def test_carry_over_of_a_multi_choice_merging_two_options() -> None:
    new = version_2().model_copy(
        update={
            "migrates_from": [
                version_2().migrates_from[0].model_copy(update={"options": {"multi": {"c": "b"}}})
            ]
        }
    )
    carried = carry_over(version_1(), new, {"multi": val(["b", "c", "a"])})
    # c -> b merges with the existing b; order follows the answer, duplicates removed
    assert carried.answers == {"multi": val(["b", "a"])}
    assert carried.needs_review == ["multi"]


def test_compare_across_versions() -> None:
    old = evaluate(version_1(), OLD_ANSWERS, content_hash="h1")
    new_answers = {
        **carry_over(version_1(), version_2(), OLD_ANSWERS).answers,
        "purpose": val("documented"),
        "fresh": val("no"),
        "n1": val("yes"),
    }
    new = evaluate(version_2(), new_answers, content_hash="h2")
    result = compare(old, new, question_map=question_map(version_2(), "1.0.0"))
    assert (result.old.version, result.new.version) == ("1.0.0", "2.0.0")
    domains = {d.id: d for d in result.domains}
    # old d: purpose 0.5, old-name 1, gone 0, multi 2/3=0.6667, kept 1, same 0, strict 0,
    # h 1 -> sum 4.1667 / 8 = 0.52083 -> 52.1
    # new d: purpose 1, new-name 1, kept 1, same 0, fresh 0 -> 3 / 5 = 0.6 -> 60.0
    assert (domains["d"].old_score, domains["d"].new_score, domains["d"].delta) == (
        52.1,
        60.0,
        7.9,
    )
    assert [(d.id, d.presence) for d in result.domains] == [
        ("d", "both"),
        ("added", "new_only"),
        ("retired", "old_only"),
    ]
    assert domains["added"].delta is None
    # overall: old (52.1 + 100) / 2 = 76.05 -> 76.1; new (60 + 100) / 2 = 80.0
    assert (result.overall.old_score, result.overall.new_score, result.overall.delta) == (
        76.1,
        80.0,
        3.9,
    )
    assert [i.id for i in result.issues_resolved] == ["gone-issue"]
    assert [i.id for i in result.issues_new] == ["fresh-issue"]
    assert [(p.id, p.old_severity, p.new_severity, p.change) for p in result.issues_persisting] == [
        ("same-issue", "low", "low", "unchanged")
    ]
    # version 2 has no "kept-strength" and "fresh-strength" did not fire
    assert (result.strengths_lost, result.strengths_gained, result.strengths_kept) == (
        ["kept-strength"],
        [],
        [],
    )
    changed = {q.id: (q.old_score, q.new_score, q.delta) for q in result.questions_changed}
    # old "old-name" is matched to "new-name" through the map, so it did not change
    assert "new-name" not in changed
    assert changed["purpose"] == (0.5, 1.0, 0.5)
    assert changed["fresh"] == (None, 0.0, None)
    # the map drops "gone", so it is not compared at all
    assert "gone" not in changed
    # multi (old 2/3) lost its answer in the new version
    assert changed["multi"] == (0.6667, None, None)


def test_compare_reports_severity_changes() -> None:
    q = questionnaire(
        context=[context_question("ctx", [option("yes"), option("no")], type="yes_no")],
        domains=[domain("d", [question("a", YES_NO)])],
        issues=[
            issue(
                "i",
                "d",
                {"q": "a", "is": "no"},
                escalate=[{"when": {"q": "ctx", "is": "yes"}, "to": "critical"}],
            )
        ],
    )
    before = evaluate(q, {"a": val("no"), "ctx": val("yes")}, content_hash="h")
    after = evaluate(q, {"a": val("no"), "ctx": val("no")}, content_hash="h")
    result = compare(before, after)
    assert [(p.old_severity, p.new_severity, p.change) for p in result.issues_persisting] == [
        ("critical", "medium", "lowered")
    ]
    assert compare(after, before).issues_persisting[0].change == "raised"
    assert result.overall.delta == 0.0
