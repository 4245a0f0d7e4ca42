"""RFC 9457 problem details: the one place where errors become HTTP responses."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from app.errors import AppError, FieldError, InvalidInput
from app.questionnaire.shape_messages import SCALAR_TYPE_NAMES

PROBLEM_MEDIA_TYPE = "application/problem+json"
_HTTP_CODES = {
    400: ("bad-request", "Bad request"),
    409: ("conflict", "Conflict"),
    412: ("precondition-failed", "The resource has changed"),
    422: ("invalid-input", "Invalid input"),
    428: ("precondition-required", "Precondition required"),
    429: ("too-many-requests", "Too many requests"),
    503: ("unavailable", "Service unavailable"),
    401: ("unauthorized", "Authentication required"),
    403: ("forbidden", "Not allowed"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    406: ("not-acceptable", "Not acceptable"),
    413: ("payload-too-large", "Request body too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
}


class ProblemFieldError(BaseModel):
    field: str = Field(description="Where the problem is, e.g. body.answers.q1 or query.limit")
    message: str
    code: str


class Problem(BaseModel):
    """An RFC 9457 problem details object."""

    type: str = Field(description="A URI reference naming the problem type (/problems/<code>)")
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[ProblemFieldError] | None = None


def problem_response(
    *,
    status: int,
    code: str,
    title: str,
    detail: str,
    errors: Sequence[FieldError] = (),
    headers: dict[str, str] | None = None,
    instance: str | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": f"/problems/{code}",
        "title": title,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    if errors:
        body["errors"] = [{"field": e.field, "message": e.message, "code": e.code} for e in errors]
    return Response(
        content=json.dumps(body, ensure_ascii=False),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


# Pydantic names union branches and validator chains in an error's location
# ("function-after[functools.partial(<function ...>)]", "int", "list[union[...]]");
# those parts say nothing to a person and are dropped.
_BRANCH_NAMES = frozenset(
    {"str", "int", "float", "bool", "list", "dict", "set", "tuple", "bytes", "none"}
)
_TYPE_WORDS = {
    **SCALAR_TYPE_NAMES,
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "uuid_type": "a UUID such as 123e4567-e89b-12d3-a456-426614174000",
    "uuid_parsing": "a UUID such as 123e4567-e89b-12d3-a456-426614174000",
}
_MESSAGE_LIMIT = 300


def _is_branch(part: str) -> bool:
    return part in _BRANCH_NAMES or any(ch in part for ch in "[](<>")


def _clean_loc(loc: Sequence[int | str]) -> list[str]:
    parts: list[str] = []
    for part in loc:
        text = str(part)
        if isinstance(part, str) and _is_branch(part):
            continue
        # A tagged union repeats its tag before the field of the same name
        # (answers.q1.unsure.unsure): say it once.
        if parts and isinstance(part, str) and parts[-1] == text and len(parts) > 1:
            continue
        parts.append(text)
    return parts


def _field_path(loc: Sequence[int | str]) -> str:
    return ".".join(_clean_loc(loc)) or "body"


def _described(value: Any) -> str:
    """What was sent, in words (never the value itself, which may be long or private)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "a number too large to read"
        return "a number with a decimal point or exponent (write whole numbers as 3, not 3.0)"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a value of another kind"


def _message(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "field required"
    if kind == "json_invalid":
        return f"invalid JSON: {error.get('ctx', {}).get('error', 'cannot parse')}"
    if kind in _TYPE_WORDS:
        return f"must be {_TYPE_WORDS[kind]}; got {_described(error.get('input'))}"
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    message = message.replace("Input should be", "must be")
    if kind == "literal_error":
        message = f"{message}; got {_described(error.get('input'))}"
    if len(message) > _MESSAGE_LIMIT:
        message = message[: _MESSAGE_LIMIT - 1] + "…"
    return message


def _merged(errors: list[FieldError]) -> list[FieldError]:
    """One error per field for union branches that all refused the same value.

    A value that fits no branch of a union (text, a whole number or a list) gets one
    error per branch; they become "must be text, a whole number or a list". When some
    branch accepted the shape and an error lies deeper (a list whose item is wrong),
    the shallower "wrong type" errors are dropped: the shape was right."""
    fields = [e.field for e in errors]
    kept: list[FieldError] = []
    wrong_type: dict[str, list[FieldError]] = {}
    for error in errors:
        deeper = any(f.startswith(error.field + ".") for f in fields)
        if error.code in _TYPE_WORDS:
            if not deeper:
                wrong_type.setdefault(error.field, []).append(error)
            continue
        kept.append(error)
    merged: list[FieldError] = []
    for field, group in wrong_type.items():
        if len(group) == 1:
            merged.append(group[0])
            continue
        words = list(dict.fromkeys(_TYPE_WORDS[e.code] for e in group))
        got = group[0].message.split("; got ", 1)[-1]
        expected = ", ".join(words[:-1]) + " or " + words[-1]
        merged.append(FieldError(field, f"must be {expected}; got {got}", "wrong_type"))
    order = {field: i for i, field in enumerate(dict.fromkeys(fields))}
    return sorted(merged + kept, key=lambda e: order.get(e.field, 0))


def validation_field_errors(errors: Sequence[Any]) -> list[FieldError]:
    return _merged(
        [
            FieldError(
                field=_field_path(err.get("loc", ())),
                message=_message(err),
                code=str(err.get("type", "invalid")),
            )
            for err in errors
        ]
    )


async def _app_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AppError)
    errors = exc.errors if isinstance(exc, InvalidInput) else []
    return problem_response(
        status=exc.status,
        code=exc.code,
        title=exc.title,
        detail=exc.detail,
        errors=errors,
        headers=exc.headers,
    )


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = validation_field_errors(exc.errors())
    summary = "; ".join(f"{e.field}: {e.message}" for e in errors[:3])
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return problem_response(
        status=422,
        code=InvalidInput.code,
        title=InvalidInput.title,
        detail=f"{summary}{more}",
        errors=errors,
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code, title = _HTTP_CODES.get(exc.status_code, ("http-error", "HTTP error"))
    detail = exc.detail if isinstance(exc.detail, str) else title
    headers = dict(exc.headers or {})
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"There is nothing at {request.url.path}"
    elif exc.status_code == 400 and detail == "There was an error parsing the body":
        detail = "The request body could not be read as UTF-8 JSON"
    elif exc.status_code == 405:
        allowed = allowed_methods(request.app, request.url.path)
        headers["Allow"] = ", ".join(allowed)
        detail = f"{request.method} is not allowed here; use {' or '.join(allowed)}"
    return problem_response(
        status=exc.status_code, code=code, title=title, detail=detail, headers=headers
    )


def allowed_methods(app: Any, path: str) -> list[str]:
    """Every method some route accepts for ``path`` (Starlette only names the first
    matching route's methods). The API routes are the ones ``app.routes.include_routers``
    left in ``app.state.api_routes`` (this module sits below the routers it describes)."""
    routes = getattr(app.state, "api_routes", ())
    matching = [route for route in routes if route.path_regex.match(path)]
    if not matching:
        return []
    # The most specific template wins: /v1/cohorts/join over /v1/cohorts/{cohort_id}.
    fewest = min(route.path.count("{") for route in matching)
    methods: set[str] = set()
    for route in matching:
        if route.path.count("{") == fewest:
            methods |= route.methods or set()
    if "GET" in methods:
        methods.add("HEAD")  # served as GET without the body (app/middleware.py)
    return sorted(methods)


def internal_error_response(request_id: str) -> Response:
    """A 500 that says nothing about internals, only how to report it."""
    return problem_response(
        status=500,
        code="internal-error",
        title="Internal server error",
        detail=(
            f"Something went wrong on our side. Quote request id {request_id} when reporting it."
        ),
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


def http_problem(status: int) -> tuple[str, str]:
    """The problem type code and title rdsa uses for an HTTP status."""
    if status == 500:
        return "internal-error", "Internal server error"
    return _HTTP_CODES.get(status, ("http-error", "HTTP error"))


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries documenting problem+json bodies."""
    return {
        status: {"description": _HTTP_CODES.get(status, ("", "Problem"))[1] or "Problem"}
        for status in statuses
    }
