"""Small questionnaires built from plain dicts, for hand-computed tests."""

from __future__ import annotations

from typing import Any

from app.questionnaire.model import Questionnaire, Resource
from app.scoring.answers import Answer, parse_answer


def t(en: str, es: str | None = None) -> dict[str, str]:
    """A localised text; Spanish optional to exercise the fallback."""
    return {"en": en} if es is None else {"en": en, "es": es}


STAGES = [
    {"key": "unaware", "min": 0, "label": t("Unaware", "Sin conciencia")},
    {"key": "emerging", "min": 25, "label": t("Emerging", "Emergente")},
    {"key": "developing", "min": 50, "label": t("Developing", "En desarrollo")},
    {"key": "leading", "min": 80, "label": t("Leading", "Referente")},
]

LIFECYCLE = [
    {"key": "plan", "label": t("Plan", "Planificar")},
    {"key": "collect", "label": t("Collect", "Recoger")},
    {"key": "store", "label": t("Store", "Guardar")},
]


def option(value: str | int, score: float | None = None, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"value": value, "label": t(f"Option {value}", f"Opción {value}")}
    if score is not None:
        data["score"] = score
    return {**data, **extra}


def question(qid: str, options: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": qid,
        "type": "single_choice",
        "lifecycle": "plan",
        "text": t(f"Question {qid}?", f"¿Pregunta {qid}?"),
        "options": options,
    }
    return {**data, **extra}


def context_question(qid: str, options: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": qid,
        "type": "single_choice",
        "text": t(f"Context {qid}?", f"¿Contexto {qid}?"),
        "options": options,
    }
    return {**data, **extra}


def issue(iid: str, domain: str, when: dict[str, Any], **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": iid,
        "domain": domain,
        "lifecycle": "plan",
        "severity": "medium",
        "title": t(f"Issue {iid}", f"Problema {iid}"),
        "why": t(f"Why {iid} matters.", f"Por qué importa {iid}."),
        "first_steps": {"en": [f"First step for {iid}."], "es": [f"Primer paso {iid}."]},
        "when": when,
    }
    return {**data, **extra}


def strength(sid: str, domain: str, when: dict[str, Any], **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": sid,
        "domain": domain,
        "lifecycle": "plan",
        "title": t(f"Strength {sid}", f"Fortaleza {sid}"),
        "when": when,
    }
    return {**data, **extra}


def questionnaire(
    domains: list[dict[str, Any]],
    *,
    context: list[dict[str, Any]] | None = None,
    issues: list[dict[str, Any]] | None = None,
    strengths: list[dict[str, Any]] | None = None,
    version: str = "1.0.0",
    **extra: Any,
) -> Questionnaire:
    data: dict[str, Any] = {
        "format": "rdsa.questionnaire/1",
        "slug": "test-q",
        "version": version,
        "status": "published",
        "default_locale": "en",
        "locales": ["en", "es"],
        "title": t("Test questionnaire", "Cuestionario de prueba"),
        "stages": STAGES,
        "lifecycle": LIFECYCLE,
        "context": context or [],
        "domains": domains,
        "issues": issues or [],
        "strengths": strengths or [],
    }
    return Questionnaire.model_validate({**data, **extra})


def domain(did: str, questions: list[dict[str, Any]], weight: float = 1) -> dict[str, Any]:
    return {
        "id": did,
        "title": t(f"Domain {did}", f"Dominio {did}"),
        "weight": weight,
        "questions": questions,
    }


def resource(rid: str, languages: list[str], **extra: Any) -> Resource:
    data: dict[str, Any] = {
        "id": rid,
        "title": f"Resource {rid}",
        "publisher": "Test publisher",
        "url": f"https://example.org/{rid}",
        "languages": languages,
        "type": "guide",
        "effort": "hours",
    }
    return Resource.model_validate({**data, **extra})


def val(value: Any) -> Answer:
    return parse_answer({"value": value})


UNSURE = parse_answer({"unsure": True})
NA = parse_answer({"not_applicable": True})
