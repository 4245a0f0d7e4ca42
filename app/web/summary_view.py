"""What the cohort summary page shows, built from the ``rdsa.cohort-summary/1`` document.

The page never computes with a figure: every cell is shown as its ``display`` string
("<5", "withheld" or the number, said in the page's language), and the chart draws only
published quartiles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup

from app.cohorts.explanations import EXPLANATIONS, explain
from app.cohorts.summary_schemas import CohortSummary, DomainFigures
from app.questionnaire.model import Severity
from app.reports.phrases import severity_name
from app.reports.quartiles import QuartileRow, QuartileText, quartile_chart_svg
from app.web.formatting import Formatter
from app.web.i18n import Translator


@dataclass(frozen=True)
class SummaryView:
    summary: CohortSummary
    reason: str | None  # which explanation the service gave (a key of EXPLANATIONS)
    published_at: datetime | None
    chart_svg: Markup | None
    query: str  # questionnaire and language, for the CSV link
    severity_names: dict[str, str]


def reason_of(summary: CohortSummary) -> str | None:
    """The explanation's key, so the page can say it in the interface language.

    The service serves the explanation in English; finding which one it gave (rather
    than re-deciding it here) keeps the disclosure logic in one place.
    """
    published = summary.figures.published_at if summary.figures else None
    for reason in EXPLANATIONS:
        if explain(reason, summary.min_group_size, published) == summary.explanation:
            return reason
    return None


def _values(domain: DomainFigures, fmt: Formatter, withheld: str) -> str:
    cells = (domain.q1, domain.median, domain.q3)
    if all(cell.suppressed for cell in cells):
        return fmt.figure(domain.median, withheld)
    return " · ".join(fmt.figure(cell, withheld) for cell in cells)


def _chart(summary: CohortSummary, t: Translator) -> Markup | None:
    figures = summary.figures
    if figures is None or not figures.domains:
        return None
    fmt, withheld = Formatter(t.locale), t("summary.withheld")
    rows = [
        QuartileRow(
            label=d.title or d.id,
            q1=d.q1.value,
            median=d.median.value,
            q3=d.q3.value,
            value_text=_values(d, fmt, withheld),
        )
        for d in figures.domains
    ]
    text = QuartileText(
        title=t("summary.chart_title"),
        description=t("summary.chart_desc", count=len(rows)),
        legend=t("summary.chart_legend"),
    )
    return Markup(quartile_chart_svg(rows, text))  # noqa: S704 — built with escape()


def build(summary: CohortSummary, t: Translator, query: str) -> SummaryView:
    return SummaryView(
        summary=summary,
        reason=reason_of(summary),
        published_at=summary.figures.published_at if summary.figures else None,
        chart_svg=_chart(summary, t),
        query=query,
        severity_names={s.value: severity_name(t.locale, s) for s in Severity},
    )
