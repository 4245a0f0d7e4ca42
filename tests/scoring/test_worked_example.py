"""The worked example of docs/scoring.md, number by number.

If this test changes, update the document too.
"""

from __future__ import annotations

from app.questionnaire.model import Questionnaire, Resource
from app.scoring import evaluate, present
from app.scoring.answers import Answer

from .builders import (
    NA,
    UNSURE,
    context_question,
    domain,
    issue,
    option,
    question,
    questionnaire,
    resource,
    strength,
    val,
)

YES_NO = [option("yes", 1), option("no", 0)]


def example_questionnaire() -> Questionnaire:
    return questionnaire(
        context=[
            context_question(
                "ctx-special-data",
                [option("health"), option("sexuality"), option("none", exclusive=True)],
                type="multi_choice",
            ),
            context_question("ctx-fieldwork", [option("yes"), option("no")], type="yes_no"),
        ],
        domains=[
            domain(
                "participation",
                [
                    question(
                        "consent-how",
                        [option("explicit", 4), option("bundled", 1), option("none", 0)],
                        weight=2,
                        lifecycle="collect",
                    ),
                    question("consent-withdraw", YES_NO, type="yes_no", lifecycle="collect"),
                    question(
                        "feedback", [option(n, n) for n in range(5)], type="scale", lifecycle="plan"
                    ),
                ],
            ),
            domain(
                "protection",
                [
                    question(
                        "safeguards",
                        [
                            option("encryption", 2),
                            option("backups", 1),
                            option("access-review", 1),
                            option("none", 0, exclusive=True),
                        ],
                        type="multi_choice",
                        lifecycle="store",
                    ),
                    question(
                        "breach-plan",
                        [option("tested", 3), option("written", 2), option("none", 0)],
                        allow_na=True,
                        lifecycle="store",
                    ),
                    question("retention", YES_NO, type="yes_no", lifecycle="store"),
                    question(
                        "field-devices",
                        YES_NO,
                        type="yes_no",
                        lifecycle="collect",
                        show_if={"q": "ctx-fieldwork", "is": "yes"},
                    ),
                ],
                weight=2,
            ),
        ],
        issues=[
            issue(
                "consent-bundled",
                "participation",
                {
                    "any": [
                        {"q": "consent-how", "in": ["bundled", "none"]},
                        {"q": "consent-how", "unsure": True},
                    ]
                },
                lifecycle="collect",
                severity="medium",
                escalate=[
                    {
                        "when": {"q": "ctx-special-data", "has_any": ["health", "sexuality"]},
                        "to": "critical",
                    }
                ],
                resources=["consentful", "rd-handbook"],
            ),
            issue(
                "withdraw-unknown",
                "participation",
                {"q": "consent-withdraw", "unsure": True},
                lifecycle="collect",
                severity="low",
                resources=["rd-handbook"],
            ),
            issue(
                "no-breach-plan",
                "protection",
                {"q": "breach-plan", "is": "none"},
                lifecycle="store",
                severity="high",
                resources=["consentful"],
            ),
            issue(
                "participation-low",
                "participation",
                {"domain": "participation", "score_lt": 40},
                lifecycle="plan",
                severity="medium",
                resources=["community-feedback"],
            ),
        ],
        strengths=[
            strength(
                "encrypts",
                "protection",
                {"q": "safeguards", "has": "encryption"},
                lifecycle="store",
            )
        ],
    )


EXAMPLE_ANSWERS: dict[str, Answer] = {
    "ctx-special-data": val(["health"]),
    "ctx-fieldwork": val("no"),
    "consent-how": val("bundled"),
    "consent-withdraw": UNSURE,
    "feedback": val(3),
    "safeguards": val(["encryption", "backups"]),
    "breach-plan": NA,
    "field-devices": val("no"),
}

EXAMPLE_RESOURCES: dict[str, Resource] = {
    "consentful": resource("consentful", ["en", "es"]),
    "rd-handbook": resource("rd-handbook", ["en", "es", "fr", "pt"]),
    "community-feedback": resource("community-feedback", ["es"]),
}


def test_worked_example_scores() -> None:
    result = evaluate(example_questionnaire(), EXAMPLE_ANSWERS, content_hash="h")
    participation, protection = result.domains
    assert [(q.id, q.weight, q.score) for q in participation.included] == [
        ("consent-how", 2.0, 0.25),
        ("consent-withdraw", 1.0, 0.0),
        ("feedback", 1.0, 0.75),
    ]
    assert (participation.weighted_sum, participation.weight_total) == (1.25, 4.0)
    assert (participation.score, participation.stage, participation.coverage) == (
        31.3,
        "emerging",
        1.0,
    )
    assert [(q.id, q.score) for q in protection.included] == [("safeguards", 0.75)]
    assert [(q.id, q.reason) for q in protection.excluded] == [
        ("breach-plan", "not_applicable"),
        ("field-devices", "hidden"),
    ]
    assert protection.unanswered == ["retention"]
    assert (protection.score, protection.stage, protection.coverage) == (75.0, "developing", 0.5)
    assert (result.overall.weighted_sum, result.overall.weight_total) == (181.3, 3.0)
    assert (result.overall.score, result.overall.stage) == (60.4, "developing")


def test_worked_example_issues_and_recommendations() -> None:
    q = example_questionnaire()
    evaluation = evaluate(q, EXAMPLE_ANSWERS, content_hash="h")
    english = present(evaluation, q, EXAMPLE_RESOURCES, locale="en")
    assert [(i.id, i.base_severity, i.severity) for i in english.issues] == [
        ("consent-bundled", "medium", "critical"),
        ("participation-low", "medium", "medium"),
        ("withdraw-unknown", "low", "low"),
    ]
    assert [s.id for s in english.strengths] == ["encrypts"]
    assert [(r.id, r.score, r.issues, r.language_fallback) for r in english.recommendations] == [
        ("rd-handbook", 9, ["consent-bundled", "withdraw-unknown"], False),
        ("consentful", 8, ["consent-bundled"], False),
        ("community-feedback", 2, ["participation-low"], True),
    ]
    spanish = present(evaluation, q, EXAMPLE_RESOURCES, locale="es")
    assert [(r.id, r.language_fallback) for r in spanish.recommendations] == [
        ("rd-handbook", False),
        ("consentful", False),
        ("community-feedback", False),
    ]
