"""Checks across versions of one questionnaire: ``migrates_from`` maps against the old file."""

from __future__ import annotations

from dataclasses import dataclass

from app.questionnaire.index import QuestionnaireIndex
from app.questionnaire.model import Questionnaire, VersionMapping
from app.questionnaire.problems import Code, Problem
from app.questionnaire.reporter import Reporter, listing
from app.questionnaire.source import DataPath, SourceMap


@dataclass(frozen=True)
class VersionFile:
    model: Questionnaire
    file: str
    source: SourceMap


def check_version_links(files: list[VersionFile]) -> list[Problem]:
    """Old ids and option values named in ``migrates_from`` must exist in the old version."""
    by_version = {(f.model.slug, f.model.version): f.model for f in files}
    problems: list[Problem] = []
    for new in files:
        reporter = Reporter(new.file, new.source)
        for i, mapping in enumerate(new.model.migrates_from):
            old = by_version.get((new.model.slug, mapping.version))
            path: DataPath = ("migrates_from", i)
            if old is None:
                message = (
                    f"version {mapping.version} of '{new.model.slug}' is not in the folder, "
                    "so this map cannot be checked against it"
                )
                reporter.warning((*path, "version"), Code.MIGRATION_REFERENCE, message)
            else:
                _check_old_side(mapping, old, path, reporter)
        problems.extend(reporter.problems)
    return problems


def _check_old_side(
    mapping: VersionMapping, old: Questionnaire, path: DataPath, r: Reporter
) -> None:
    questions = QuestionnaireIndex.build(old).questions
    for old_id in mapping.questions:
        if old_id not in questions:
            message = f"'{old_id}' is not a question of version {old.version}"
            r.error((*path, "questions", old_id), Code.MIGRATION_REFERENCE, message)
    for old_id, values in mapping.options.items():
        ref = questions.get(old_id)
        if ref is None:
            message = f"'{old_id}' is not a question of version {old.version}"
            r.error((*path, "options", old_id), Code.MIGRATION_REFERENCE, message)
            continue
        known = [str(value) for value in ref.option_values]
        for old_value in values:
            if old_value not in known:
                message = (
                    f"'{old_value}' is not an option of '{old_id}' in version {old.version} "
                    f"(options: {listing(known)})"
                )
                r.error((*path, "options", old_id, old_value), Code.MIGRATION_REFERENCE, message)
