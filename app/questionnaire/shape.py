"""Shape validation: pydantic errors turned into plain-language problems with paths.

:func:`validate_shape` validates parsed data against a model. When it fails, it
tries to *salvage* a model by leaving out the list items that hold errors (a
broken question, domain, lifecycle stage, issue, strength or migration map),
so that the whole-document checks can still run
and report their problems in the same pass. ``ignored_ids`` then lists the ids
of the items left out, so references to them are not reported a second time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from app.questionnaire.model import _condition_kind
from app.questionnaire.problems import Code, Level, Problem
from app.questionnaire.shape_messages import describe_error, model_at
from app.questionnaire.source import DataPath, SourceMap

ModelT = TypeVar("ModelT", bound=BaseModel)

PrunePattern = tuple[str | type[int], ...]
QUESTIONNAIRE_PRUNE: tuple[PrunePattern, ...] = (
    ("context", int),
    ("domains", int),
    ("domains", int, "questions", int),
    ("lifecycle", int),
    ("issues", int),
    ("strengths", int),
    ("migrates_from", int),
)
RESOURCES_PRUNE: tuple[PrunePattern, ...] = (("resources", int),)

_CONDITION_TAGS = frozenset({"all", "any", "not", "q", "domain"})
_CONDITION_KEYS = frozenset({"show_if", "when", "not"})


@dataclass(frozen=True)
class ShapeResult(Generic[ModelT]):
    """The model (``None`` when nothing could be salvaged) and the shape problems."""

    model: ModelT | None
    problems: list[Problem]
    ignored_ids: frozenset[str] = frozenset()
    kept_indexes: dict[DataPath, list[int]] = field(default_factory=dict)

    def original_path(self, path: DataPath) -> DataPath:
        """Map a path in the (possibly salvaged) model back to the file's path."""
        result = list(path)
        for position, segment in enumerate(path):
            kept = self.kept_indexes.get(tuple(result[:position]))
            if kept is not None and isinstance(segment, int) and segment < len(kept):
                result[position] = kept[segment]
        return tuple(result)


def validate_shape(
    model_class: type[ModelT],
    data: Any,
    source: SourceMap,
    file: str,
    prune: Sequence[PrunePattern] = (),
) -> ShapeResult[ModelT]:
    try:
        return ShapeResult(model=_validate(model_class, data), problems=[])
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    located = [(_data_path(error["loc"], data, error["type"]), error) for error in errors]
    problems = _problems(model_class, data, source, file, located)
    return _salvage(model_class, data, problems, [path for (path, _), _ in located], prune)


def _validate(model_class: type[ModelT], data: Any) -> ModelT:
    return model_class.model_validate(data, by_alias=True, by_name=False)


def _problems(
    model_class: type[BaseModel],
    data: Any,
    source: SourceMap,
    file: str,
    located: list[tuple[tuple[DataPath, bool], Any]],
) -> list[Problem]:
    grouped: dict[tuple[DataPath, bool], list[tuple[Code, str]]] = {}
    for (path, is_key), error in located:
        parent = model_at(model_class, data, path[:-1]) if path else None
        entry = describe_error(error, path, _value_at(data, path), parent, is_key=is_key)
        if entry not in grouped.setdefault((path, is_key), []):
            grouped[(path, is_key)].append(entry)
    problems: list[Problem] = []
    for (path, _), entries in grouped.items():
        for code, message in _merge_type_errors(entries):
            problems.append(
                Problem(file, source.line(path), source.describe(path), message, Level.ERROR, code)
            )
    return problems


def _merge_type_errors(entries: list[tuple[Code, str]]) -> list[tuple[Code, str]]:
    """Join the per-member errors of a union (``must be text`` + ``must be a whole number``)."""
    musts = [m for c, m in entries if c is Code.INVALID_VALUE and m.startswith("must be ")]
    if len(musts) < 2 or len(musts) != len(entries):
        return entries
    kinds = [m.removeprefix("must be ").split(" (got ")[0] for m in musts]
    got = musts[0].partition(" (got ")[2]
    suffix = f" (got {got}" if got else ""
    return [(Code.INVALID_VALUE, "must be " + " or ".join(kinds) + suffix)]


def _data_path(loc: tuple[int | str, ...], data: Any, error_type: str) -> tuple[DataPath, bool]:
    """Turn a pydantic ``loc`` into a path of the data, dropping union tags and member names."""
    path: list[str | int] = []
    node = data
    tag_skipped: int | None = None
    is_key = False
    for position, segment in enumerate(loc):
        if segment == "[key]":
            is_key = True
        elif _is_condition_tag(segment, node, path) and tag_skipped != id(node):
            tag_skipped = id(node)
        elif _has_child(node, segment):
            path.append(segment)
            node = node[segment]
        elif error_type == "missing" and position == len(loc) - 1:
            path.append(segment)
    return tuple(path), is_key


def _is_condition_tag(segment: int | str, node: Any, path: list[str | int]) -> bool:
    if segment not in _CONDITION_TAGS or not isinstance(node, dict):
        return False
    in_condition = bool(path) and (
        path[-1] in _CONDITION_KEYS
        or (len(path) >= 2 and isinstance(path[-1], int) and path[-2] in ("all", "any"))
    )
    return in_condition and _condition_kind(node) == segment


def _value_at(data: Any, path: DataPath) -> Any:
    node = data
    for segment in path:
        if not _has_child(node, segment):
            return None
        node = node[segment]
    return node


def _has_child(node: Any, segment: str | int) -> bool:
    if isinstance(node, dict):
        return isinstance(segment, str) and segment in node
    return isinstance(node, list) and isinstance(segment, int) and 0 <= segment < len(node)


# ------------------------------------------------------------------------------ salvage


def _salvage(
    model_class: type[ModelT],
    data: Any,
    problems: list[Problem],
    paths: list[DataPath],
    prune: Sequence[PrunePattern],
) -> ShapeResult[ModelT]:
    targets = [_prune_target(path, prune) for path in paths]
    if not prune or any(target is None for target in targets):
        return ShapeResult(model=None, problems=problems)
    drop: dict[DataPath, set[int]] = {}
    for target in targets:
        assert target is not None
        drop.setdefault(target[:-1], set()).add(int(target[-1]))
    drop = _without_inner_lists_of_dropped_items(drop)
    ignored = _ids_of(data, drop)
    kept = {path: _kept(_value_at(data, path), indexes) for path, indexes in drop.items()}
    pruned = data
    # Deepest lists first, so that the indexes of outer lists are still the file's.
    for list_path, keep in sorted(kept.items(), key=lambda item: -len(item[0])):
        pruned = _replace_at(pruned, list_path, _keep_only(keep))
    try:
        model = _validate(model_class, pruned)
    except ValidationError:
        return ShapeResult(model=None, problems=problems)
    return ShapeResult(model=model, problems=problems, ignored_ids=ignored, kept_indexes=kept)


def _without_inner_lists_of_dropped_items(
    drop: dict[DataPath, set[int]],
) -> dict[DataPath, set[int]]:
    def inside_dropped(path: DataPath) -> bool:
        return any(
            path[: len(outer) + 1] == (*outer, index)
            for outer, indexes in drop.items()
            if len(outer) < len(path)
            for index in indexes
        )

    return {path: indexes for path, indexes in drop.items() if not inside_dropped(path)}


def _prune_target(path: DataPath, patterns: Sequence[PrunePattern]) -> DataPath | None:
    best: DataPath | None = None
    for pattern in patterns:
        if len(path) >= len(pattern) and all(
            (isinstance(seg, int) and not isinstance(seg, bool)) if want is int else seg == want
            for seg, want in zip(path, pattern, strict=False)
        ):
            candidate = path[: len(pattern)]
            if best is None or len(candidate) > len(best):
                best = candidate
    return best


def _keep_only(indexes: list[int]) -> Callable[[Any], Any]:
    return lambda items: [items[i] for i in indexes]


def _kept(items: Any, dropped: set[int]) -> list[int]:
    return [i for i in range(len(items)) if i not in dropped] if isinstance(items, list) else []


def _ids_of(data: Any, drop: dict[DataPath, set[int]]) -> frozenset[str]:
    ids: set[str] = set()
    for list_path, indexes in drop.items():
        items = _value_at(data, list_path)
        for index in indexes:
            item = items[index] if isinstance(items, list) and index < len(items) else None
            ids.update(_labels(item))
    return frozenset(ids)


def _labels(item: Any) -> set[str]:
    """The ``id``/``key`` of a left-out item and of the questions it contains."""
    if not isinstance(item, dict):
        return set()
    found = {item[key] for key in ("id", "key") if isinstance(item.get(key), str)}
    questions = item.get("questions")
    if isinstance(questions, list):
        for question in questions:
            found |= _labels(question)
    return found


def _replace_at(node: Any, path: DataPath, change: Callable[[Any], Any]) -> Any:
    """A copy of ``node`` with the value at ``path`` replaced by ``change(value)``."""
    if not path:
        return change(node)
    head, rest = path[0], path[1:]
    if isinstance(node, dict) and isinstance(head, str):
        return {**node, head: _replace_at(node[head], rest, change)}
    if isinstance(node, list) and isinstance(head, int):
        copy = list(node)
        copy[head] = _replace_at(node[head], rest, change)
        return copy
    return node
