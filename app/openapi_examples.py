"""Examples in the OpenAPI document, made in one place.

Every request body, every 2xx and problem response and every parameter gets an
``example``:

- request bodies use the examples declared on their Pydantic models
  (``json_schema_extra={"examples": [...]}``), written by hand;
- JSON responses are composed from their schema: a field's own ``examples``, its
  ``default``, ``const`` or first ``enum`` value, else a value chosen by its name and
  format (``created_at`` → a timestamp, ``url`` → an https URL);
- problem responses share one example per status (``problem_example``);
- the few non-JSON bodies (CSV, SVG, HTML, FHIR, metrics) have one written here.

tests/api/test_openapi_examples.py validates every example against its schema.
"""

from __future__ import annotations

import re
from typing import Any

from app.problems import http_problem

# Examples for bodies whose schema says little ("type": "object" or a string), by
# operationId and media type.
_BODIES: dict[tuple[str, str], Any] = {
    ("metrics", "text/plain"): (
        "# TYPE rdsa_requests_total counter\n"
        'rdsa_requests_total{method="GET",route="/v1/me",status="200"} 12\n'
    ),
    ("latestVersion", "application/json"): {
        "slug": "rd-core",
        "version": "1.0.0",
        "status": "published",
        "locale": "en",
        "title": "Responsible data self-assessment",
        "domains": [{"id": "power", "title": "Power and purpose", "questions": ["…"]}],
    },
    ("questionnaireSchema", "application/schema+json"): {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Questionnaire",
        "type": "object",
    },
    ("issueMap", "image/svg+xml"): (
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 640 360">'
        "<title>Issue map</title></svg>"
    ),
    ("assessmentReport", "text/html"): (
        '<!doctype html><html lang="en"><head><title>Assessment report</title></head>'
        "<body><h1>Assessment report</h1></body></html>"
    ),
    ("readSummaryCsv", "text/csv"): (
        "section,id,title,organisations,value\r\n"
        "overall,,,7,61.5\r\n"
        "domain,power,Power and purpose,7,58.0\r\n"
    ),
    ("fhirQuestionnaire", "application/fhir+json"): {
        "resourceType": "Questionnaire",
        "url": "https://rdsa.example.org/v1/questionnaires/rd-core",
        "version": "1.0.0",
        "status": "active",
        "item": [{"linkId": "power", "type": "group", "text": "Power and purpose"}],
    },
    ("fhirQuestionnaireResponse", "application/fhir+json"): {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "https://rdsa.example.org/v1/questionnaires/rd-core|1.0.0",
        "status": "completed",
        "item": [
            {
                "linkId": "power-purpose",
                "answer": [{"valueCoding": {"code": "always", "display": "Always"}}],
            }
        ],
    },
}
_BODIES[("questionnaireVersion", "application/json")] = _BODIES[
    ("latestVersion", "application/json")
]

_UUIDS = {
    "organisation_id": "6a1f0c3e-2b7d-4c59-9e8a-0d4b7f1c2a31",
    "assessment_id": "3f9b2d4a-7c1e-4e6b-8a2f-5d0c9e7b1a42",
    "cohort_id": "9c2e7a1b-4d3f-4b8e-a6c5-1f0d2e9b7c53",
    "key_id": "b7d1e5c9-0a2f-4e3b-9c8d-6a4f2b1e0d64",
    "event_id": "e2a14c7d-5b9f-4a3e-8d1c-7f6b0a2e9c75",
}
_ID = "0d4e8b2a-6f1c-4a7e-b3d9-2c5f8e1a7b86"

# Plain strings chosen by property name (the last part of the path to the value).
_BY_NAME: dict[str, Any] = {
    "slug": "rd-core",
    "id": "consent-bundled",
    "etag": '"6f0c2a9e41b7d835"',
    "stage": "developing",
    "stage_label": "Developing",
    "key": "developing",
    "questionnaire": "rd-core",
    "version": "1.0.0",
    "from_version": "1.0.0",
    "to_version": "1.1.0",
    "engine_version": "2.0.0",
    "content_hash": "sha256:4f9c0b1e7a2d",
    "locale": "en",
    "name": "Colectivo Lila",
    "cohort_name": "Cohort 2026",
    "country": "CO",
    "time_zone": "America/Bogota",
    "title": "Consent is bundled with service access",
    "label": "director",
    "description": "CRM",
    "url": "https://rdsa.example.org/resource",
    "publisher": "The Engine Room",
    "domain": "power",
    "lifecycle": "collection",
    "question": "power-purpose",
    "question_id": "power-purpose",
    "issue": "consent-bundled",
    "issue_id": "consent-bundled",
    "token": "rdsa_Zx3kQ9mV2pL7tR4wY8nB1cF6hJ0sD5gA",
    "hint": "rdsa_…D5gA",
    "secret": "whsec_Q2v8Lk1pZr7tW4nX9mC3bY6hF0dS5gJa",
    "secret_hint": "whsec_…5gJa",
    "join_code": "K7QF-3MZP-W2XA-9TDB",
    "join_code_hint": "9TDB",
    "text": "Write down why each kind of data is collected",
    "detail": "Some answers do not fit their questions; nothing was saved",
    "why": "People cannot refuse one use of their data without losing the service",
    "reason": "A critical issue caps the stage",
    "explanation": "Figures are shown once at least 5 organisations have submitted",
    "display": "7",
    "action": "read organisation",
    "target": "/v1/organisations/6a1f0c3e-2b7d-4c59-9e8a-0d4b7f1c2a31",
    "actor_label": "director",
    "error": "connection refused",
    "event_type": "assessment.submitted",
    "field": "body.answers.power-purpose",
    "message": "not an option of this question",
    "code": "invalid_option",
    "rule": "cautious",
    "sector": "lgbtqi",
    "type": "guide",
    "effort": "low",
}


# Parameters whose name alone does not say enough.
_PARAMETERS: dict[str, str] = {
    "accept-language": "es-MX, es;q=0.9",
    "idempotency-key": "3b0e2c5e-8f1a-4d2b-9c7e-6a5f4d3c2b1a",
    "if-match": '"6f0c2a9e41b7d835"',
    "if-none-match": '"sha256-4f9c0b1e7a2d"',
    "code": "not-found",
    "from": "1.0.0",
    "lang": "es",
}


def problem_example(status: int) -> dict[str, Any]:
    """The shared example of a problem response with this status."""
    code, title = http_problem(status)
    example: dict[str, Any] = {
        "type": f"/problems/{code}",
        "title": title,
        "status": status,
        "detail": _PROBLEM_DETAILS.get(status, title),
    }
    if status == 422:
        example["errors"] = [
            {
                "field": "body.answers.power-purpose",
                "message": "not an option of this question",
                "code": "invalid_option",
            }
        ]
    return example


_PROBLEM_DETAILS = {
    400: "The request body could not be read as UTF-8 JSON",
    401: "Send a key: Authorization: Bearer rdsa_…",
    403: "A member key cannot do this",
    404: "There is nothing at /v1/assessments/3f9b2d4a-7c1e-4e6b-8a2f-5d0c9e7b1a42",
    409: "This assessment has been submitted; it can no longer change",
    412: "The assessment changed since you read it; reload and apply your change again",
    413: "The request body is larger than 1 MiB",
    422: "body.answers.power-purpose: not an option of this question",
    428: "Send If-Match with the ETag you read",
    429: "Too many failed attempts; try again in a minute",
    500: "Something went wrong on our side. Quote request id 7d3f… when reporting it.",
}


class Examples:
    """Composes examples from the schemas of one OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})

    def for_body(self, operation_id: str, media_type: str, schema: dict[str, Any]) -> Any:
        fixed = _BODIES.get((operation_id, media_type))
        if fixed is not None:
            return fixed
        return self.of(schema)

    def for_parameter(self, name: str, schema: dict[str, Any]) -> Any:
        if name in _PARAMETERS:
            return _PARAMETERS[name]
        return self.of(schema, name)

    def of(self, schema: dict[str, Any], name: str = "", seen: frozenset[str] = frozenset()) -> Any:
        if schema.get("examples"):
            return schema["examples"][0]
        if "const" in schema:
            return schema["const"]
        if schema.get("default") is not None:
            return schema["default"]
        if "enum" in schema:
            return schema["enum"][0]
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = ref.rsplit("/", 1)[-1]
            if target in seen:  # a recursive model: stop at an empty value
                return None
            return self.of(self._schemas[target], name, seen | {target})
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [b for b in schema[key] if b.get("type") != "null"] or schema[key]
                return self.of(branches[0], name, seen)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.of(part, name, seen)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self._object(schema, name, seen)
        if kind == "array":
            item = self.of(schema.get("items", {}), _singular(name), seen)
            return [item] * max(1, schema.get("minItems", 1))
        if kind == "string":
            return self._string(schema, name)
        if kind == "integer":
            return int(schema.get("minimum", 0)) + (2 if "count" in name else 1)
        if kind == "number":
            return 61.5
        if kind == "boolean":
            return _BOOLEANS.get(name, True)
        if kind == "null":
            return None
        return self._string(schema, name)

    def _object(self, schema: dict[str, Any], name: str, seen: frozenset[str]) -> dict[str, Any]:
        properties = schema.get("properties", {})
        value = {key: self.of(sub, key, seen) for key, sub in properties.items()}
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, dict):
            # Maps keyed by question id (answers) or else by locale (translations).
            by_question = "answer" in name or "combined" in name or "Answer" in str(extra)
            key = "power-purpose" if by_question else "en"
            value[key] = self.of(extra, key, seen)
            if by_question and value[key] == {}:
                value[key] = {"value": "always"}
        elif not properties and "answer" in name:
            value = {"value": "always"}
        return value

    def _string(self, schema: dict[str, Any], name: str) -> str:
        fmt = schema.get("format")
        if fmt == "uuid":
            return _UUIDS.get(name, _ID)
        if fmt == "date-time":
            return "2026-11-25T13:00:00Z"
        if fmt == "date":
            return "2026-12-31"
        if fmt in {"uri", "iri"}:
            return "https://rdsa.example.org/"
        if name.endswith("_at"):
            return "2026-11-25T13:00:00Z"
        value = str(_BY_NAME.get(name, name.replace("_", " ") or "text"))
        pattern = schema.get("pattern")
        if pattern and not re.search(pattern, value):
            value = _PATTERN_VALUES.get(pattern, value)
        low = schema.get("minLength", 0)
        return value[: schema.get("maxLength", len(value))].ljust(low, "x")


_PATTERN_VALUES = {
    "^[a-z0-9][a-z0-9_-]{0,63}$": "rd-core",
    "^[0-9A-Za-z.+-]{1,64}$": "1.0.0",
    "^[A-Z]{2}$": "CO",
    "^[a-z0-9][a-z0-9-]{0,39}$": "lgbtqi",
    "^[Hh][Tt][Tt][Pp][Ss]?://\\S+$": "https://crm.example.org/rdsa",
}


def _singular(name: str) -> str:
    return _SINGULAR.get(name, name.removesuffix("s"))


_SINGULAR = {
    "sectors": "sector",
    "languages": "en",
    "locales": "locale",
    "events": "event_type",
    "needs_review": "question",
    "missing_required": "question",
    "issue_ids": "issue",
    "versions": "version",
}
_BOOLEANS = {"suppressed": False, "language_fallback": False, "assumed": False}
