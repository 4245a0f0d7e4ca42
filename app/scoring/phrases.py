"""The few sentences the engine writes itself, in the languages it knows.

Questionnaire text comes from the questionnaire file; only the "why recommended"
sentence and severity names are built here. Unknown languages fall back to English.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.questionnaire.model import Severity


@dataclass(frozen=True, slots=True)
class Phrases:
    recommended_for: str
    severity: dict[Severity, str]
    not_in_language: str
    separator: str = "; "


_PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        recommended_for="Recommended because it helps with: {issues}.",
        severity={
            Severity.CRITICAL: "critical",
            Severity.HIGH: "high",
            Severity.MEDIUM: "medium",
            Severity.LOW: "low",
        },
        not_in_language="Not available in your language.",
    ),
    "es": Phrases(
        recommended_for="Recomendado porque ayuda con: {issues}.",
        severity={
            Severity.CRITICAL: "crítica",
            Severity.HIGH: "alta",
            Severity.MEDIUM: "media",
            Severity.LOW: "baja",
        },
        not_in_language="No está disponible en tu idioma.",
    ),
    "fr": Phrases(
        recommended_for="Recommandé parce qu’il aide à traiter : {issues}.",
        severity={
            Severity.CRITICAL: "critique",
            Severity.HIGH: "élevée",
            Severity.MEDIUM: "moyenne",
            Severity.LOW: "faible",
        },
        not_in_language="Pas disponible dans votre langue.",
    ),
    "pt": Phrases(
        recommended_for="Recomendado porque ajuda com: {issues}.",
        severity={
            Severity.CRITICAL: "crítica",
            Severity.HIGH: "alta",
            Severity.MEDIUM: "média",
            Severity.LOW: "baixa",
        },
        not_in_language="Não está disponível no seu idioma.",
    ),
}

PHRASE_LANGUAGES = tuple(_PHRASES)


def phrases_for(locale: str) -> Phrases:
    return _PHRASES.get(locale.split("-")[0], _PHRASES["en"])


def why_recommended(
    locale: str, issues: list[tuple[str, Severity]], *, language_fallback: bool
) -> str:
    """One sentence naming the issues (title, severity) a resource helps with."""
    phrases = phrases_for(locale)
    listed = phrases.separator.join(
        f"{title} ({phrases.severity[severity]})" for title, severity in issues
    )
    sentence = phrases.recommended_for.format(issues=listed)
    return f"{sentence} {phrases.not_in_language}" if language_fallback else sentence
