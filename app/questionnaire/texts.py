"""User-facing strings of a questionnaire document: finding and localising them.

In ``rdsa.questionnaire/1`` every localised value sits under one of
:data:`TEXT_KEYS` (a locale → text map) or :data:`TEXT_LIST_KEYS` (a locale →
list of texts map), anywhere in the document except inside ``migrates_from``
(whose maps are id maps, not texts). The functions here work on the plain
JSON-like form of a document (a ``model_dump(by_alias=True)``), so their paths
match the paths of the YAML file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from app.questionnaire.source import DataPath

TEXT_KEYS = frozenset({"title", "description", "label", "help", "text", "why", "reason"})
TEXT_LIST_KEYS = frozenset({"first_steps"})
_NOT_TEXT_SECTIONS = frozenset({"migrates_from"})

LocalisedValue = str | list[str]


def iter_texts(document: Any, path: DataPath = ()) -> Iterator[tuple[DataPath, dict[str, Any]]]:
    """Yield ``(path, locale map)`` for every localised value in a questionnaire document."""
    if isinstance(document, list):
        for index, item in enumerate(document):
            yield from iter_texts(item, (*path, index))
        return
    if not isinstance(document, dict):
        return
    for key, value in document.items():
        if not path and key in _NOT_TEXT_SECTIONS:
            continue
        if key in TEXT_KEYS or key in TEXT_LIST_KEYS:
            if isinstance(value, dict):
                yield (*path, key), value
            continue
        yield from iter_texts(value, (*path, key))


def pick_locale(text: Mapping[str, Any], locale: str, default: str) -> Any:
    """The text in ``locale``, else in ``default``, else in the first locale present."""
    if locale in text:
        return text[locale]
    if default in text:
        return text[default]
    return next(iter(text.values()), "")


def localise_document(document: Any, locale: str, default: str, path: DataPath = ()) -> Any:
    """A copy of ``document`` where every locale map is replaced by its text in ``locale``."""
    if isinstance(document, list):
        return [
            localise_document(item, locale, default, (*path, i)) for i, item in enumerate(document)
        ]
    if not isinstance(document, dict):
        return document
    result: dict[str, Any] = {}
    for key, value in document.items():
        if not path and key in _NOT_TEXT_SECTIONS:
            result[key] = value
        elif (key in TEXT_KEYS or key in TEXT_LIST_KEYS) and isinstance(value, dict):
            result[key] = pick_locale(value, locale, default)
        else:
            result[key] = localise_document(value, locale, default, (*path, key))
    return result
