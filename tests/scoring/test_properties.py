"""Properties of the engine over generated questionnaires and answer sets."""

from __future__ import annotations

import random
from collections.abc import Mapping

from hypothesis import assume, given
from hypothesis import strategies as st

from app.questionnaire.model import ContextQuestion, Question, Questionnaire, QuestionType
from app.scoring import (
    Evaluation,
    Results,
    carry_over,
    combine,
    compare,
    evaluate,
    present,
    validate_answers,
    visible,
)
from app.scoring.answers import Answer, ValueAnswer, parse_answer
from app.scoring.engine import evaluation_data
from app.scoring.present import results_data

from .builders import resource
from .strategies import (
    RESOURCE_IDS,
    SCORING_SETTINGS,
    all_questions,
    answer_sets,
    fitting_answer,
    questionnaires,
)

RESOURCES = {
    rid: resource(rid, [["en"], ["es"], ["en", "es"]][i % 3]) for i, rid in enumerate(RESOURCE_IDS)
}


def _json(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> str:
    return evaluate(questionnaire, answers, content_hash="h").model_dump_json()


def _visible_only(questionnaire: Questionnaire, answers: dict[str, Answer]) -> dict[str, Answer]:
    shown = visible(questionnaire, answers)
    return {qid: a for qid, a in answers.items() if qid in shown}


@SCORING_SETTINGS
@given(st.data())
def test_scores_stay_within_their_ranges(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaires())
    result = evaluate(questionnaire, data.draw(answer_sets(questionnaire)), content_hash="h")
    for domain in result.domains:
        assert domain.score is None or 0 <= domain.score <= 100
        assert domain.coverage is None or 0 <= domain.coverage <= 1
        assert all(0 <= q.score <= 1 for q in domain.included)
    assert result.overall.score is None or 0 <= result.overall.score <= 100


@SCORING_SETTINGS
@given(st.data())
def test_answer_order_does_not_matter_and_output_is_deterministic(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaires())
    answers = data.draw(answer_sets(questionnaire))
    shuffled = list(answers.items())
    random.Random(data.draw(st.integers(0, 1000))).shuffle(shuffled)
    first = _json(questionnaire, answers)
    assert _json(questionnaire, dict(shuffled)) == first
    assert _json(questionnaire, answers) == first
    evaluation = evaluate(questionnaire, answers, content_hash="h")
    locale = data.draw(st.sampled_from(["en", "es", "fr"]))
    once = present(evaluation, questionnaire, RESOURCES, locale=locale).model_dump_json()
    again = evaluate(questionnaire, dict(shuffled), content_hash="h")
    assert present(again, questionnaire, RESOURCES, locale=locale).model_dump_json() == once


@SCORING_SETTINGS
@given(st.data())
def test_answers_to_hidden_questions_never_change_results(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaires())
    answers = data.draw(answer_sets(questionnaire))
    shown = visible(questionnaire, answers)
    hidden = [q for q in all_questions(questionnaire) if q.id not in shown]
    assume(hidden)
    changed = dict(answers)
    for question in hidden:
        if data.draw(st.booleans()):
            changed[question.id] = data.draw(fitting_answer(question))
        else:
            changed.pop(question.id, None)
    assert _json(questionnaire, changed) == _json(questionnaire, answers)


@SCORING_SETTINGS
@given(st.data())
def test_a_better_answer_never_lowers_its_domain_score(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaires())
    answers = data.draw(answer_sets(questionnaire))
    referenced = questionnaire.model_dump_json()
    shown = visible(questionnaire, answers)
    single = (QuestionType.SINGLE_CHOICE, QuestionType.YES_NO, QuestionType.SCALE)
    candidates = [
        (domain, q)
        for domain in questionnaire.domains
        for q in domain.questions
        if q.type in single and q.id in shown and f'"q":"{q.id}"' not in referenced
    ]
    assume(candidates)
    domain, question = data.draw(st.sampled_from(candidates))
    low, high = sorted(
        data.draw(st.lists(st.sampled_from(question.options), min_size=2, max_size=2)),
        key=lambda o: o.score or 0,
    )
    worse = evaluate(questionnaire, {**answers, question.id: _value(low.value)}, content_hash="h")
    better = evaluate(questionnaire, {**answers, question.id: _value(high.value)}, content_hash="h")
    index = [d.id for d in questionnaire.domains].index(domain.id)
    worse_score, better_score = worse.domains[index].score, better.domains[index].score
    assert worse_score is not None
    assert better_score is not None
    assert better_score >= worse_score


def _value(value: object) -> Answer:
    return parse_answer({"value": value})


@st.composite
def _riskier(
    draw: st.DrawFn, questionnaire: Questionnaire, answers: dict[str, Answer]
) -> dict[str, Answer]:
    """The same answers with more risk declared in the context."""
    riskier = dict(answers)
    for question in questionnaire.context:
        if question.type == "yes_no" and draw(st.booleans()):
            riskier[question.id] = _value("yes")
        elif question.type == "multi_choice" and draw(st.booleans()):
            plain = [o.value for o in question.options if not o.exclusive]
            before = answers.get(question.id)
            kept = []
            if isinstance(before, ValueAnswer) and isinstance(before.value, list):
                kept = [v for v in before.value if v in plain]
            extra = draw(st.lists(st.sampled_from(plain), unique=True, min_size=1))
            riskier[question.id] = _value(kept + [v for v in extra if v not in kept])
    return riskier


@SCORING_SETTINGS
@given(st.data())
def test_more_context_risk_never_lowers_a_severity(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaires())
    answers = data.draw(answer_sets(questionnaire))
    riskier = data.draw(_riskier(questionnaire, answers))
    before = {i.id: i for i in evaluate(questionnaire, answers, content_hash="h").issues}
    after = {i.id: i for i in evaluate(questionnaire, riskier, content_hash="h").issues}
    for issue_id in before.keys() & after.keys():
        matched_before = {e.index for e in before[issue_id].escalations}
        matched_after = {e.index for e in after[issue_id].escalations}
        assert matched_before <= matched_after
        assert after[issue_id].severity.rank >= before[issue_id].severity.rank


@SCORING_SETTINGS
@given(st.data())
def test_generated_answers_validate_and_mutated_ones_do_not(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaires())
    answers = _visible_only(questionnaire, data.draw(answer_sets(questionnaire)))
    assert validate_answers(questionnaire, answers) == []
    assume(answers)
    target = data.draw(st.sampled_from(sorted(answers)))
    question = next(q for q in all_questions(questionnaire) if q.id == target)
    mutated = {**answers, target: _mutate(question, data)}
    problems = validate_answers(questionnaire, mutated, changed=[target])
    assert [p.question_id for p in problems] == [target]


def _mutate(question: Question | ContextQuestion, data: st.DataObject) -> Answer:
    values = [o.value for o in question.options]
    if question.type == "text":
        return _value("x" * (question.max_length + 1))
    if question.type == "multi_choice":
        return _value(
            data.draw(st.sampled_from([["not-an-option"], [values[0], values[0]], values[0]]))
        )
    if question.type == "scale":
        points = [v for v in values if isinstance(v, int)]
        return _value(data.draw(st.sampled_from([max(points) + 1, -1, str(points[0])])))
    mutations = [_value("not-an-option"), _value(values)]
    if not question.allow_unsure:
        mutations.append(parse_answer({"unsure": True}))
    if not question.allow_na:
        mutations.append(parse_answer({"not_applicable": True}))
    return data.draw(st.sampled_from(mutations))


@SCORING_SETTINGS
@given(st.data())
def test_combine_ignores_respondent_order_and_names(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaires())
    sets = data.draw(st.lists(answer_sets(questionnaire), min_size=1, max_size=4))
    respondents = {f"person-{i}": answers for i, answers in enumerate(sets)}
    renamed = {f"other-{i}": answers for i, answers in enumerate(reversed(sets))}
    combined = combine(questionnaire, respondents)
    assert combine(questionnaire, renamed).model_dump_json() == combined.model_dump_json()
    assert validate_answers(questionnaire, combined.answers) == []
    for disagreement in combined.disagreements:
        assert sum(c.count for c in disagreement.answers) == disagreement.respondents
        assert len(disagreement.answers) >= 2


@SCORING_SETTINGS
@given(st.data())
def test_one_respondent_combines_to_their_own_visible_answers(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaires())
    answers = _visible_only(questionnaire, data.draw(answer_sets(questionnaire)))
    combined = combine(questionnaire, {"solo": answers})
    assert _json(questionnaire, combined.answers) == _json(questionnaire, answers)
    assert combined.disagreements == []


@SCORING_SETTINGS
@given(st.data())
def test_carry_to_the_same_version_and_self_comparison_change_nothing(
    data: st.DataObject,
) -> None:
    questionnaire = data.draw(questionnaires())
    answers = _visible_only(questionnaire, data.draw(answer_sets(questionnaire)))
    carried = carry_over(questionnaire, questionnaire, answers)
    assert (carried.answers, carried.needs_review, carried.dropped) == (answers, [], [])
    evaluation = evaluate(questionnaire, answers, content_hash="h")
    comparison = compare(evaluation, evaluation)
    assert all(d.delta in (None, 0.0) for d in comparison.domains)
    assert comparison.issues_new == comparison.issues_resolved == []
    assert comparison.questions_changed == []


@SCORING_SETTINGS
@given(st.data())
def test_built_data_matches_the_output_models_exactly(data: st.DataObject) -> None:
    questionnaire = data.draw(questionnaires())
    answers = data.draw(answer_sets(questionnaire))
    built = evaluation_data(questionnaire, answers, content_hash="h")
    evaluation = Evaluation.model_validate(built)
    assert evaluation.model_dump() == built
    shown = results_data(evaluation, questionnaire, RESOURCES, locale="es")
    assert Results.model_validate(shown).model_dump() == shown
