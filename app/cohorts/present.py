"""Serving a summary: titles in the requested language, and organisations' shared results."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.assessments import service as assessments
from app.cohorts.facts import QuestionnaireFacts
from app.cohorts.summary_schemas import (
    ChangeFigures,
    Figures,
    ResourceFigures,
    SharedFinding,
    SharedResult,
)
from app.errors import AppError
from app.models import Assessment, Cohort, CohortMember, Organisation
from app.questionnaire.model import Resource
from app.questionnaire.registry import Registry
from app.scoring.recommend import resource_ref


def titled(
    figures: Figures,
    facts: QuestionnaireFacts,
    resources: Mapping[str, Resource],
    locale: str,
) -> Figures:
    """The stored, locale-neutral figures with titles in ``locale``."""

    def issue_title(issue_id: str) -> str:
        found = facts.issues.get(issue_id)
        return facts.text(found.title, locale) if found else issue_id

    for domain in figures.domains:
        domain.title = facts.text(facts.domains.get(domain.id), locale) or domain.id
    for issue in figures.issues:
        issue.title = issue_title(issue.id)
    for strength in figures.strengths:
        found = facts.strengths.get(strength.id)
        strength.title = facts.text(found.title, locale) if found else strength.id
    figures.resources = [_resource(r, resources, locale) for r in figures.resources]
    for topic in figures.topics:
        topic.title = facts.text(facts.domains.get(topic.id), locale) or topic.id
    _title_change(figures.change, facts, issue_title, locale)
    return figures


def _title_change(
    change: ChangeFigures,
    facts: QuestionnaireFacts,
    issue_title: Callable[[str], str],
    locale: str,
) -> None:
    for domain in change.domains:
        domain.title = facts.text(facts.domains.get(domain.id), locale) or domain.id
    for issue in change.issues:
        issue.title = issue_title(issue.id)


def _resource(
    item: ResourceFigures, resources: Mapping[str, Resource], locale: str
) -> ResourceFigures:
    resource = resources.get(item.id)
    if resource is None:
        return item
    ref = resource_ref(resource, locale)
    return item.model_copy(
        update={
            "title": ref["title"],
            "publisher": ref["publisher"],
            "url": ref["url"],
            "languages": ref["languages"],
            "language_fallback": ref["language_fallback"],
        }
    )


@dataclass(frozen=True)
class SharingMember:
    organisation_id: uuid.UUID
    name: str
    assessment: Assessment | None
    sharing: str = "results"
    onboarded: bool = False


def sharing_members(
    session: Session, cohort_id: uuid.UUID, slug: str | None
) -> list[SharingMember]:
    """Members that share issues or results now, each with its latest submitted assessment
    of ``slug``, under the name it chose for the cohort."""
    rows = session.execute(
        select(
            Organisation.id,
            CohortMember.display_name,
            Organisation.name,
            CohortMember.sharing,
            Organisation.onboarded_by,
            Cohort.owner_key_id,
        )
        .join(CohortMember, CohortMember.organisation_id == Organisation.id)
        .join(Cohort, Cohort.id == CohortMember.cohort_id)
        .where(CohortMember.cohort_id == cohort_id, CohortMember.sharing.in_(("issues", "results")))
        .order_by(CohortMember.display_name, Organisation.name, Organisation.id)
    ).all()
    return [
        SharingMember(
            org_id,
            display or name,
            _latest(session, org_id, slug),
            sharing,
            onboarded_by is not None and onboarded_by == owner,
        )
        for org_id, display, name, sharing, onboarded_by, owner in rows
    ]


def _latest(session: Session, organisation_id: uuid.UUID, slug: str | None) -> Assessment | None:
    if slug is None:
        return None
    return session.scalars(
        select(Assessment)
        .where(
            Assessment.organisation_id == organisation_id,
            Assessment.questionnaire_slug == slug,
            Assessment.status == "submitted",
        )
        .order_by(Assessment.submitted_at.desc(), Assessment.id.desc())
        .limit(1)
    ).first()


def shared_results(
    session: Session,
    members: Sequence[SharingMember],
    registry: Registry,
    resources: Mapping[str, Resource],
    locale: str,
) -> list[SharedResult]:
    shared = []
    for member in members:
        assessment, results = member.assessment, None
        if assessment is not None:
            try:
                results = assessments.results(
                    session, assessment, registry, resources, locale=locale
                )
            except AppError:  # its questionnaire version is no longer served
                results = None
        issues = [
            SharedFinding(id=i.id, title=i.title, domain=i.domain, severity=i.severity.value)
            for i in (results.issues if results else [])
        ]
        strengths = [
            SharedFinding(id=f.id, title=f.title, domain=f.domain, severity=None)
            for f in (results.strengths if results else [])
        ]
        shared.append(
            SharedResult(
                organisation_id=member.organisation_id,
                name=member.name,
                sharing="issues" if member.sharing == "issues" else "results",
                onboarded=member.onboarded,
                assessment_id=assessment.id if assessment else None,
                submitted_at=assessment.submitted_at if assessment else None,
                issues=issues,
                strengths=strengths,
                results=results if member.sharing == "results" else None,
            )
        )
    return shared
