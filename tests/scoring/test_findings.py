"""Issues, escalation, evidence and the issue map."""

from __future__ import annotations

from typing import Any

from app.questionnaire.model import Questionnaire
from app.scoring import evaluate
from app.scoring.answers import Answer
from app.scoring.evaluation import DomainEvidence, QuestionEvidence

from .builders import (
    UNSURE,
    context_question,
    domain,
    issue,
    option,
    question,
    questionnaire,
    strength,
    t,
    val,
)

CONSENT = [option("explicit", 4), option("bundled", 1), option("none", 0)]


def consent_questionnaire(**issue_extra: Any) -> Questionnaire:
    return questionnaire(
        context=[
            context_question(
                "ctx-data",
                [option("health"), option("sexuality"), option("none", exclusive=True)],
                type="multi_choice",
            ),
            context_question(
                "ctx-space", [option("open"), option("narrowed"), option("repressed")]
            ),
        ],
        domains=[
            domain(
                "participation",
                [
                    question("consent-how", CONSENT, lifecycle="collect"),
                    question("consent-notes", [], type="text", required=False),
                ],
            ),
            domain("protection", [question("backups", [option("no", 0), option("yes", 1)])]),
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
                        "when": {"q": "ctx-data", "has_any": ["health", "sexuality"]},
                        "to": "critical",
                        "reason": t("Special-category data", "Datos sensibles"),
                    },
                    {"when": {"q": "ctx-space", "is": "repressed"}, "to": "high"},
                    {"when": {"q": "ctx-space", "in": ["narrowed", "repressed"]}, "to": "low"},
                ],
                **issue_extra,
            ),
            issue(
                "no-backups",
                "protection",
                {"q": "backups", "is": "no"},
                lifecycle="store",
                severity="high",
            ),
            issue(
                "weak-participation",
                "participation",
                {"domain": "participation", "score_lt": 50},
                lifecycle="collect",
                severity="high",
            ),
        ],
        strengths=[
            strength(
                "explicit-consent",
                "participation",
                {"q": "consent-how", "is": "explicit"},
                lifecycle="collect",
            ),
            strength("has-backups", "protection", {"q": "backups", "is": "yes"}, lifecycle="store"),
        ],
    )


def run(answers: dict[str, Answer], q: Questionnaire | None = None) -> Any:
    return evaluate(q or consent_questionnaire(), answers, content_hash="h")


def test_issue_fires_with_the_evidence_it_looked_at() -> None:
    result = run({"consent-how": val("bundled"), "backups": val("yes")})
    fired = {i.id: i for i in result.issues}
    assert set(fired) == {"consent-bundled", "weak-participation"}
    evidence = fired["consent-bundled"].evidence
    # `any` stops at the first true test, so only that one was looked at
    assert evidence == [
        QuestionEvidence(
            question="consent-how",
            test="in",
            expected=["bundled", "none"],
            state="value",
            value="bundled",
            score=0.25,
            result=True,
        )
    ]
    assert fired["weak-participation"].evidence == [
        DomainEvidence(
            domain="participation", test="score_lt", expected=50, score=25.0, result=True
        )
    ]


def test_evidence_lists_the_false_tests_looked_at_before_the_deciding_one() -> None:
    result = run({"consent-how": UNSURE})
    consent = next(i for i in result.issues if i.id == "consent-bundled")
    assert [(e.test, e.result) for e in consent.evidence] == [("in", False), ("unsure", True)]
    assert consent.evidence[1].state == "unsure"


def test_severity_is_raised_by_every_matching_escalation_and_never_lowered() -> None:
    answers = {"consent-how": val("none"), "ctx-space": val("narrowed")}
    consent = next(i for i in run(answers).issues if i.id == "consent-bundled")
    # only the "to: low" rule matches; it may not lower medium
    assert (consent.base_severity, consent.severity) == ("medium", "medium")
    assert [(e.index, e.to, e.raises) for e in consent.escalations] == [(2, "low", False)]

    answers = {
        "consent-how": val("none"),
        "ctx-space": val("repressed"),
        "ctx-data": val(["sexuality"]),
    }
    consent = next(i for i in run(answers).issues if i.id == "consent-bundled")
    assert consent.severity == "critical"
    assert [(e.index, e.to, e.raises) for e in consent.escalations] == [
        (0, "critical", True),
        (1, "high", True),
        (2, "low", False),
    ]
    assert consent.escalations[0].evidence[0].value == ["sexuality"]


def test_unanswered_context_never_escalates() -> None:
    consent = next(i for i in run({"consent-how": val("none")}).issues if i.id == "consent-bundled")
    assert consent.severity == "medium"
    assert consent.escalations == []


def test_strengths_fire_with_evidence() -> None:
    result = run({"consent-how": val("explicit"), "backups": val("yes")})
    assert [s.id for s in result.strengths] == ["explicit-consent", "has-backups"]
    assert result.strengths[0].evidence[0].value == "explicit"
    assert result.issues == []


def test_issue_map_is_dense_ordered_and_sorted_within_cells() -> None:
    answers = {
        "consent-how": val("none"),
        "ctx-data": val(["health"]),
        "backups": val("no"),
    }
    issue_map = run(answers).issue_map
    assert issue_map.domains == ["participation", "protection"]
    assert issue_map.lifecycle == ["plan", "collect", "store"]
    assert [(c.domain, c.lifecycle) for c in issue_map.cells] == [
        (d, s) for d in issue_map.domains for s in issue_map.lifecycle
    ]
    cells = {(c.domain, c.lifecycle): c for c in issue_map.cells}
    collect = cells[("participation", "collect")]
    # consent-bundled escalated to critical comes before weak-participation (high)
    assert [(i.id, i.severity) for i in collect.issues] == [
        ("consent-bundled", "critical"),
        ("weak-participation", "high"),
    ]
    assert collect.highest_severity == "critical"
    assert cells[("protection", "store")].highest_severity == "high"
    assert cells[("participation", "plan")].highest_severity is None
    assert cells[("participation", "plan")].issues == []


def test_free_text_never_enters_the_evaluation() -> None:
    q = consent_questionnaire()
    secret = "Our field officer Ana keeps lists at home"
    q2 = q.model_copy(
        update={
            "strengths": [
                *q.strengths,
                *questionnaire(
                    [domain("participation", [question("consent-notes", [], type="text")])],
                    strengths=[
                        strength("notes", "participation", {"q": "consent-notes", "answered": True})
                    ],
                ).strengths,
            ]
        }
    )
    result = evaluate(q2, {"consent-notes": val(secret)}, content_hash="h")
    assert "notes" in [s.id for s in result.strengths]
    assert secret not in result.model_dump_json()
