from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.questionnaire.loader import (
    Tree,
    check_published_hashes,
    content_hash,
    load_questionnaire,
    load_resources,
    load_tree,
)
from app.questionnaire.model import Status
from app.questionnaire.problems import Code, QuestionnaireError

from .helpers import DATA, find, issue, minimal

Write = Callable[..., Path]


def _copy_tree(tmp_path: Path) -> Path:
    root = tmp_path / "questionnaires"
    shutil.copytree(DATA, root)
    return root


def test_load_questionnaire_returns_model_hash_and_path() -> None:
    path = DATA / "example" / "1.0.0.yaml"
    loaded = load_questionnaire(path, check_file_name=True)
    assert (loaded.slug, loaded.version, loaded.status) == ("example", "1.0.0", Status.PUBLISHED)
    assert loaded.path == path
    assert loaded.content_hash.startswith("sha256:")
    assert len(loaded.content_hash) == len("sha256:") + 64
    assert loaded.warnings == ()


def test_the_hash_ignores_formatting_comments_and_spelled_out_defaults(write: Write) -> None:
    original = load_questionnaire(write(minimal(), "a.yaml")).content_hash
    reformatted = minimal().replace("title: {en: Mini}", "# a comment\ntitle:\n  en: 'Mini'")
    defaults = minimal().replace(
        "        lifecycle: plan\n",
        "        lifecycle: plan\n        required: true\n        weight: 1.0\n",
    )
    assert load_questionnaire(write(reformatted, "b.yaml")).content_hash == original
    assert load_questionnaire(write(defaults, "c.yaml")).content_hash == original


def test_the_hash_changes_with_the_content(write: Write) -> None:
    original = load_questionnaire(write(minimal(), "a.yaml"))
    changed = load_questionnaire(write(minimal().replace("score: 1,", "score: 2,"), "b.yaml"))
    assert original.content_hash != changed.content_hash
    assert content_hash(original.model) == original.content_hash


def test_load_questionnaire_raises_with_every_problem(write: Write) -> None:
    text = (
        minimal()
        .replace("lifecycle: plan\n        text", "lifecycle: nowhere\n        text")
        .replace("min: 50", "min: 0")
    )
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(write(text))
    codes = {p.code for p in caught.value.problems}
    assert codes == {Code.UNKNOWN_LIFECYCLE, Code.STAGE_ORDER}
    assert "q.yaml:10: stages[high].min" in str(caught.value)


def test_load_questionnaire_checks_resources_when_given(write: Write) -> None:
    extra = "issues:\n" + issue(resources="[nope]")
    path = write(minimal(extra))
    assert load_questionnaire(path).model.issues[0].resources == ["nope"]
    with pytest.raises(QuestionnaireError, match="unknown resource 'nope'"):
        load_questionnaire(path, resources=load_resources(DATA / "resources.yaml"))


def test_load_resources() -> None:
    catalogue = load_resources(DATA / "resources.yaml")
    assert [r.id for r in catalogue.resources][:2] == ["security-in-a-box", "rd-handbook"]


def test_resource_catalogue_problems(write: Write) -> None:
    text = """\
format: rdsa.resources/1
resources:
  - {id: r1, title: T, publisher: P, url: "https://a.org", languages: [en], type: g, effort: hours}
  - id: r1
    title: T
    publisher: P
    url: "https://b.org"
    languages: [en]
    type: guide
    effort: hours
    translations: {es: "https://b.org/es"}
"""
    with pytest.raises(QuestionnaireError) as caught:
        load_resources(write(text, "resources.yaml"))
    problems = caught.value.problems
    assert find(problems, "duplicate resource id 'r1'").line == 4
    assert find(problems, "translation for 'es'").code is Code.UNDECLARED_LOCALE


def test_load_tree(tree: Tree) -> None:
    assert [(q.slug, q.version) for q in tree.questionnaires] == [
        ("example", "1.0.0"),
        ("example", "1.1.0"),
        ("example", "2.0.0-draft"),
    ]
    assert tree.get("example", "1.1.0") is not None
    assert tree.get("example", "9.9.9") is None
    assert {p.code for p in tree.warnings} == {Code.MISSING_TRANSLATION}


def test_tree_ignores_other_files_and_warns_about_yml(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    (root / "schema.json").write_text("{}")
    (root / "example" / "notes.md").write_text("# notes")
    (root / "example" / "3.0.0.yml").write_text("not: loaded")
    tree = load_tree(root)
    assert len(tree.questionnaires) == 3
    assert find(list(tree.warnings), ".yaml").file.endswith("3.0.0.yml")


def test_tree_collects_problems_of_all_files_in_one_error(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    first = root / "example" / "1.0.0.yaml"
    first.write_text(
        first.read_text().replace("resources: [rd-handbook]", "resources: [rd-handbok]", 1)
    )
    (root / "example" / "1.2.0.yaml").write_text(minimal().replace("slug: mini", "slug: example"))
    with pytest.raises(QuestionnaireError) as caught:
        load_tree(root)
    problems = caught.value.problems
    assert find(problems, "unknown resource 'rd-handbok'").file.endswith("1.0.0.yaml")
    name = find(problems, "does not match the file name")
    assert name.file.endswith("1.2.0.yaml")
    assert name.code is Code.FILE_NAME


def test_tree_without_catalogue(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    (root / "resources.yaml").unlink()
    with pytest.raises(QuestionnaireError) as caught:
        load_tree(root)
    assert find(caught.value.problems, "catalogue is missing").code is Code.MISSING_CATALOGUE


def test_tree_checks_migration_maps_against_the_old_version(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    newer = root / "example" / "1.1.0.yaml"
    text = newer.read_text().replace("      power-notes: null\n", "      power-notez: null\n")
    newer.write_text(text.replace("        none: not-asked\n", "        nothing: not-asked\n"))
    with pytest.raises(QuestionnaireError) as caught:
        load_tree(root)
    problems = caught.value.problems
    assert find(problems, "'power-notez' is not a question of version 1.0.0").path == (
        "migrates_from[0].questions.power-notez"
    )
    assert (
        find(problems, "'nothing' is not an option of 'consent-how'").code
        is Code.MIGRATION_REFERENCE
    )


def test_tree_warns_when_the_old_version_is_missing(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    (root / "example" / "1.0.0.yaml").unlink()
    tree = load_tree(root)
    assert (
        find(list(tree.warnings), "version 1.0.0 of 'example' is not in the folder").level.value
        == "warning"
    )


def test_published_hash_changes_are_reported(tree: Tree) -> None:
    stored = {(q.slug, q.version): q.content_hash for q in tree.questionnaires}
    assert check_published_hashes(list(tree.questionnaires), stored) == []
    stored[("example", "1.0.0")] = "sha256:" + "0" * 64
    stored[("example", "2.0.0-draft")] = "sha256:" + "0" * 64  # drafts may change
    problems = check_published_hashes(list(tree.questionnaires), stored)
    assert [p.code for p in problems] == [Code.PUBLISHED_CHANGED]
    assert "publish a new version with migrates_from" in problems[0].message


def test_retiring_a_published_version_keeps_its_hash(write: Write) -> None:
    published = load_questionnaire(write(minimal().replace("status: draft", "status: published")))
    retired = load_questionnaire(
        write(minimal().replace("status: draft", "status: retired"), "r.yaml")
    )
    assert published.content_hash == retired.content_hash
