"""``present``: a stored :class:`Evaluation` rendered in one language as :class:`Results`.

Like the engine, the helpers here build plain data in the shape of the
:mod:`app.scoring.results` models, validated once by ``Results.model_validate``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.questionnaire.model import Issue, Questionnaire, Resource, Strength
from app.scoring.evaluation import (
    DomainEvaluation,
    Evaluation,
    Evidence,
    FiredIssue,
    FiredStrength,
    IssueMap,
    QuestionEvidence,
)
from app.scoring.localise import Localiser
from app.scoring.recommend import recommend, resource_ref
from app.scoring.results import Results
from app.scoring.state import AnswerState

Data = dict[str, Any]


def _evidence(items: list[Evidence], loc: Localiser) -> list[Data]:
    presented: list[Data] = []
    for item in items:
        data = dict(item)  # shallow: field name -> value, no re-serialisation
        if isinstance(item, QuestionEvidence):
            data["label"] = loc.question_text(item.question)
            data["value_labels"] = loc.option_labels(item.question, item.value)
        else:
            data["label"] = loc.domain_titles.get(item.domain, item.domain)
        presented.append(data)
    return presented


def _issue(
    fired: FiredIssue, issue: Issue, resources: Mapping[str, Resource], loc: Localiser
) -> Data:
    escalations = [
        {
            "to": applied.to,
            "raises": applied.raises,
            "reason": loc.optional(issue.escalate[applied.index].reason),
            "evidence": _evidence(applied.evidence, loc),
        }
        for applied in fired.escalations
    ]
    return {
        "id": fired.id,
        "severity": fired.severity,
        "base_severity": fired.base_severity,
        "domain": fired.domain,
        "lifecycle": fired.lifecycle,
        "title": loc.text(issue.title),
        "why": loc.text(issue.why),
        "first_steps": loc.text_list(issue.first_steps),
        "affects": list(issue.affects),
        "evidence": _evidence(fired.evidence, loc),
        "escalations": escalations,
        "resources": [
            resource_ref(resources[rid], loc.requested)
            for rid in dict.fromkeys(issue.resources)
            if rid in resources
        ],
    }


def _strength(fired: FiredStrength, strength: Strength, loc: Localiser) -> Data:
    return {
        "id": fired.id,
        "domain": fired.domain,
        "lifecycle": fired.lifecycle,
        "title": loc.text(strength.title),
        "description": loc.optional(strength.description),
        "evidence": _evidence(fired.evidence, loc),
    }


def _line(
    qid: str,
    loc: Localiser,
    state: AnswerState,
    weight: float | None = None,
    score: float | None = None,
) -> Data:
    text = loc.question_text(qid)
    return {"id": qid, "text": text, "weight": weight, "score": score, "state": state}


def _domain(domain: DomainEvaluation, stages: list[Data], loc: Localiser) -> Data:
    explanation = {
        "weighted_sum": domain.weighted_sum,
        "weight_total": domain.weight_total,
        "included": [
            _line(q.id, loc, q.state, weight=q.weight, score=q.score) for q in domain.included
        ],
        "excluded": [_line(q.id, loc, q.reason) for q in domain.excluded],
        "unanswered": [_line(qid, loc, AnswerState.UNANSWERED) for qid in domain.unanswered],
        "unscored": [_line(qid, loc, AnswerState.VALUE) for qid in domain.unscored],
        "stages": stages,
    }
    return {
        "id": domain.id,
        "title": loc.domain_titles.get(domain.id, domain.id),
        "weight": domain.weight,
        "score": domain.score,
        "stage": domain.stage,
        "stage_label": loc.stage_label(domain.stage),
        "coverage": domain.coverage,
        "unsure_count": domain.unsure_count,
        "explanation": explanation,
    }


def _overall(evaluation: Evaluation, loc: Localiser) -> Data:
    overall = evaluation.overall
    return {
        "score": overall.score,
        "stage": overall.stage,
        "stage_label": loc.stage_label(overall.stage),
        "weighted_sum": overall.weighted_sum,
        "weight_total": overall.weight_total,
        "included": [
            {
                "domain": p.domain,
                "title": loc.domain_titles.get(p.domain, p.domain),
                "weight": p.weight,
                "score": p.score,
            }
            for p in overall.included
        ],
    }


def _issue_map(
    issue_map: IssueMap, issues: list[Data], strengths: list[Data], loc: Localiser
) -> Data:
    issue_titles = {i["id"]: i["title"] for i in issues}
    strength_titles = {s["id"]: s["title"] for s in strengths}
    cells = [
        {
            "domain": cell.domain,
            "lifecycle": cell.lifecycle,
            "issues": [
                {"id": i.id, "severity": i.severity, "title": issue_titles[i.id]}
                for i in cell.issues
            ],
            "strengths": [{"id": s, "title": strength_titles[s]} for s in cell.strengths],
            "highest_severity": cell.highest_severity,
        }
        for cell in issue_map.cells
    ]
    return {
        "domains": [{"id": d, "label": loc.domain_titles.get(d, d)} for d in issue_map.domains],
        "lifecycle": [
            {"id": k, "label": loc.lifecycle_labels.get(k, k)} for k in issue_map.lifecycle
        ],
        "cells": cells,
    }


def _check_version(evaluation: Evaluation, questionnaire: Questionnaire) -> None:
    ref = evaluation.questionnaire
    if (ref.slug, ref.version) != (questionnaire.slug, questionnaire.version):
        raise ValueError(
            f"evaluation of {ref.slug} {ref.version} cannot be presented with "
            f"{questionnaire.slug} {questionnaire.version}"
        )


def _ranked(evaluation: Evaluation) -> list[FiredIssue]:
    """Most severe first; ties keep questionnaire order (the evaluation's order)."""
    order = sorted(enumerate(evaluation.issues), key=lambda p: (-p[1].severity.rank, p[0]))
    return [issue for _, issue in order]


def results_data(
    evaluation: Evaluation,
    questionnaire: Questionnaire,
    resources: Mapping[str, Resource],
    *,
    locale: str | None,
    limit: int = 10,
) -> Data:
    """The plain data :func:`present` validates into :class:`Results`."""
    _check_version(evaluation, questionnaire)
    loc = Localiser.for_questionnaire(questionnaire, locale)
    issue_defs = {issue.id: issue for issue in questionnaire.issues}
    strength_defs = {strength.id: strength for strength in questionnaire.strengths}
    issues = [_issue(i, issue_defs[i.id], resources, loc) for i in _ranked(evaluation)]
    strengths = [_strength(s, strength_defs[s.id], loc) for s in evaluation.strengths]
    stages = [
        {"key": s.key, "min": s.min, "label": loc.text(s.label)} for s in questionnaire.stages
    ]
    return {
        "format": "rdsa.results/1",
        "engine_version": evaluation.engine_version,
        "questionnaire": {**dict(evaluation.questionnaire), "title": loc.text(questionnaire.title)},
        "locale": loc.locale,
        "overall": _overall(evaluation, loc),
        "domains": [_domain(d, stages, loc) for d in evaluation.domains],
        "issues": issues,
        "strengths": strengths,
        "issue_map": _issue_map(evaluation.issue_map, issues, strengths, loc),
        "recommendations": recommend(issues, loc, limit=limit),
        "unsure_count": evaluation.unsure_count,
        "unanswered_count": evaluation.unanswered_count,
    }


def present(
    evaluation: Evaluation,
    questionnaire: Questionnaire,
    resources: Mapping[str, Resource],
    *,
    locale: str | None,
    limit: int = 10,
) -> Results:
    """Render ``evaluation`` in ``locale`` (falling back per string to the default locale)."""
    data = results_data(evaluation, questionnaire, resources, locale=locale, limit=limit)
    return Results.model_validate(data)
