"""Recommendations: resources linked to fired issues, ranked by what they address.

A resource's score is the sum of the severity weights (critical 8, high 4,
medium 2, low 1) of the fired issues that list it, each issue counted once.

Engine 2.0.0 (:func:`recommend_by_fit`) ranks by fit: relevance band first (the
largest power of two not above the score), the requested language only inside a
band, then score, effort and first appearance. Resources made for another region
or audience are left out unless nothing else addresses the issue.

Engine 1.0.0 (:func:`recommend`, kept so that stored results read back unchanged):
resources in the requested language first; within each group, higher score first,
then the order in which the resource first appears when walking the issues most
severe first (each issue's resources in the order the issue lists them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.questionnaire.model import Effort, Issue, Resource, Severity
from app.scoring.localise import Localiser, base_language, language_matches
from app.scoring.phrases import phrases_for, why_recommended
from app.scoring.regions import REGIONS, is_country, region_fits

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


# ----------------------------------------------------------------- engine 2.0.0: fit first

_EFFORT_ORDER = {effort: rank for rank, effort in enumerate(Effort)}


@dataclass(frozen=True, slots=True)
class Profile:
    """What is known about where the organisation works and whom it works with."""

    places: tuple[str, ...] = ()  # its country (ISO code) and region names from context
    groups: frozenset[str] = frozenset()  # every context option value it chose

    @classmethod
    def of(cls, country: str | None, context: Mapping[str, list[Any]] | None) -> Profile:
        values = [v for chosen in (context or {}).values() for v in chosen if isinstance(v, str)]
        places = [country.upper()] if country else []
        if not places:  # a context answer naming a country or region, where none is on file
            places = [v for v in values if is_country(v) or v in REGIONS]
        return cls(tuple(places), frozenset(values))


def misfit(resource: Resource, profile: Profile) -> str | None:
    """Why ``resource`` does not fit the organisation ("region", "audience"), or None."""
    if not region_fits(resource.regions, profile.places):
        return "region"
    if resource.audiences and profile.groups.isdisjoint(resource.audiences):
        return "audience"
    return None


def fitting_resources(
    issue: Issue, resources: Mapping[str, Resource], profile: Profile
) -> list[tuple[Resource, str | None]]:
    """The issue's resources that fit; all of them (with why not) when none fits."""
    listed = [resources[rid] for rid in dict.fromkeys(issue.resources) if rid in resources]
    judged = [(resource, misfit(resource, profile)) for resource in listed]
    fitting: list[tuple[Resource, str | None]] = [
        (resource, None) for resource, why in judged if why is None
    ]
    return fitting or judged


def fit_ref(resource: Resource, requested: str, why: str | None) -> dict[str, Any]:
    return {
        **resource_ref(resource, requested),
        "regions": list(resource.regions),
        "audiences": list(resource.audiences),
        "fit": why or "match",
    }


def band(score: int) -> int:
    """The relevance band of a score: the largest power of two not above it."""
    return 1 << (score.bit_length() - 1) if score > 0 else 0


def _fit_key(tally: _Tally) -> tuple[int, bool, int, int, int]:
    effort = _EFFORT_ORDER.get(Effort(tally.ref["effort"]), len(_EFFORT_ORDER))
    return (
        -band(tally.score),
        tally.ref["language_fallback"],
        -tally.score,
        effort,
        tally.first_seen,
    )


def _fit_note(loc: Localiser, tally: _Tally) -> str | None:
    why = tally.ref["fit"]
    if why == "match":
        return None
    phrases = phrases_for(loc.locale)
    titles = phrases.separator.join(i["title"] for i in tally.issues)
    if why == "region":
        return phrases.region_fallback.format(
            regions=", ".join(tally.ref["regions"]), issues=titles
        )
    audiences = ", ".join(tally.ref["audiences"])
    return phrases.audience_fallback.format(audiences=audiences, issues=titles)


def recommend_by_fit(
    issues: list[dict[str, Any]], loc: Localiser, *, limit: int
) -> list[dict[str, Any]]:
    """Engine 2.0.0 ranking: relevance band, then language, then score, effort, first seen.

    ``issues`` are presented issues in priority order, whose ``resources`` already hold
    only the resources that fit (or, where none fits, all of them with ``fit`` saying why).
    """
    tallies: dict[str, _Tally] = {}
    for issue in issues:
        for ref in issue["resources"]:
            tally = tallies.setdefault(ref["id"], _Tally(ref=ref, first_seen=len(tallies)))
            tally.score += SEVERITY_WEIGHTS[issue["severity"]]
            tally.issues.append(issue)
    recommendations: list[dict[str, Any]] = []
    for tally in sorted(tallies.values(), key=_fit_key)[: max(limit, 0)]:
        addressed = [(i["title"], i["severity"]) for i in tally.issues]
        fallback = tally.ref["language_fallback"]
        recommendation = {
            **tally.ref,
            "issues": [i["id"] for i in tally.issues],
            "score": tally.score,
            "band": band(tally.score),
            "why": why_recommended(loc.locale, addressed, language_fallback=fallback),
        }
        note = _fit_note(loc, tally)
        if note is not None:
            recommendation["fit_note"] = note
        recommendations.append(recommendation)
    return recommendations
