"""Recommendations: resources linked to fired issues, ranked by what they address.

A resource's score is the sum of the severity weights (critical 8, high 4,
medium 2, low 1) of the fired issues that list it, each issue counted once.
Resources in the requested language come first; within each group, higher score
first, then the order in which the resource first appears when walking the issues
most severe first (each issue's resources in the order the issue lists them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.questionnaire.model import Resource, Severity
from app.scoring.localise import Localiser, base_language, language_matches
from app.scoring.phrases import why_recommended
from app.scoring.results import IssueOut, RecommendationOut, ResourceRef

SEVERITY_WEIGHTS: dict[Severity, int] = {
    Severity.CRITICAL: 8,
    Severity.HIGH: 4,
    Severity.MEDIUM: 2,
    Severity.LOW: 1,
}


def _localised_url(resource: Resource, requested: str) -> str:
    if requested in resource.translations:
        return resource.translations[requested]
    wanted = base_language(requested)
    for language, url in resource.translations.items():
        if base_language(language) == wanted:
            return url
    return resource.url


def resource_ref(resource: Resource, requested: str) -> ResourceRef:
    """A resource as shown next to an issue, with its address in the requested language."""
    return ResourceRef(
        id=resource.id,
        title=resource.title,
        publisher=resource.publisher,
        url=_localised_url(resource, requested),
        languages=list(resource.languages),
        type=resource.type,
        effort=resource.effort,
        language_fallback=not language_matches(requested, resource.languages),
    )


@dataclass(slots=True)
class _Tally:
    ref: ResourceRef
    first_seen: int
    score: int = 0
    issues: list[IssueOut] = field(default_factory=list)


def _tally(issues: list[IssueOut]) -> list[_Tally]:
    tallies: dict[str, _Tally] = {}
    for issue in issues:
        for ref in {r.id: r for r in issue.resources}.values():
            tally = tallies.setdefault(ref.id, _Tally(ref=ref, first_seen=len(tallies)))
            tally.score += SEVERITY_WEIGHTS[issue.severity]
            tally.issues.append(issue)
    return sorted(tallies.values(), key=lambda t: (t.ref.language_fallback, -t.score, t.first_seen))


def recommend(issues: list[IssueOut], loc: Localiser, *, limit: int) -> list[RecommendationOut]:
    """The top ``limit`` resources for the fired ``issues`` (given most severe first)."""
    recommendations: list[RecommendationOut] = []
    for tally in _tally(issues)[: max(limit, 0)]:
        addressed = [(i.title, i.severity) for i in tally.issues]
        recommendations.append(
            RecommendationOut(
                **tally.ref.model_dump(),
                issues=[i.id for i in tally.issues],
                score=tally.score,
                why=why_recommended(
                    loc.locale, addressed, language_fallback=tally.ref.language_fallback
                ),
            )
        )
    return recommendations
