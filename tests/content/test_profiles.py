"""Whole answer profiles behave as an organisation would expect.

Best practice fires nothing serious in any context; worst practice and "don't
know" fire most issues, most severe first; a riskier context raises severities
and never lowers them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from app.questionnaire.model import QuestionType, Severity
from app.scoring import Evaluation
from tests.content.contexts import CALM, NAMED, RISK_ORDER, RISKIEST
from tests.content.rdcore import (
    AnswerSet,
    Chooser,
    Content,
    answer_all,
    best,
    candidates,
    load_content,
    partial,
    partial_practice_issues,
    referenced_questions,
    unsure,
    worst,
)

MODEL = load_content().model
MIN_SHARE_OF_ISSUES_ON_WORST = 0.8
PARTIAL_PRACTICE = partial_practice_issues(MODEL)
RISKY = ["lgbtqi-criminalised", "survivors", "land-defenders", "riskiest"]


def _label(answer: dict[str, object]) -> str:
    if "value" not in answer:
        return "unsure" if answer.get("unsure") else "n/a"
    found = answer["value"]
    return ",".join(map(str, found)) or "nothing" if isinstance(found, list) else str(found)


def _one_factor_contexts() -> Iterator[tuple[str, AnswerSet]]:
    """The calm profile with one context answer changed, for every possible answer."""
    for question in MODEL.context:
        for answer in candidates(question):
            yield f"calm+{question.id}={_label(answer)}", {**CALM, question.id: answer}


CONTEXTS = [*NAMED.items(), *_one_factor_contexts()]


def _severities(evaluation: Evaluation) -> dict[str, Severity]:
    return {issue.id: issue.severity for issue in evaluation.issues}


def _run(content: Content, context: AnswerSet, choose: Chooser) -> Evaluation:
    return content.evaluate(answer_all(content, context, choose))


@pytest.mark.parametrize(("name", "context"), CONTEXTS, ids=[name for name, _ in CONTEXTS])
def test_best_answers_fire_nothing_above_low(
    content: Content, name: str, context: AnswerSet
) -> None:
    evaluation = _run(content, context, best)
    serious = {i.id: i.severity.value for i in evaluation.issues if i.severity.rank > 1}
    assert not serious, f"best practice in context {name!r} still fires {serious}"
    assert evaluation.overall.score == 100.0


@pytest.mark.parametrize("name", list(NAMED))
def test_best_answers_earn_every_visible_strength(content: Content, name: str) -> None:
    answers = answer_all(content, NAMED[name], best)
    shown = content.visible(answers)
    expected = {
        s.id
        for s in content.model.strengths
        if all(q in shown for q in referenced_questions(s.when))
    }
    fired = {s.id for s in content.evaluate(answers).strengths}
    assert fired == expected, f"missing strengths: {sorted(expected - fired)}"


@pytest.mark.parametrize("name", list(NAMED))
def test_partial_answers_land_in_developing_with_few_issues(content: Content, name: str) -> None:
    # docs/content.md §2.1: doing everything "partly" scores about 50, in `developing`.
    # Since 1.1.0 partial practice on high-stakes questions fires its own issues (low
    # in a calm context, at least high where data is sensitive and people are at risk);
    # besides those, only risky-but-common answers (scored 1 of 4) fire issues.
    evaluation = _run(content, NAMED[name], partial)
    assert evaluation.overall.stage == "developing"
    assert 45 <= (evaluation.overall.score or 0) <= 55
    others = [i.id for i in evaluation.issues if i.id not in PARTIAL_PRACTICE]
    assert len(others) <= 5, others
    halfway = {i.id: i.severity for i in evaluation.issues if i.id in PARTIAL_PRACTICE}
    assert len(halfway) >= 9, sorted(halfway)
    if name == "calm":
        assert all(i.severity.rank <= Severity.HIGH.rank for i in evaluation.issues)
        assert set(halfway.values()) == {Severity.LOW}
    if name in RISKY:
        high_stakes = {i for i in halfway if i != "part-official-language-only"}
        assert all(halfway[i].rank >= Severity.HIGH.rank for i in high_stakes), halfway


@pytest.mark.parametrize("choose", [worst, unsure], ids=["worst", "unsure"])
@pytest.mark.parametrize("name", list(NAMED))
def test_poor_answers_fire_most_issues_and_no_strength(
    content: Content, name: str, choose: Chooser
) -> None:
    evaluation = _run(content, NAMED[name], choose)
    fired = len(evaluation.issues)
    # Partial-practice issues fire on middle options, never on the worst or "don't know".
    assert not {i.id for i in evaluation.issues} & PARTIAL_PRACTICE
    total = len(content.model.issues) - len(PARTIAL_PRACTICE)
    assert fired >= MIN_SHARE_OF_ISSUES_ON_WORST * total, f"only {fired} of {total} issues fire"
    assert not evaluation.strengths, [s.id for s in evaluation.strengths]
    assert evaluation.overall.score == 0.0
    assert evaluation.overall.stage == "unaware"


@pytest.mark.parametrize("name", RISKY)
def test_worst_answers_in_a_risky_context_put_critical_issues_first(
    content: Content, name: str
) -> None:
    results = content.present(answer_all(content, NAMED[name], worst))
    ranks = [issue.severity.rank for issue in results.issues]
    assert ranks == sorted(ranks, reverse=True), "present() must list the most severe first"
    assert results.issues[0].severity is Severity.CRITICAL
    criticals = sum(rank == Severity.CRITICAL.rank for rank in ranks)
    assert criticals >= 5, f"only {criticals} critical issues with worst answers in {name!r}"
    top = {rec.id for rec in results.recommendations[:3]}
    critical_resources = {r.id for i in results.issues[:criticals] for r in i.resources}
    assert top <= critical_resources, "top recommendations must address critical issues"


def _answer_based(issue_id: str) -> bool:
    """Whether one of the issue's escalations tests a domain answer, not only the context."""
    context_ids = {q.id for q in MODEL.context}
    issue = next(i for i in MODEL.issues if i.id == issue_id)
    return any(set(referenced_questions(e.when)) - context_ids for e in issue.escalate)


def test_calm_context_escalates_nothing_but_answer_based_rules(content: Content) -> None:
    evaluation = _run(content, CALM, worst)
    escalated = [i.id for i in evaluation.issues if i.escalations and not _answer_based(i.id)]
    assert not escalated, f"context escalations apply in the calm context: {escalated}"


@pytest.mark.parametrize("name", list(NAMED))
def test_dont_know_behaves_like_worst(content: Content, name: str) -> None:
    worst_run = _run(content, NAMED[name], worst)
    unsure_run = _run(content, NAMED[name], unsure)
    assert _severities(unsure_run).keys() == _severities(worst_run).keys()
    assert unsure_run.overall.score == worst_run.overall.score
    differ = {
        qid
        for qid, severity in _severities(unsure_run).items()
        if severity != _severities(worst_run)[qid]
    }
    assert all(_answer_based(qid) for qid in differ), f"severities differ for {sorted(differ)}"


def _not_lower(low: Evaluation, high: Evaluation) -> list[str]:
    """Issues of ``low`` that are missing or less severe in ``high``."""
    raised = _severities(high)
    return [
        f"{qid}: {sev.value} -> {raised[qid].value if qid in raised else 'gone'}"
        for qid, sev in _severities(low).items()
        if qid not in raised or raised[qid].rank < sev.rank
    ]


@pytest.mark.parametrize("choose", [worst, unsure], ids=["worst", "unsure"])
@pytest.mark.parametrize("name", RISKY)
def test_risky_context_raises_severities(content: Content, name: str, choose: Chooser) -> None:
    calm = _run(content, CALM, choose)
    risky = _run(content, NAMED[name], choose)
    assert not _not_lower(calm, risky)
    before = _severities(calm)
    raised = [
        qid
        for qid, sev in _severities(risky).items()
        if qid in before and sev.rank > before[qid].rank
    ]
    assert len(raised) >= 5, f"context {name!r} raises only {raised}"


def _multi_steps(question_id: str) -> Iterator[tuple[str, AnswerSet, AnswerSet]]:
    """Adding one option to the calm answer, or removing one from the riskiest answer."""
    question = next(q for q in MODEL.context if q.id == question_id)
    exclusive = {o.value for o in question.options if o.exclusive}
    calm_values = [v for v in CALM[question_id]["value"] if v not in exclusive]
    for option in question.options:
        if option.exclusive or option.value in calm_values:
            continue
        added = {"value": [*calm_values, option.value]}
        yield f"calm:{question_id}+{option.value}", CALM, {**CALM, question_id: added}
        kept = [v for v in RISKIEST[question_id]["value"] if v != option.value]
        fewer = {**RISKIEST, question_id: {"value": kept}}
        yield f"riskiest:{question_id}-{option.value}", fewer, RISKIEST


def _steps() -> Iterator[tuple[str, AnswerSet, AnswerSet]]:
    """Pairs of contexts (safer, riskier) that differ in one context answer."""
    for base_name, base in (("calm", CALM), ("riskiest", RISKIEST)):
        for qid, order in RISK_ORDER.items():
            for safer, riskier in itertools.pairwise(order):
                yield (
                    f"{base_name}:{qid}:{safer}->{riskier}",
                    {**base, qid: {"value": safer}},
                    {**base, qid: {"value": riskier}},
                )
    for question in MODEL.context:
        if question.type is QuestionType.MULTI_CHOICE:
            yield from _multi_steps(question.id)


STEPS = list(_steps())


@pytest.mark.parametrize(("name", "safer", "riskier"), STEPS, ids=[s[0] for s in STEPS])
def test_one_step_riskier_never_lowers_a_severity(
    content: Content, name: str, safer: AnswerSet, riskier: AnswerSet
) -> None:
    for choose in (worst, unsure):
        lowered = _not_lower(_run(content, safer, choose), _run(content, riskier, choose))
        assert not lowered, f"{name} ({choose.__name__} answers) lowers {lowered}"


def test_risk_order_covers_every_single_choice_context_question_in_rules() -> None:
    in_rules = set(
        referenced_questions(
            *(e.when for i in MODEL.issues for e in i.escalate),
            *(i.when for i in MODEL.issues),
            *(q.show_if for d in MODEL.domains for q in d.questions),
        )
    )
    for question in MODEL.context:
        if question.id in in_rules and question.type is not QuestionType.MULTI_CHOICE:
            options = sorted(str(o.value) for o in question.options)
            assert sorted(RISK_ORDER.get(question.id, [])) == options, question.id
