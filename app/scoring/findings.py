"""Issues and strengths that fire, with their evidence, and the issue map."""

from __future__ import annotations

from collections.abc import Mapping

from app.questionnaire.model import QuestionType, Severity
from app.scoring.compiled import CompiledIssue, CompiledQuestionnaire
from app.scoring.conditions import Check, Env, Node
from app.scoring.evaluation import (
    AppliedEscalation,
    DomainEvidence,
    Evidence,
    FiredIssue,
    FiredStrength,
    IssueMap,
    MapCell,
    MapIssue,
    QuestionEvidence,
)
from app.scoring.state import UNANSWERED, Resolved


def _question_evidence(
    check: Check, compiled: CompiledQuestionnaire, resolved: Mapping[str, Resolved]
) -> QuestionEvidence:
    r = resolved.get(check.target, UNANSWERED)
    question = compiled.questions.get(check.target)
    is_text = question is not None and question.type is QuestionType.TEXT
    return QuestionEvidence(
        question=check.target,
        test=check.test,
        expected=check.expected,
        state=r.state,
        value=None if is_text else r.value,
        score=r.score,
        result=check.result,
    )


def _evidence(
    checks: list[Check],
    compiled: CompiledQuestionnaire,
    resolved: Mapping[str, Resolved],
    domain_scores: Mapping[str, float | None],
) -> list[Evidence]:
    evidence: list[Evidence] = []
    for check in checks:
        if check.kind == "question":
            evidence.append(_question_evidence(check, compiled, resolved))
        else:
            assert isinstance(check.expected, float)
            evidence.append(
                DomainEvidence(
                    domain=check.target,
                    test=check.test,
                    expected=check.expected,
                    score=domain_scores.get(check.target),
                    result=check.result,
                )
            )
    return evidence


class _Evidencer:
    """Evaluates conditions with recording and turns the records into evidence."""

    def __init__(
        self,
        compiled: CompiledQuestionnaire,
        resolved: Mapping[str, Resolved],
        domain_scores: Mapping[str, float | None],
    ) -> None:
        self.compiled = compiled
        self.resolved = resolved
        self.domain_scores = domain_scores

    def test(self, node: Node) -> list[Evidence] | None:
        """The evidence when ``node`` holds, otherwise None."""
        record: list[Check] = []
        if not node.holds(Env(self.resolved, self.domain_scores, record)):
            return None
        return _evidence(record, self.compiled, self.resolved, self.domain_scores)


def _fire_issue(issue: CompiledIssue, evidencer: _Evidencer) -> FiredIssue | None:
    evidence = evidencer.test(issue.when)
    if evidence is None:
        return None
    base = issue.issue.severity
    severity = base
    escalations: list[AppliedEscalation] = []
    for index, (escalation, node) in enumerate(issue.escalations):
        escalation_evidence = evidencer.test(node)
        if escalation_evidence is None:
            continue
        raises = escalation.to.rank > base.rank
        escalations.append(
            AppliedEscalation(
                index=index, to=escalation.to, raises=raises, evidence=escalation_evidence
            )
        )
        if escalation.to.rank > severity.rank:
            severity = escalation.to
    return FiredIssue(
        id=issue.issue.id,
        domain=issue.issue.domain,
        lifecycle=issue.issue.lifecycle,
        base_severity=base,
        severity=severity,
        evidence=evidence,
        escalations=escalations,
    )


def fired_issues(
    compiled: CompiledQuestionnaire,
    resolved: Mapping[str, Resolved],
    domain_scores: Mapping[str, float | None],
) -> list[FiredIssue]:
    """Issues whose ``when`` holds, in questionnaire order, with final severities."""
    evidencer = _Evidencer(compiled, resolved, domain_scores)
    fired = (_fire_issue(issue, evidencer) for issue in compiled.issues)
    return [issue for issue in fired if issue is not None]


def fired_strengths(
    compiled: CompiledQuestionnaire,
    resolved: Mapping[str, Resolved],
    domain_scores: Mapping[str, float | None],
) -> list[FiredStrength]:
    evidencer = _Evidencer(compiled, resolved, domain_scores)
    fired: list[FiredStrength] = []
    for strength in compiled.strengths:
        evidence = evidencer.test(strength.when)
        if evidence is not None:
            s = strength.strength
            fired.append(
                FiredStrength(id=s.id, domain=s.domain, lifecycle=s.lifecycle, evidence=evidence)
            )
    return fired


def _highest(issues: list[MapIssue]) -> Severity | None:
    return max((i.severity for i in issues), key=lambda s: s.rank, default=None)


def build_issue_map(
    compiled: CompiledQuestionnaire, issues: list[FiredIssue], strengths: list[FiredStrength]
) -> IssueMap:
    """Every domain x lifecycle cell; in a cell, issues most severe first, then in order."""
    cell_issues: dict[tuple[str, str], list[MapIssue]] = {}
    cell_strengths: dict[tuple[str, str], list[str]] = {}
    ranked = sorted(enumerate(issues), key=lambda pair: (-pair[1].severity.rank, pair[0]))
    for _, issue in ranked:
        key = (issue.domain, issue.lifecycle)
        cell_issues.setdefault(key, []).append(MapIssue(id=issue.id, severity=issue.severity))
    for strength in strengths:
        cell_strengths.setdefault((strength.domain, strength.lifecycle), []).append(strength.id)
    cells: list[MapCell] = []
    for domain in compiled.domains:
        for stage in compiled.lifecycle:
            here = cell_issues.get((domain.id, stage), [])
            cells.append(
                MapCell(
                    domain=domain.id,
                    lifecycle=stage,
                    issues=here,
                    strengths=cell_strengths.get((domain.id, stage), []),
                    highest_severity=_highest(here),
                )
            )
    return IssueMap(
        domains=[d.id for d in compiled.domains], lifecycle=list(compiled.lifecycle), cells=cells
    )
