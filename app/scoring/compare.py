"""Compare two evaluations of one organisation (possibly of different versions).

Domains, issues and strengths are matched by id. Question scores are matched by
id too, after renaming the old ids through ``question_map`` (old id -> new id,
None: the question was dropped), e.g. :func:`app.scoring.carry.question_map`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from app.questionnaire.model import Severity
from app.scoring.evaluation import Evaluation, QuestionnaireRef
from app.scoring.rounding import fraction, percent


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Presence(StrEnum):
    BOTH = "both"
    OLD_ONLY = "old_only"
    NEW_ONLY = "new_only"


class Change(StrEnum):
    RAISED = "raised"
    LOWERED = "lowered"
    UNCHANGED = "unchanged"


class DomainDelta(_Frozen):
    id: str
    presence: Presence
    old_score: float | None
    new_score: float | None
    delta: float | None  # new - old, when both have a score


class OverallDelta(_Frozen):
    old_score: float | None
    new_score: float | None
    delta: float | None
    old_stage: str | None
    new_stage: str | None


class IssueRef(_Frozen):
    id: str
    severity: Severity


class PersistingIssue(_Frozen):
    id: str
    old_severity: Severity
    new_severity: Severity
    change: Change


class QuestionDelta(_Frozen):
    id: str  # the new id (the old id when the question exists only in the old evaluation)
    old_score: float | None
    new_score: float | None
    delta: float | None


class Comparison(_Frozen):
    old: QuestionnaireRef
    new: QuestionnaireRef
    overall: OverallDelta
    domains: list[DomainDelta]
    issues_resolved: list[IssueRef]
    issues_new: list[IssueRef]
    issues_persisting: list[PersistingIssue]
    strengths_gained: list[str]
    strengths_lost: list[str]
    strengths_kept: list[str]
    questions_changed: list[QuestionDelta]


def _delta(old: float | None, new: float | None, *, scale: str) -> float | None:
    if old is None or new is None:
        return None
    return percent(new - old) if scale == "percent" else fraction(new - old)


def _domains(old: Evaluation, new: Evaluation) -> list[DomainDelta]:
    old_scores = {d.id: d.score for d in old.domains}
    new_scores = {d.id: d.score for d in new.domains}
    ids = [d.id for d in new.domains] + [d.id for d in old.domains if d.id not in new_scores]
    deltas: list[DomainDelta] = []
    for did in ids:
        presence = (
            Presence.BOTH
            if did in old_scores and did in new_scores
            else Presence.NEW_ONLY
            if did in new_scores
            else Presence.OLD_ONLY
        )
        before, after = old_scores.get(did), new_scores.get(did)
        deltas.append(
            DomainDelta(
                id=did,
                presence=presence,
                old_score=before,
                new_score=after,
                delta=_delta(before, after, scale="percent"),
            )
        )
    return deltas


def _change(before: Severity, after: Severity) -> Change:
    if after.rank > before.rank:
        return Change.RAISED
    return Change.LOWERED if after.rank < before.rank else Change.UNCHANGED


def _persisting(old: Evaluation, new: Evaluation) -> list[PersistingIssue]:
    before = {i.id: i.severity for i in old.issues}
    return [
        PersistingIssue(
            id=i.id,
            old_severity=before[i.id],
            new_severity=i.severity,
            change=_change(before[i.id], i.severity),
        )
        for i in new.issues
        if i.id in before
    ]


def _question_scores(evaluation: Evaluation) -> dict[str, float]:
    return {q.id: q.score for d in evaluation.domains for q in d.included}


def _questions(
    old: Evaluation, new: Evaluation, question_map: Mapping[str, str | None]
) -> list[QuestionDelta]:
    before: dict[str, float] = {}
    for qid, score in _question_scores(old).items():
        new_id = question_map.get(qid, qid)
        if new_id is not None:
            before.setdefault(new_id, score)
    after = _question_scores(new)
    ids = list(after) + [qid for qid in before if qid not in after]
    return [
        QuestionDelta(
            id=qid,
            old_score=before.get(qid),
            new_score=after.get(qid),
            delta=_delta(before.get(qid), after.get(qid), scale="fraction"),
        )
        for qid in ids
        if before.get(qid) != after.get(qid)
    ]


def compare(
    old: Evaluation, new: Evaluation, *, question_map: Mapping[str, str | None] | None = None
) -> Comparison:
    """What changed from ``old`` to ``new``: scores, issues, strengths and question scores."""
    old_issues = {i.id for i in old.issues}
    new_issues = {i.id for i in new.issues}
    old_strengths = [s.id for s in old.strengths]
    new_strengths = [s.id for s in new.strengths]
    return Comparison(
        old=old.questionnaire,
        new=new.questionnaire,
        overall=OverallDelta(
            old_score=old.overall.score,
            new_score=new.overall.score,
            delta=_delta(old.overall.score, new.overall.score, scale="percent"),
            old_stage=old.overall.stage,
            new_stage=new.overall.stage,
        ),
        domains=_domains(old, new),
        issues_resolved=[
            IssueRef(id=i.id, severity=i.severity) for i in old.issues if i.id not in new_issues
        ],
        issues_new=[
            IssueRef(id=i.id, severity=i.severity) for i in new.issues if i.id not in old_issues
        ],
        issues_persisting=_persisting(old, new),
        strengths_gained=[s for s in new_strengths if s not in old_strengths],
        strengths_lost=[s for s in old_strengths if s not in new_strengths],
        strengths_kept=[s for s in new_strengths if s in old_strengths],
        questions_changed=_questions(old, new, question_map or {}),
    )
