"""Server-side score chart: well-formed, accessible, no inline styles, honest bars."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from app.reports.charts import BAR_WIDTH, ChartRow, ChartText, score_chart_svg

SVG = "{http://www.w3.org/2000/svg}"
TEXT = ChartText(
    title="Scores <by> domain",
    description="Bars from 0 to 100",
    no_score="no score",
    previous="Previous assessment",
)
STAGES = [(0.0, "Unaware"), (40.0, "Developing"), (80.0, "Leading")]


def _bars(svg: str) -> list[float]:
    root = ET.fromstring(svg)
    return [float(r.get("width", 0)) for r in root.iter(f"{SVG}rect") if r.get("height") == "20"]


def test_chart_names_itself_and_escapes_text() -> None:
    rows = [ChartRow("Overall", 50, "Developing", overall=True), ChartRow("Power & care", 75, None)]
    svg = score_chart_svg(rows, STAGES, TEXT)
    root = ET.fromstring(svg)  # well-formed XML
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "scores-title scores-desc"
    assert root.find(f"{SVG}title").text == "Scores <by> domain"
    assert root.find(f"{SVG}desc").text == "Bars from 0 to 100"
    assert "style=" not in svg and "<script" not in svg
    assert "Power &amp; care" in svg


def test_bar_lengths_are_proportional_to_scores() -> None:
    rows = [ChartRow("a", 0.0, None), ChartRow("b", 25.0, None), ChartRow("c", 100.0, None)]
    widths = _bars(score_chart_svg(rows, STAGES, TEXT))
    assert widths == [1.0, BAR_WIDTH / 4, BAR_WIDTH]


def test_rows_without_a_score_say_so_and_draw_no_bar() -> None:
    svg = score_chart_svg([ChartRow("a", None, None)], STAGES, TEXT)
    assert _bars(svg) == [] and "no score" in svg


def test_previous_scores_get_a_marker_and_a_legend() -> None:
    plain = score_chart_svg([ChartRow("a", 60.0, None)], STAGES, TEXT)
    compared = score_chart_svg([ChartRow("a", 60.0, None, previous=30.0)], STAGES, TEXT)
    assert "Previous assessment" not in plain
    assert "Previous assessment" in compared
    assert len(re.findall(r'stroke-width="3"', compared)) == 2  # marker + legend


def test_stage_thresholds_are_drawn_as_labelled_lines() -> None:
    svg = score_chart_svg([ChartRow("a", 60.0, None)], STAGES, TEXT)
    for _, label in STAGES:
        assert f">{label}</text>" in svg
