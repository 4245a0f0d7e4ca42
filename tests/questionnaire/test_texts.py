from __future__ import annotations

import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from app.questionnaire import model as m
from app.questionnaire.texts import TEXT_KEYS, TEXT_LIST_KEYS, iter_texts, localise_document


def _unwrap(annotation: Any) -> list[Any]:
    origin = get_origin(annotation)
    if origin is Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        return [t for arg in get_args(annotation) for t in _unwrap(arg)]
    return [annotation]


def _models_of_the_questionnaire() -> set[type[BaseModel]]:
    seen: set[type[BaseModel]] = set()
    pending: list[type[BaseModel]] = [m.Questionnaire]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        for info in current.model_fields.values():
            for candidate in _unwrap(info.annotation):
                for inner in [candidate, *get_args(candidate)]:
                    for leaf in _unwrap(inner):
                        if isinstance(leaf, type) and issubclass(leaf, BaseModel):
                            pending.append(leaf)
    return seen


def _is_locale_map(annotation: Any) -> bool:
    return any(get_origin(t) is dict and get_args(t)[0] == m.Locale for t in _unwrap(annotation))


def test_text_keys_are_exactly_the_localised_fields() -> None:
    localised: set[str] = set()
    other: set[str] = set()
    for model_class in _models_of_the_questionnaire():
        for name, info in model_class.model_fields.items():
            key = info.alias or name
            (localised if _is_locale_map(info.annotation) else other).add(key)
    assert localised == TEXT_KEYS | TEXT_LIST_KEYS
    assert not (other & localised), "a text key is also used for something else"


def test_iter_texts_skips_migration_maps() -> None:
    document = {
        "title": {"en": "T"},
        "migrates_from": [{"version": "1.0.0", "questions": {"text": "label"}}],
        "domains": [{"questions": [{"text": {"en": "Q"}, "options": [{"label": {"en": "L"}}]}]}],
    }
    assert [path for path, _ in iter_texts(document)] == [
        ("title",),
        ("domains", 0, "questions", 0, "text"),
        ("domains", 0, "questions", 0, "options", 0, "label"),
    ]
    localised = localise_document(document, "es", "en")
    assert localised["migrates_from"] == document["migrates_from"]
    assert localised["domains"][0]["questions"][0]["options"][0]["label"] == "L"
