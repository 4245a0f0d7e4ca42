"""The cohort summary as CSV: one row per figure (section, id, title, measure, value).

Values are what the JSON shows in ``display``: a suppressed cell is ``<5`` or
``withheld`` here too, never a number. Text that a spreadsheet could take for a
formula is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from app.cohorts.summary_schemas import ChangeFigures, CohortSummary, Figures, SharedResult

HEADER = ("section", "id", "title", "measure", "value")
Row = tuple[str, str, str, str, str]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _summary_rows(summary: CohortSummary) -> Iterator[Row]:
    slug = summary.questionnaire.slug if summary.questionnaire else ""
    yield ("summary", str(summary.cohort.id), _text(summary.cohort.name), "status", summary.status)
    yield ("summary", slug, "", "questionnaire", slug)
    yield ("summary", "", "", "min_group_size", str(summary.min_group_size))
    yield ("counts", "", "", "members", summary.counts.members.display)
    yield ("counts", "", "", "submitted", summary.counts.submitted.display)
    yield ("counts", "", "", "submissions_needed", str(summary.submissions_needed))


def _figure_rows(figures: Figures) -> Iterator[Row]:
    yield ("figures", "", "", "published_at", figures.published_at.isoformat())
    yield ("figures", "", "", "organisations", figures.organisations.display)
    for domain in figures.domains:
        for measure in ("organisations", "q1", "median", "q3"):
            cell = getattr(domain, measure)
            yield ("domain", domain.id, _text(domain.title), measure, cell.display)
    for topic in figures.topics:
        title = _text(topic.title)
        yield (
            "topic",
            topic.id,
            title,
            "organisations_high_or_critical",
            topic.organisations.display,
        )
        yield ("topic", topic.id, title, "share", topic.share.display)
    for issue in figures.issues:
        title = _text(issue.title)
        yield ("issue", issue.id, title, "organisations", issue.organisations.display)
        yield ("issue", issue.id, title, "share", issue.share.display)
        if issue.severity_mix is not None:
            for severity, cell in issue.severity_mix:
                yield ("issue", issue.id, title, f"severity_{severity}", cell.display)
    for strength in figures.strengths:
        title = _text(strength.title)
        yield ("strength", strength.id, title, "organisations", strength.organisations.display)
        yield ("strength", strength.id, title, "share", strength.share.display)
    for resource in figures.resources:
        yield ("resource", resource.id, _text(resource.title), "score", f"{resource.score:g}")
    yield from _change_rows(figures.change)


def _change_rows(change: ChangeFigures) -> Iterator[Row]:
    yield ("change", "", "", "organisations", change.organisations.display)
    if not change.available:
        return
    for domain in change.domains:
        title = _text(domain.title)
        yield ("change_domain", domain.id, title, "median_change", domain.median_change.display)
    for issue in change.issues:
        title = _text(issue.title)
        yield ("change_issue", issue.id, title, "resolved", issue.resolved.display)
        yield ("change_issue", issue.id, title, "new", issue.new.display)
    yield ("change", "", "", "resolved_any", change.resolved_any.display)
    yield ("change", "", "", "new_any", change.new_any.display)
    yield ("change", "", "", "median_resolved", change.median_resolved.display)
    yield ("change", "", "", "median_new", change.median_new.display)


def _shared_rows(shared: SharedResult) -> Iterator[Row]:
    org, name = str(shared.organisation_id), _text(shared.name)
    results = shared.results
    if results is None:
        yield ("shared", org, name, "submitted", "no")
        return
    overall = results.overall.score
    yield ("shared", org, name, "overall_score", "" if overall is None else f"{overall:g}")
    for domain in results.domains:
        score = "" if domain.score is None else f"{domain.score:g}"
        yield ("shared", org, name, f"domain_{domain.id}", score)
    for issue in results.issues:
        yield ("shared", org, name, f"issue_{issue.id}", issue.severity.value)


def summary_csv(summary: CohortSummary) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(_summary_rows(summary))
    if summary.figures is not None:
        writer.writerows(_figure_rows(summary.figures))
    for shared in summary.shared_results:
        writer.writerows(_shared_rows(shared))
    return buffer.getvalue()
