"""``evaluate``: answers in, a locale-neutral :class:`Evaluation` out.

Every number is computed from the rounded numbers reported one level down
(question scores to 4 decimals, domain scores to 1 decimal), so a person can
redo each step by hand from what the results show. Loops follow questionnaire
order, never answer order, so equal inputs give byte-identical output.
"""

from __future__ import annotations

from typing import Any

from app.questionnaire.model import Questionnaire
from app.scoring.answers import AnswerMap
from app.scoring.compiled import CompiledDomain, CompiledQuestionnaire, compile_questionnaire
from app.scoring.evaluation import ENGINE_VERSION, Evaluation
from app.scoring.findings import (
    Data,
    assign_priorities,
    build_issue_map,
    fired_issues,
    fired_strengths,
)
from app.scoring.problems import InvalidAnswers, ProblemCode
from app.scoring.resolve import resolve
from app.scoring.rounding import fraction, percent
from app.scoring.state import AnswerState, Resolved
from app.scoring.validation import validate_answers

_EXCLUDED_STATES = (AnswerState.HIDDEN, AnswerState.NOT_APPLICABLE)


def _evaluate_domain(
    compiled: CompiledQuestionnaire, domain: CompiledDomain, resolved: dict[str, Resolved]
) -> Data:
    included: list[Data] = []
    excluded: list[Data] = []
    unanswered: list[str] = []
    unscored: list[str] = []
    weighted_sum = weight_total = 0.0
    unsure = 0
    for question in domain.questions:
        r = resolved[question.id]
        if r.state in _EXCLUDED_STATES:
            excluded.append({"id": question.id, "reason": r.state})
        elif not question.scored:
            unscored.append(question.id)
        elif r.score is None:
            unanswered.append(question.id)
        else:
            unsure += r.state is AnswerState.UNSURE
            included.append(
                {"id": question.id, "weight": question.weight, "score": r.score, "state": r.state}
            )
            weighted_sum += question.weight * r.score
            weight_total += question.weight
    score = percent(100 * weighted_sum / weight_total) if included else None
    applicable = len(included) + len(unanswered)
    return {
        "id": domain.id,
        "weight": domain.weight,
        "score": score,
        "stage": compiled.stage_for(score),
        "coverage": fraction(len(included) / applicable) if applicable else None,
        "weighted_sum": fraction(weighted_sum),
        "weight_total": fraction(weight_total),
        "included": included,
        "excluded": excluded,
        "unanswered": unanswered,
        "unscored": unscored,
        "unsure_count": unsure,
    }


def _evaluate_overall(compiled: CompiledQuestionnaire, domains: list[Data]) -> Data:
    parts = [
        {"domain": d["id"], "weight": d["weight"], "score": d["score"]}
        for d in domains
        if d["score"] is not None
    ]
    weighted_sum = sum(p["weight"] * p["score"] for p in parts)
    weight_total = sum(p["weight"] for p in parts)
    score = percent(weighted_sum / weight_total) if parts else None
    return {
        "score": score,
        "stage": compiled.stage_for(score),
        "weighted_sum": fraction(weighted_sum),
        "weight_total": fraction(weight_total),
        "included": parts,
    }


def _cap(compiled: CompiledQuestionnaire, part: Data, issues: list[Data], order: list[str]) -> None:
    """Lower ``part``'s stage to the cap while one of ``issues`` is severe enough."""
    cap = compiled.stage_cap
    if cap is None or part["stage"] is None:
        return
    severe = {i["id"] for i in issues if i["severity"].rank >= cap.while_.rank}
    if not severe or compiled.stage_rank(part["stage"]) <= compiled.stage_rank(cap.max):
        return
    part["stage_cap"] = {
        "max": cap.max,
        "uncapped_stage": part["stage"],
        "issues": [issue_id for issue_id in order if issue_id in severe],
    }
    part["stage"] = cap.max


def _raise_for_invalid(questionnaire: Questionnaire, answers: AnswerMap) -> None:
    problems = [
        p
        for p in validate_answers(questionnaire, answers)
        if p.code is not ProblemCode.HIDDEN_QUESTION
    ]
    raise InvalidAnswers(problems)


def evaluation_data(
    questionnaire: Questionnaire, answers: AnswerMap, *, content_hash: str
) -> dict[str, Any]:
    """The plain data :func:`evaluate` validates into an :class:`Evaluation`."""
    compiled = compile_questionnaire(questionnaire)
    resolution = resolve(compiled, answers)
    if resolution.invalid or resolution.unknown:
        _raise_for_invalid(questionnaire, answers)
    resolved = resolution.resolved
    domains = [_evaluate_domain(compiled, d, resolved) for d in compiled.domains]
    domain_scores = {d["id"]: d["score"] for d in domains}
    issues = fired_issues(compiled, resolved, domain_scores)
    strengths = fired_strengths(compiled, resolved, domain_scores)
    order = assign_priorities(issues)
    overall = _evaluate_overall(compiled, domains)
    for domain in domains:
        _cap(compiled, domain, [i for i in issues if i["domain"] == domain["id"]], order)
    _cap(compiled, overall, issues, order)
    return {
        "engine_version": ENGINE_VERSION,
        "questionnaire": {
            "slug": compiled.slug,
            "version": compiled.version,
            "content_hash": content_hash,
        },
        "overall": overall,
        "domains": domains,
        "issues": issues,
        "strengths": strengths,
        "issue_map": build_issue_map(compiled, issues, strengths),
        "unsure_count": sum(d["unsure_count"] for d in domains),
        "unanswered_count": sum(len(d["unanswered"]) for d in domains),
        "start_here": order[:3],
        "context": _context_values(compiled, resolved),
    }


def _context_values(
    compiled: CompiledQuestionnaire, resolved: dict[str, Resolved]
) -> dict[str, list[Any]]:
    values: dict[str, list[Any]] = {}
    for question in compiled.order:
        if question.domain is not None:
            break  # context questions come first
        r = resolved[question.id]
        if r.state is AnswerState.VALUE and question.option_values:
            values[question.id] = r.value if isinstance(r.value, list) else [r.value]
    return values


def evaluate(questionnaire: Questionnaire, answers: AnswerMap, *, content_hash: str) -> Evaluation:
    """Score ``answers`` (question id -> answer) against ``questionnaire``.

    Answers to hidden questions are ignored. Raises :class:`InvalidAnswers` when a
    visible answer does not fit its question or an id is unknown.
    """
    data = evaluation_data(questionnaire, answers, content_hash=content_hash)
    return Evaluation.model_validate(data)
