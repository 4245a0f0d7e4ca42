from __future__ import annotations

from app.questionnaire.yamlsafe import parse_yaml

DOC = b"""\
domains:
  - id: power
    questions:
      - id: power-purpose
        options:
          - {value: a, score: 1}
          - {value: b}
  - id: power
    questions: []
stages:
  - {key: low}
odd key: 1
"""


def test_paths_use_unique_ids_and_indexes() -> None:
    source = parse_yaml(DOC, "f.yaml").source
    path = ("domains", 0, "questions", 0, "options", 1, "score")
    # "power" is not unique among the domains, so the domain is named by index.
    assert source.describe(path) == "domains[0].questions[power-purpose].options[1].score"
    assert source.describe(("stages", 0, "min")) == "stages[low].min"
    assert source.describe(("odd key",)) == '["odd key"]'
    assert source.describe(()) == ""


def test_lines_fall_back_to_the_nearest_ancestor() -> None:
    source = parse_yaml(DOC, "f.yaml").source
    assert source.line(("domains", 0, "questions", 0, "options", 1, "score")) == 7
    assert source.line(("domains", 1, "title")) == 8
    assert source.line(("nothing",)) == 1
