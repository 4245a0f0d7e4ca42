"""Random input never escapes as anything but QuestionnaireError (or a clean result)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.questionnaire.loader import inspect_questionnaire
from app.questionnaire.problems import QuestionnaireError
from app.questionnaire.source import SourceMap
from app.questionnaire.validate import check_questionnaire
from app.questionnaire.yamlsafe import ParsedYaml, parse_yaml
from tests.support.examples import examples

from .helpers import DATA

FUZZ = settings(
    max_examples=examples(200),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
EXAMPLE = (DATA / "example" / "1.0.0.yaml").read_text(encoding="utf-8")
EXAMPLE_LINES = EXAMPLE.splitlines(keepends=True)
EXAMPLE_DATA = parse_yaml(EXAMPLE.encode(), "example.yaml").data
YAML_ALPHABET = st.sampled_from(
    [*":-[]{},#&*!|>'\"%@` \n\tabcyesnotru01.~?\\", "\x00", "é", "\ufeff"]
)


def _check_bytes(raw: bytes) -> None:
    try:
        parsed = parse_yaml(raw, "fuzz.yaml")
    except QuestionnaireError as exc:
        problems = exc.problems
    else:
        problems = tuple(check_questionnaire(parsed, "fuzz.yaml").problems)
    assert all(problem.file == "fuzz.yaml" for problem in problems)


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes(raw: bytes) -> None:
    _check_bytes(raw)


@FUZZ
@given(st.text(YAML_ALPHABET, max_size=300))
def test_random_yaml_like_text(text: str) -> None:
    _check_bytes(text.encode("utf-8", "surrogatepass"))


@st.composite
def _mutated_example(draw: st.DrawFn) -> str:
    lines = list(EXAMPLE_LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "edit", "indent"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
        elif action == "indent":
            lines[index] = "  " + lines[index]
        else:
            line = lines[index]
            position = draw(st.integers(0, max(len(line) - 1, 0)))
            lines[index] = (
                line[:position] + draw(st.text(YAML_ALPHABET, max_size=4)) + line[position + 1 :]
            )
    return "".join(lines)


@settings(FUZZ, max_examples=examples(100))
@given(_mutated_example())
def test_mutations_of_a_valid_file(text: str) -> None:
    _check_bytes(text.encode("utf-8", "surrogatepass"))


_JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-5, 200)
    | st.floats(-1, 200)
    | st.sampled_from(
        [
            "yes",
            "no",
            "q1",
            "en",
            "power",
            "plan",
            "single_choice",
            "multi_choice",
            "1.0.0",
            "",
            "x" * 70,
        ]
    )
)
_KEYS = st.sampled_from(
    [
        "q",
        "is",
        "in",
        "has",
        "all",
        "any",
        "not",
        "domain",
        "id",
        "type",
        "options",
        "value",
        "score",
        "label",
        "en",
        "show_if",
        "when",
        "questions",
        "text",
        "lifecycle",
        "score_lt",
        "na",
        "exclusive",
    ]
)
_JSON = st.recursive(
    _JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=5),
    max_leaves=30,
)


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(
            ["context", "domains", "issues", "strengths", "stages", "title", "migrates_from"]
        ),
        _JSON,
        max_size=4,
    )
)
def test_random_structures_over_a_valid_document(overrides: dict[str, Any]) -> None:
    data = {**EXAMPLE_DATA, **overrides}
    parsed = ParsedYaml(data=data, source=SourceMap(lines={}, root=data))
    checked = check_questionnaire(parsed, "fuzz.yaml")
    json.dumps([problem.format() for problem in checked.problems])


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


EXAMPLE_PATHS = _paths(EXAMPLE_DATA)[1:]


def _replaced(node: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        return {**node, head: _replaced(node[head], rest, value)}
    copy = list(node)
    copy[head] = _replaced(node[head], rest, value)
    return copy


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(EXAMPLE_PATHS), _JSON), min_size=1, max_size=3))
def test_random_values_anywhere_in_a_valid_document(
    changes: list[tuple[tuple[Any, ...], Any]],
) -> None:
    data: Any = EXAMPLE_DATA
    for path, value in changes:
        try:
            data = _replaced(data, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this path
    checked = check_questionnaire(ParsedYaml(data=data, source=SourceMap(root=data)), "fuzz.yaml")
    assert checked.model is not None or checked.problems


def test_files_on_disk_go_through_the_same_path(tmp_path: Any) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"\xff\xfe\x00")
    assert inspect_questionnaire(path).problems
