"""Nothing in rd-core is out of reach: questions, resources and issue-map cells."""

from __future__ import annotations

import pytest

from app.questionnaire.model import Issue, Strength
from tests.content.rdcore import ROOT, Content, load_content, referenced_questions
from tests.content.search import find_context

MODEL = load_content().model
QUESTION_IDS = [q.id for q in MODEL.context] + [q.id for d in MODEL.domains for q in d.questions]

# docs/content.md §2.5, "Issue-map coverage": these domain x lifecycle cells are empty
# on purpose ("several domains are, by nature, about one part of the lifecycle").
# Every other cell must hold at least one issue or strength.
EXPECTED_EMPTY: dict[str, set[str]] = {
    "power": {"store", "retain"},
    "participation": {"share"},
    "collection": {"store", "analyse", "share", "retain"},
    "security": {"plan", "collect", "analyse", "retain"},
    "sharing": {"plan", "collect", "store", "retain"},
    "retention": {"plan", "collect", "store", "analyse", "share"},
    "capacity": {"collect", "analyse", "share", "retain"},
}


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_question_is_reachable(content: Content, question_id: str) -> None:
    question = content.questions[question_id]
    vary = referenced_questions(question.show_if)
    assert find_context(content, vary, question_id) is not None, (
        f"question {question_id!r} is never shown: no answers to {vary} meet its show_if"
    )


def test_every_resource_is_recommended_by_an_issue(content: Content) -> None:
    linked = {rid for issue in content.model.issues for rid in issue.resources}
    unlinked = sorted(set(content.resources) - linked)
    assert not unlinked, f"resources no issue links to (never recommended): {unlinked}"


def _cells(content: Content) -> dict[tuple[str, str], list[str]]:
    cells: dict[tuple[str, str], list[str]] = {}
    rules: list[Issue | Strength] = [*content.model.issues, *content.model.strengths]
    for rule in rules:
        cells.setdefault((rule.domain, rule.lifecycle), []).append(rule.id)
    return cells


def test_issue_map_cells_match_docs(content: Content) -> None:
    domains = [d.id for d in content.model.domains]
    stages = [s.key for s in content.model.lifecycle]
    assert sorted(EXPECTED_EMPTY) == sorted(domains), "EXPECTED_EMPTY must name every domain"
    cells = _cells(content)
    missing = [
        f"{d} x {s}"
        for d in domains
        for s in stages
        if s not in EXPECTED_EMPTY[d] and (d, s) not in cells
    ]
    unexpected = [f"{d} x {s}: {cells[d, s]}" for d, s in cells if s in EXPECTED_EMPTY[d]]
    assert not missing, f"cells docs/content.md §2.5 says are covered have no rule: {missing}"
    assert not unexpected, f"cells docs/content.md §2.5 lists as empty now hold rules: {unexpected}"


def _docs_coverage_table() -> dict[tuple[str, str], str]:
    """The "Issue-map coverage" table of docs/content.md §2.5, cell by cell ("3I 2S", "-")."""
    text = (ROOT / "docs" / "content.md").read_text(encoding="utf-8")
    section = text.split("Issue-map coverage", 1)[1].split("\n\n", 2)[1]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines()]
    stages = [cell.strip() for cell in rows[0][1:]]
    table: dict[tuple[str, str], str] = {}
    for row in rows[2:]:
        domain, *cells = (cell.strip() for cell in row)
        table.update(((domain, stage), cell) for stage, cell in zip(stages, cells, strict=True))
    return table


def test_docs_coverage_table_counts_the_rules(content: Content) -> None:
    actual: dict[tuple[str, str], str] = {}
    for domain in content.model.domains:
        for stage in content.model.lifecycle:
            key = (domain.id, stage.key)
            n_issues = sum((i.domain, i.lifecycle) == key for i in content.model.issues)
            n_strengths = sum((s.domain, s.lifecycle) == key for s in content.model.strengths)
            parts = [f"{n}{kind}" for n, kind in ((n_issues, "I"), (n_strengths, "S")) if n]
            actual[key] = " ".join(parts) or "-"
    assert _docs_coverage_table() == actual, "update the table in docs/content.md §2.5"
