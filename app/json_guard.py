"""Refuse JSON that Python's parser accepts but that means trouble: duplicate keys
(which value wins?), NaN/Infinity (not JSON), and lone surrogates (cannot be stored
in PostgreSQL text, and are not valid Unicode)."""

from __future__ import annotations

import json
import sys
from typing import Any

# No request body of this API is more than a few levels deep; 32 leaves room for any
# client's shape and keeps the walk below far from Python's recursion limit.
MAX_DEPTH = 32
TOO_DEEP = f"the JSON is nested too deeply (at most {MAX_DEPTH} levels of arrays or objects)"


class JsonRefused(ValueError):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonRefused(f"body.{key}", f"the key {key!r} appears twice")
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise JsonRefused("body", f"{name} is not a JSON number")


def _has_lone_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _check_strings(value: Any, path: str, depth: int = 0) -> None:
    if depth >= MAX_DEPTH:  # depth 0 is the first level
        raise JsonRefused("body", TOO_DEEP)
    if isinstance(value, str):
        if _has_lone_surrogate(value):
            raise JsonRefused(path, "contains an unpaired surrogate (not valid Unicode)")
    elif isinstance(value, dict):
        for key, item in value.items():
            if _has_lone_surrogate(key):
                raise JsonRefused(path, "a key contains an unpaired surrogate")
            _check_strings(item, f"{path}.{key}", depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{path}.{index}", depth + 1)


def check(body: bytes) -> JsonRefused | None:
    """The problem with this JSON body, or None (malformed JSON is left to the app)."""
    try:
        document = json.loads(body, object_pairs_hook=_pairs, parse_constant=_constant)
    except JsonRefused as refused:
        return refused
    except RecursionError:
        return JsonRefused("body", TOO_DEEP)
    except ValueError as error:
        if "digits" in str(error):
            return JsonRefused(
                "body", f"a number is too long (at most {sys.get_int_max_str_digits()} digits)"
            )
        return None
    try:
        _check_strings(document, "body")
    except JsonRefused as refused:
        return refused
    except RecursionError:
        return None
    return None
