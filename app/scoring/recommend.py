"""Recommendations: resources linked to fired issues, ranked by what they address.

A resource's score is the sum of the severity weights (critical 8, high 4,
medium 2, low 1) of the fired issues that list it, each issue counted once.
Resources in the requested language come first; within each group, higher score
first, then the order in which the resource first appears when walking the issues
most severe first (each issue's resources in the order the issue lists them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.questionnaire.model import Resource, Severity
from app.scoring.localise import Localiser, base_language, language_matches
from app.scoring.phrases import why_recommended

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


def resource_ref(resource: Resource, requested: str) -> dict[str, Any]:
    """A resource as shown next to an issue, with its address in the requested language."""
    return {
        "id": resource.id,
        "title": resource.title,
        "publisher": resource.publisher,
        "url": _localised_url(resource, requested),
        "languages": list(resource.languages),
        "type": resource.type,
        "effort": resource.effort,
        "language_fallback": not language_matches(requested, resource.languages),
    }


@dataclass(slots=True)
class _Tally:
    ref: dict[str, Any]
    first_seen: int
    score: int = 0
    issues: list[dict[str, Any]] = field(default_factory=list)


def _tally(issues: list[dict[str, Any]]) -> list[_Tally]:
    tallies: dict[str, _Tally] = {}
    for issue in issues:
        for ref in issue["resources"]:
            tally = tallies.setdefault(ref["id"], _Tally(ref=ref, first_seen=len(tallies)))
            tally.score += SEVERITY_WEIGHTS[issue["severity"]]
            tally.issues.append(issue)
    return sorted(
        tallies.values(), key=lambda t: (t.ref["language_fallback"], -t.score, t.first_seen)
    )


def recommend(issues: list[dict[str, Any]], loc: Localiser, *, limit: int) -> list[dict[str, Any]]:
    """The top ``limit`` resources for the fired ``issues`` (presented, most severe first).

    Each issue lists a resource at most once (presentation removes repeats).
    """
    recommendations: list[dict[str, Any]] = []
    for tally in _tally(issues)[: max(limit, 0)]:
        addressed = [(i["title"], i["severity"]) for i in tally.issues]
        fallback = tally.ref["language_fallback"]
        recommendations.append(
            {
                **tally.ref,
                "issues": [i["id"] for i in tally.issues],
                "score": tally.score,
                "why": why_recommended(loc.locale, addressed, language_fallback=fallback),
            }
        )
    return recommendations
