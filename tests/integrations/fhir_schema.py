"""The official FHIR R4 JSON schema, cut down to what Questionnaire and
QuestionnaireResponse need, and a validator over it.

``tests/data/fhir/fhir-r4-questionnaire.schema.json`` holds, unchanged, every
definition of the R4 (4.0.1) ``fhir.schema.json`` reachable from Questionnaire and
QuestionnaireResponse, except ``ResourceList`` (the union of all 145 resource types,
reached only through ``contained``), which is narrowed to those two. Regenerate it with
``python -m tests.integrations.fhir_schema <path to the full fhir.schema.json>``.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

SCHEMA_PATH = (
    Path(__file__).resolve().parents[1] / "data" / "fhir" / "fhir-r4-questionnaire.schema.json"
)
ROOTS = ("Questionnaire", "QuestionnaireResponse")
_REF = re.compile(r"#/definitions/([A-Za-z0-9_]+)")


def prune(full: dict[str, Any]) -> dict[str, Any]:
    definitions = full["definitions"]
    kept: dict[str, Any] = {}
    pending = list(ROOTS)
    while pending:
        name = pending.pop()
        if name in kept or name == "ResourceList":
            continue
        kept[name] = definitions[name]
        pending.extend(_REF.findall(json.dumps(definitions[name])))
    kept["ResourceList"] = {"oneOf": [{"$ref": f"#/definitions/{r}"} for r in ROOTS]}
    return {
        "$schema": full["$schema"],
        "id": full["id"],
        "description": full["description"],
        "definitions": dict(sorted(kept.items())),
    }


@cache
def _validators() -> dict[str, jsonschema.protocols.Validator]:
    schema = json.loads(SCHEMA_PATH.read_text())
    found = {}
    for root in ROOTS:
        rooted = {**schema, "$ref": f"#/definitions/{root}"}
        validator_class = jsonschema.validators.validator_for(schema)
        found[root] = validator_class(rooted)
    return found


def schema_errors(resource: dict[str, Any]) -> list[str]:
    """Every way ``resource`` breaks the FHIR R4 JSON schema (empty: valid)."""
    validator = _validators()[resource["resourceType"]]
    return [
        f"{'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for error in validator.iter_errors(resource)
    ]


if __name__ == "__main__":
    source = json.loads(Path(sys.argv[1]).read_text())
    SCHEMA_PATH.write_text(json.dumps(prune(source), indent=1) + "\n")
    print(f"wrote {SCHEMA_PATH}")
