"""Every file in broken/ states what it must produce in its first lines.

``# expect: <message fragment>`` must match an error; ``@ line N`` after it
also pins the line. ``# expect-warning:`` lines must match warnings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.questionnaire.loader import inspect_questionnaire
from app.questionnaire.problems import Level, Problem

from .helpers import BROKEN

_EXPECT = re.compile(rb"^# expect(-warning)?: (.*?)(?: @ line (\d+))?\r?$")
CORPUS = sorted(BROKEN.glob("*.yaml"))


def _expectations(path: Path) -> list[tuple[Level, str, int | None]]:
    found = []
    for raw in path.read_bytes().splitlines():
        match = _EXPECT.match(raw)
        if match is None:
            break
        level = Level.WARNING if match.group(1) else Level.ERROR
        line = int(match.group(3)) if match.group(3) else None
        found.append((level, match.group(2).decode("utf-8"), line))
    return found


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 25


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_broken_file_reports_the_expected_problems(path: Path) -> None:
    expectations = _expectations(path)
    assert expectations, f"{path.name} states no '# expect:' line"
    inspection = inspect_questionnaire(path)
    assert inspection.loaded is None, "a broken file must not load"
    for level, fragment, line in expectations:
        matching = [p for p in inspection.problems if fragment in p.message and p.level is level]
        assert matching, f"no {level} with {fragment!r} in:\n{_listing(inspection.problems)}"
        if line is not None:
            lines = [p.line for p in matching]
            assert line in lines, f"{fragment!r} reported on lines {lines}, expected {line}"


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_every_problem_names_the_file(path: Path) -> None:
    for problem in inspect_questionnaire(path).problems:
        assert problem.file == str(path)
        assert problem.format().startswith(str(path))


def _listing(problems: list[Problem]) -> str:
    return "\n".join(problem.format() for problem in problems)
