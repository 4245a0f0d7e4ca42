"""GET /v1/cohorts/{id}/summary: choose the questionnaire, serve figures, log the view."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy.orm import Session

from app.access_log.service import add_entries
from app.auth.principal import Principal
from app.cohorts import basis, present, publication, repository
from app.cohorts.basis import SlugUse
from app.cohorts.explanations import explain
from app.cohorts.facts import QuestionnaireFacts, facts_of
from app.cohorts.raw import Tally
from app.cohorts.rules import Rules, shown_count
from app.cohorts.summary_schemas import (
    CohortRef,
    CohortSummary,
    Counts,
    QuestionnaireUse,
    SharedResult,
)
from app.db.base import utcnow
from app.db.session import side_write
from app.errors import FieldError, InvalidInput
from app.models import Cohort
from app.questionnaire.model import Resource, Status
from app.questionnaire.negotiate import ALL_LOCALES, negotiate
from app.questionnaire.registry import Registry

AGGREGATE_READ = "cohort summary (aggregate)"
COUNTS_READ = "cohort summary (counts only)"
SHARED_READ = "read results (shared in cohort)"
ISSUES_READ = "read issues (shared in cohort)"


@dataclass(frozen=True)
class SummaryRequest:
    questionnaire: str | None
    lang: str | None
    accept_language: str | None


@dataclass(frozen=True)
class _Chosen:
    slug: str | None
    facts: QuestionnaireFacts | None
    locale: str
    uses: list[QuestionnaireUse]


def _facts(registry: Registry, slug: str) -> QuestionnaireFacts | None:
    """Facts of every version; published and retired ones take precedence over drafts."""
    entries = sorted(registry.entries(slug), key=lambda e: e.status is not Status.DRAFT)
    return facts_of([entry.model for entry in entries]) if entries else None


def _slug(registry: Registry, uses: list[SlugUse], wanted: str | None) -> str | None:
    """The requested questionnaire, else the one most members submitted."""
    if wanted is not None:
        if not registry.entries(wanted):
            raise InvalidInput(
                f"There is no questionnaire called {wanted!r}",
                [FieldError("query.questionnaire", "no questionnaire with this slug")],
            )
        return wanted
    return next((use.slug for use in uses if registry.entries(use.slug)), None)


def _locale(facts: QuestionnaireFacts | None, ask: SummaryRequest) -> str:
    if facts is None:
        return "en"
    locale = negotiate(ask.lang, ask.accept_language, list(facts.locales), facts.default_locale)
    return facts.default_locale if locale == ALL_LOCALES else locale


def _choose(
    session: Session, cohort: Cohort, registry: Registry, rules: Rules, ask: SummaryRequest
) -> _Chosen:
    found = basis.slug_usage(session, cohort.id)
    slug = _slug(registry, found, ask.questionnaire)
    if slug is not None and all(use.slug != slug for use in found):
        found.append(SlugUse(slug, Tally()))
    facts = None if slug is None else _facts(registry, slug)
    locale = _locale(facts, ask)
    uses = []
    for use in found:
        use_facts = _facts(registry, use.slug)
        title = use_facts.text(use_facts.title, locale) if use_facts else use.slug
        uses.append(
            QuestionnaireUse(
                slug=use.slug, title=title, organisations=rules.count(use.organisations)
            )
        )
    return _Chosen(slug, facts, locale, uses)


def _serve_and_log(
    request: Request,
    session: Session,
    principal: Principal,
    cohort: Cohort,
    chosen: _Chosen,
    rules: Rules,
    shared: list[SharedResult],
) -> publication.Served | None:
    """Serve figures and write the view to the access log of every organisation it covers,
    in one short write transaction."""
    # the entry names the cohort, so a member can tell which facilitator's cohort read it
    target = f"/v1/cohorts/{cohort.id}/summary (cohort: {cohort.name})"[:200]
    served = None
    with side_write(request, session) as writer:
        if chosen.slug is not None and chosen.facts is not None:
            served = publication.serve(writer, cohort, chosen.slug, chosen.facts, rules)
            action = AGGREGATE_READ if served.figures is not None else COUNTS_READ
            basis.log_view(
                writer,
                principal,
                cohort.id,
                chosen.slug,
                served.publication_id,
                action=action,
                target=target,
            )
        seen = [item.organisation_id for item in shared if item.results is not None]
        add_entries(writer, principal, seen, action=SHARED_READ, target=target)
        listed = [
            item.organisation_id
            for item in shared
            if item.sharing == "issues" and item.assessment_id is not None
        ]
        add_entries(writer, principal, listed, action=ISSUES_READ, target=target)
    return served


def cohort_summary(
    request: Request,
    session: Session,
    principal: Principal,
    cohort: Cohort,
    registry: Registry,
    resources: Mapping[str, Resource],
    ask: SummaryRequest,
) -> CohortSummary:
    rules = Rules(request.app.state.settings.min_group_size)
    chosen = _choose(session, cohort, registry, rules, ask)
    members = present.sharing_members(session, cohort.id, chosen.slug)
    shared = present.shared_results(session, members, registry, resources, chosen.locale)
    served = _serve_and_log(request, session, principal, cohort, chosen, rules, shared)
    figures = served.figures if served else None
    if figures is not None and chosen.facts is not None:
        figures = present.titled(figures, chosen.facts, resources, chosen.locale)
    reason = served.reason if served else "no_questionnaire"
    return CohortSummary(
        cohort=CohortRef(id=cohort.id, name=cohort.name),
        questionnaire=next((u for u in chosen.uses if u.slug == chosen.slug), None),
        questionnaires=chosen.uses,
        locale=chosen.locale,
        min_group_size=rules.k,
        generated_at=utcnow(),
        status=served.status if served else "counts_only",
        explanation=explain(reason, rules.k, figures.published_at if figures else None),
        counts=Counts(
            members=shown_count(repository.member_count(session, cohort.id)),
            submitted=rules.count(served.submitted) if served else shown_count(0),
        ),
        submissions_needed=max(0, rules.k - served.submitted.private) if served else rules.k,
        figures=figures,
        shared_results=shared,
    )
