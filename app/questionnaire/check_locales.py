"""Translation checks: every user-facing string in the default locale, and in the others.

Missing strings in a declared locale other than the default are errors in a
published (or retired) questionnaire and warnings in a draft. A locale that
is declared but has no strings at all is reported once, not per string.
"""

from __future__ import annotations

from typing import Any

from app.questionnaire.model import Questionnaire, Status
from app.questionnaire.problems import Code, Level
from app.questionnaire.reporter import Reporter, listing
from app.questionnaire.source import DataPath
from app.questionnaire.texts import TEXT_LIST_KEYS, iter_texts


def check_locales(questionnaire: Questionnaire, r: Reporter) -> None:
    declared = list(dict.fromkeys(questionnaire.locales))
    default = questionnaire.default_locale
    if default not in declared:
        message = f"the default locale '{default}' is not in locales ({listing(declared)})"
        r.error(("default_locale",), Code.UNKNOWN_DEFAULT_LOCALE, message)
    document = questionnaire.model_dump(mode="json", by_alias=True, exclude_none=True)
    texts = list(iter_texts(document))
    missing: dict[str, list[DataPath]] = {locale: [] for locale in declared if locale != default}
    for path, text in texts:
        _check_text(path, text, default, declared, missing, r)
    level = Level.WARNING if questionnaire.status is Status.DRAFT else Level.ERROR
    for locale, paths in missing.items():
        _report_missing(locale, paths, len(texts), list(questionnaire.locales), level, r)


def _check_text(
    path: DataPath,
    text: dict[str, Any],
    default: str,
    declared: list[str],
    missing: dict[str, list[DataPath]],
    r: Reporter,
) -> None:
    for locale in text:
        if locale not in declared:
            message = f"'{locale}' is not one of the declared locales ({listing(declared)})"
            r.error((*path, locale), Code.UNDECLARED_LOCALE, message)
    if default not in text:
        message = f"missing the text in the default locale '{default}'"
        r.error(path, Code.MISSING_DEFAULT_TEXT, message)
    for locale, paths in missing.items():
        if locale not in text:
            paths.append(path)
    if path[-1] in TEXT_LIST_KEYS:
        _check_list_lengths(path, text, r)


def _check_list_lengths(path: DataPath, text: dict[str, Any], r: Reporter) -> None:
    lengths = {locale: len(steps) for locale, steps in text.items() if isinstance(steps, list)}
    if len(set(lengths.values())) > 1:
        counts = ", ".join(f"{n} in '{locale}'" for locale, n in lengths.items())
        message = f"every locale needs the same number of steps (got {counts})"
        r.error(path, Code.FIRST_STEPS_LENGTH, message)


def _report_missing(
    locale: str, paths: list[DataPath], total: int, locales: list[str], level: Level, r: Reporter
) -> None:
    if not paths:
        return
    if len(paths) == total:
        message = f"locale '{locale}' is declared but has no text at all ({total} strings missing)"
        r.add(("locales", locales.index(locale)), Code.MISSING_TRANSLATION, message, level)
        return
    for path in paths:
        r.add(path, Code.MISSING_TRANSLATION, f"missing the '{locale}' translation", level)
