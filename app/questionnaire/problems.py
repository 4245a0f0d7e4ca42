"""Problems found in questionnaire files, with a stable code for each kind.

Every check reports :class:`Problem` objects instead of raising at the first
one, so an author sees everything that is wrong with a file in one run. A
problem names the file, the line (when known), the document path (e.g.
``domains[power].questions[power-purpose].options[1].score``) and a plain
message. :class:`QuestionnaireError` carries all problems of a failed load.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Code(StrEnum):
    """Stable problem codes (documented in docs/questionnaire-authoring.md)."""

    # reading and parsing the file
    UNREADABLE = "unreadable"
    TOO_LARGE = "too-large"
    NOT_UTF8 = "not-utf8"
    NUL_BYTE = "nul-byte"
    YAML_SYNTAX = "yaml-syntax"
    EMPTY = "empty"
    DUPLICATE_KEY = "duplicate-key"
    ALIAS = "alias"
    TAG = "tag"
    TOO_DEEP = "too-deep"
    COMPLEX_KEY = "complex-key"
    BAD_NUMBER = "bad-number"
    BAD_TEXT = "bad-text"
    # shape of the document
    UNKNOWN_KEY = "unknown-key"
    MISSING_KEY = "missing-key"
    INVALID_VALUE = "invalid-value"
    INVALID_CONDITION = "invalid-condition"
    CONTEXT_SCORE = "context-score"
    # ids and references
    DUPLICATE_ID = "duplicate-id"
    UNKNOWN_QUESTION = "unknown-question"
    UNKNOWN_OPTION = "unknown-option"
    UNKNOWN_DOMAIN = "unknown-domain"
    UNKNOWN_LIFECYCLE = "unknown-lifecycle"
    UNKNOWN_RESOURCE = "unknown-resource"
    # questions and options
    MISSING_OPTIONS = "missing-options"
    UNEXPECTED_OPTIONS = "unexpected-options"
    MISSING_SCORE = "missing-score"
    ZERO_BEST_SCORE = "zero-best-score"
    YES_NO_OPTIONS = "yes-no-options"
    OPTION_VALUE_TYPE = "option-value-type"
    MULTI_CHOICE_ONLY = "multi-choice-only"
    IGNORED_KEY = "ignored-key"
    # conditions
    TEST_MISMATCH = "test-mismatch"
    SHOW_IF_ORDER = "show-if-order"
    SHOW_IF_CYCLE = "show-if-cycle"
    SHOW_IF_DOMAIN_TEST = "show-if-domain-test"
    IMPOSSIBLE_CONDITION = "impossible-condition"
    ALWAYS_TRUE = "always-true"
    SILENT_MIDDLE_OPTION = "silent-middle-option"
    # stages
    STAGE_ORDER = "stage-order"
    # locales and translations
    UNKNOWN_DEFAULT_LOCALE = "unknown-default-locale"
    MISSING_DEFAULT_TEXT = "missing-default-text"
    MISSING_TRANSLATION = "missing-translation"
    UNDECLARED_LOCALE = "undeclared-locale"
    FIRST_STEPS_LENGTH = "first-steps-length"
    # files, versions and the catalogue
    FILE_NAME = "file-name"
    MIGRATION_VERSION = "migration-version"
    MIGRATION_REFERENCE = "migration-reference"
    MISSING_CATALOGUE = "missing-catalogue"
    PUBLISHED_CHANGED = "published-changed"


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int | None
    path: str
    message: str
    level: Level
    code: Code

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR

    def format(self) -> str:
        """``file:line: path: message [code]`` (warnings say so before the message)."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.path:
            parts.append(self.path)
        prefix = "warning: " if self.level is Level.WARNING else ""
        parts.append(f"{prefix}{self.message} [{self.code}]")
        return ": ".join(parts)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Order by file, then line (problems without a line first), keeping report order."""
    return sorted(problems, key=lambda p: (p.file, p.line or 0))


def errors_in(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


class QuestionnaireError(Exception):
    """A questionnaire, resource catalogue or tree could not be loaded.

    ``problems`` holds every problem found (errors and warnings), sorted.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sort_problems(problems))
        count = len(errors_in(self.problems))
        lines = [p.format() for p in self.problems]
        super().__init__(f"{count} error(s) in questionnaire files:\n" + "\n".join(lines))

    @property
    def errors(self) -> list[Problem]:
        return errors_in(self.problems)
