"""Every user-facing string of rd-core exists in all four locales and stays short.

The validator already warns about missing translations; these tests check the
shipped files directly, and also catch strings copied from English untranslated.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.content.rdcore import Content

LOCALES = {"en", "es", "fr", "pt"}
# Longer English strings that are identical in another locale were not translated.
# Shorter ones may legitimately match ("LGBTQI+", "2", "SAFETAG").
UNTRANSLATED_MIN_LENGTH = 25

# Character limits per kind of string, in every locale. French runs about 40%
# longer than English; the limits leave room for that while keeping questions
# short enough to read on a phone.
LIMITS: dict[str, int] = {
    "question": 240,
    "help": 400,
    "option": 240,
    "issue_title": 120,
    "why": 600,
    "first_step": 240,
    "strength_title": 120,
    "reason": 240,
}
ENGLISH_QUESTION_LIMIT = 160
# Keys whose maps are not user-facing strings (addresses per language, conditions).
NOT_TEXT = {"translations", "when", "show_if"}


def _texts(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every localised string (a map with an ``en`` key) in plain data, with its path."""
    if isinstance(node, dict):
        if "en" in node and all(isinstance(k, str) and len(k) <= 5 for k in node):
            yield path, node
            return
        for key, child in node.items():
            if key not in NOT_TEXT:
                yield from _texts(child, f"{path}.{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            label = child.get("id", child.get("value", index)) if isinstance(child, dict) else index
            yield from _texts(child, f"{path}[{label}]")


def _all_texts(content: Content) -> list[tuple[str, dict[str, Any]]]:
    found = list(_texts(content.model.model_dump(mode="json", by_alias=True), "rd-core"))
    for resource in content.resources.values():
        found.extend(_texts(resource.model_dump(mode="json"), f"resources[{resource.id}]"))
    return found


def test_the_walk_finds_the_strings(content: Content) -> None:
    paths = [path for path, _ in _all_texts(content)]
    assert len(paths) > 500
    assert "rd-core.issues[part-consent-not-free].first_steps" in paths
    assert "resources[rd-handbook].summary" in paths


def test_every_string_is_in_every_locale(content: Content) -> None:
    problems = []
    for path, text in _all_texts(content):
        if set(text) != LOCALES:
            problems.append(f"{path}: locales {sorted(text)}")
        elif any(not _filled(value) for value in text.values()):
            problems.append(f"{path}: an empty translation")
        elif isinstance(text["en"], list) and len({len(v) for v in text.values()}) != 1:
            problems.append(f"{path}: lists of different lengths")
    assert not problems, "\n".join(problems)


def _filled(value: str | list[str]) -> bool:
    items = value if isinstance(value, list) else [value]
    return bool(items) and all(item.strip() for item in items)


def test_long_strings_are_translated(content: Content) -> None:
    copied = [
        f"{path} ({locale})"
        for path, text in _all_texts(content)
        for locale in LOCALES - {"en"}
        if len(str(text["en"])) >= UNTRANSLATED_MIN_LENGTH and text.get(locale) == text["en"]
    ]
    assert not copied, f"identical to English: {copied}"


def _bounded(content: Content) -> Iterator[tuple[str, str, dict[str, str]]]:
    for question in content.questions.values():
        yield "question", question.id, question.text
        if question.help:
            yield "help", question.id, question.help
        for option in question.options:
            yield "option", f"{question.id}:{option.value}", option.label
    for issue in content.model.issues:
        yield "issue_title", issue.id, issue.title
        yield "why", issue.id, issue.why
        for index, rule in enumerate(issue.escalate):
            if rule.reason:
                yield "reason", f"{issue.id}#{index}", rule.reason
        for locale, steps in issue.first_steps.items():
            for n, step in enumerate(steps):
                yield "first_step", f"{issue.id}[{n}]", {locale: step}
    for strength in content.model.strengths:
        yield "strength_title", strength.id, strength.title


@pytest.mark.parametrize("kind", sorted(LIMITS))
def test_strings_are_short(content: Content, kind: str) -> None:
    limit = LIMITS[kind]
    too_long = [
        f"{where} ({locale}, {len(text)} > {limit})"
        for k, where, texts in _bounded(content)
        if k == kind
        for locale, text in texts.items()
        if len(text) > limit
    ]
    assert not too_long, f"{kind} strings over {limit} characters: {too_long}"


def test_english_questions_are_short(content: Content) -> None:
    too_long = [
        q.id for q in content.questions.values() if len(q.text["en"]) > ENGLISH_QUESTION_LIMIT
    ]
    assert not too_long, f"English question texts over {ENGLISH_QUESTION_LIMIT}: {too_long}"


def test_issues_give_two_to_four_first_steps(content: Content) -> None:
    # docs/content.md §2.5: "two to four first_steps that a small organisation can take"
    wrong = [i.id for i in content.model.issues if not 2 <= len(i.first_steps["en"]) <= 4]
    assert not wrong, f"issues without two to four first steps: {wrong}"
