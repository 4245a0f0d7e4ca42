"""JSON Schemas of the questionnaire and resource file formats, for editors and the API.

Generated from the models (by alias) and enriched with descriptions so that
editors can autocomplete and explain keys. The committed copies live in
``questionnaires/schema.json`` and ``questionnaires/resources.schema.json``;
refresh them with ``python -m app.questionnaire.schema --write`` (a test fails
when they are out of date).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.questionnaire.model import Questionnaire, ResourceCatalogue

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "questionnaires"
QUESTIONNAIRE_SCHEMA_FILE = "schema.json"
RESOURCES_SCHEMA_FILE = "resources.schema.json"

_DEFINITION_DOCS = {
    "Questionnaire": "One version of a questionnaire: questionnaires/<slug>/<version>.yaml.",
    "LifecycleStage": "A stage of the data lifecycle; issues and questions are placed on it.",
    "ContextOption": "An option of a context question (context questions are not scored).",
    "Option": "An option of a domain question; scored questions need a score on every option.",
    "ContextQuestion": "A profile question: not scored; drives show_if and severity escalation.",
    "Domain": "A scored area of practice with its questions.",
    "Issue": "A risk found when its condition holds, shown on the issue map.",
    "Strength": "A good practice found when its condition holds.",
    "ResourceCatalogue": "The shared resource catalogue: questionnaires/resources.yaml.",
    "Resource": "A recommended reading, tool or template.",
}

_FIELD_DOCS: dict[str, dict[str, str]] = {
    "Questionnaire": {
        "format": "Always rdsa.questionnaire/1.",
        "slug": "The questionnaire's id; the same as its folder name.",
        "version": "Semantic version; the same as the file name (without .yaml).",
        "status": "draft, published (immutable) or retired (readable, no new assessments).",
        "default_locale": "The locale every string must have; also the fallback.",
        "locales": "Every locale the questionnaire is offered in.",
        "stages": "Maturity stages for scores 0-100, from min 0, strictly increasing.",
        "lifecycle": "Ordered stages of the data lifecycle (plan, collect, store...).",
        "context": "Profile questions: not scored; they drive show_if and escalation.",
        "domains": "Scored areas, each with a weight and its questions.",
        "issues": "Risks found by conditions over the answers.",
        "strengths": "Good practices found by conditions over the answers.",
        "migrates_from": "How answers of earlier versions carry over to this one.",
    },
    "Question": {
        "id": "Stable across versions: the same id is the same question.",
        "type": "single_choice | multi_choice | yes_no | scale | text (text is not scored).",
        "lifecycle": "The key of a lifecycle stage.",
        "weight": "Weight of the question inside its domain.",
        "high_stakes": "Partial practice can put people at risk: every middle option should "
        "make an issue fire (the validator warns otherwise).",
        "required": "Must be answered (don't know and not applicable count) before submitting.",
        "show_if": "Shown only when this condition holds; may only test earlier questions.",
        "options": "The answers to choose from; yes_no has exactly 'yes' and 'no'.",
        "score_rule": "multi_choice only: sum (capped at max_score), max or min of chosen options.",
    },
    "ContextQuestion": {
        "id": "Stable across versions: the same id is the same question.",
        "show_if": "Shown only when this condition holds; may only test earlier questions.",
    },
    "Option": {"value": "The stored answer: a short id, or an integer for scale questions."},
    "ContextOption": {"value": "The stored answer: a short id, or an integer for scale questions."},
    "Domain": {"weight": "Weight of the domain in the overall score."},
    "Issue": {
        "domain": "The id of a domain (the issue map row).",
        "lifecycle": "The key of a lifecycle stage (the issue map column).",
        "severity": "Base severity; escalate rules may raise it.",
        "why": "Why it matters, through a power and justice lens.",
        "first_steps": "Concrete first steps, the same number in every locale.",
        "when": "The issue fires when this condition holds.",
        "escalate": "Context conditions that raise the severity.",
        "resources": "Ids of resources in questionnaires/resources.yaml.",
        "affects": "Who bears the harm.",
    },
    "Strength": {"when": "The strength is found when this condition holds."},
    "QuestionTest": {
        "q": "The id of the question tested.",
        "is": "The answer is this option (single_choice, yes_no, scale).",
        "in": "The answer is one of these options (single_choice, yes_no, scale).",
        "has": "This option is among the chosen ones (multi_choice).",
        "has_any": "At least one of these options is chosen (multi_choice).",
        "has_all": "All of these options are chosen (multi_choice).",
        "score_lt": "The question's score (0-1) is below this; don't know scores 0.",
        "score_gte": "The question's score (0-1) is at least this; don't know scores 0.",
        "answered": "The question has (true) or has not (false) been answered.",
        "unsure": "The answer is (true) or is not (false) don't know.",
        "na": "The answer is (true) or is not (false) not applicable.",
    },
    "DomainTest": {
        "domain": "The id of a domain (not allowed in show_if).",
        "score_lt": "The domain score (0-100) is below this.",
        "score_gte": "The domain score (0-100) is at least this.",
    },
}

# A leaf test has ``q``/``domain`` plus exactly one test key.
_EXACTLY_TWO_KEYS = ("QuestionTest", "DomainTest")


def questionnaire_json_schema() -> dict[str, Any]:
    schema = Questionnaire.model_json_schema(by_alias=True, mode="validation")
    title = "rdsa questionnaire (rdsa.questionnaire/1)"
    return _finish(schema, title, "Questionnaire")


def resources_json_schema() -> dict[str, Any]:
    schema = ResourceCatalogue.model_json_schema(by_alias=True, mode="validation")
    return _finish(schema, "rdsa resource catalogue (rdsa.resources/1)", "ResourceCatalogue")


def _finish(schema: dict[str, Any], title: str, root: str) -> dict[str, Any]:
    definitions: dict[str, Any] = schema.get("$defs", {})
    _close_pattern_maps(schema)
    _document(schema, root)
    for name, definition in definitions.items():
        _document(definition, name)
        if name in _EXACTLY_TWO_KEYS:
            definition["minProperties"] = 2
            definition["maxProperties"] = 2
    return {"$schema": DRAFT, **schema, "title": title}


def _close_pattern_maps(node: Any) -> None:
    """Maps keyed by a pattern (locale maps, id maps) accept no other keys, as in the models."""
    if isinstance(node, dict):
        if "patternProperties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in node.values():
            _close_pattern_maps(value)
    elif isinstance(node, list):
        for item in node:
            _close_pattern_maps(item)


def _document(definition: dict[str, Any], name: str) -> None:
    if name in _DEFINITION_DOCS:
        definition["description"] = _DEFINITION_DOCS[name]
    properties: dict[str, Any] = definition.get("properties", {})
    for key, text in _FIELD_DOCS.get(name, {}).items():
        if key in properties:
            properties[key]["description"] = text


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def expected_files(directory: Path) -> dict[Path, str]:
    return {
        directory / QUESTIONNAIRE_SCHEMA_FILE: schema_text(questionnaire_json_schema()),
        directory / RESOURCES_SCHEMA_FILE: schema_text(resources_json_schema()),
    }


def outdated_files(directory: Path) -> list[Path]:
    """Committed schema files that are missing or differ from the models."""
    return [
        path
        for path, text in expected_files(directory).items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="JSON Schemas of the questionnaire file formats")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help="write the schema files")
    action.add_argument("--check", action="store_true", help="fail if they are out of date")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="the questionnaires folder")
    args = parser.parse_args(argv)
    if args.write:
        args.dir.mkdir(parents=True, exist_ok=True)
        for path, text in expected_files(args.dir).items():
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
        return 0
    if args.check:
        stale = outdated_files(args.dir)
        for path in stale:
            print(f"out of date: {path} (run python -m app.questionnaire.schema --write)")
        return 1 if stale else 0
    sys.stdout.write(schema_text(questionnaire_json_schema()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
