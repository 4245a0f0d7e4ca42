"""Results stored by engine 1.0.0 read back byte for byte under engine 2.0.0.

tests/data/legacy/ holds evaluations written by engine 1.0.0 and the SHA-256 of
their presentation in four languages, recorded before engine 2.0.0 existed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.scoring import ENGINE_VERSION, Evaluation, present
from tests.content.rdcore import load_content

LEGACY = Path(__file__).resolve().parents[1] / "data" / "legacy"
HASHES: dict[str, dict[str, str]] = json.loads((LEGACY / "results-sha256.json").read_text())


@pytest.mark.parametrize("name", sorted(HASHES))
def test_engine_1_results_read_back_byte_identical(name: str) -> None:
    stored = (LEGACY / f"{name}.evaluation.json").read_text().strip()
    evaluation = Evaluation.model_validate_json(stored)
    # Stored results are presented with the questionnaire version they were scored on.
    assert evaluation.questionnaire.version == "1.0.0"
    content = load_content(evaluation.questionnaire.version)
    assert evaluation.engine_version == "1.0.0" != ENGINE_VERSION
    assert evaluation.model_dump_json() == stored
    for locale, expected in HASHES[name].items():
        shown = present(evaluation, content.model, content.resources, locale=locale)
        assert hashlib.sha256(shown.model_dump_json().encode()).hexdigest() == expected, locale


def test_engine_2_results_carry_priority_and_start_here() -> None:
    content = load_content()
    evaluation = Evaluation.model_validate_json(
        (LEGACY / "lgbtqi-group.evaluation.json").read_text()
    )
    # re-scoring is explicit: the same answers evaluated anew give engine 2.0.0 results
    from tests.content.personas import PERSONAS

    fresh = content.present(PERSONAS["lgbtqi-group"]())
    assert fresh.engine_version == ENGINE_VERSION
    assert fresh.start_here == [i.id for i in fresh.issues[:3]]
    assert [i.priority for i in fresh.issues] == list(range(1, len(fresh.issues) + 1))
    assert evaluation.start_here is None
