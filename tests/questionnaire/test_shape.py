"""Pydantic errors become plain messages with document paths."""

from __future__ import annotations

from app.questionnaire.model import Questionnaire, ResourceCatalogue
from app.questionnaire.problems import Code
from app.questionnaire.shape import QUESTIONNAIRE_PRUNE, validate_shape
from app.questionnaire.yamlsafe import parse_yaml

from .helpers import find, minimal


def _shape(text: str):  # type: ignore[no-untyped-def]
    parsed = parse_yaml(text.encode(), "f.yaml")
    return validate_shape(Questionnaire, parsed.data, parsed.source, "f.yaml", QUESTIONNAIRE_PRUNE)


def test_a_valid_document_has_no_problems() -> None:
    result = _shape(minimal())
    assert result.model is not None
    assert result.problems == []


def test_unknown_keys_suggest_the_closest_key_of_that_object() -> None:
    result = _shape(
        minimal(
            replace={
                "        lifecycle: plan\n": "        lifecycle: plan\n        requierd: true\n"
            }
        )
    )
    problem = find(result.problems, "requierd")
    assert problem.message == "unknown key 'requierd' (did you mean 'required'?)"
    assert problem.path == "domains[d1].questions[q1].requierd"
    assert problem.code is Code.UNKNOWN_KEY


def test_unknown_keys_without_a_close_match_list_the_allowed_keys() -> None:
    result = _shape(
        minimal(
            replace={"{key: plan, label: {en: Plan}}": "{key: plan, label: {en: P}, colour: red}"}
        )
    )
    assert find(result.problems, "colour").message == (
        "unknown key 'colour' (expected one of: key, label, description)"
    )


def test_python_names_of_aliased_keys_are_not_accepted() -> None:
    extra = """\
    strengths:
      - {id: s1, domain: d1, lifecycle: plan, title: {en: S}, when: {q: q1, is_: "yes"}}
    """
    result = _shape(minimal(extra))
    problem = find(result.problems, "is_")
    assert problem.path == "strengths[s1].when.is_"
    assert "did you mean 'is'" in problem.message


def test_condition_paths_drop_the_union_tags() -> None:
    extra = """\
    strengths:
      - id: s1
        domain: d1
        lifecycle: plan
        title: {en: S}
        when:
          all:
            - {q: q1, is: "yes"}
            - not: {domain: d1, score_lt: 500}
    """
    result = _shape(minimal(extra))
    problem = find(result.problems, "at most 100")
    assert problem.path == "strengths[s1].when.all[1].not.score_lt"
    assert problem.message == "must be at most 100"
    assert problem.line == 32


def test_union_type_errors_are_joined() -> None:
    result = _shape(minimal(replace={'{value: "yes"': "{value: 1.5"}))
    problem = find(result.problems, "must be")
    assert problem.message.startswith("must be text or a whole number (got the number 1.5)")


def test_enum_errors_list_the_choices() -> None:
    result = _shape(minimal(replace={"status: draft": "status: publised"}))
    assert find(result.problems, "publised").message == (
        "must be one of: draft, published, retired (got 'publised'); did you mean 'published'?"
    )


def test_format_must_be_exact() -> None:
    result = _shape(minimal(replace={"rdsa.questionnaire/1": "rdsa.questionnaire/2"}))
    assert "must be 'rdsa.questionnaire/1'" in find(result.problems, "rdsa").message


def test_locale_keys_are_checked() -> None:
    result = _shape(minimal(replace={"title: {en: Mini}": "title: {en: Mini, EN-gb: Mini}"}))
    problem = find(result.problems, "locale code")
    assert problem.message.startswith("'EN-gb' is not a locale code")
    assert problem.path == "title.EN-gb"


def test_ranges_and_lengths_read_plainly() -> None:
    result = _shape(
        minimal(
            replace={
                "{key: high, min: 50,": "{key: high, min: 150,",
                "locales: [en]": "locales: []",
            }
        )
    )
    assert find(result.problems, "at most 100").path == "stages[high].min"
    assert find(result.problems, "at least 1 item").path == "locales"


def test_missing_top_level_key_has_no_model() -> None:
    result = _shape(minimal(replace={"slug: mini\n": ""}))
    assert result.model is None
    problem = find(result.problems, "missing required key 'slug'")
    assert problem.line == 1


def test_broken_questions_are_left_out_so_other_checks_can_run() -> None:
    last_option = '          - {value: "no", score: 0, label: {en: "No"}}\n'
    second = "      - {id: q2, type: yes_no, lifecycle: plan, text: {en: Second}, options: nope}\n"
    result = _shape(minimal(replace={last_option: last_option + second}))
    assert find(result.problems, "must be a list").path == "domains[d1].questions[q2].options"
    assert result.model is not None
    assert [q.id for q in result.model.domains[0].questions] == ["q1"]
    assert result.ignored_ids == frozenset({"q2"})
    assert result.kept_indexes == {("domains", 0, "questions"): [0]}


def test_paths_of_the_salvaged_model_map_back_to_the_file() -> None:
    first_option = '          - {value: "yes", score: 1, label: {en: "Yes"}}\n'
    broken = "      - {id: q0, type: yes_no, lifecycle: plan, text: {en: Zero}, options: nope}\n"
    question = "      - id: q1\n"
    result = _shape(minimal(replace={question: broken + question}))
    assert result.model is not None
    assert result.model.domains[0].questions[0].id == "q1"
    path = ("domains", 0, "questions", 0, "options", 0)
    assert result.original_path(path) == ("domains", 0, "questions", 1, "options", 0)
    assert first_option


def test_resource_catalogue_errors() -> None:
    text = (
        "format: rdsa.resources/1\nresources:\n  - {id: r1, title: T, publisher: P, "
        "url: http://x.org, languages: [en], type: guide, effort: soon}\n"
    )
    parsed = parse_yaml(text.encode(), "r.yaml")
    result = validate_shape(ResourceCatalogue, parsed.data, parsed.source, "r.yaml")
    assert find(result.problems, "https://").path == "resources[r1].url"
    assert "minutes, hours, days, weeks, ongoing" in find(result.problems, "soon").message
