"""Hypothesis strategies: valid questionnaires and answer sets that fit them.

Generated questionnaires follow the validator's rules (unique ids, references
exist, ``show_if`` looks backwards, ``is``/``in`` only on single-valued questions,
``has*`` only on multi-choice, no ``unsure``/``na`` test where it is not offered).
Escalations test only context questions, with tests that stay true when more risk
is declared (``has*`` on multi-choice, ``is: "yes"`` on yes/no), so "raising
context risk" is well defined.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from app.questionnaire.model import ContextQuestion, Question, Questionnaire
from app.scoring.answers import Answer, parse_answer
from tests.support.examples import examples

from .builders import LIFECYCLE, STAGES, t

SCORING_SETTINGS = settings(
    max_examples=examples(200),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SEVERITIES = ["low", "medium", "high", "critical"]
LIFECYCLE_KEYS = [stage["key"] for stage in LIFECYCLE]
RESOURCE_IDS = [f"r{i}" for i in range(5)]


def _options(
    values: list[Any], scores: list[int] | None, exclusive: int | None = None
) -> list[Any]:
    options = []
    for i, value in enumerate(values):
        data: dict[str, Any] = {"value": value, "label": t(f"o {value}", f"op {value}")}
        if scores is not None:
            data["score"] = scores[i]
        if exclusive == i:
            data["exclusive"] = True
        options.append(data)
    return options


@st.composite
def context_questions(draw: st.DrawFn) -> list[dict[str, Any]]:
    questions: list[dict[str, Any]] = []
    for i in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["yes_no", "multi_choice", "single_choice"]))
        base = {"id": f"c{i}", "type": kind, "text": t(f"c{i}?"), "allow_na": draw(st.booleans())}
        if kind == "yes_no":
            base["options"] = _options(["yes", "no"], None)
        elif kind == "multi_choice":
            count = draw(st.integers(2, 4))
            exclusive = count - 1 if draw(st.booleans()) else None
            base["options"] = _options([f"v{j}" for j in range(count)], None, exclusive)
        else:
            base["options"] = _options([f"v{j}" for j in range(draw(st.integers(2, 3)))], None)
        questions.append(base)
    return questions


@st.composite
def _scores(draw: st.DrawFn, count: int) -> list[int]:
    scores = draw(st.lists(st.integers(0, 4), min_size=count, max_size=count))
    if max(scores) == 0:
        scores[draw(st.integers(0, count - 1))] = draw(st.integers(1, 4))
    return scores


@st.composite
def domain_question(draw: st.DrawFn, qid: str) -> dict[str, Any]:
    kind = draw(st.sampled_from(["single_choice", "yes_no", "scale", "multi_choice", "text"]))
    base: dict[str, Any] = {
        "id": qid,
        "type": kind,
        "lifecycle": draw(st.sampled_from(LIFECYCLE_KEYS)),
        "text": t(f"{qid}?", f"¿{qid}?"),
        "weight": draw(st.sampled_from([0.5, 1, 2, 3])),
        "allow_unsure": draw(st.booleans()),
        "allow_na": draw(st.booleans()),
        "required": draw(st.booleans()),
    }
    if kind == "yes_no":
        base["options"] = _options(["yes", "no"], [1, 0])
    elif kind == "scale":
        top = draw(st.integers(2, 5))
        base["options"] = _options(list(range(top)), list(range(top)))
    elif kind == "single_choice":
        count = draw(st.integers(2, 4))
        base["options"] = _options([f"v{j}" for j in range(count)], draw(_scores(count)))
    elif kind == "multi_choice":
        count = draw(st.integers(2, 4))
        scores = draw(_scores(count))
        exclusive = None
        if draw(st.booleans()):
            exclusive = count - 1
            scores[exclusive] = 0
            if max(scores) == 0:
                scores[0] = 1
        base["options"] = _options([f"v{j}" for j in range(count)], scores, exclusive)
        base["score_rule"] = draw(st.sampled_from(["sum", "max", "min"]))
        if base["score_rule"] == "sum" and draw(st.booleans()):
            base["max_score"] = draw(st.integers(1, 6))
    else:
        base["options"] = []
        base["max_length"] = 50
    return base


def _value_tests(question: dict[str, Any]) -> list[dict[str, Any]]:
    """Leaf tests the questionnaire validator accepts for ``question``."""
    qid = question["id"]
    values = [o["value"] for o in question["options"]]
    tests: list[dict[str, Any]] = [{"q": qid, "answered": True}]
    if question.get("allow_unsure", True):
        tests.append({"q": qid, "unsure": True})
    if question.get("allow_na", False):
        tests.append({"q": qid, "na": True})
    if question["type"] == "text":
        return tests
    if question["type"] == "multi_choice":
        tests += [{"q": qid, "has": values[-1]}, {"q": qid, "has_all": values[:2]}]
    else:
        tests += [{"q": qid, "is": values[0]}, {"q": qid, "in": values[:2]}]
    if "score" in question["options"][0]:
        tests += [{"q": qid, "score_lt": 0.5}, {"q": qid, "score_gte": 0.75}]
    return tests


@st.composite
def condition(draw: st.DrawFn, questions: list[dict[str, Any]], domains: list[str]) -> Any:
    leaves = [test for q in questions for test in _value_tests(q)]
    leaves += [{"domain": d, "score_lt": 50} for d in domains]
    leaf = st.sampled_from(leaves)
    shape = draw(st.sampled_from(["leaf", "any", "all", "not"]))
    if shape == "leaf":
        return draw(leaf)
    if shape == "not":
        return {"not": draw(leaf)}
    return {shape: draw(st.lists(leaf, min_size=1, max_size=3))}


def _risk_tests(context: list[dict[str, Any]]) -> list[dict[str, Any]]:
    tests: list[dict[str, Any]] = []
    for question in context:
        if question["type"] == "yes_no":
            tests.append({"q": question["id"], "is": "yes"})
        elif question["type"] == "multi_choice":
            plain = [o["value"] for o in question["options"] if not o.get("exclusive")]
            tests += [
                {"q": question["id"], "has": plain[0]},
                {"q": question["id"], "has_any": plain[-2:]},
                {"q": question["id"], "has_all": plain[:2]},
            ]
    return tests


@st.composite
def escalations(draw: st.DrawFn, context: list[dict[str, Any]]) -> list[dict[str, Any]]:
    tests = _risk_tests(context)
    if not tests:
        return []
    count = draw(st.integers(0, 3))
    return [
        {"when": draw(st.sampled_from(tests)), "to": draw(st.sampled_from(SEVERITIES))}
        for _ in range(count)
    ]


def _show_if(draw: st.DrawFn, earlier: list[dict[str, Any]]) -> Any:
    candidates = [q for q in earlier if q["type"] != "text"]
    if not candidates or draw(st.integers(0, 3)) != 0:
        return None
    target = draw(st.sampled_from(candidates))
    value = draw(st.sampled_from([o["value"] for o in target["options"]]))
    test = "has" if target["type"] == "multi_choice" else "is"
    return {"q": target["id"], test: value}


@st.composite
def _domains(draw: st.DrawFn, context: list[dict[str, Any]]) -> list[dict[str, Any]]:
    earlier: list[dict[str, Any]] = list(context)
    domains: list[dict[str, Any]] = []
    for d in range(draw(st.integers(1, 3))):
        questions = []
        for i in range(draw(st.integers(1, 5))):
            question = draw(domain_question(f"d{d}q{i}"))
            show_if = _show_if(draw, earlier)
            if show_if is not None:
                question["show_if"] = show_if
            questions.append(question)
            earlier.append(question)
        weight = draw(st.sampled_from([1, 2]))
        domains.append(
            {"id": f"d{d}", "title": t(f"D{d}"), "weight": weight, "questions": questions}
        )
    return domains


@st.composite
def _issue(
    draw: st.DrawFn, n: int, context: list[dict[str, Any]], domains: list[dict[str, Any]]
) -> dict[str, Any]:
    scored = [q for d in domains for q in d["questions"]]
    domain_ids = [d["id"] for d in domains]
    return {
        "id": f"i{n}",
        "domain": draw(st.sampled_from(domain_ids)),
        "lifecycle": draw(st.sampled_from(LIFECYCLE_KEYS)),
        "severity": draw(st.sampled_from(SEVERITIES)),
        "title": t(f"I{n}", f"P{n}"),
        "why": t("why"),
        "first_steps": {"en": ["step"]},
        "when": draw(condition(scored, domain_ids)),
        "escalate": draw(escalations(context)),
        "resources": draw(st.lists(st.sampled_from(RESOURCE_IDS), max_size=3, unique=True)),
    }


@st.composite
def _strength(draw: st.DrawFn, n: int, domains: list[dict[str, Any]]) -> dict[str, Any]:
    scored = [q for d in domains for q in d["questions"]]
    domain_ids = [d["id"] for d in domains]
    return {
        "id": f"s{n}",
        "domain": draw(st.sampled_from(domain_ids)),
        "lifecycle": draw(st.sampled_from(LIFECYCLE_KEYS)),
        "title": t(f"S{n}"),
        "when": draw(condition(scored, domain_ids)),
    }


@st.composite
def questionnaires(draw: st.DrawFn) -> Questionnaire:
    context = draw(context_questions())
    domains = draw(_domains(context))
    issues = [draw(_issue(n, context, domains)) for n in range(draw(st.integers(0, 5)))]
    strengths = [draw(_strength(n, domains)) for n in range(draw(st.integers(0, 3)))]
    return Questionnaire.model_validate(
        {
            "format": "rdsa.questionnaire/1",
            "slug": "generated",
            "version": "1.0.0",
            "status": "published",
            "default_locale": "en",
            "locales": ["en", "es"],
            "title": t("Generated"),
            "stages": STAGES,
            "lifecycle": LIFECYCLE,
            "context": context,
            "domains": domains,
            "issues": issues,
            "strengths": strengths,
        }
    )


def all_questions(questionnaire: Questionnaire) -> list[Question | ContextQuestion]:
    return [*questionnaire.context, *(q for d in questionnaire.domains for q in d.questions)]


@st.composite
def fitting_value(draw: st.DrawFn, question: Question | ContextQuestion) -> Any:
    if question.type == "text":
        return draw(st.text(alphabet="abc xyz", min_size=1, max_size=20).filter(str.strip))
    values = [o.value for o in question.options]
    if question.type != "multi_choice":
        return draw(st.sampled_from(values))
    exclusive = [o.value for o in question.options if o.exclusive]
    if exclusive and draw(st.integers(0, 3)) == 0:
        return [exclusive[0]]
    plain = [o.value for o in question.options if not o.exclusive]
    return draw(st.lists(st.sampled_from(plain), unique=True, max_size=len(plain)))


@st.composite
def fitting_answer(draw: st.DrawFn, question: Question | ContextQuestion) -> Answer:
    kinds = ["value", "value", "value"]
    if question.allow_unsure:
        kinds.append("unsure")
    if question.allow_na:
        kinds.append("na")
    kind = draw(st.sampled_from(kinds))
    if kind == "unsure":
        return parse_answer({"unsure": True})
    if kind == "na":
        return parse_answer({"not_applicable": True})
    return parse_answer({"value": draw(fitting_value(question))})


@st.composite
def answer_sets(draw: st.DrawFn, questionnaire: Questionnaire) -> dict[str, Answer]:
    """Answers to some of the questions (hidden ones included: scoring must ignore them)."""
    answers: dict[str, Answer] = {}
    for question in all_questions(questionnaire):
        if draw(st.integers(0, 4)) > 0:
            answers[question.id] = draw(fitting_answer(question))
    return answers
