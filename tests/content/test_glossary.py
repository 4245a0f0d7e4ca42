"""docs/glossary.md is followed by the latest rd-core and the web client."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from app.web.i18n import CATALOGUES
from tests.content.rdcore import ROOT, Content

GLOSSARY = ROOT / "docs" / "glossary.md"


def _rows() -> list[tuple[str, str, list[str], list[str]]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[1] not in {"es", "fr", "pt"}:
            continue
        use = re.findall(r"`([^`]+)`", cells[2])
        avoid = re.findall(r"`([^`]+)`", cells[3])
        rows.append((cells[0], cells[1], use, avoid))
    return rows


def _strings(node: Any, locale: str) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == locale and isinstance(value, str):
                yield value
            elif key == locale and isinstance(value, list):
                yield from (v for v in value if isinstance(v, str))
            else:
                yield from _strings(value, locale)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item, locale)


def _texts(content: Content, locale: str) -> str:
    questionnaire = list(_strings(content.model.model_dump(mode="json", by_alias=True), locale))
    web = list(CATALOGUES[locale].values())
    return "\n".join(questionnaire + web)


def _word(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)")


def test_the_glossary_has_rows_for_every_translated_language() -> None:
    assert {locale for _, locale, _, _ in _rows()} == {"es", "fr", "pt"}


@pytest.mark.parametrize(("term", "locale", "use", "avoid"), _rows(), ids=lambda v: str(v))
def test_glossary_row_is_followed(
    content: Content, term: str, locale: str, use: list[str], avoid: list[str]
) -> None:
    texts = _texts(content, locale)
    for rendering in use:
        assert rendering in texts, f"{term} ({locale}): '{rendering}' is never used"
    for wrong in avoid:
        found = [line for line in texts.splitlines() if _word(wrong).search(line)]
        assert not found, f"{term} ({locale}): avoid '{wrong}': {found[:2]}"
