"""What a cohort summary needs to know about a questionnaire, merged over its versions.

Members may have answered different versions of one questionnaire; ids are stable
across versions, so the newest version that has an id gives its title, domain,
lifecycle stage, base severity and resources.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.questionnaire.model import Questionnaire, Severity
from app.questionnaire.texts import pick_locale


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    domain: str
    lifecycle: str
    title: Mapping[str, str]
    base_severity: Severity | None = None
    resources: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionnaireFacts:
    slug: str
    default_locale: str
    locales: tuple[str, ...]
    title: Mapping[str, str]
    domains: dict[str, Mapping[str, str]] = field(default_factory=dict)  # id -> title
    issues: dict[str, Finding] = field(default_factory=dict)
    strengths: dict[str, Finding] = field(default_factory=dict)

    def text(self, text: Mapping[str, str] | None, locale: str) -> str:
        return "" if text is None else str(pick_locale(text, locale, self.default_locale))

    def order(self, ids: Mapping[str, object]) -> dict[str, int]:
        return {item_id: position for position, item_id in enumerate(ids)}


def facts_of(versions: Sequence[Questionnaire]) -> QuestionnaireFacts:
    """Facts from every version of one questionnaire, given oldest first."""
    newest = versions[-1]
    facts = QuestionnaireFacts(
        slug=newest.slug,
        default_locale=newest.default_locale,
        locales=tuple(newest.locales),
        title=newest.title,
    )
    for version in reversed(versions):
        for domain in version.domains:
            facts.domains.setdefault(domain.id, domain.title)
        for issue in version.issues:
            facts.issues.setdefault(
                issue.id,
                Finding(
                    issue.id,
                    issue.domain,
                    issue.lifecycle,
                    issue.title,
                    issue.severity,
                    tuple(dict.fromkeys(issue.resources)),
                ),
            )
        for strength in version.strengths:
            facts.strengths.setdefault(
                strength.id,
                Finding(strength.id, strength.domain, strength.lifecycle, strength.title),
            )
    return facts
