"""Localised presentation: ordering, language fallback, recommendations."""

from __future__ import annotations

from typing import Any

import pytest

from app.questionnaire.model import Questionnaire, Resource, Severity
from app.scoring import Evaluation, evaluate, present
from app.scoring.answers import Answer
from app.scoring.phrases import PHRASE_LANGUAGES, why_recommended

from .builders import (
    domain,
    issue,
    option,
    question,
    questionnaire,
    resource,
    strength,
    t,
    val,
)

YES_NO = [option("no", 0), option("yes", 1)]


def sample(**extra: Any) -> Questionnaire:
    flags = [question(f"f{i}", YES_NO, type="yes_no") for i in range(1, 6)]
    return questionnaire(
        [domain("d", flags)],
        issues=[
            issue("i-low", "d", {"q": "f4", "is": "no"}, severity="low", resources=["r-en"]),
            issue(
                "i-medium",
                "d",
                {"q": "f3", "is": "no"},
                severity="medium",
                resources=["r-both", "missing"],
                # Spanish "why" missing: falls back to English for this string only
                why={"en": "Only in English."},
            ),
            issue(
                "i-critical",
                "d",
                {"q": "f1", "is": "no"},
                severity="critical",
                resources=["r-en", "r-es"],
            ),
            issue(
                "i-high",
                "d",
                {"q": "f2", "is": "no"},
                severity="high",
                resources=["r-es", "r-both"],
            ),
            issue("i-medium-2", "d", {"q": "f5", "is": "no"}, severity="medium"),
        ],
        strengths=[strength("s", "d", {"q": "f1", "is": "yes"})],
        **extra,
    )


RESOURCES: dict[str, Resource] = {
    "r-en": resource("r-en", ["en"]),
    "r-es": resource("r-es", ["es"], translations={"es": "https://example.org/es/r-es"}),
    "r-both": resource(
        "r-both", ["en", "es"], translations={"es": "https://example.org/es/r-both"}
    ),
}

ALL_NO: dict[str, Answer] = {f"f{i}": val("no") for i in range(1, 6)}


def results(locale: str | None, answers: dict[str, Answer] | None = None, **kw: Any) -> Any:
    q = sample()
    evaluation = evaluate(q, answers if answers is not None else ALL_NO, content_hash="h")
    return present(evaluation, q, RESOURCES, locale=locale, **kw)


def test_issues_most_severe_first_ties_in_questionnaire_order() -> None:
    ids = [i.id for i in results("en").issues]
    assert ids == ["i-critical", "i-high", "i-medium", "i-medium-2", "i-low"]


@pytest.mark.parametrize(
    ("requested", "served"),
    [("es", "es"), ("es-MX", "es"), ("en", "en"), ("de", "en"), (None, "en")],
)
def test_locale_negotiation(requested: str | None, served: str) -> None:
    assert results(requested).locale == served


def test_strings_fall_back_to_the_default_locale_one_by_one() -> None:
    medium = next(i for i in results("es").issues if i.id == "i-medium")
    assert medium.title == "Problema i-medium"
    assert medium.why == "Only in English."
    assert medium.first_steps == ["Primer paso i-medium."]


def test_issue_resources_skip_unknown_ids_and_use_translated_urls() -> None:
    medium = next(i for i in results("es").issues if i.id == "i-medium")
    assert [(r.id, r.url, r.language_fallback) for r in medium.resources] == [
        ("r-both", "https://example.org/es/r-both", False)
    ]


def legacy_results(locale: str | None, answers: dict[str, Answer] | None = None) -> Any:
    """Results of an evaluation stored by engine 1.0.0 (presented as 1.0.0 did)."""
    q = sample()
    evaluation = evaluate(q, answers if answers is not None else ALL_NO, content_hash="h")
    old = Evaluation.model_validate_json(
        evaluation.model_copy(update={"engine_version": "1.0.0"}).model_dump_json()
    )
    return present(old, q, RESOURCES, locale=locale)


def test_recommendations_ranked_by_fit_language_only_within_a_band() -> None:
    recs = results("es").recommendations
    # r-es: i-critical 8 + i-high 4 = 12 (Spanish), band 8
    # r-en: i-critical 8 + i-low 1 = 9 (English only), band 8: after r-es, same band
    # r-both: i-high 4 + i-medium 2 = 6 (Spanish), band 4: fit outranks language
    assert [(r.id, r.score, r.band, r.issues, r.language_fallback) for r in recs] == [
        ("r-es", 12, 8, ["i-critical", "i-high"], False),
        ("r-en", 9, 8, ["i-critical", "i-low"], True),
        ("r-both", 6, 4, ["i-high", "i-medium"], False),
    ]
    assert recs[0].why == (
        "Recomendado porque ayuda con: Problema i-critical (crítica); Problema i-high (alta)."
    )
    assert recs[1].why.endswith("No está disponible en tu idioma.")
    assert recs[0].url == "https://example.org/es/r-es"


def test_in_english_the_english_resource_leads_its_band_only() -> None:
    recs = results("en").recommendations
    # band 8: r-en 9 (English) before r-es 12 (Spanish only); band 4: r-both 6
    assert [(r.id, r.score) for r in recs] == [("r-en", 9), ("r-es", 12), ("r-both", 6)]
    assert recs[0].why == (
        "Recommended because it helps with: Issue i-critical (critical); Issue i-low (low)."
    )


def test_engine_1_results_keep_the_language_first_ranking() -> None:
    recs = legacy_results("es").recommendations
    assert [(r.id, r.score, r.language_fallback) for r in recs] == [
        ("r-es", 12, False),
        ("r-both", 6, False),
        ("r-en", 9, True),
    ]
    assert [(r.id, r.score) for r in legacy_results("en").recommendations] == [
        ("r-en", 9),
        ("r-both", 6),
        ("r-es", 12),
    ]
    assert "band" not in legacy_results("en").model_dump_json()


def test_recommendations_ties_follow_first_appearance_and_limit_applies() -> None:
    # Only f2 "no": r-es 4 (i-high) and r-both 4 (i-high). French is requested (English is
    # served); neither resource is in French, so both fall back and rank by score.
    answers = {**{f"f{i}": val("yes") for i in range(1, 6)}, "f2": val("no")}
    recs = results("fr", answers).recommendations
    # r-es and r-both both 4 from i-high; r-es comes first in i-high's list
    assert [(r.id, r.score) for r in recs] == [("r-es", 4), ("r-both", 4)]
    assert all(r.language_fallback for r in recs)
    # the sentence follows the served locale (English), so it never mixes languages
    assert recs[0].why == (
        "Recommended because it helps with: Issue i-high (high). Not available in your language."
    )
    assert [r.id for r in results("en", limit=1).recommendations] == ["r-en"]
    assert results("en", limit=0).recommendations == []


def test_domain_explanation_lists_questions_weights_and_stage_thresholds() -> None:
    answers = {"f1": val("yes"), "f2": val("no")}
    domain_out = results("es", answers).domains[0]
    # (1*1 + 1*0) / 2 = 0.5 -> 50.0, "developing"
    assert (domain_out.score, domain_out.stage, domain_out.stage_label) == (
        50.0,
        "developing",
        "En desarrollo",
    )
    explanation = domain_out.explanation
    assert [(q.id, q.weight, q.score) for q in explanation.included] == [
        ("f1", 1.0, 1.0),
        ("f2", 1.0, 0.0),
    ]
    assert [q.id for q in explanation.unanswered] == ["f3", "f4", "f5"]
    assert explanation.included[0].text == "¿Pregunta f1?"
    assert [(s.key, s.min) for s in explanation.stages] == [
        ("unaware", 0),
        ("emerging", 25),
        ("developing", 50),
        ("leading", 80),
    ]


def test_evidence_is_labelled_in_the_served_language() -> None:
    critical = results("es").issues[0]
    evidence = critical.evidence[0]
    assert (evidence.label, evidence.value_labels) == ("¿Pregunta f1?", ["Opción no"])


def test_issue_map_carries_labels() -> None:
    issue_map = results("es").issue_map
    assert issue_map.domains[0].label == "Dominio d"
    assert [a.label for a in issue_map.lifecycle] == ["Planificar", "Recoger", "Guardar"]
    plan = issue_map.cells[0]
    assert [i.id for i in plan.issues][:2] == ["i-critical", "i-high"]
    assert plan.highest_severity == "critical"


def test_stored_evaluation_presents_identically_after_a_json_round_trip() -> None:
    q = sample()
    evaluation = evaluate(q, ALL_NO, content_hash="h")
    stored = evaluation.model_dump_json()
    loaded = Evaluation.model_validate_json(stored)
    assert loaded == evaluation
    assert loaded.model_dump_json() == stored
    direct = present(evaluation, q, RESOURCES, locale="es").model_dump_json()
    later = present(loaded, q, RESOURCES, locale="es").model_dump_json()
    assert direct == later


def test_presenting_with_another_version_is_refused() -> None:
    evaluation = evaluate(sample(), ALL_NO, content_hash="h")
    with pytest.raises(ValueError, match="cannot be presented"):
        present(evaluation, sample(version="2.0.0"), RESOURCES, locale="en")


def test_escalation_reasons_are_localised() -> None:
    q = questionnaire(
        [domain("d", [question("a", YES_NO), question("b", YES_NO)])],
        issues=[
            issue(
                "i",
                "d",
                {"q": "a", "is": "no"},
                escalate=[{"when": {"q": "b", "is": "no"}, "to": "high", "reason": t("B", "Be")}],
            )
        ],
    )
    evaluation = evaluate(q, {"a": val("no"), "b": val("no")}, content_hash="h")
    out = present(evaluation, q, {}, locale="es").issues[0]
    assert (out.severity, out.base_severity) == ("high", "medium")
    assert [(e.to, e.reason) for e in out.escalations] == [("high", "Be")]


def test_phrases_exist_for_the_four_service_languages() -> None:
    assert set(PHRASE_LANGUAGES) == {"en", "es", "fr", "pt"}
    for language in PHRASE_LANGUAGES:
        sentence = why_recommended(language, [("X", Severity.HIGH)], language_fallback=True)
        assert "X (" in sentence
    assert why_recommended("pt-BR", [("X", Severity.LOW)], language_fallback=False) == (
        "Recomendado porque ajuda com: X (baixa)."
    )
