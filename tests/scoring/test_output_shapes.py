"""The engine builds plain data and validates it once; output models ignore unknown
keys (so later engines' stored evaluations stay readable). These tests make sure no
key is misspelt or missing: validated-then-dumped data must equal the data built."""

from __future__ import annotations

from app.scoring import Evaluation, Results, evaluate
from app.scoring.engine import evaluation_data
from app.scoring.present import results_data

from .test_worked_example import EXAMPLE_ANSWERS, EXAMPLE_RESOURCES, example_questionnaire


def test_evaluation_data_has_exactly_the_model_fields() -> None:
    data = evaluation_data(example_questionnaire(), EXAMPLE_ANSWERS, content_hash="h")
    assert Evaluation.model_validate(data).model_dump() == data


def test_results_data_has_exactly_the_model_fields() -> None:
    q = example_questionnaire()
    evaluation = evaluate(q, EXAMPLE_ANSWERS, content_hash="h")
    data = results_data(evaluation, q, EXAMPLE_RESOURCES, locale="es")
    assert Results.model_validate(data).model_dump() == data
