"""Everything the results page and the printable report show, built once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import Markup
from sqlalchemy.orm import Session

from app.action_plans import service as plans
from app.action_plans.schemas import PlanSummary
from app.assessments import repository, service
from app.errors import Conflict
from app.models import Assessment
from app.questionnaire.model import Questionnaire, Resource, Severity
from app.questionnaire.registry import Registry
from app.questionnaire.texts import pick_locale
from app.reports.charts import ChartRow, ChartText, score_chart_narrow_svg, score_chart_svg
from app.reports.phrases import severity_name
from app.reports.svg import issue_map_svg
from app.scoring import Comparison, Results
from app.scoring.results import IssueOut, PresentedQuestionEvidence
from app.scoring.state import AnswerState
from app.web.answer_labels import TeamBlock, team_block
from app.web.i18n import Translator
from app.web.questionnaire_view import Localise


@dataclass(frozen=True)
class Previous:
    assessment: Assessment
    comparison: Comparison
    scores: Mapping[str, float | None]  # domain id → previous score
    issue_titles: Mapping[str, str]


@dataclass(frozen=True)
class MapCell:
    """One cell of the issue map as the phone's table shows it."""

    issues: str  # "2 · High", or "" when the cell has none
    strengths: str  # "✓ 1", or ""
    severity: str | None  # the highest severity's value, for the colour
    details: str  # every issue and strength of the cell, for a tooltip


@dataclass(frozen=True)
class MapRow:
    label: str
    cells: list[MapCell]


def _map_rows(results: Results) -> list[MapRow]:
    """The issue map as rows of cells (domains × lifecycle stages), for the table that
    replaces the drawn map on narrow screens (its row labels stay pinned as it scrolls)."""
    issue_map, locale = results.issue_map, results.locale
    found = {(c.domain, c.lifecycle): c for c in issue_map.cells}
    rows = []
    for domain in issue_map.domains:
        cells = []
        for stage in issue_map.lifecycle:
            cell = found.get((domain.id, stage.id))
            if cell is None:
                cells.append(MapCell("", "", None, ""))
                continue
            highest = cell.highest_severity
            issues = (
                f"{len(cell.issues)} · {severity_name(locale, highest)}"
                if cell.issues and highest is not None
                else ""
            )
            details = [f"{severity_name(locale, i.severity)}: {i.title}" for i in cell.issues]
            details += [f"✓ {s.title}" for s in cell.strengths]
            cells.append(
                MapCell(
                    issues=issues,
                    strengths=f"✓ {len(cell.strengths)}" if cell.strengths else "",
                    severity=highest.value if highest is not None else None,
                    details="\n".join(details),
                )
            )
        rows.append(MapRow(domain.label, cells))
    return rows


START_HERE = 3  # issues shown first, in full


def _start_here(results: Results) -> list[IssueOut]:
    """The issues to work on first: the engine's ``start_here`` (issue ids, or objects
    with an ``id``, in its priority order) once results carry it; until then the first
    three of the issues, which come most severe first."""
    by_id = {i.id: i for i in results.issues}
    chosen = getattr(results, "start_here", None)
    if chosen:
        ids = [
            c if isinstance(c, str) else getattr(c, "id", getattr(c, "issue", "")) for c in chosen
        ]
        found = [by_id[i] for i in ids if i in by_id]
        if found:
            return found[:START_HERE]
    return list(results.issues[:START_HERE])


def _rest_by_domain(
    results: Results, first: list[IssueOut]
) -> list[tuple[str, str, list[IssueOut]]]:
    """The other issues, grouped by domain in the questionnaire's order (each group
    keeps the issues' order: most severe first)."""
    shown = {i.id for i in first}
    groups = []
    for domain in results.domains:
        issues = [i for i in results.issues if i.domain == domain.id and i.id not in shown]
        if issues:
            groups.append((domain.id, domain.title, issues))
    return groups


def unsure_questions(issue: IssueOut) -> list[str]:
    """The questions answered "don't know" that made this issue fire (or raised it)."""
    evidence = list(issue.evidence) + [e for x in issue.escalations if x.raises for e in x.evidence]
    labels: list[str] = []
    for item in evidence:
        if (
            isinstance(item, PresentedQuestionEvidence)
            and item.state is AnswerState.UNSURE
            and item.result
            and item.label not in labels
        ):
            labels.append(item.label)
    return labels


@dataclass(frozen=True)
class ResultsView:
    assessment: Assessment
    results: Results
    stage_description: str | None
    chart_svg: Markup
    chart_narrow_svg: Markup  # the same chart laid out for phones
    map_svg: Markup
    map_rows: list[MapRow]  # the same map as a table, for phones
    previous: Previous | None
    domain_titles: Mapping[str, str]
    ui_locale: str
    team: TeamBlock | None
    plan_domains: list[tuple[str, str]]  # domains with issues: id, title
    # The organisation's plans by focus ("issue:<id>", "domain:<id>"): the newest of each.
    existing_plans: Mapping[str, PlanSummary]
    start_here: list[IssueOut]  # the issues to work on first, shown in full
    rest_by_domain: list[tuple[str, str, list[IssueOut]]]  # the others: id, title, issues

    def unsure(self, issue: IssueOut) -> list[str]:
        return unsure_questions(issue)

    def severity_mix(self, issues: list[IssueOut]) -> list[tuple[str, int]]:
        """How many issues of each severity, most severe first, as words."""
        return [
            (self.severity(level), count)
            for level in reversed(Severity)
            if (count := sum(1 for i in issues if i.severity is level))
        ]

    def severity(self, value: Severity) -> str:
        return severity_name(self.ui_locale, value)


def _issue_titles(models: list[Questionnaire], locale: str) -> dict[str, str]:
    titles: dict[str, str] = {}
    for model in models:
        for issue in model.issues:
            titles[issue.id] = str(pick_locale(issue.title, locale, model.default_locale))
    return titles


def _previous(
    session: Session, assessment: Assessment, registry: Registry, locale: str
) -> Previous | None:
    earlier = repository.latest_submitted(
        session,
        assessment.organisation_id,
        before=assessment.submitted_at,
        slug=assessment.questionnaire_slug,
    )
    if earlier is None or earlier.id == assessment.id:
        return None
    try:
        comparison = service.comparison(session, assessment, earlier, registry)
        models = [service.questionnaire_of(registry, a).model for a in (earlier, assessment)]
    except Conflict:  # the earlier version is no longer on this server: no comparison
        return None
    return Previous(
        assessment=earlier,
        comparison=comparison,
        scores={d.id: d.old_score for d in comparison.domains},
        issue_titles=_issue_titles(models, locale),
    )


def _charts(results: Results, previous: Previous | None, t: Translator) -> tuple[str, str]:
    """The score chart for wide screens and for phones (the page shows one of them)."""
    old = previous.scores if previous else {}
    rows = [
        ChartRow(
            label=t("results.overall"),
            score=results.overall.score,
            stage=results.overall.stage_label,
            previous=previous.comparison.overall.old_score if previous else None,
            overall=True,
        )
    ]
    rows += [
        ChartRow(d.title, d.score, d.stage_label, previous=old.get(d.id)) for d in results.domains
    ]
    stages = [
        (s.min, s.label) for s in (results.domains[0].explanation.stages if results.domains else [])
    ]
    text = ChartText(
        title=t("chart.title"),
        description=t("chart.description", count=len(results.domains)),
        no_score=t("chart.no_score"),
        previous=t("chart.previous"),
    )
    return score_chart_svg(rows, stages, text), score_chart_narrow_svg(rows, stages, text)


def build(
    session: Session,
    assessment: Assessment,
    registry: Registry,
    resources: Mapping[str, Resource],
    t: Translator,
) -> ResultsView:
    entry = service.questionnaire_of(registry, assessment)
    locale = entry.negotiate(t.locale, None)
    results = service.results(session, assessment, registry, resources, locale=locale)
    previous = _previous(session, assessment, registry, locale)
    model = entry.model
    stage = next((s for s in model.stages if s.key == results.overall.stage), None)
    description = stage.description if stage else None
    wide, narrow = _charts(results, previous, t)
    first = _start_here(results)
    return ResultsView(
        assessment=assessment,
        results=results,
        stage_description=(
            str(pick_locale(description, locale, model.default_locale)) if description else None
        ),
        chart_svg=Markup(wide),  # noqa: S704 — built with escape()
        chart_narrow_svg=Markup(narrow),  # noqa: S704 — built with escape()
        map_svg=Markup(issue_map_svg(results)),  # noqa: S704 — built with escape()
        map_rows=_map_rows(results),
        previous=previous,
        domain_titles={d.id: d.title for d in results.domains},
        ui_locale=t.locale,
        team=team_block(results.team, model, [], Localise(model, locale), t),
        plan_domains=[
            (d.id, d.title)
            for d in results.domains
            if any(i.domain == d.id for i in results.issues)
        ],
        start_here=first,
        rest_by_domain=_rest_by_domain(results, first),
        existing_plans=plans_by_focus(session, assessment),
    )


def plans_by_focus(session: Session, assessment: Assessment) -> dict[str, PlanSummary]:
    """The organisation's newest plan for each issue or domain (to link, not repeat)."""
    found: dict[str, PlanSummary] = {}
    for plan in plans.for_organisation(session, assessment.organisation_id):  # newest first
        found.setdefault(f"{plan.focus.kind}:{plan.focus.id}", plan)
    return found
