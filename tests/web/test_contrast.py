"""Text colours in the stylesheets meet WCAG AA (4.5:1) against their background."""

from __future__ import annotations

import re

import pytest

from app.reports.charts import BAR_FILL, INK, MUTED, OVERALL_FILL
from app.web import static

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
COLOUR = re.compile(r"(?:^|;)color:(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b")
BACKGROUND = re.compile(r"(?:^|;)background(?:-color)?:(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b")
WHITE = "#ffffff"


def _long(colour: str) -> str:
    return colour if len(colour) == 7 else "#" + "".join(ch * 2 for ch in colour[1:])


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(_long(colour)[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _pairs(css: str) -> list[tuple[str, str, str]]:
    pairs = []
    for selector, body in RULE.findall(css):
        colour, background = COLOUR.search(body), BACKGROUND.search(body)
        if colour:
            ground = background.group(1) if background else WHITE
            pairs.append((selector.strip(), colour.group(1), ground))
    return pairs


@pytest.mark.parametrize("name", ["site.css", "report.css"])
def test_stylesheet_text_has_aa_contrast(name: str) -> None:
    pairs = _pairs(static.text(name))
    assert len(pairs) >= 8
    assert any(colour == "#fff" for _, colour, _ in pairs)
    for selector, colour, ground in pairs:
        assert contrast(colour, ground) >= 4.5, (selector, colour, ground)


def test_chart_text_and_bars_have_enough_contrast() -> None:
    for ink in (INK, MUTED):
        assert contrast(ink, WHITE) >= 4.5
    for fill in (BAR_FILL, OVERALL_FILL):
        assert contrast(fill, WHITE) >= 3  # graphical objects: WCAG 1.4.11


def test_contrast_formula() -> None:
    assert contrast("#000000", WHITE) == pytest.approx(21)
    assert contrast(WHITE, WHITE) == pytest.approx(1)
