"""Issues and strengths that fire, with their evidence, and the issue map.

These functions build plain data in the shape of the :mod:`app.scoring.evaluation`
models; :func:`app.scoring.engine.evaluate` validates it once at the end, which is
about twice as fast as building each small model separately (see bench/).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.questionnaire.model import QuestionType
from app.scoring.compiled import CompiledIssue, CompiledQuestionnaire
from app.scoring.conditions import Check, Env, Node
from app.scoring.state import UNANSWERED, UNKNOWN_STATES, Resolved

Data = dict[str, Any]


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
        self.plain = Env(resolved, domain_scores)
        # Context questions answered "don't know" / "prefer not to say": escalations
        # read them as the cautious case (docs/scoring.md §7).
        self.unknown_context = frozenset(
            q.id
            for q in compiled.order
            if q.domain is None and resolved.get(q.id, UNANSWERED).state in UNKNOWN_STATES
        )
        self.cautious = Env(resolved, domain_scores, assume=self.unknown_context or None)

    def test(self, node: Node, *, cautious: bool = False) -> list[Data] | None:
        """The evidence when ``node`` holds, otherwise None."""
        # Most conditions do not hold: test them without recording first, then
        # replay the (deterministic) evaluation with recording only when they do.
        env = self.cautious if cautious else self.plain
        if not node.holds(env):
            return None
        record: list[Check] = []
        node.holds(Env(self.resolved, self.domain_scores, record, env.assume))
        return [self._item(check) for check in record]

    def needs_unknown(self, node: Node, evidence: list[Data]) -> list[str]:
        """The "don't know" / "prefer not to say" answers without which ``node`` fails.

        Empty when the condition would hold with those answers left unanswered.
        """
        unknown = [
            item["question"]
            for item in evidence
            if item["kind"] == "question" and item["state"] in UNKNOWN_STATES
        ]
        if not unknown:
            return []
        blanked = {**self.resolved, **dict.fromkeys(unknown, UNANSWERED)}
        if node.holds(Env(blanked, self.domain_scores)):
            return []
        return list(dict.fromkeys(unknown))

    def _item(self, check: Check) -> Data:
        if check.kind == "domain":
            return {
                "kind": "domain",
                "domain": check.target,
                "test": check.test,
                "expected": check.expected,
                "score": self.domain_scores.get(check.target),
                "result": check.result,
            }
        r = self.resolved.get(check.target, UNANSWERED)
        question = self.compiled.questions.get(check.target)
        is_text = question is not None and question.type is QuestionType.TEXT
        return {
            "kind": "question",
            "question": check.target,
            "test": check.test,
            "expected": check.expected,
            "state": r.state,
            "value": None if is_text else r.value,  # free text never enters results
            "score": r.score,
            "result": check.result,
            **({"assumed": True} if check.assumed else {}),
        }


def _fire_issue(issue: CompiledIssue, evidencer: _Evidencer) -> Data | None:
    evidence = evidencer.test(issue.when)
    if evidence is None:
        return None
    base = issue.issue.severity
    severity = base
    escalations: list[Data] = []
    assumed: list[str] = []
    for index, (escalation, node) in enumerate(issue.escalations):
        escalation_evidence = evidencer.test(node, cautious=True)
        if escalation_evidence is None:
            continue
        escalations.append(
            {
                "index": index,
                "to": escalation.to,
                "raises": escalation.to.rank > base.rank,
                "evidence": escalation_evidence,
            }
        )
        if escalation.to.rank > severity.rank:
            severity = escalation.to
        assumed.extend(item["question"] for item in escalation_evidence if item.get("assumed"))
    definition = issue.issue
    return {
        "id": definition.id,
        "domain": definition.domain,
        "lifecycle": definition.lifecycle,
        "base_severity": base,
        "severity": severity,
        "evidence": evidence,
        "escalations": escalations,
        "weight": issue.weight,
        "unknown_answers": evidencer.needs_unknown(issue.when, evidence),
        "assumed_context": list(dict.fromkeys(assumed)),
    }


def priority_key(issue: Data, index: int) -> tuple[int, int, float, int]:
    """Severity, then escalations matched, then question weight, then questionnaire order."""
    return (-issue["severity"].rank, -len(issue["escalations"]), -issue["weight"], index)


def assign_priorities(issues: list[Data]) -> list[str]:
    """Give each fired issue its ``priority`` (1 = first); the ids in priority order."""
    ranked = sorted(range(len(issues)), key=lambda i: priority_key(issues[i], i))
    for rank, i in enumerate(ranked, start=1):
        issues[i]["priority"] = rank
    return [issues[i]["id"] for i in ranked]


def fired_issues(
    compiled: CompiledQuestionnaire,
    resolved: Mapping[str, Resolved],
    domain_scores: Mapping[str, float | None],
) -> list[Data]:
    """Issues whose ``when`` holds, in questionnaire order, with final severities."""
    evidencer = _Evidencer(compiled, resolved, domain_scores)
    fired = (_fire_issue(issue, evidencer) for issue in compiled.issues)
    return [issue for issue in fired if issue is not None]


def fired_strengths(
    compiled: CompiledQuestionnaire,
    resolved: Mapping[str, Resolved],
    domain_scores: Mapping[str, float | None],
) -> list[Data]:
    evidencer = _Evidencer(compiled, resolved, domain_scores)
    fired: list[Data] = []
    for strength in compiled.strengths:
        evidence = evidencer.test(strength.when)
        if evidence is not None:
            s = strength.strength
            fired.append(
                {"id": s.id, "domain": s.domain, "lifecycle": s.lifecycle, "evidence": evidence}
            )
    return fired


def build_issue_map(
    compiled: CompiledQuestionnaire, issues: list[Data], strengths: list[Data]
) -> Data:
    """Every domain x lifecycle cell; in a cell, issues most severe first, then in order."""
    cell_issues: dict[tuple[str, str], list[Data]] = {}
    cell_strengths: dict[tuple[str, str], list[str]] = {}
    ranked = sorted(enumerate(issues), key=lambda pair: pair[1].get("priority", pair[0]))
    for _, issue in ranked:
        key = (issue["domain"], issue["lifecycle"])
        cell_issues.setdefault(key, []).append({"id": issue["id"], "severity": issue["severity"]})
    for strength in strengths:
        key = (strength["domain"], strength["lifecycle"])
        cell_strengths.setdefault(key, []).append(strength["id"])
    cells: list[Data] = []
    for domain in compiled.domains:
        for stage in compiled.lifecycle:
            here = cell_issues.get((domain.id, stage), [])
            cells.append(
                {
                    "domain": domain.id,
                    "lifecycle": stage,
                    "issues": here,
                    "strengths": cell_strengths.get((domain.id, stage), []),
                    # issues in a cell are sorted most severe first
                    "highest_severity": here[0]["severity"] if here else None,
                }
            )
    return {
        "domains": [d.id for d in compiled.domains],
        "lifecycle": list(compiled.lifecycle),
        "cells": cells,
    }
