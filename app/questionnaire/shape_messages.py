"""Plain-language messages for pydantic validation errors of questionnaire files."""

from __future__ import annotations

import difflib
import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from app.questionnaire import model as m
from app.questionnaire.problems import Code
from app.questionnaire.source import DataPath
from app.questionnaire.texts import TEXT_KEYS, TEXT_LIST_KEYS

_PATTERN_MESSAGES = {
    r"^[a-z0-9][a-z0-9_-]{0,63}$": (
        "is not a valid id: use lower-case letters, digits, '-' and '_', "
        "starting with a letter or digit, at most 64 characters"
    ),
    r"^[a-z]{2,3}(-[A-Z]{2})?$": "is not a locale code like 'en', 'es' or 'pt-BR'",
    r"^https://[^\s]+$": "is not an https:// address (without spaces)",
}
_SEMVER_HINT = "is not a semantic version like 1.0.0 or 2.1.0-draft"
_CONDITION_MODELS: dict[str, type[BaseModel]] = {
    "all": m.AllCondition,
    "any": m.AnyCondition,
    "not": m.NotCondition,
    "q": m.QuestionTest,
    "domain": m.DomainTest,
}
# Pydantic's error types in words; the API's problems say the same (app.problems).
SCALAR_TYPE_NAMES = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
}
_TYPE_NAMES = {
    **SCALAR_TYPE_NAMES,
    "dict_type": "a mapping (key: value)",
    "model_type": "a mapping (key: value)",
    "model_attributes_type": "a mapping (key: value)",
}
_BOUNDS = {
    "greater_than": ("gt", "greater than"),
    "greater_than_equal": ("ge", "at least"),
    "less_than": ("lt", "less than"),
    "less_than_equal": ("le", "at most"),
}


def describe_error(
    error: ErrorDetails,
    path: DataPath,
    value: Any,
    parent: type[BaseModel] | None,
    *,
    is_key: bool,
) -> tuple[Code, str]:
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    key = path[-1] if path else None
    if kind == "extra_forbidden":
        return _unknown_key(str(key), parent)
    if kind == "missing":
        return Code.MISSING_KEY, f"missing required key '{key}'"
    if kind in ("enum", "literal_error"):
        return Code.INVALID_VALUE, _choice_message(ctx.get("expected", ""), value)
    if kind == "string_pattern_mismatch":
        shown = str(key) if is_key else value
        return Code.INVALID_VALUE, f"{_quote(shown)} {_pattern_message(ctx.get('pattern', ''))}"
    if kind in _TYPE_NAMES:
        return Code.INVALID_VALUE, _type_message(kind, key, value)
    if kind in ("invalid_condition", "value_error", "assertion_error"):
        code = Code.INVALID_CONDITION if _in_condition(path) else Code.INVALID_VALUE
        return code, str(error["msg"]).removeprefix("Value error, ")
    return Code.INVALID_VALUE, _range_message(kind, ctx) or str(error["msg"])


def _unknown_key(key: str, parent: type[BaseModel] | None) -> tuple[Code, str]:
    if parent is m.ContextOption and key == "score":
        return Code.CONTEXT_SCORE, "context questions are not scored: remove 'score'"
    allowed = alias_keys(parent) if parent is not None else []
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return Code.UNKNOWN_KEY, f"unknown key '{key}' (did you mean '{close[0]}'?)"
    if allowed:
        return Code.UNKNOWN_KEY, f"unknown key '{key}' (expected one of: {', '.join(allowed)})"
    return Code.UNKNOWN_KEY, f"unknown key '{key}'"


def _choice_message(expected: str, value: Any) -> str:
    choices = [part.strip().strip("'") for part in expected.replace(" or ", ", ").split(",")]
    choices = [choice for choice in choices if choice]
    got = f" (got {_quote(value)})"
    if len(choices) == 1:
        return f"must be '{choices[0]}'{got}"
    close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"must be one of: {', '.join(choices)}{got}{hint}"


def _pattern_message(pattern: str) -> str:
    if pattern in _PATTERN_MESSAGES:
        return _PATTERN_MESSAGES[pattern]
    if "(0|[1-9]" in pattern:
        return _SEMVER_HINT
    return f"does not match the pattern {pattern}"


def _type_message(kind: str, key: str | int | None, value: Any) -> str:
    if kind in ("dict_type", "model_type") and key in TEXT_KEYS:
        return f"must be a map of locale to text, e.g. {{en: ...}} (got {_describe(value)})"
    if kind == "dict_type" and key in TEXT_LIST_KEYS:
        return f"must be a map of locale to a list of texts (got {_describe(value)})"
    message = f"must be {_TYPE_NAMES[kind]} (got {_describe(value)})"
    if kind == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
        message += "; put it in quotes to make it text"
    return message


def _range_message(kind: str, ctx: dict[str, Any]) -> str | None:
    if kind in _BOUNDS:
        name, words = _BOUNDS[kind]
        return f"must be {words} {_number(ctx.get(name))}"
    if kind == "too_short":
        return f"must have at least {ctx.get('min_length')} item(s)"
    if kind == "too_long":
        return f"must have at most {ctx.get('max_length')} item(s)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    return None


def _number(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"text {_quote(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _quote(value: Any) -> str:
    text = str(value)
    return f"'{text[:60]}...'" if len(text) > 60 else f"'{text}'"


def _in_condition(path: DataPath) -> bool:
    return any(segment in ("show_if", "when") for segment in path)


# ------------------------------------------------------------------ model introspection


def alias_keys(model_class: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model_class.model_fields.items()]


def model_at(root: type[BaseModel], data: Any, path: DataPath) -> type[BaseModel] | None:
    """The model class that validates the mapping found at ``path`` (``None`` if not a model)."""
    current: Any = root
    node = data
    for segment in path:
        current = _resolve(current, node)
        current = _step_type(current, segment)
        if current is None:
            return None
        node = _step_data(node, segment)
    resolved = _resolve(current, node)
    return resolved if _is_model(resolved) else None


def _step_type(current: Any, segment: str | int) -> Any:
    if _is_model(current):
        for name, info in current.model_fields.items():
            if (info.alias or name) == segment:
                return info.annotation
        return None
    origin = get_origin(current)
    if origin is list and isinstance(segment, int):
        return get_args(current)[0]
    if origin is dict:
        return get_args(current)[1]
    return None


def _resolve(current: Any, node: Any) -> Any:
    """Unwrap ``Annotated`` and optional/union types, choosing condition kinds by the data."""
    while True:
        origin = get_origin(current)
        if origin is Annotated:
            current = get_args(current)[0]
            continue
        if origin is Union or origin is types.UnionType:
            members = [arg for arg in get_args(current) if arg is not type(None)]
            if len(members) == 1:
                current = members[0]
                continue
            kind = m._condition_kind(node)
            return _CONDITION_MODELS.get(kind) if kind else None
        return current


def _step_data(node: Any, segment: str | int) -> Any:
    if isinstance(node, dict) and isinstance(segment, str):
        return node.get(segment)
    if isinstance(node, list) and isinstance(segment, int) and 0 <= segment < len(node):
        return node[segment]
    return None


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)
