"""Whole-document checks that the broken-file corpus does not cover on its own."""

from __future__ import annotations

from app.questionnaire.problems import Code, Level, Problem
from app.questionnaire.validate import Checked, ExpectedName, check_questionnaire
from app.questionnaire.yamlsafe import parse_yaml

from .helpers import context_yes_no, find, issue, minimal, strength

LAST_OPTION = '          - {value: "no", score: 0, label: {en: "No"}}\n'
MULTI = """\
      - id: q2
        type: multi_choice
        lifecycle: plan
        text: {en: Protections}
        options:
          - {value: encryption, score: 1, label: {en: Encryption}}
          - {value: two-factor, score: 1, label: {en: Two-step}}
          - {value: none, score: 0, exclusive: true, label: {en: None}}
"""
SCALE = """\
      - id: q2
        type: scale
        lifecycle: plan
        text: {en: Scale}
        options:
          - {value: 1, score: 0, label: {en: Low}}
          - {value: 2, score: 1, label: {en: High}}
"""


def _check(text: str, **kwargs: object) -> Checked:
    parsed = parse_yaml(text.encode(), "f.yaml")
    return check_questionnaire(parsed, "f.yaml", **kwargs)  # type: ignore[arg-type]


def _with_questions(extra_questions: str, extra: str = "", **replace: str) -> str:
    return minimal(extra, replace={LAST_OPTION: LAST_OPTION + extra_questions, **replace})


def _strength(when: str) -> str:
    return "strengths:\n" + strength(when)


def _codes(problems: list[Problem]) -> list[Code]:
    return [problem.code for problem in problems]


def test_the_minimal_questionnaire_is_valid() -> None:
    checked = _check(minimal())
    assert checked.model is not None
    assert checked.problems == []


def test_yes_and_no_without_quotes_are_the_option_values() -> None:
    text = minimal(replace={'{value: "yes"': "{value: yes", '{value: "no"': "{value: no"})
    checked = _check(text + _strength("{q: q1, is: no}"))
    assert checked.problems == []
    assert checked.model is not None
    assert [o.value for o in checked.model.domains[0].questions[0].options] == ["yes", "no"]


def test_many_problems_are_reported_in_one_pass() -> None:
    text = _with_questions(
        MULTI.replace("lifecycle: plan", "lifecycle: retain"),
        _strength("{q: q2, is: none}") + "issues: []\n",
        **{"{key: high, min: 50,": "{key: high, min: 0,"},
    )
    codes = _codes(_check(text).problems)
    assert Code.STAGE_ORDER in codes
    assert Code.UNKNOWN_LIFECYCLE in codes
    assert Code.TEST_MISMATCH in codes


def test_duplicate_ids_in_every_section() -> None:
    found = strength('{q: q1, is: "yes"}')
    extra = "issues:\n" + issue() + issue() + "strengths:\n" + found + found
    text = minimal(
        extra,
        replace={
            "  - {key: plan, label: {en: Plan}}\n": "  - {key: plan, label: {en: Plan}}\n" * 2,
            "locales: [en]": "locales: [en, en]",
        },
    )
    problems = _check(text).problems
    messages = {p.message.split(" (")[0] for p in problems if p.code is Code.DUPLICATE_ID}
    assert messages == {
        "duplicate issue id 'i1'",
        "duplicate strength id 's1'",
        "duplicate lifecycle key 'plan'",
        "duplicate locale 'en'",
    }


def test_duplicate_domain_ids_name_the_first_line() -> None:
    question = "      - {id: q9, type: text, lifecycle: plan, text: {en: T}}\n"
    second = "  - id: d1\n    title: {en: Again}\n    questions:\n" + question
    problem = find(_check(minimal() + second).problems, "duplicate domain id 'd1'")
    assert problem.message == "duplicate domain id 'd1' (first used on line 14)"
    assert problem.line == 24


def test_resource_references_are_checked_when_the_catalogue_is_known() -> None:
    extra = "issues:\n" + issue(resources="[rd-handbok]")
    assert _check(minimal(extra)).problems == []
    problem = find(
        _check(minimal(extra), resource_ids=frozenset({"rd-handbook"})).problems, "resource"
    )
    assert problem.message == "unknown resource 'rd-handbok' (did you mean 'rd-handbook'?)"
    assert problem.path == "issues[i1].resources[0]"


def test_file_name_must_match_slug_and_version() -> None:
    checked = _check(minimal(), expected=ExpectedName("other", "1.0.1"))
    assert _codes(checked.problems) == [Code.FILE_NAME, Code.FILE_NAME]
    assert checked.model is None


def test_scale_values_quoted_by_mistake_get_a_hint() -> None:
    text = _with_questions(SCALE, _strength('{q: q2, is: "2"}'))
    problem = find(_check(text).problems, "not an option")
    assert problem.message.endswith("scale values are numbers: write 2 without quotes")


def test_score_rule_and_max_score_rules_for_multi_choice() -> None:
    multi = MULTI.replace(
        "        options:\n", "        score_rule: max\n        max_score: 2\n        options:\n"
    )
    problem = find(_check(_with_questions(multi)).problems, "max_score only applies")
    assert problem.level is Level.ERROR
    unreachable = MULTI.replace("        options:\n", "        max_score: 5\n        options:\n")
    warning = find(_check(_with_questions(unreachable)).problems, "best possible total")
    assert warning.level is Level.WARNING


def test_keys_without_effect_are_warnings() -> None:
    text = _with_questions(
        "      - {id: q3, type: text, lifecycle: plan, weight: 3, text: {en: T}}\n"
    )
    checked = _check(
        text.replace("        type: yes_no\n", "        type: yes_no\n        max_length: 50\n")
    )
    assert checked.model is not None
    assert {p.code for p in checked.problems} == {Code.IGNORED_KEY}
    assert all(p.level is Level.WARNING for p in checked.problems)


def test_drafts_may_miss_translations_but_published_files_may_not() -> None:
    draft = minimal(
        replace={
            "locales: [en]": "locales: [en, es]",
            "title: {en: Mini}": "title: {en: Mini, es: Mini}",
        }
    )
    checked = _check(draft)
    assert checked.model is not None
    assert {p.level for p in checked.problems} == {Level.WARNING}
    published = _check(draft.replace("status: draft", "status: published"))
    assert published.model is None
    assert {p.code for p in published.problems} == {Code.MISSING_TRANSLATION}


def test_always_true_and_dead_alternatives_are_warnings() -> None:
    strict_q1 = {
        "        lifecycle: plan\n": "        lifecycle: plan\n        allow_unsure: false\n"
    }
    always = _check(minimal(_strength("{q: q1, answered: true}"), replace=strict_q1))
    assert find(always.problems, "always true").code is Code.ALWAYS_TRUE
    assert always.model is not None
    dead = _check(minimal(_strength('{any: [{q: q1, is: "yes"}, {q: q1, score_lt: 0}]}')))
    problem = find(dead.problems, "alternative can never be true")
    assert problem.level is Level.WARNING
    assert problem.path == "strengths[s1].when.any[1]"


def test_contradictions_inside_all() -> None:
    cases = {
        '{all: [{q: q1, is: "yes"}, {q: q1, unsure: true}]}': "option chosen and be",
        '{all: [{q: q1, in: ["yes"]}, {q: q1, in: ["no"]}]}': "different answers",
        "{all: [{q: q1, score_gte: 0.5}, {q: q1, score_lt: 0.5}]}": "at least 0.5 and below 0.5",
        "{all: [{q: q1, answered: true}, {q: q1, answered: false}]}": "unanswered and answered",
        "{all: [{domain: d1, score_gte: 60}, {domain: d1, score_lt: 40}]}": "at least 60 and below",
        "{not: {not: {q: q1, score_lt: 0}}}": "never below 0",
    }
    for condition, fragment in cases.items():
        problem = find(_check(minimal(_strength(condition))).problems, fragment)
        assert problem.code is Code.IMPOSSIBLE_CONDITION, condition
        assert problem.message.endswith("so this strength is never found")


def test_score_below_a_threshold_no_answer_reaches() -> None:
    q1 = {
        '{value: "no", score: 0,': '{value: "no", score: 0.6,',
        "        lifecycle: plan\n": "        lifecycle: plan\n        allow_unsure: false\n",
    }
    problem = find(
        _check(minimal(_strength("{q: q1, score_lt: 0.5}"), replace=q1)).problems,
        "scores at least 0.6",
    )
    assert problem.code is Code.IMPOSSIBLE_CONDITION
    # With "don't know" offered (score 0) the same test can hold.
    q1.pop("        lifecycle: plan\n")
    assert _check(minimal(_strength("{q: q1, score_lt: 0.5}"), replace=q1)).problems == []


def test_show_if_on_context_questions_follows_the_same_order() -> None:
    context = "context:\n" + context_yes_no("c1", '{q: c2, is: "yes"}') + context_yes_no("c2")
    text = minimal(replace={"domains:\n": context + "domains:\n"})
    problem = find(_check(text).problems, "comes later")
    assert problem.path == "context[c1].show_if.q"


def test_domain_questions_may_depend_on_context() -> None:
    context = "context:\n" + context_yes_no("c1")
    q1_show_if = {
        "domains:\n": context + "domains:\n",
        "        options:\n": '        show_if: {q: c1, is: "yes"}\n        options:\n',
    }
    assert _check(minimal(replace=q1_show_if)).problems == []


def test_migration_option_targets_must_exist() -> None:
    extra = """\
    migrates_from:
      - version: 0.9.0
        questions: {old: null}
        options:
          q1: {"y": "yes", "n": "nah"}
          gone: {"a": "b"}
    """
    problems = _check(minimal(extra)).problems
    assert find(problems, "'n' is mapped to 'nah'").path == "migrates_from[0].options.q1.n"
    assert find(problems, "options are mapped for 'gone'").code is Code.MIGRATION_REFERENCE


def test_left_out_domains_do_not_cause_false_reference_errors() -> None:
    broken_domain = (
        "  - id: d0\n    title: {en: Zero}\n    weight: heavy\n    questions:\n"
        "      - {id: q0, type: text, lifecycle: plan, text: {en: T}}\n"
    )
    second_domain = (
        "  - id: d2\n    title: {en: Two}\n    questions:\n"
        "      - {id: q5, type: yes_no, lifecycle: plan, text: {en: T}, options: nope}\n"
        "      - {id: q6, type: text, lifecycle: plan, text: {en: T}, weight: 2}\n"
    )
    rules = "issues:\n" + issue(when="{q: q5, answered: true}").replace("domain: d1", "domain: d0")
    rules += "strengths:\n" + strength("{q: q0, answered: true}")
    text = minimal(second_domain + rules, replace={"domains:\n": "domains:\n" + broken_domain})
    problems = _check(text).problems
    assert [(p.path, p.code) for p in problems] == [
        ("domains[d0].weight", Code.INVALID_VALUE),
        ("domains[d2].questions[q5].options", Code.INVALID_VALUE),
        ("domains[d2].questions[q6].weight", Code.IGNORED_KEY),
    ]
    assert [p.line for p in problems] == [16, 32, 33]


_LEVELS = {
    "        type: yes_no\n": "        type: single_choice\n        high_stakes: true\n",
    '          - {value: "yes", score: 1, label: {en: "Yes"}}\n': (
        '          - {value: "yes", score: 2, label: {en: "Yes"}}\n'
        '          - {value: "partly", score: 1, label: {en: "Partly"}}\n'
        '          - {value: "mostly", score: 1.5, label: {en: "Mostly"}}\n'
    ),
}


def test_high_stakes_middle_options_that_fire_nothing_are_warned_about() -> None:
    only_worst = _check(minimal("issues:\n" + issue('{q: q1, is: "no"}'), replace=_LEVELS))
    assert only_worst.model is not None  # a warning, not a refusal
    silent = [p for p in only_worst.problems if p.code is Code.SILENT_MIDDLE_OPTION]
    assert [p.level for p in silent] == [Level.WARNING, Level.WARNING]
    assert "'partly'" in silent[0].message and "'mostly'" in silent[1].message
    assert silent[0].path.endswith("options[1]")

    # A second trigger below full practice covers both middle options.
    second = issue("{q: q1, score_lt: 1}", issue_id="i2")
    covered = _check(minimal("issues:\n" + issue('{q: q1, is: "no"}') + second, replace=_LEVELS))
    assert not [p for p in covered.problems if p.code is Code.SILENT_MIDDLE_OPTION]

    # Under a `not`, the option must make the test false; `in` lists count too.
    negated = issue('{not: {q: q1, in: ["yes", "mostly"]}}', issue_id="i3")
    partly = _check(minimal("issues:\n" + negated, replace=_LEVELS))
    assert [
        p.message.split("'")[3] for p in partly.problems if p.code is Code.SILENT_MIDDLE_OPTION
    ] == ["mostly"]


def test_middle_options_are_not_checked_without_high_stakes() -> None:
    levels = {**_LEVELS, "        type: yes_no\n": "        type: single_choice\n"}
    checked = _check(minimal("issues:\n" + issue('{q: q1, is: "no"}'), replace=levels))
    assert not [p for p in checked.problems if p.code is Code.SILENT_MIDDLE_OPTION]
