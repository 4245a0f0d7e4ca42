"""Small interface phrases used in drawn reports (en, es, fr, pt)."""

from __future__ import annotations

from app.questionnaire.model import Severity

SEVERITY_NAMES: dict[str, dict[Severity, str]] = {
    "en": {
        Severity.CRITICAL: "Critical",
        Severity.HIGH: "High",
        Severity.MEDIUM: "Medium",
        Severity.LOW: "Low",
    },
    "es": {
        Severity.CRITICAL: "Crítico",
        Severity.HIGH: "Alto",
        Severity.MEDIUM: "Medio",
        Severity.LOW: "Bajo",
    },
    "fr": {
        Severity.CRITICAL: "Critique",
        Severity.HIGH: "Élevé",
        Severity.MEDIUM: "Moyen",
        Severity.LOW: "Faible",
    },
    "pt": {
        Severity.CRITICAL: "Crítico",
        Severity.HIGH: "Alto",
        Severity.MEDIUM: "Médio",
        Severity.LOW: "Baixo",
    },
}

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "issue_map": "Issue map",
        "domain": "Domain",
        "strengths": "strengths",
        "issues": "issues",
        "no_findings": "nothing found",
        "summary": "{issues} issues and {strengths} strengths across {domains} domains. "
        "Highest severity: {highest}.",
        "none": "none",
        "legend_strength": "✓ = strengths",
        "use_resource": "Use this resource: {title}",
    },
    "es": {
        "issue_map": "Mapa de problemas",
        "domain": "Área",
        "strengths": "fortalezas",
        "issues": "problemas",
        "no_findings": "nada encontrado",
        "summary": "{issues} problemas y {strengths} fortalezas en {domains} áreas. "
        "Gravedad más alta: {highest}.",
        "none": "ninguna",
        "legend_strength": "✓ = fortalezas",
        "use_resource": "Usen este recurso: {title}",
    },
    "fr": {
        "issue_map": "Carte des problèmes",
        "domain": "Domaine",
        "strengths": "points forts",
        "issues": "problèmes",
        "no_findings": "rien de relevé",
        "summary": "{issues} problèmes et {strengths} points forts dans {domains} domaines. "
        "Gravité la plus haute : {highest}.",
        "none": "aucune",
        "legend_strength": "✓ = points forts",
        "use_resource": "Utilisez cette ressource : {title}",
    },
    "pt": {
        "issue_map": "Mapa de problemas",
        "domain": "Área",
        "strengths": "pontos fortes",
        "issues": "problemas",
        "no_findings": "nada encontrado",
        "summary": "{issues} problemas e {strengths} pontos fortes em {domains} áreas. "
        "Gravidade mais alta: {highest}.",
        "none": "nenhuma",
        "legend_strength": "✓ = pontos fortes",
        "use_resource": "Usem este recurso: {title}",
    },
}


def phrase(locale: str, key: str) -> str:
    return PHRASES.get(locale, PHRASES["en"]).get(key, PHRASES["en"][key])


def severity_name(locale: str, severity: Severity) -> str:
    return SEVERITY_NAMES.get(locale, SEVERITY_NAMES["en"])[severity]
