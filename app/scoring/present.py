"""``present``: a stored :class:`Evaluation` rendered in one language as :class:`Results`.

Like the engine, the helpers here build plain data in the shape of the
:mod:`app.scoring.results` models, validated once by ``Results.model_validate``.

An evaluation stored by engine 1.0.0 is presented exactly as 1.0.0 presented it
(issue order, recommendations, no fields added since), so old results read back
byte for byte; re-scoring one is an explicit act (docs/scoring.md §13).
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
from app.scoring.phrases import Phrases, phrases_for
from app.scoring.recommend import (
    Profile,
    fit_ref,
    fitting_resources,
    recommend,
    recommend_by_fit,
    resource_ref,
)
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


def _answer_label(state: AnswerState, phrases: Phrases) -> str | None:
    return {
        AnswerState.UNSURE: phrases.dont_know,
        AnswerState.DECLINED: phrases.declined,
        AnswerState.NOT_APPLICABLE: phrases.not_applicable,
    }.get(state)


def _evidence_2(items: list[Evidence], loc: Localiser, phrases: Phrases) -> list[Data]:
    presented = _evidence(items, loc)
    for data in presented:
        if data["kind"] != "question":
            continue
        if data.get("assumed") is None:
            data.pop("assumed", None)
        label = _answer_label(data["state"], phrases)
        if label is not None:
            data["answer_label"] = label
        if data.get("assumed"):
            data["note"] = phrases.assumed_note.format(
                questions=phrases.quote.format(data["label"])
            )
    return presented


def _quoted(qids: list[str], loc: Localiser, phrases: Phrases) -> str:
    return phrases.separator.join(phrases.quote.format(loc.question_text(q)) for q in qids)


def _unknown_note(fired: FiredIssue, loc: Localiser, phrases: Phrases) -> str | None:
    if not fired.unknown_answers:
        return None
    states = {
        item.state
        for item in fired.evidence
        if isinstance(item, QuestionEvidence) and item.question in fired.unknown_answers
    }
    labels = [
        phrases.quote.format(label)
        for state, label in (
            (AnswerState.UNSURE, phrases.dont_know),
            (AnswerState.DECLINED, phrases.declined),
        )
        if state in states
    ]
    return phrases.unknown_note.format(
        answer=" / ".join(labels), questions=_quoted(fired.unknown_answers, loc, phrases)
    )


def _issue_2(
    fired: FiredIssue,
    issue: Issue,
    resources: Mapping[str, Resource],
    loc: Localiser,
    profile: Profile,
) -> Data:
    phrases = phrases_for(loc.locale)
    data = _issue(fired, issue, {}, loc)
    data["evidence"] = _evidence_2(fired.evidence, loc, phrases)
    for out, applied in zip(data["escalations"], fired.escalations, strict=True):
        out["evidence"] = _evidence_2(applied.evidence, loc, phrases)
    data["resources"] = [
        fit_ref(resource, loc.requested, why)
        for resource, why in fitting_resources(issue, resources, profile)
    ]
    assumed = list(fired.assumed_context or [])
    unknown_note = _unknown_note(fired, loc, phrases)
    if unknown_note is not None:
        data["unknown_note"] = unknown_note
    if assumed:
        data["assumed_note"] = phrases.assumed_note.format(questions=_quoted(assumed, loc, phrases))
    data.update(
        priority=fired.priority,
        priority_reason=phrases.priority_reason.format(
            rank=fired.priority,
            severity=phrases.severity[fired.severity],
            escalations=len(fired.escalations),
            weight=f"{fired.weight or 0:g}",
        ),
        unknown_answers=list(fired.unknown_answers or []),
        assumed_context=assumed,
    )
    return data


def _stage_cap(cap: Any, issues: list[Data], loc: Localiser) -> Data | None:
    if cap is None:
        return None
    phrases = phrases_for(loc.locale)
    titles = {i["id"]: i["title"] for i in issues}
    max_label = loc.stage_label(cap.max) or cap.max
    return {
        "max": cap.max,
        "max_label": max_label,
        "uncapped_stage": cap.uncapped_stage,
        "uncapped_stage_label": loc.stage_label(cap.uncapped_stage),
        "issues": list(cap.issues),
        "reason": phrases.stage_cap.format(
            stage=max_label,
            issues=phrases.separator.join(titles.get(i, i) for i in cap.issues),
        ),
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


def ranked_issues(evaluation: Evaluation) -> list[FiredIssue]:
    """Engine 2.0.0: by priority. Engine 1.0.0: most severe first, then questionnaire order."""
    if not evaluation.legacy:
        return sorted(evaluation.issues, key=lambda issue: issue.priority or 0)
    order = sorted(enumerate(evaluation.issues), key=lambda p: (-p[1].severity.rank, p[0]))
    return [issue for _, issue in order]


def results_data(
    evaluation: Evaluation,
    questionnaire: Questionnaire,
    resources: Mapping[str, Resource],
    *,
    locale: str | None,
    limit: int = 10,
    country: str | None = None,
) -> Data:
    """The plain data :func:`present` validates into :class:`Results`."""
    _check_version(evaluation, questionnaire)
    loc = Localiser.for_questionnaire(questionnaire, locale)
    issue_defs = {issue.id: issue for issue in questionnaire.issues}
    strength_defs = {strength.id: strength for strength in questionnaire.strengths}
    if not evaluation.legacy:
        return _results_2(evaluation, questionnaire, resources, loc, limit, country)
    issues = [_issue(i, issue_defs[i.id], resources, loc) for i in ranked_issues(evaluation)]
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


def _results_2(
    evaluation: Evaluation,
    questionnaire: Questionnaire,
    resources: Mapping[str, Resource],
    loc: Localiser,
    limit: int,
    country: str | None,
) -> Data:
    issue_defs = {issue.id: issue for issue in questionnaire.issues}
    strength_defs = {strength.id: strength for strength in questionnaire.strengths}
    profile = Profile.of(country, evaluation.context)
    issues = [
        _issue_2(i, issue_defs[i.id], resources, loc, profile) for i in ranked_issues(evaluation)
    ]
    strengths = [_strength(s, strength_defs[s.id], loc) for s in evaluation.strengths]
    for strength, fired in zip(strengths, evaluation.strengths, strict=True):
        strength["evidence"] = _evidence_2(fired.evidence, loc, phrases_for(loc.locale))
    stages = [
        {"key": s.key, "min": s.min, "label": loc.text(s.label)} for s in questionnaire.stages
    ]
    overall = _overall(evaluation, loc)
    cap = _stage_cap(evaluation.overall.stage_cap, issues, loc)
    if cap is not None:
        overall["stage_cap"] = cap
    domains = []
    for domain in evaluation.domains:
        data = _domain(domain, stages, loc)
        cap = _stage_cap(domain.stage_cap, issues, loc)
        if cap is not None:
            data["stage_cap"] = cap
        domains.append(data)
    return {
        "format": "rdsa.results/1",
        "engine_version": evaluation.engine_version,
        "questionnaire": {**dict(evaluation.questionnaire), "title": loc.text(questionnaire.title)},
        "locale": loc.locale,
        "overall": overall,
        "domains": domains,
        "issues": issues,
        "strengths": strengths,
        "issue_map": _issue_map(evaluation.issue_map, issues, strengths, loc),
        "recommendations": recommend_by_fit(issues, loc, limit=limit),
        "unsure_count": evaluation.unsure_count,
        "unanswered_count": evaluation.unanswered_count,
        "start_here": list(evaluation.start_here or []),
    }


def present(
    evaluation: Evaluation,
    questionnaire: Questionnaire,
    resources: Mapping[str, Resource],
    *,
    locale: str | None,
    limit: int = 10,
    country: str | None = None,
) -> Results:
    """Render ``evaluation`` in ``locale`` (falling back per string to the default locale).

    ``country`` (the organisation's ISO code, when known) decides which region-specific
    resources fit; without it, a context answer naming a country or region is used.
    """
    data = results_data(
        evaluation, questionnaire, resources, locale=locale, limit=limit, country=country
    )
    return Results.model_validate(data)
