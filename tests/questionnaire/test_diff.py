from __future__ import annotations

import json

from app.questionnaire.diff import VersionDiff, diff_versions
from app.questionnaire.loader import Tree
from app.questionnaire.model import Questionnaire


def _models(tree: Tree, *versions: str) -> list[Questionnaire]:
    found = [tree.get("example", version) for version in versions]
    assert all(found)
    return [loaded.model for loaded in found if loaded is not None]


def _diff(tree: Tree, old: str, new: str) -> VersionDiff:
    before, after = _models(tree, old, new)
    return diff_versions(before, after)


def test_renamed_questions_are_matched_through_migrates_from(tree: Tree) -> None:
    diff = _diff(tree, "1.0.0", "1.1.0")
    assert [(r.old, r.new) for r in diff.questions.renamed] == [("power-benefit", "power-say")]
    assert "power-benefit" not in diff.questions.removed
    assert "power-say" not in diff.questions.added
    assert diff.questions.added == ["sec-incident-plan"]
    assert diff.questions.removed == ["power-notes"]


def test_remapped_options_and_changed_scores(tree: Tree) -> None:
    changed = {c.id: c for c in _diff(tree, "1.0.0", "1.1.0").questions.changed}
    consent = changed["consent-how"]
    assert [(r.old, r.new) for r in consent.options_renamed] == [("none", "not-asked")]
    assert consent.options_removed == []
    assert consent.options_added == []
    copies = changed["sec-copies"]
    assert [(s.value, s.old, s.new) for s in copies.option_scores_changed] == [
        ("untested-backup", 1.0, 0.5)
    ]
    assert set(changed) == {"consent-how", "sec-copies"}


def test_conditions_that_only_follow_a_rename_are_unchanged(tree: Tree) -> None:
    diff = _diff(tree, "1.0.0", "1.1.0")
    assert [c.id for c in diff.issues.changed] == ["kept-forever"]
    assert [(f.field, f.old, f.new) for f in diff.issues.changed[0].changes] == [
        ("severity", "medium", "high")
    ]
    assert diff.issues.added == ["no-incident-plan"]
    assert diff.strengths.removed == ["reflects-on-power"]
    assert diff.strengths.changed == []


def test_without_a_map_a_rename_is_removal_plus_addition(tree: Tree) -> None:
    before, after = _models(tree, "1.0.0", "1.1.0")
    plain = after.model_copy(update={"migrates_from": []})
    diff = diff_versions(before, plain)
    assert "power-benefit" in diff.questions.removed
    assert "power-say" in diff.questions.added
    consent = {c.id: c for c in diff.questions.changed}["consent-how"]
    assert consent.options_removed == ["none"]
    assert consent.options_added == ["not-asked"]
    assert "consent-bundled" in [c.id for c in diff.issues.changed]


def test_a_version_against_itself_is_empty(tree: Tree) -> None:
    (model,) = _models(tree, "1.0.0")
    assert diff_versions(model, model).is_empty
    assert not _diff(tree, "1.0.0", "1.1.0").is_empty


def test_field_level_changes(tree: Tree) -> None:
    (model,) = _models(tree, "1.0.0")
    domains = list(model.domains)
    questions = list(domains[0].questions)
    questions[0] = questions[0].model_copy(update={"weight": 3.0, "required": False})
    domains[0] = domains[0].model_copy(update={"questions": questions, "weight": 2.0})
    stages = list(model.stages)
    stages[1] = stages[1].model_copy(update={"min": 25.0})
    changed = model.model_copy(update={"domains": domains, "stages": stages})
    diff = diff_versions(model, changed)
    (question,) = diff.questions.changed
    assert {(f.field, f.old, f.new) for f in question.changes} == {
        ("required", True, False),
        ("weight", 1.0, 3.0),
    }
    assert [(c.id, c.changes[0].field) for c in diff.domains.changed] == [("power", "weight")]
    assert [(c.id, c.changes[0].new) for c in diff.stages.changed] == [("ad-hoc", 25.0)]


def test_the_diff_is_json_serialisable(tree: Tree) -> None:
    diff = _diff(tree, "1.0.0", "1.1.0")
    data = json.loads(diff.model_dump_json())
    assert (data["from_version"], data["to_version"]) == ("1.0.0", "1.1.0")
    assert VersionDiff.model_validate(data) == diff
