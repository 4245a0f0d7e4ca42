"""The questionnaire validator: every problem of a file, not just the first.

:func:`check_questionnaire` runs the shape validation (pydantic, translated
into plain messages) and then the whole-document checks:

- ids: duplicate question (context included), domain, issue, strength, stage,
  lifecycle, locale and per-question option ids;
- references: lifecycle stages, domains, resources, questions and options in
  conditions, ``migrates_from`` targets;
- questions: options present (and none on text questions), ``yes_no`` options,
  option value types, ``exclusive``/``score_rule``/``max_score`` only on
  multi_choice, scores on every option of a scored question, a positive best;
- conditions: tests that fit the question type, ``show_if`` only on earlier
  questions, no cycles, no domain-score tests in ``show_if``, and conditions
  that can never be true (see :mod:`app.questionnaire.check_feasibility`);
- partial practice: a warning when a middle option of a ``high_stakes`` question
  makes no issue fire (see :mod:`app.questionnaire.check_partial`);
- stages from min 0, strictly increasing; translations (see
  :mod:`app.questionnaire.check_locales`); file name and ``migrates_from``
  versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.questionnaire.check_conditions import check_conditions
from app.questionnaire.check_feasibility import check_feasibility
from app.questionnaire.check_locales import check_locales
from app.questionnaire.check_partial import check_partial_practice
from app.questionnaire.check_structure import (
    check_ids,
    check_migrations,
    check_questions,
    check_references,
    check_stages,
)
from app.questionnaire.index import QuestionnaireIndex
from app.questionnaire.model import Questionnaire
from app.questionnaire.problems import Code, Level, Problem
from app.questionnaire.reporter import Reporter
from app.questionnaire.shape import QUESTIONNAIRE_PRUNE, validate_shape
from app.questionnaire.source import DataPath
from app.questionnaire.yamlsafe import ParsedYaml


@dataclass(frozen=True)
class ExpectedName:
    """Where the file lives: ``questionnaires/<slug>/<version>.yaml``."""

    slug: str
    version: str


@dataclass(frozen=True)
class Checked:
    """The validated model (``None`` if there are errors) and every problem found."""

    model: Questionnaire | None
    problems: list[Problem]


def check_questionnaire(
    parsed: ParsedYaml,
    file: str,
    *,
    resource_ids: frozenset[str] | None = None,
    expected: ExpectedName | None = None,
) -> Checked:
    """Validate a parsed file; ``resource_ids=None`` skips the resource reference check."""
    shape = validate_shape(Questionnaire, parsed.data, parsed.source, file, QUESTIONNAIRE_PRUNE)
    reporter = Reporter(
        file=file,
        source=parsed.source,
        to_file_path=shape.original_path,
        ignored_ids=shape.ignored_ids,
        problems=list(shape.problems),
    )
    if shape.model is None:
        return Checked(model=None, problems=reporter.problems)
    if shape.kept_indexes:
        check_left_out_duplicates(parsed.data, shape.kept_indexes, reporter)
    run_checks(shape.model, reporter, resource_ids=resource_ids, expected=expected)
    model = None if reporter.has_errors else shape.model
    return Checked(model=model, problems=reporter.problems)


def run_checks(
    questionnaire: Questionnaire,
    reporter: Reporter,
    *,
    resource_ids: frozenset[str] | None = None,
    expected: ExpectedName | None = None,
) -> None:
    """All whole-document checks on a shape-valid questionnaire."""
    index = QuestionnaireIndex.build(questionnaire)
    check_ids(questionnaire, index, reporter)
    check_stages(questionnaire, reporter)
    check_references(questionnaire, index, reporter, resource_ids)
    check_questions(index, reporter)
    check_conditions(questionnaire, index, reporter)
    check_feasibility(questionnaire, index, reporter)
    check_partial_practice(questionnaire, index, reporter)
    check_locales(questionnaire, reporter)
    check_migrations(questionnaire, index, reporter)
    if expected is not None:
        check_file_name(questionnaire, expected, reporter)


def check_left_out_duplicates(
    data: dict[str, Any], kept: dict[DataPath, list[int]], r: Reporter
) -> None:
    """Duplicate question ids involving a question left out of the salvaged model.

    Those are invisible to :func:`check_ids`, which only sees the salvaged model.
    """
    occurrences: dict[str, list[tuple[DataPath, bool]]] = {}
    for list_path, items in _question_lists(data):
        for index, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                left_out = list_path in kept and index not in kept[list_path]
                occurrences.setdefault(item["id"], []).append(((*list_path, index, "id"), left_out))
    for question_id, found in occurrences.items():
        (first_path, first_left_out), later = found[0], found[1:]
        for path, left_out in later:
            if left_out or first_left_out:
                line = r.source.line(first_path)
                message = f"duplicate question id '{question_id}' (first used on line {line})"
                r.add_at_file_path(path, Code.DUPLICATE_ID, message, Level.ERROR)


def _question_lists(data: dict[str, Any]) -> list[tuple[DataPath, list[Any]]]:
    lists: list[tuple[DataPath, list[Any]]] = [(("context",), data.get("context") or [])]
    for d, domain in enumerate(data.get("domains") or []):
        if isinstance(domain, dict) and isinstance(domain.get("questions"), list):
            lists.append((("domains", d, "questions"), domain["questions"]))
    return [(path, items) for path, items in lists if isinstance(items, list)]


def check_file_name(questionnaire: Questionnaire, expected: ExpectedName, r: Reporter) -> None:
    layout = "questionnaires/<slug>/<version>.yaml"
    if questionnaire.slug != expected.slug:
        message = (
            f"slug '{questionnaire.slug}' does not match the folder '{expected.slug}' "
            f"(files live in {layout})"
        )
        r.error(("slug",), Code.FILE_NAME, message)
    if questionnaire.version != expected.version:
        message = (
            f"version {questionnaire.version} does not match the file name "
            f"'{expected.version}.yaml' (files live in {layout})"
        )
        r.error(("version",), Code.FILE_NAME, message)
