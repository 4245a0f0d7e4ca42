"""``rdsa validate [PATH...]``: check questionnaire files and folders, print every problem.

A folder is checked as a tree (``resources.yaml`` + ``<slug>/<version>.yaml``).
A single file named ``resources.yaml`` is checked as a resource catalogue; any
other file as a questionnaire. A questionnaire file inside a tree (its folder's
parent holds ``resources.yaml``) is also checked against that catalogue and
its file name.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from app.questionnaire.loader import (
    RESOURCES_FILE,
    inspect_questionnaire,
    inspect_resources,
    inspect_tree,
)
from app.questionnaire.problems import Code, Level, Problem, sort_problems
from app.questionnaire.validate import ExpectedName

DEFAULT_PATHS = ["questionnaires"]


def run(paths: list[str], out: TextIO | None = None) -> int:
    """Check ``paths`` (default: ``questionnaires``); 1 when there are errors, else 0."""
    stream = out if out is not None else sys.stdout
    problems: list[Problem] = []
    files = 0
    for name in paths or DEFAULT_PATHS:
        found, checked = check_path(Path(name))
        problems.extend(found)
        files += checked
    for problem in sort_problems(problems):
        stream.write(problem.format() + "\n")
    stream.write(summary(problems, files) + "\n")
    return 1 if any(problem.is_error for problem in problems) else 0


def check_path(path: Path) -> tuple[list[Problem], int]:
    """The problems of one file or folder and the number of files checked."""
    if path.is_dir():
        inspection = inspect_tree(path)
        return inspection.problems, inspection.files_checked
    if not path.exists():
        message = "no such file or folder"
        return [Problem(str(path), None, "", message, Level.ERROR, Code.UNREADABLE)], 0
    if path.name == RESOURCES_FILE:
        return inspect_resources(path)[1], 1
    return _check_questionnaire_file(path), 1


def _check_questionnaire_file(path: Path) -> list[Problem]:
    catalogue_path = path.parent.parent / RESOURCES_FILE
    if not catalogue_path.is_file():
        return inspect_questionnaire(path).problems
    catalogue, _ = inspect_resources(catalogue_path)
    resource_ids = None if catalogue is None else frozenset(r.id for r in catalogue.resources)
    expected = ExpectedName(path.parent.name, path.stem)
    return inspect_questionnaire(path, resource_ids=resource_ids, expected=expected).problems


def summary(problems: list[Problem], files: int) -> str:
    errors = sum(1 for problem in problems if problem.is_error)
    warnings = len(problems) - errors
    checked = f"checked {files} file{'s' if files != 1 else ''}"
    if not problems:
        return f"{checked}: no problems"
    return f"{checked}: {_count(errors, 'error')}, {_count(warnings, 'warning')}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"
