"""Names a code generator turns into method and model names (issue 21).

Rule for operationIds: the route's name (its Python function name, or `name=` on the
decorator) in lowerCamelCase, e.g. `create_assessment` → `createAssessment`. A new route
fails here if its name is not snake_case or collides with another route's.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from fastapi import FastAPI

from app.config import Settings
from app.main import create_app

CAMEL = re.compile(r"^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$")
METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("openapi") / "rdsa.db"
    app: FastAPI = create_app(Settings(database_url=f"sqlite:///{db}"))
    return app.openapi()


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def test_every_operation_has_a_unique_lower_camel_case_operation_id(
    document: dict[str, Any],
) -> None:
    ops = _operations(document)
    assert len(ops) > 60
    missing = [f"{m} {p}" for m, p, op in ops if "operationId" not in op]
    assert not missing, f"operations without operationId: {missing}"
    bad = [
        f"{m} {p}: {op['operationId']}" for m, p, op in ops if not CAMEL.match(op["operationId"])
    ]
    assert not bad, (
        f"operationIds must be lowerCamelCase from a snake_case route name: {bad} "
        "(rename the route function or pass name= to the decorator)"
    )
    counts = Counter(op["operationId"] for _, _, op in ops)
    twice = {oid: n for oid, n in counts.items() if n > 1}
    assert not twice, f"operationIds used more than once: {twice} (give each route its own name=)"


def test_operation_ids_follow_the_documented_examples(document: dict[str, Any]) -> None:
    ids = {(m, p): op["operationId"] for m, p, op in _operations(document)}
    assert ids[("POST", "/v1/organisations/{org_id}/assessments")] == "createAssessment"


def test_component_names_are_readable_and_refs_resolve(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    module_paths = [name for name in schemas if "__" in name or "." in name]
    assert not module_paths, (
        f"module-path component names {module_paths}: two models share a class name; "
        "rename one or map it in app.openapi.COMPONENT_NAMES"
    )
    assert {"QuestionnaireRef", "PinnedQuestionnaireRef"} <= set(schemas)
    refs = set(re.findall(r'"#/components/schemas/([^"]+)"', str(document).replace("'", '"')))
    dangling = refs - set(schemas)
    assert not dangling, f"$refs to missing components: {dangling}"


def test_the_document_names_a_server_and_a_licence(document: dict[str, Any]) -> None:
    # Redocly's recommended rules refuse a document without servers (no-empty-servers).
    assert document["servers"] == [{"url": "/", "description": "This rdsa installation"}]
    assert document["info"]["license"]["identifier"] == "AGPL-3.0-or-later"
