"""Score charts drawn as SVG on the server: no chart library in the browser.

Presentation attributes only (no ``style``), so pages can forbid inline styles. Each
chart names itself (``<title>``) and says what it shows (``<desc>``); pages put a
table of the same numbers next to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
LABEL_WIDTH = 230
BAR_WIDTH = 360
VALUE_WIDTH = 160
ROW_HEIGHT = 36
TOP = 46
LABEL_CHARS = 30  # per line of a row label, two lines at most
BOTTOM = 30
BAR_FILL = "#1d4ed8"  # 8.6:1 against white
OVERALL_FILL = "#0f172a"
PREVIOUS_INK = "#b45309"
GRID = "#cbd5e1"
INK = "#1f2937"
MUTED = "#4b5563"


@dataclass(frozen=True)
class ChartRow:
    label: str
    score: float | None
    stage: str | None
    previous: float | None = None
    overall: bool = False


@dataclass(frozen=True)
class ChartText:
    title: str
    description: str
    no_score: str
    previous: str  # legend text for the previous-assessment marker


def _x(score: float) -> float:
    return LABEL_WIDTH + BAR_WIDTH * max(0.0, min(score, 100.0)) / 100


def _clip(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _lines(text: str, limit: int = LABEL_CHARS) -> list[str]:
    """Greedy word wrap into at most two lines (the second cut with an ellipsis)."""
    first, rest = "", text.split()
    while rest and len(f"{first} {rest[0]}".strip()) <= limit:
        first = f"{first} {rest.pop(0)}".strip()
    if not first:
        return [_clip(text, limit)]
    return [first, _clip(" ".join(rest), limit)] if rest else [first]


def _grid(bottom: int, stages: Sequence[tuple[float, str]]) -> list[str]:
    """A line per stage threshold; labels alternate between two heights so they fit."""
    parts = []
    for index, (minimum, label) in enumerate(stages):
        x = _x(minimum)
        y = TOP - 22 if index % 2 == 0 else TOP - 8
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP - 4}" x2="{x:.1f}" y2="{bottom}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<line x1="{x:.1f}" y1="{y - 9}" x2="{x:.1f}" y2="{y + 2}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{x + 3:.1f}" y="{y}" font-size="10" fill="{MUTED}">'
            f"{escape(_clip(label, 18))}</text>"
        )
    return parts


def _label(row: ChartRow, y: int) -> str:
    lines = _lines(row.label)
    weight = "700" if row.overall else "400"
    top = y + 21 - (len(lines) - 1) * 7
    spans = "".join(
        f'<tspan x="{LABEL_WIDTH - 8}" y="{top + i * 14}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<text font-size="12" text-anchor="end" font-weight="{weight}" fill="{INK}">{spans}</text>'
    )


def _row(row: ChartRow, index: int, text: ChartText) -> list[str]:
    y = TOP + index * ROW_HEIGHT
    weight = "700" if row.overall else "400"
    parts = [_label(row, y)]
    if row.score is None:
        parts.append(
            f'<text x="{LABEL_WIDTH + 4}" y="{y + 21}" font-size="12" fill="{MUTED}">'
            f"{escape(text.no_score)}</text>"
        )
        return parts
    fill = OVERALL_FILL if row.overall else BAR_FILL
    width = max(_x(row.score) - LABEL_WIDTH, 1.0)
    parts.append(
        f'<rect x="{LABEL_WIDTH}" y="{y + 7}" width="{width:.1f}" height="20" rx="2" '
        f'fill="{fill}"/>'
    )
    if row.previous is not None:
        x = _x(row.previous)
        parts.append(
            f'<line x1="{x:.1f}" y1="{y + 3}" x2="{x:.1f}" y2="{y + 31}" '
            f'stroke="{PREVIOUS_INK}" stroke-width="3"/>'
        )
    value = f"{row.score:.0f}" + (f" · {row.stage}" if row.stage else "")
    parts.append(
        f'<text x="{LABEL_WIDTH + BAR_WIDTH + 8}" y="{y + 21}" font-size="13" '
        f'font-weight="{weight}" fill="{INK}">{escape(_clip(value, 24))}</text>'
    )
    return parts


def _legend(y: int, text: ChartText) -> list[str]:
    return [
        f'<line x1="{LABEL_WIDTH}" y1="{y - 4}" x2="{LABEL_WIDTH}" y2="{y + 10}" '
        f'stroke="{PREVIOUS_INK}" stroke-width="3"/>',
        f'<text x="{LABEL_WIDTH + 8}" y="{y + 7}" font-size="12" fill="{INK}">'
        f"{escape(text.previous)}</text>",
    ]


def score_chart_svg(
    rows: Sequence[ChartRow],
    stages: Sequence[tuple[float, str]],
    text: ChartText,
    *,
    element_id: str = "scores",
) -> str:
    """Horizontal bars (0–100) per row, stage thresholds as grid lines, and an optional
    marker for each row's previous score."""
    has_previous = any(r.previous is not None for r in rows)
    height = TOP + ROW_HEIGHT * len(rows) + (BOTTOM if has_previous else 8)
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    body = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-family="{FONT}" '
        f'aria-labelledby="{element_id}-title {element_id}-desc">',
        f'<title id="{element_id}-title">{escape(text.title)}</title>',
        f'<desc id="{element_id}-desc">{escape(text.description)}</desc>',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        *_grid(TOP + ROW_HEIGHT * len(rows), stages),
    ]
    for index, row in enumerate(rows):
        body.extend(_row(row, index, text))
    if has_previous:
        body.extend(_legend(height - BOTTOM + 14, text))
    body.append("</svg>")
    return "".join(body)


# The narrow layout, for phones: each row's label on its own line above its bar, the
# score and stage after the bar, stage thresholds as numbered grid lines. Drawn at the
# width of a 375 px screen, so its text stays at the size it was written.
NARROW_WIDTH = 340
NARROW_BAR = 170
NARROW_ROW = 46
NARROW_TOP = 20
NARROW_LABEL_CHARS = 46
NARROW_VALUE_CHARS = 20


def _narrow_x(score: float) -> float:
    return NARROW_BAR * max(0.0, min(score, 100.0)) / 100


def _narrow_grid(bottom: int, stages: Sequence[tuple[float, str]]) -> list[str]:
    parts = []
    for minimum, _label in stages:
        x = _narrow_x(minimum) + 1
        parts.append(
            f'<line x1="{x:.1f}" y1="{NARROW_TOP - 4}" x2="{x:.1f}" y2="{bottom}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{NARROW_TOP - 7}" font-size="11" fill="{MUTED}" '
            f'text-anchor="{"start" if minimum <= 0 else "middle"}">{minimum:.0f}</text>'
        )
    return parts


def _narrow_row(row: ChartRow, index: int, text: ChartText) -> list[str]:
    y = NARROW_TOP + index * NARROW_ROW
    weight = "700" if row.overall else "400"
    parts = [
        f'<text x="1" y="{y + 14}" font-size="13" font-weight="{weight}" fill="{INK}">'
        f"{escape(_clip(row.label, NARROW_LABEL_CHARS))}</text>"
    ]
    if row.score is None:
        parts.append(
            f'<text x="1" y="{y + 34}" font-size="12" fill="{MUTED}">{escape(text.no_score)}</text>'
        )
        return parts
    fill = OVERALL_FILL if row.overall else BAR_FILL
    parts.append(
        f'<rect x="1" y="{y + 20}" width="{max(_narrow_x(row.score), 1.0):.1f}" height="18" '
        f'rx="2" fill="{fill}"/>'
    )
    if row.previous is not None:
        x = _narrow_x(row.previous) + 1
        parts.append(
            f'<line x1="{x:.1f}" y1="{y + 17}" x2="{x:.1f}" y2="{y + 41}" '
            f'stroke="{PREVIOUS_INK}" stroke-width="3"/>'
        )
    value = f"{row.score:.0f}" + (f" · {row.stage}" if row.stage else "")
    parts.append(
        f'<text x="{NARROW_BAR + 8}" y="{y + 34}" font-size="12" font-weight="{weight}" '
        f'fill="{INK}">{escape(_clip(value, NARROW_VALUE_CHARS))}</text>'
    )
    return parts


def score_chart_narrow_svg(
    rows: Sequence[ChartRow],
    stages: Sequence[tuple[float, str]],
    text: ChartText,
    *,
    element_id: str = "scores-narrow",
) -> str:
    """The same chart as ``score_chart_svg`` laid out for a phone (340 wide)."""
    has_previous = any(r.previous is not None for r in rows)
    bottom = NARROW_TOP + NARROW_ROW * len(rows)
    height = bottom + (BOTTOM if has_previous else 4)
    body = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {NARROW_WIDTH} {height}" width="{NARROW_WIDTH}" height="{height}" '
        f'font-family="{FONT}" aria-labelledby="{element_id}-title {element_id}-desc">',
        f'<title id="{element_id}-title">{escape(text.title)}</title>',
        f'<desc id="{element_id}-desc">{escape(text.description)}</desc>',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        *_narrow_grid(bottom, stages),
    ]
    for index, row in enumerate(rows):
        body.extend(_narrow_row(row, index, text))
    if has_previous:
        y = height - BOTTOM + 14
        body += [
            f'<line x1="2" y1="{y - 4}" x2="2" y2="{y + 10}" stroke="{PREVIOUS_INK}" '
            'stroke-width="3"/>',
            f'<text x="10" y="{y + 7}" font-size="12" fill="{INK}">'
            f"{escape(_clip(text.previous, NARROW_LABEL_CHARS))}</text>",
        ]
    body.append("</svg>")
    return "".join(body)
