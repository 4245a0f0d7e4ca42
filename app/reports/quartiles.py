"""A cohort's domain scores as a box-style SVG chart: lower quartile, median, upper quartile.

Never the minimum, the maximum or a range: each of those is one organisation's score
(see docs/privacy.md, R6). A box is drawn only where both quartiles are published and
the median line only where the median is; a row whose figures are withheld says so
in words, exactly as the summary displays it. Presentation attributes only (no
``style``), a ``<title>`` and a ``<desc>``; pages put the same numbers in a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from app.reports.charts import BAR_FILL, FONT, GRID, INK, MUTED

LABEL_WIDTH = 230
SCALE_WIDTH = 360
VALUE_WIDTH = 170
ROW_HEIGHT = 36
TOP = 30
BOTTOM = 34
BOX_FILL = "#dbeafe"  # light box; its outline and the median carry the contrast
MEDIAN_INK = "#0f172a"
TICKS = (0, 25, 50, 75, 100)
LABEL_CHARS = 30  # system fonts at 12 px fit about this many in LABEL_WIDTH


@dataclass(frozen=True)
class QuartileRow:
    label: str
    q1: float | None
    median: float | None
    q3: float | None
    value_text: str  # what the row says on the right: the displays of q1 / median / q3


@dataclass(frozen=True)
class QuartileText:
    title: str
    description: str
    legend: str  # what the box and the line mean


def _x(score: float) -> float:
    return LABEL_WIDTH + SCALE_WIDTH * max(0.0, min(score, 100.0)) / 100


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _scale(bottom: int) -> list[str]:
    parts = []
    for tick in TICKS:
        x = _x(tick)
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{bottom}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{TOP - 10}" font-size="10" text-anchor="middle" '
            f'fill="{MUTED}">{tick}</text>'
        )
    return parts


def _box(row: QuartileRow, y: int) -> list[str]:
    parts = []
    if row.q1 is not None and row.q3 is not None:
        left, right = _x(row.q1), _x(row.q3)
        parts.append(
            f'<rect x="{left:.1f}" y="{y + 8}" width="{max(right - left, 2.0):.1f}" '
            f'height="20" rx="2" fill="{BOX_FILL}" stroke="{BAR_FILL}" stroke-width="2"/>'
        )
    if row.median is not None:
        x = _x(row.median)
        parts.append(
            f'<line x1="{x:.1f}" y1="{y + 4}" x2="{x:.1f}" y2="{y + 32}" '
            f'stroke="{MEDIAN_INK}" stroke-width="4"/>'
        )
    return parts


def _row(row: QuartileRow, index: int) -> list[str]:
    y = TOP + index * ROW_HEIGHT
    parts = [
        f'<text x="{LABEL_WIDTH - 8}" y="{y + 22}" font-size="12" text-anchor="end" '
        f'fill="{INK}">{escape(_clip(row.label, LABEL_CHARS))}</text>',
        *_box(row, y),
        f'<text x="{LABEL_WIDTH + SCALE_WIDTH + 8}" y="{y + 22}" font-size="12" '
        f'fill="{INK if row.median is not None else MUTED}">'
        f"{escape(_clip(row.value_text, 28))}</text>",
    ]
    return parts


def quartile_chart_svg(
    rows: Sequence[QuartileRow], text: QuartileText, *, element_id: str = "quartiles"
) -> str:
    """One row per domain: a box from the lower to the upper quartile, a line at the median."""
    bottom = TOP + ROW_HEIGHT * len(rows)
    height = bottom + BOTTOM
    width = LABEL_WIDTH + SCALE_WIDTH + VALUE_WIDTH
    body = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-family="{FONT}" '
        f'aria-labelledby="{element_id}-title {element_id}-desc">',
        f'<title id="{element_id}-title">{escape(text.title)}</title>',
        f'<desc id="{element_id}-desc">{escape(text.description)}</desc>',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        *_scale(bottom),
    ]
    for index, row in enumerate(rows):
        body.extend(_row(row, index))
    legend_y = bottom + 22
    body.extend(
        [
            f'<rect x="{LABEL_WIDTH}" y="{legend_y - 11}" width="22" height="12" rx="2" '
            f'fill="{BOX_FILL}" stroke="{BAR_FILL}" stroke-width="2"/>',
            f'<line x1="{LABEL_WIDTH + 11}" y1="{legend_y - 14}" x2="{LABEL_WIDTH + 11}" '
            f'y2="{legend_y + 4}" stroke="{MEDIAN_INK}" stroke-width="4"/>',
            f'<text x="{LABEL_WIDTH + 30}" y="{legend_y}" font-size="12" fill="{INK}">'
            f"{escape(text.legend)}</text>",
            "</svg>",
        ]
    )
    return "".join(body)
