"""Every issue, strength and escalation of rd-core can actually happen.

For each rule, search for an answer set built from the questionnaire's own
options (respecting ``show_if``) that makes it fire. A rule that no answer set
can fire is dead content: it would never reach an organisation.
"""

from __future__ import annotations

import pytest

from app.scoring import Evaluation
from tests.content.contexts import RISKIEST
from tests.content.rdcore import Content, best, load_content, referenced_questions
from tests.content.search import find_answers, fires_issue, fires_strength, raises_by

MODEL = load_content().model
ESCALATIONS = [(issue.id, index) for issue in MODEL.issues for index in range(len(issue.escalate))]
ESCALATION_IDS = [f"{issue_id}#{index}" for issue_id, index in ESCALATIONS]


@pytest.mark.parametrize("issue_id", [issue.id for issue in MODEL.issues])
def test_issue_can_fire(content: Content, issue_id: str) -> None:
    issue = content.issues[issue_id]
    vary = referenced_questions(issue.when)
    found = find_answers(content, vary, fires_issue(issue_id))
    assert found is not None, (
        f"issue {issue_id!r} never fires: no combination of answers to {vary} "
        "(from calm or riskiest context, best or worst elsewhere) meets its `when`"
    )


@pytest.mark.parametrize("strength_id", [strength.id for strength in MODEL.strengths])
def test_strength_can_fire(content: Content, strength_id: str) -> None:
    strength = next(s for s in content.model.strengths if s.id == strength_id)
    vary = referenced_questions(strength.when)
    found = find_answers(content, vary, fires_strength(strength_id))
    assert found is not None, (
        f"strength {strength_id!r} never fires: "
        f"no combination of answers to {vary} meets its `when`"
    )


@pytest.mark.parametrize(("issue_id", "index"), ESCALATIONS, ids=ESCALATION_IDS)
def test_escalation_can_raise_its_issue(content: Content, issue_id: str, index: int) -> None:
    issue = content.issues[issue_id]
    rule = issue.escalate[index]
    assert rule.to.rank > issue.severity.rank, (
        f"escalation {index} of {issue_id!r} goes to {rule.to.value}, "
        f"not above the base severity {issue.severity.value}: it can never raise anything"
    )
    vary = referenced_questions(rule.when, issue.when)
    found = find_answers(content, vary, raises_by(issue_id, index))
    assert found is not None, (
        f"escalation {index} of {issue_id!r} (to {rule.to.value}) never applies while the "
        f"issue fires: no combination of answers to {vary} meets both conditions"
    )


def _overlapping_pairs() -> list[tuple[str, str]]:
    """(strength, issue) pairs whose conditions test at least one common question."""
    return [
        (strength.id, issue.id)
        for strength in MODEL.strengths
        for issue in MODEL.issues
        if set(referenced_questions(strength.when)) & set(referenced_questions(issue.when))
    ]


PAIRS = _overlapping_pairs()


@pytest.mark.parametrize(("strength_id", "issue_id"), PAIRS, ids=[f"{s}+{i}" for s, i in PAIRS])
def test_strength_never_contradicts_an_issue(
    content: Content, strength_id: str, issue_id: str
) -> None:
    # Results that praise a practice and flag its absence at once confuse readers.
    strength = next(s for s in content.model.strengths if s.id == strength_id)
    issue = content.issues[issue_id]
    vary = referenced_questions(strength.when, issue.when)

    def both(evaluation: Evaluation) -> bool:
        return fires_strength(strength_id)(evaluation) and fires_issue(issue_id)(evaluation)

    found = find_answers(content, vary, both, bases=(RISKIEST,), choosers=(best,))
    assert found is None, (
        f"strength {strength_id!r} and issue {issue_id!r} fire together when "
        f"{ {q: found[q] for q in vary if q in found} }"
    )
