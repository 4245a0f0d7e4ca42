"""Arbitrary JSON thrown at the answer parser and validator: refused cleanly, never a crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.questionnaire.loader import load_tree
from app.scoring import parse_answers, validate_answers
from tests.support.examples import examples

ROOT = Path(__file__).resolve().parents[2]
RD_CORE = load_tree(ROOT / "questionnaires").get("rd-core", "1.0.0")
assert RD_CORE is not None
QUESTION_IDS = [q.id for q in RD_CORE.model.context] + [
    q.id for d in RD_CORE.model.domains for q in d.questions
]

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)
answer_like = (
    st.fixed_dictionaries(
        {},
        optional={
            "value": json_values,
            "unsure": json_values,
            "not_applicable": json_values,
            "comment": json_values,
        },
    )
    | json_values
)
answer_maps = st.dictionaries(
    st.sampled_from(QUESTION_IDS) | st.text(max_size=20), answer_like, max_size=12
)


@settings(
    max_examples=examples(150),
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@given(data=answer_maps)
def test_junk_answers_are_refused_or_validated_never_crash(data: dict[str, Any]) -> None:
    try:
        answers = parse_answers(data)
    except ValidationError:
        return
    problems = validate_answers(RD_CORE.model, answers)
    for problem in problems:
        assert problem.question_id
        assert problem.message
