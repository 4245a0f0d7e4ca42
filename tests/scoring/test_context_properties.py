"""Properties of the cautious context rules (docs/scoring.md §7, §8) over generated
questionnaires whose escalations test context questions in every way the format allows:
``is``/``in`` on single choice, ``has*`` on multi-choice, ``yes`` on yes/no, and each
of these under ``not``; plus a stage cap."""

from __future__ import annotations

from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

from app.questionnaire.model import ContextQuestion, Questionnaire
from app.scoring import evaluate
from app.scoring.answers import Answer, DeclinedAnswer, UnsureAnswer, parse_answer
from app.scoring.combine import risk_tests
from app.scoring.compiled import compile_questionnaire
from app.scoring.resolve import resolve_answer
from app.scoring.state import UNANSWERED

from .builders import STAGES
from .strategies import SCORING_SETTINGS, SEVERITIES, answer_sets, questionnaires


def _leaf_tests(question: ContextQuestion) -> list[dict[str, Any]]:
    values = [o.value for o in question.options]
    plain = [o.value for o in question.options if not o.exclusive]
    q = question.id
    if question.type == "yes_no":
        return [{"q": q, "is": "yes"}]
    if question.type == "multi_choice":
        return [{"q": q, "has": plain[0]}, {"q": q, "has_any": plain[-2:]}]
    return [{"q": q, "is": values[-1]}, {"q": q, "in": values[1:]}]


@st.composite
def _context_escalations(draw: st.DrawFn, questionnaire: Questionnaire) -> Questionnaire:
    """The questionnaire with new escalations on its context questions (and ``not`` ones),
    "prefer not to say" on some context questions, and a stage cap."""
    tests = [t for q in questionnaire.context for t in _leaf_tests(q)]
    data = questionnaire.model_dump(mode="json", by_alias=True, exclude_none=True)
    for question in data["context"]:
        question["prefer_not_to_say"] = draw(st.booleans())
    for issue in data["issues"]:
        for _ in range(draw(st.integers(0, 3)) if tests else 0):
            leaf = draw(st.sampled_from(tests))
            shape = draw(st.sampled_from(["leaf", "not", "all"]))
            if shape == "not":
                when: Any = {"not": leaf}
            elif shape == "all":
                when = {"all": [leaf, draw(st.sampled_from(tests))]}
            else:
                when = leaf
            issue.setdefault("escalate", []).append(
                {"when": when, "to": draw(st.sampled_from(SEVERITIES))}
            )
    stage = draw(st.sampled_from([s["key"] for s in STAGES[:-1]]))
    data["stage_cap"] = {"while": draw(st.sampled_from(["high", "critical"])), "max": stage}
    return Questionnaire.model_validate(data)


@st.composite
def _cases(draw: st.DrawFn) -> tuple[Questionnaire, dict[str, Answer]]:
    questionnaire = draw(_context_escalations(draw(questionnaires())))
    return questionnaire, draw(answer_sets(questionnaire))


def _concrete_answers(question: ContextQuestion) -> list[Answer]:
    values = [o.value for o in question.options]
    if question.type != "multi_choice":
        return [parse_answer({"value": v}) for v in values]
    plain = [o.value for o in question.options if not o.exclusive]
    exclusive = [[o.value] for o in question.options if o.exclusive]
    selections = [[v] for v in plain] + [plain] + exclusive
    return [parse_answer({"value": s}) for s in selections]


def _severities(questionnaire: Questionnaire, answers: dict[str, Answer]) -> dict[str, int]:
    result = evaluate(questionnaire, answers, content_hash="h")
    return {issue.id: issue.severity.rank for issue in result.issues}


def _satisfied(questionnaire: Questionnaire, qid: str, answer: Answer | None) -> set[int]:
    """Which escalation tests on ``qid`` this answer satisfies (positions in one list)."""
    compiled = compile_questionnaire(questionnaire)
    question = compiled.questions[qid]
    resolved = UNANSWERED if answer is None else resolve_answer(question, answer) or UNANSWERED
    tests = risk_tests(compiled).get(qid, [])
    if isinstance(answer, UnsureAnswer | DeclinedAnswer):
        return set(range(len(tests)))  # read as the cautious case: every test holds
    return {i for i, (leaf, positive) in enumerate(tests) if leaf.predicate(resolved) == positive}


@SCORING_SETTINGS
@given(_cases(), st.data())
def test_an_escalating_context_answer_never_lowers_a_severity(
    case: tuple[Questionnaire, dict[str, Answer]], data: st.DataObject
) -> None:
    questionnaire, answers = case
    assume(questionnaire.context)
    question = data.draw(st.sampled_from(questionnaire.context))
    before = answers.get(question.id)
    satisfied = _satisfied(questionnaire, question.id, before)
    # An answer is "escalating" when it satisfies every escalation test the old one did.
    riskier = [
        a
        for a in _concrete_answers(question)
        if satisfied <= _satisfied(questionnaire, question.id, a)
    ]
    assume(riskier)
    after_answers = {**answers, question.id: data.draw(st.sampled_from(riskier))}
    old, new = _severities(questionnaire, answers), _severities(questionnaire, after_answers)
    for issue_id in old.keys() & new.keys():
        assert new[issue_id] >= old[issue_id]


@SCORING_SETTINGS
@given(_cases(), st.data())
def test_dont_know_on_context_is_never_less_severe_than_a_concrete_answer(
    case: tuple[Questionnaire, dict[str, Answer]], data: st.DataObject
) -> None:
    questionnaire, answers = case
    assume(questionnaire.context)
    question = data.draw(st.sampled_from(questionnaire.context))
    unknowns = [parse_answer({"unsure": True})]
    if question.prefer_not_to_say:
        unknowns.append(parse_answer({"prefer_not_to_say": True}))
    for unknown in unknowns:
        cautious = _severities(questionnaire, {**answers, question.id: unknown})
        for concrete in _concrete_answers(question):
            stated = _severities(questionnaire, {**answers, question.id: concrete})
            for issue_id in cautious.keys() & stated.keys():
                assert cautious[issue_id] >= stated[issue_id], (unknown, concrete)


@SCORING_SETTINGS
@given(_cases())
def test_an_open_issue_at_the_cap_severity_always_caps_the_stage(
    case: tuple[Questionnaire, dict[str, Answer]],
) -> None:
    questionnaire, answers = case
    cap = questionnaire.stage_cap
    assert cap is not None
    compiled = compile_questionnaire(questionnaire)
    result = evaluate(questionnaire, answers, content_hash="h")
    severe = [i for i in result.issues if i.severity.rank >= cap.while_.rank]
    limit = compiled.stage_rank(cap.max)
    if severe and result.overall.stage is not None:
        assert compiled.stage_rank(result.overall.stage) <= limit
        if result.overall.stage_cap is not None:
            assert set(result.overall.stage_cap.issues) <= {i.id for i in severe}
    for domain in result.domains:
        here = [i for i in severe if i.domain == domain.id]
        if here and domain.stage is not None:
            assert compiled.stage_rank(domain.stage) <= limit
    if not severe:
        assert result.overall.stage_cap is None
        assert all(d.stage_cap is None for d in result.domains)
