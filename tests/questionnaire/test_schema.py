from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from app.questionnaire.schema import (
    DEFAULT_DIR,
    main,
    outdated_files,
    questionnaire_json_schema,
    resources_json_schema,
)
from app.questionnaire.yamlsafe import parse_yaml, read_yaml_file

from .helpers import DATA, minimal, strength


def test_committed_schemas_are_up_to_date() -> None:
    stale = outdated_files(DEFAULT_DIR)
    assert stale == [], "run: python -m app.questionnaire.schema --write"


def test_check_and_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", "--dir", str(tmp_path)]) == 1
    assert main(["--write", "--dir", str(tmp_path)]) == 0
    assert main(["--check", "--dir", str(tmp_path)]) == 0
    assert "wrote" in capsys.readouterr().out


def test_schemas_are_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(questionnaire_json_schema())
    jsonschema.Draft202012Validator.check_schema(resources_json_schema())


@pytest.mark.parametrize("path", sorted((DATA / "example").glob("*.yaml")), ids=lambda p: p.name)
def test_the_examples_satisfy_the_schema(path: Path) -> None:
    jsonschema.validate(read_yaml_file(path).data, questionnaire_json_schema())


def test_the_catalogue_satisfies_its_schema() -> None:
    jsonschema.validate(read_yaml_file(DATA / "resources.yaml").data, resources_json_schema())


def test_the_schema_documents_keys_for_editors() -> None:
    schema = questionnaire_json_schema()
    question = schema["$defs"]["Question"]["properties"]
    assert "earlier questions" in question["show_if"]["description"]
    assert schema["$defs"]["Issue"]["properties"]["why"]["description"]
    assert set(schema["$defs"]["QuestionTest"]["properties"]) >= {"q", "is", "in", "has_any"}
    assert "not" in schema["$defs"]["NotCondition"]["properties"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("        lifecycle: plan\n", "        lifecycle: plan\n        wieght: 2\n"),
        ("title: {en: Mini}", "title: {EN: Mini}"),
        ("type: yes_no", "type: yes-no"),
    ],
)
def test_the_schema_rejects_what_the_validator_rejects(old: str, new: str) -> None:
    data = parse_yaml(minimal(replace={old: new}).encode(), "x.yaml").data
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, questionnaire_json_schema())


def test_a_leaf_test_has_exactly_one_test_key() -> None:
    text = minimal("strengths:\n" + strength("{q: q1, is: 'yes', answered: true}"))
    data = parse_yaml(text.encode(), "x.yaml").data
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, questionnaire_json_schema())


def test_the_committed_file_is_what_editors_read() -> None:
    committed = json.loads((DEFAULT_DIR / "schema.json").read_text(encoding="utf-8"))
    assert committed["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert committed["title"].startswith("rdsa questionnaire")
