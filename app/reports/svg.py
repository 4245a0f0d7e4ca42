"""The issue map drawn as SVG: domains × lifecycle stages, coloured by the highest
severity and labelled with words, so it reads without colour too."""

from __future__ import annotations

from xml.sax.saxutils import escape

from app.questionnaire.model import Severity
from app.reports.phrases import phrase, severity_name
from app.scoring import Results
from app.scoring.results import MapCellOut

LABEL_WIDTH = 220
CELL_WIDTH = 118
CELL_HEIGHT = 46
HEADER_HEIGHT = 62
LEGEND_HEIGHT = 40
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

# Fill and text colours with at least 4.5:1 contrast between them.
CELL_COLOURS: dict[Severity | None, tuple[str, str]] = {
    None: ("#f4f4f5", "#3f3f46"),
    Severity.LOW: ("#fef9c3", "#422006"),
    Severity.MEDIUM: ("#fed7aa", "#431407"),
    Severity.HIGH: ("#f87171", "#1f0a0a"),
    Severity.CRITICAL: ("#7f1d1d", "#ffffff"),
}
STRENGTH_ONLY = ("#dcfce7", "#14532d")


def _lines(text: str, width: int, size: int = 12, most: int = 3) -> list[str]:
    """Greedy word wrap for a box ``width`` pixels wide (at most ``most`` lines; what
    does not fit is cut with an ellipsis). Letters are counted generously wide."""
    limit = max(4, int(width / (size * 0.6)))
    words, lines, current = text.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(candidate) <= limit or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > most:
        lines = [*lines[: most - 1], " ".join(lines[most - 1 :])[: limit - 1] + "…"]
    return lines


def _text(
    x: float, y: float, text: str, *, width: int, size: int = 12, most: int = 3, **attrs: str
) -> str:
    lines = _lines(text, width, size, most)
    extra = "".join(f' {k.replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    top = y - (len(lines) - 1) * (size * 0.6)
    spans = "".join(
        f'<tspan x="{x:.0f}" y="{top + i * size * 1.2:.0f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text font-size="{size}"{extra}>{spans}</text>'


def _cell(cell: MapCellOut, x: int, y: int, locale: str) -> str:
    fill, ink = CELL_COLOURS[cell.highest_severity]
    if cell.highest_severity is None and cell.strengths:
        fill, ink = STRENGTH_ONLY
    parts = [
        f'<rect x="{x + 2}" y="{y + 2}" width="{CELL_WIDTH - 4}" height="{CELL_HEIGHT - 4}" '
        f'rx="4" fill="{fill}" stroke="#a1a1aa" stroke-width="0.5"/>'
    ]
    center = x + CELL_WIDTH / 2
    if cell.issues:
        assert cell.highest_severity is not None
        label = f"{len(cell.issues)} · {severity_name(locale, cell.highest_severity)}"
        parts.append(
            _text(
                center,
                y + 20,
                label,
                width=CELL_WIDTH,
                fill=ink,
                text_anchor="middle",
                font_weight="600",
            )
        )
    if cell.strengths:
        parts.append(
            _text(
                center,
                y + 37,
                f"✓ {len(cell.strengths)}",
                width=CELL_WIDTH,
                fill=ink,
                text_anchor="middle",
            )
        )
    if not cell.issues and not cell.strengths:
        parts.append(_text(center, y + 28, "–", width=CELL_WIDTH, fill=ink, text_anchor="middle"))
    details = [f"{severity_name(locale, i.severity)}: {i.title}" for i in cell.issues]
    details += [f"✓ {s.title}" for s in cell.strengths]
    title = escape("\n".join(details) or phrase(locale, "no_findings"))
    return f"<g><title>{title}</title>{''.join(parts)}</g>"


def _summary(results: Results) -> str:
    highest = next(
        (
            severity_name(results.locale, s)
            for s in reversed(Severity)
            if any(i.severity is s for i in results.issues)
        ),
        phrase(results.locale, "none"),
    )
    return phrase(results.locale, "summary").format(
        issues=len(results.issues),
        strengths=len(results.strengths),
        domains=len(results.issue_map.domains),
        highest=highest,
    )


def _text_width(text: str, size: int = 12) -> float:
    """A generous estimate of the width of ``text`` in the system sans-serif at ``size``
    (wide letters count more), so labels laid out with it are not cut."""
    wide = sum(1 for ch in text if ch in "MWmwÀÁÂÃÉÊÓÔÕÚ✓")
    return (len(text) + wide * 0.5) * size * 0.62


def _legend(y: int, locale: str, width: int) -> tuple[str, int]:
    """The severity colours and the strength mark, wrapped onto as many lines as the
    map's width needs; returns the SVG and the height it takes."""
    items: list[tuple[str | None, str]] = [
        (CELL_COLOURS[severity][0], severity_name(locale, severity))
        for severity in reversed(Severity)
    ]
    items.append((None, phrase(locale, "legend_strength")))
    parts, x, line = [], 8.0, 0
    for fill, name in items:
        needed = (20 if fill else 0) + _text_width(name)
        if x > 8 and x + needed > width - 8:
            x, line = 8.0, line + 1
        top = y + line * 20
        if fill:
            parts.append(
                f'<rect x="{x:.0f}" y="{top}" width="14" height="14" fill="{fill}" '
                'stroke="#a1a1aa"/>'
            )
        text_x = x + (20 if fill else 0)
        parts.append(
            f'<text x="{text_x:.0f}" y="{top + 12}" font-size="12" fill="#27272a">'
            f"{escape(name)}</text>"
        )
        x += needed + 16
    return "".join(parts), 20 * (line + 1)


def issue_map_svg(results: Results) -> str:
    issue_map, locale = results.issue_map, results.locale
    columns, rows = issue_map.lifecycle, issue_map.domains
    width = LABEL_WIDTH + CELL_WIDTH * len(columns)
    legend, legend_height = _legend(HEADER_HEIGHT + CELL_HEIGHT * len(rows) + 14, locale, width)
    height = HEADER_HEIGHT + CELL_HEIGHT * len(rows) + max(LEGEND_HEIGHT, legend_height + 20)
    cells = {(c.domain, c.lifecycle): c for c in issue_map.cells}
    title = escape(f"{phrase(locale, 'issue_map')} — {results.questionnaire.title}")
    body = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-family="{FONT}" lang="{escape(locale)}" '
        'aria-labelledby="map-title map-desc">',
        f'<title id="map-title">{title}</title>',
        f'<desc id="map-desc">{escape(_summary(results))}</desc>',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    for index, column in enumerate(columns):
        x = LABEL_WIDTH + index * CELL_WIDTH + CELL_WIDTH / 2
        body.append(
            _text(
                x,
                30,
                column.label,
                width=CELL_WIDTH - 6,
                fill="#27272a",
                text_anchor="middle",
                font_weight="600",
            )
        )
    for row_index, row in enumerate(rows):
        y = HEADER_HEIGHT + row_index * CELL_HEIGHT
        body.append(
            _text(8, y + CELL_HEIGHT / 2 + 4, row.label, width=LABEL_WIDTH - 12, fill="#27272a")
        )
        for index, column in enumerate(columns):
            cell = cells.get((row.id, column.id))
            if cell is not None:
                body.append(_cell(cell, LABEL_WIDTH + index * CELL_WIDTH, y, locale))
    body.append(legend)
    body.append("</svg>")
    return "".join(body)
