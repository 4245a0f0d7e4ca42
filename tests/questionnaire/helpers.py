"""Shared data and helpers for the questionnaire tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from app.questionnaire.problems import Problem

DATA = Path(__file__).resolve().parents[1] / "data" / "questionnaires"
BROKEN = Path(__file__).resolve().parent / "broken"

MINIMAL = """\
format: rdsa.questionnaire/1
slug: mini
version: 1.0.0
status: draft
default_locale: en
locales: [en]
title: {en: Mini}
stages:
  - {key: low, min: 0, label: {en: Low}}
  - {key: high, min: 50, label: {en: High}}
lifecycle:
  - {key: plan, label: {en: Plan}}
domains:
  - id: d1
    title: {en: Purpose}
    questions:
      - id: q1
        type: yes_no
        lifecycle: plan
        text: {en: "Is the purpose written down?"}
        options:
          - {value: "yes", score: 1, label: {en: "Yes"}}
          - {value: "no", score: 0, label: {en: "No"}}
"""


def minimal(extra: str = "", replace: dict[str, str] | None = None) -> str:
    """The minimal valid questionnaire, with texts replaced and ``extra`` appended."""
    text = MINIMAL
    for old, new in (replace or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    return text + textwrap.dedent(extra)


def messages(problems: list[Problem] | tuple[Problem, ...]) -> list[str]:
    return [problem.message for problem in problems]


def find(problems: list[Problem] | tuple[Problem, ...], fragment: str) -> Problem:
    matches = [problem for problem in problems if fragment in problem.message]
    assert matches, f"no problem mentions {fragment!r}: {messages(problems)}"
    return matches[0]


def issue(when: str = '{q: q1, is: "no"}', *, issue_id: str = "i1", resources: str = "[]") -> str:
    """One item of ``issues:`` (block style), in domain d1 and lifecycle plan."""
    return (
        f"  - id: {issue_id}\n    domain: d1\n    lifecycle: plan\n    severity: low\n"
        "    title: {en: Issue}\n    why: {en: Why it matters}\n    first_steps: {en: [Step]}\n"
        f"    when: {when}\n    resources: {resources}\n"
    )


def strength(when: str, *, strength_id: str = "s1") -> str:
    """One item of ``strengths:`` (block style), in domain d1 and lifecycle plan."""
    return (
        f"  - id: {strength_id}\n    domain: d1\n    lifecycle: plan\n"
        f"    title: {{en: Strength}}\n    when: {when}\n"
    )


def context_yes_no(question_id: str, show_if: str | None = None) -> str:
    """One item of ``context:``: a yes/no context question."""
    condition = f"    show_if: {show_if}\n" if show_if else ""
    return (
        f"  - id: {question_id}\n    type: yes_no\n    text: {{en: Context}}\n{condition}"
        '    options:\n      - {value: "yes", label: {en: "Yes"}}\n'
        '      - {value: "no", label: {en: "No"}}\n'
    )
