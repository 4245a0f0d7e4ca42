"""Every request body and every 2xx and problem response in /openapi.json has an
example, and each example is valid against its schema (JSON Schema 2020-12, formats
checked), so generated docs and schemathesis's examples phase have something true to
show (issue 21)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from fastapi import FastAPI
from jsonschema import Draft202012Validator, FormatChecker
from pydantic import TypeAdapter

from app.assessments.schemas import AnswersPatch
from app.config import Settings
from app.main import create_app
from app.openapi_examples import problem_example
from app.routes import api_routes

METHODS = {"get", "put", "post", "patch", "delete"}


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("openapi-examples") / "rdsa.db"
    app: FastAPI = create_app(Settings(database_url=f"sqlite:///{db}"))
    return app.openapi()


def _media(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(where, media type object) for every body that must carry an example."""
    found = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            where = f"{method.upper()} {path}"
            body = operation.get("requestBody", {}).get("content", {})
            found += [(f"{where} request {ct}", media) for ct, media in body.items()]
            for status, response in operation["responses"].items():
                if status.startswith(("2", "4", "5")):
                    for ct, media in response.get("content", {}).items():
                        found.append((f"{where} {status} {ct}", media))
    return found


FORMATS = FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    # jsonschema checks date-time only with an optional package; RFC 3339 needs a zone.
    return not isinstance(value, str) or datetime.fromisoformat(value).tzinfo is not None


def _validator(document: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    # The schema as a root with the document's components, so #/components/… resolves.
    root = {"allOf": [schema], "components": document["components"]}
    return Draft202012Validator(root, format_checker=FORMATS)


def test_every_body_and_response_has_an_example(document: dict[str, Any]) -> None:
    media = _media(document)
    assert len(media) > 300
    missing = [where for where, m in media if "example" not in m]
    assert not missing, f"no example for: {missing} (see app/openapi_examples.py)"
    requests = [where for where, _ in media if " request " in where]
    assert len(requests) >= 17


def test_every_example_is_valid_against_its_schema(document: dict[str, Any]) -> None:
    invalid = []
    for where, media in _media(document):
        errors = list(_validator(document, media.get("schema", {})).iter_errors(media["example"]))
        invalid += [f"{where}: {e.json_path}: {e.message}" for e in errors]
    assert not invalid, "examples that do not fit their schema:\n" + "\n".join(invalid)


def test_request_examples_are_the_ones_declared_on_the_models(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    body = document["paths"]["/v1/organisations"]["post"]["requestBody"]["content"]
    assert body["application/json"]["example"] == schemas["OrganisationCreate"]["examples"][0]
    undeclared = [
        name
        for path in document["paths"].values()
        for op in path.values()
        for media in op.get("requestBody", {}).get("content", {}).values()
        for name in [media["schema"].get("$ref", "").rsplit("/", 1)[-1]]
        if name and not schemas[name].get("examples")
    ]
    assert not undeclared, f"request models without examples: {undeclared}"


def test_problem_responses_share_one_example_per_status(document: dict[str, Any]) -> None:
    operation = document["paths"]["/v1/assessments/{assessment_id}/answers"]["patch"]
    for status in ("401", "404", "412", "422"):
        media = operation["responses"][status]["content"]["application/problem+json"]
        assert media["example"] == problem_example(int(status))
    assert problem_example(422)["errors"][0]["field"].startswith("body.")


def test_a_wrong_example_is_caught(document: dict[str, Any]) -> None:
    # The check itself can fail: a timestamp that is not one, a status as a string.
    schema = {"$ref": "#/components/schemas/OrganisationRead"}
    bad = {
        "id": "not-a-uuid",
        "name": "x",
        "country": None,
        "sectors": [],
        "time_zone": "UTC",
        "created_at": "soon",
    }
    assert len(list(_validator(document, schema).iter_errors(bad))) == 2
    problem = {**problem_example(404), "status": "404"}
    assert list(_validator(document, {"$ref": "#/components/schemas/Problem"}).iter_errors(problem))


def _request_bodies(
    document: dict[str, Any],
) -> Iterator[tuple[str, dict[str, Any], TypeAdapter[Any]]]:
    """Each route with a JSON body: its path, its documented media and its parsing model."""
    for route in api_routes():
        if route.body_field is None:
            continue
        content = document["paths"][route.path_format][next(iter(route.methods)).lower()]
        media = content["requestBody"]["content"]["application/json"]
        yield route.path_format, media, TypeAdapter(route.body_field.field_info.annotation)


def test_request_examples_are_accepted_by_the_request_models(document: dict[str, Any]) -> None:
    # Valid JSON Schema is not enough: the model the route parses must take the example.
    checked = 0
    for _, media, adapter in _request_bodies(document):
        adapter.validate_python(media["example"])
        checked += 1
    assert checked >= 17
    assert AnswersPatch.model_config.get("extra") == "forbid"


def test_every_parameter_has_an_example_that_fits(document: dict[str, Any]) -> None:
    # Without them schemathesis's examples phase skips every operation without a body.
    checked, invalid = 0, []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                where = f"{method.upper()} {path} {parameter['in']} {parameter['name']}"
                assert "example" in parameter, f"no example for {where}"
                validator = _validator(document, parameter["schema"])
                invalid += [
                    f"{where}: {e.message}" for e in validator.iter_errors(parameter["example"])
                ]
                checked += 1
    assert checked > 60
    assert not invalid, "\n".join(invalid)


def _string_properties(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    found = {}
    for name, prop in schema.get("properties", {}).items():
        options = prop.get("anyOf", [prop])
        strings = [
            o
            for o in options
            if o.get("type") == "string" and not {"enum", "const", "format"} & set(o)
        ]
        if strings:
            found[name] = strings[0]
    return found


def _ecma(pattern: str) -> str:
    # In JSON Schema (ECMA-262) "$" is the very end; in Python it also matches before a
    # final newline.
    return pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern


def test_documented_string_rules_agree_with_what_the_server_accepts(
    document: dict[str, Any],
) -> None:
    # A client that follows the schema is never refused for blank text or a control
    # character: what the request models refuse is outside the documented pattern too
    # (schemathesis's positive phase relies on it).
    checked = 0
    for path, media, adapter in _request_bodies(document):
        for name, prop in _string_properties(document, media["schema"]).items():
            pattern = prop.get("pattern")
            if not isinstance(media["example"], dict) or name not in media["example"]:
                continue
            for text in ("   ", " Lila ", "Li\x00la", "Li\x07la", "Lila\n"):
                if len(text) < prop.get("minLength", 0) or len(text) > prop.get("maxLength", 99):
                    continue
                try:
                    adapter.validate_python({**media["example"], name: text})
                    accepted = True
                except ValueError:
                    accepted = False
                documented = pattern is None or re.search(_ecma(pattern), text) is not None
                # Services may refuse more (a webhook URL is resolved); never the reverse.
                assert accepted or not documented, (path, name, repr(text), pattern)
                checked += 1
    assert checked >= 20
