"""Where things are in a YAML file: document paths, their lines, and readable names.

A *data path* is a tuple of mapping keys and list indexes, e.g.
``("domains", 0, "questions", 2, "options", 1, "score")``. :class:`SourceMap`
turns it into the line it came from and into a readable path that uses ids
where the list items have them: ``domains[power].questions[power-purpose].options[1].score``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

DataPath = tuple[str | int, ...]

_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_LABEL_KEYS = ("id", "key")


@dataclass(frozen=True)
class SourceMap:
    """Line numbers (1-based) of every mapping key and list item of one parsed document."""

    lines: Mapping[DataPath, int] = field(default_factory=dict)
    root: Any = None

    def line(self, path: DataPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor present in the file."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(path[:end])
            if found is not None:
                return found
        return None

    def describe(self, path: DataPath) -> str:
        """A readable path; list items with a unique ``id`` (or ``key``) are named by it."""
        text = ""
        node: Any = self.root
        for segment in path:
            if isinstance(segment, int):
                text += f"[{_item_label(node, segment)}]"
                node = node[segment] if _has_index(node, segment) else None
            else:
                text += _key_text(segment, first=not text)
                node = node.get(segment) if isinstance(node, dict) else None
        return text


def _key_text(key: str, *, first: bool) -> str:
    if _PLAIN_KEY.match(key):
        return key if first else f".{key}"
    return f"[{json.dumps(key, ensure_ascii=False)}]"


def _has_index(node: Any, index: int) -> bool:
    return isinstance(node, list) and 0 <= index < len(node)


def _item_label(node: Any, index: int) -> str:
    if not _has_index(node, index):
        return str(index)
    label = _label_of(node[index])
    if label is None or sum(1 for item in node if _label_of(item) == label) != 1:
        return str(index)
    return label


def _label_of(item: Any) -> str | None:
    if not isinstance(item, dict):
        return None
    for key in _LABEL_KEYS:
        value = item.get(key)
        if isinstance(value, str) and _PLAIN_KEY.match(value) and not value.isdigit():
            return value
    return None
