"""Plain-language explanations served with a summary. They never contain a count."""

from __future__ import annotations

from datetime import datetime

EXPLANATIONS = {
    "current": "These figures describe the organisations in the cohort that have submitted "
    'this questionnaire, as they are now. Counts below {k} are shown as "<{k}".',
    "held": "These figures were published on {date} and still describe the cohort as it "
    "was then. Some organisations have changed since (joined, left, submitted again or "
    "changed what they share). New figures are published once at least {k} organisations "
    "have changed, so that no single organisation's change can be read from the difference.",
    "too_few": "Figures need at least {k} organisations that have submitted this "
    "questionnaire, and at least {k} among them that share only aggregates (unless every "
    "one shares its results with you). Until then only the number of members and "
    "submissions is shown.",
    "held_back": "New figures are held back: they would differ from figures already "
    "published (for this cohort or another of your cohorts) by fewer than {k} "
    "organisations, and the difference could reveal what those organisations answered. "
    "They will be published when more organisations have changed.",
    "no_questionnaire": "No member has submitted an assessment yet, so there are no "
    "figures. Only the number of members is shown.",
}


def explain(reason: str, k: int, published_at: datetime | None = None) -> str:
    date = published_at.date().isoformat() if published_at else ""
    return EXPLANATIONS[reason].format(k=k, date=date)
