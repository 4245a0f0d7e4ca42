"""The OpenAPI document: every error a route can give is documented as problem+json.

Besides the statuses a router declares, each operation gets the ones its
dependencies imply: a key (401, 429), a role check (403), input (422), a body (413, 415),
path parameters (404).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from app.auth.dependencies import authenticate
from app.openapi_examples import Examples, problem_example
from app.problems import PROBLEM_MEDIA_TYPE, Problem, problem_responses
from app.routes import api_routes

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}

# Two models with one class name get module-path component names from FastAPI
# (app__scoring__evaluation__QuestionnaireRef); each is given a readable one here.
# tests/api/test_openapi_names.py fails on any module-path name left over.
COMPONENT_NAMES = {
    "app__assessments__schemas__QuestionnaireRef": "QuestionnaireRef",
    "app__scoring__evaluation__QuestionnaireRef": "PinnedQuestionnaireRef",
}


def operation_id(route: APIRoute) -> str:
    """The one naming rule: the route's name (its function name) in lowerCamelCase."""
    first, *rest = route.name.split("_")
    return first + "".join(word.capitalize() for word in rest)


def _rename_components(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document.get("components", {}).get("schemas", {})
    renames = {old: new for old, new in COMPONENT_NAMES.items() if old in schemas}
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
        schemas[new]["title"] = new
    refs = {f"#/components/schemas/{o}": f"#/components/schemas/{n}" for o, n in renames.items()}

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: refs.get(v, v) if k == "$ref" and isinstance(v, str) else walk(v)
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    renamed: dict[str, Any] = walk(document)
    return renamed


def _calls(dependant: Dependant) -> Iterator[Any]:
    for sub in dependant.dependencies:
        yield sub.call
        yield from _calls(sub)


def implied_statuses(route: APIRoute) -> set[int]:
    calls = list(_calls(route.dependant))
    statuses: set[int] = set()
    if authenticate in calls:
        statuses |= {401, 429}
    if any(getattr(call, "__name__", "") == "require_role" for call in calls):
        statuses.add(403)
    if route.dependant.path_params:
        statuses |= {404, 422}
    if route.dependant.query_params or route.dependant.header_params:
        statuses.add(422)
    if route.dependant.body_params:
        statuses |= {400, 413, 415, 422}
    return statuses


BEARER_SCHEME = "bearerAuth"
_BEARER = {
    "type": "http",
    "scheme": "bearer",
    "description": "An rdsa key (`rdsa_…`) in `Authorization: Bearer <key>`",
}


def _document(document: dict[str, Any]) -> None:
    document.setdefault("components", {}).setdefault("securitySchemes", {})[BEARER_SCHEME] = _BEARER
    for route in api_routes():
        if not route.include_in_schema:
            continue
        extra = problem_responses(*sorted(implied_statuses(route)))
        needs_key = authenticate in list(_calls(route.dependant))
        for method in route.methods or ():
            operation = document["paths"][route.path_format][method.lower()]
            operation["operationId"] = operation_id(route)
            # per operation: a key where the route authenticates, explicitly none elsewhere
            operation["security"] = [{BEARER_SCHEME: []}] if needs_key else []
            responses = operation.setdefault("responses", {})
            if not needs_key:  # a router's shared 401 cannot happen without authentication
                responses.pop("401", None)
            for status, response in extra.items():
                responses.setdefault(str(status), dict(response))
            for status, response in responses.items():
                if str(status).startswith(("4", "5")):
                    response["content"] = {
                        PROBLEM_MEDIA_TYPE: {
                            "schema": _PROBLEM_REF,
                            "example": problem_example(int(status)),
                        }
                    }


def _add_examples(document: dict[str, Any]) -> None:
    """An example on every parameter, request body and 2xx body (app.openapi_examples)."""
    examples = Examples(document)
    for item in document["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                parameter.setdefault(
                    "example",
                    examples.for_parameter(parameter["name"], parameter.get("schema", {})),
                )
            bodies = [operation.get("requestBody", {})]
            bodies += [r for s, r in operation["responses"].items() if str(s).startswith("2")]
            for body in bodies:
                content = body.get("content", {})
                # FastAPI adds an empty application/json next to a route's own media type
                # (CSV, SVG, HTML, FHIR) although such a route never answers JSON.
                if len(content) > 1 and content.get("application/json", {}).get("schema") == {}:
                    del content["application/json"]
                for media_type, media in content.items():
                    if "example" not in media:
                        schema = media.get("schema", {})
                        media["example"] = examples.for_body(
                            operation.get("operationId", ""), media_type, schema
                        )


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
                servers=app.servers,
                license_info=app.license_info,
            )
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas.update(problem.pop("$defs", {}))
            schemas["Problem"] = problem
            for name in ("HTTPValidationError", "ValidationError"):
                schemas.pop(name, None)
            _document(document)
            document = _rename_components(document)
            _add_examples(document)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
