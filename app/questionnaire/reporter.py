"""Collects the problems of one file, resolving lines and readable paths."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app.questionnaire.problems import Code, Level, Problem
from app.questionnaire.source import DataPath, SourceMap


def _same_path(path: DataPath) -> DataPath:
    return path


@dataclass
class Reporter:
    """Problem collector for one file.

    ``to_file_path`` maps a path of the (possibly salvaged) model back to the
    file; ``ignored_ids`` are ids of items already reported broken, whose
    references are not reported again.
    """

    file: str
    source: SourceMap
    to_file_path: Callable[[DataPath], DataPath] = _same_path
    ignored_ids: frozenset[str] = frozenset()
    problems: list[Problem] = field(default_factory=list)

    def error(self, path: DataPath, code: Code, message: str) -> None:
        self.add(path, code, message, Level.ERROR)

    def warning(self, path: DataPath, code: Code, message: str) -> None:
        self.add(path, code, message, Level.WARNING)

    def add(self, path: DataPath, code: Code, message: str, level: Level) -> None:
        self.add_at_file_path(self.to_file_path(path), code, message, level)

    def add_at_file_path(self, file_path: DataPath, code: Code, message: str, level: Level) -> None:
        """Report at a path of the file itself (not of the salvaged model)."""
        line = self.source.line(file_path)
        described = self.source.describe(file_path)
        self.problems.append(Problem(self.file, line, described, message, level, code))

    def line_of(self, path: DataPath) -> int | None:
        return self.source.line(self.to_file_path(path))

    @property
    def has_errors(self) -> bool:
        return any(problem.is_error for problem in self.problems)


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when a known name is close to ``name``, else ``""``."""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.7)
    return f" (did you mean '{close[0]}'?)" if close else ""


def listing(values: Iterable[object]) -> str:
    return ", ".join(str(value) for value in values)
