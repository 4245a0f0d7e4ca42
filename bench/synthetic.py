"""A realistic, synthetic questionnaire of the largest expected size, for benchmarks.

7 domains x 9 questions, 8 context questions, 35 issues (most with escalations),
20 strengths, 4 locales, 40 resources. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from app.questionnaire.model import Questionnaire, Resource
from app.scoring.answers import Answer, parse_answer

LOCALES = ["en", "es", "fr", "pt"]
DOMAINS = ["power", "purpose", "participation", "protection", "sharing", "retention", "people"]
LIFECYCLE = ["plan", "collect", "store", "analyse", "share", "retain"]


def _text(label: str) -> dict[str, str]:
    return {locale: f"[{locale}] {label}" for locale in LOCALES}


def _options(values: Sequence[str | int], scores: Sequence[float]) -> list[dict[str, Any]]:
    return [
        {"value": v, "score": s, "label": _text(f"option {v}")}
        for v, s in zip(values, scores, strict=True)
    ]


def _context() -> list[dict[str, Any]]:
    special = ["health", "sexuality", "location", "migration", "ethnicity", "none"]
    questions: list[dict[str, Any]] = [
        {
            "id": "ctx-special-data",
            "type": "multi_choice",
            "text": _text("Which special categories of data do you hold?"),
            "options": [{"value": v, "label": _text(v), "exclusive": v == "none"} for v in special],
        },
        {
            "id": "ctx-civic-space",
            "type": "single_choice",
            "text": _text("How open is civic space where you work?"),
            "options": [{"value": v, "label": _text(v)} for v in ["open", "narrowed", "repressed"]],
        },
    ]
    for i in range(6):
        questions.append(
            {
                "id": f"ctx-flag-{i}",
                "type": "yes_no",
                "text": _text(f"Context flag {i}?"),
                "options": [{"value": v, "label": _text(v)} for v in ["yes", "no"]],
            }
        )
    return questions


def _question(domain: str, index: int, rng: random.Random) -> dict[str, Any]:
    qid = f"{domain}-q{index}"
    base: dict[str, Any] = {
        "id": qid,
        "lifecycle": LIFECYCLE[index % len(LIFECYCLE)],
        "text": _text(f"Question {qid}?"),
        "help": _text(f"Help for {qid}."),
        "weight": rng.choice([1, 1, 1, 2, 0.5]),
        "allow_na": index % 4 == 3,
    }
    if index == 8:
        return {**base, "type": "text", "required": False, "options": []}
    if index % 3 == 0:
        scores = [0, 1, 2, 3, 4]
        return {**base, "type": "scale", "options": _options([0, 1, 2, 3, 4], scores)}
    if index % 3 == 1:
        values: list[str | int] = ["none", "partial", "documented", "reviewed"]
        return {**base, "type": "single_choice", "options": _options(values, [0, 1, 3, 4])}
    if index == 5:
        values = ["a", "b", "c", "d", "e"]
        rule = rng.choice(["sum", "max", "min"])
        return {
            **base,
            "type": "multi_choice",
            "score_rule": rule,
            "options": _options(values, [1, 1, 2, 2, 0]),
        }
    question = {**base, "type": "yes_no", "options": _options(["yes", "no"], [1, 0])}
    if index == 2:
        question["show_if"] = {"q": "ctx-flag-0", "is": "yes"}
    return question


def _escalations(rng: random.Random) -> list[dict[str, Any]]:
    escalations = [
        {
            "when": {"q": "ctx-special-data", "has_any": ["health", "sexuality"]},
            "to": "critical",
            "reason": _text("special-category data"),
        },
        {
            "when": {"q": "ctx-civic-space", "in": ["repressed", "narrowed"]},
            "to": "high",
            "reason": _text("restricted civic space"),
        },
    ]
    return escalations[: rng.choice([0, 1, 2, 2])]


def _issue(number: int, rng: random.Random) -> dict[str, Any]:
    domain = DOMAINS[number % len(DOMAINS)]
    target = f"{domain}-q{number % 8}"
    when: dict[str, Any] = {"any": [{"q": target, "score_lt": 0.5}, {"q": target, "unsure": True}]}
    if number % 5 == 0:
        when = {"all": [when, {"q": f"ctx-flag-{number % 6}", "is": "yes"}]}
    if number % 7 == 0:
        when = {"any": [when, {"domain": domain, "score_lt": 40}]}
    return {
        "id": f"issue-{number}",
        "domain": domain,
        "lifecycle": LIFECYCLE[number % len(LIFECYCLE)],
        "severity": rng.choice(["low", "medium", "medium", "high"]),
        "title": _text(f"Issue {number}"),
        "why": _text(f"Why issue {number} matters for the people in the data."),
        "first_steps": {locale: [f"[{locale}] step 1", f"[{locale}] step 2"] for locale in LOCALES},
        "when": when,
        "escalate": _escalations(rng),
        "resources": sorted({f"res-{rng.randrange(40)}" for _ in range(rng.choice([1, 2, 3]))}),
        "affects": ["community"],
    }


def _strength(number: int) -> dict[str, Any]:
    domain = DOMAINS[number % len(DOMAINS)]
    return {
        "id": f"strength-{number}",
        "domain": domain,
        "lifecycle": LIFECYCLE[number % len(LIFECYCLE)],
        "title": _text(f"Strength {number}"),
        "when": {"q": f"{domain}-q{(number + 3) % 8}", "score_gte": 0.75},
    }


def questionnaire_data(seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    return {
        "format": "rdsa.questionnaire/1",
        "slug": "synthetic",
        "version": "1.0.0",
        "status": "published",
        "default_locale": "en",
        "locales": LOCALES,
        "title": _text("Synthetic responsible data assessment"),
        "stages": [
            {"key": key, "min": minimum, "label": _text(key)}
            for key, minimum in [
                ("unaware", 0),
                ("emerging", 20),
                ("learning", 40),
                ("developing", 60),
                ("mastering", 80),
            ]
        ],
        "lifecycle": [{"key": key, "label": _text(key)} for key in LIFECYCLE],
        "context": _context(),
        "domains": [
            {
                "id": domain,
                "title": _text(domain),
                "weight": 1 + (i % 2),
                "questions": [_question(domain, q, rng) for q in range(9)],
            }
            for i, domain in enumerate(DOMAINS)
        ],
        "issues": [_issue(n, rng) for n in range(35)],
        "strengths": [_strength(n) for n in range(20)],
    }


def synthetic_questionnaire(seed: int = 7) -> Questionnaire:
    return Questionnaire.model_validate(questionnaire_data(seed))


def synthetic_resources(count: int = 40) -> dict[str, Resource]:
    language_sets = [["en"], ["en", "es"], ["es"], ["fr", "en"], ["pt"], ["en", "es", "fr", "pt"]]
    return {
        f"res-{i}": Resource(
            id=f"res-{i}",
            title=f"Resource {i}",
            publisher="Synthetic publisher",
            url=f"https://example.org/resources/{i}",
            languages=language_sets[i % len(language_sets)],
            type="guide",
            effort="hours",
        )
        for i in range(count)
    }


def _value_for(question: Any, rng: random.Random) -> Any:
    values = [option.value for option in question.options]
    if question.type == "text":
        return "We keep a short note of how we decided this."
    if question.type == "multi_choice":
        plain = [o.value for o in question.options if not o.exclusive]
        return rng.sample(plain, k=rng.randint(1, min(3, len(plain))))
    return rng.choice(values)


def complete_answers(questionnaire: Questionnaire, seed: int = 11) -> dict[str, Answer]:
    """An answer for every question (some "don't know"); hidden ones are ignored by scoring."""
    rng = random.Random(seed)
    answers: dict[str, Answer] = {}
    questions = [*questionnaire.context, *(q for d in questionnaire.domains for q in d.questions)]
    for question in questions:
        if question.allow_unsure and rng.random() < 0.08:
            answers[question.id] = parse_answer({"unsure": True})
        else:
            answers[question.id] = parse_answer({"value": _value_for(question, rng)})
    return answers
