"""Team assessments: several respondents answer privately; the organisation's answer
to each question is combined by a declared rule, and disagreements are listed."""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.assessments import repository as assessments
from app.assessments import service as assessment_service
from app.assessments.schemas import AnswerCountOut, AnswersPatch, DisagreementOut
from app.auth.principal import Principal
from app.db.base import utcnow
from app.errors import Conflict
from app.models import Answer as AnswerRow
from app.models import ApiKey, Assessment, RespondentAnswer
from app.questionnaire.registry import Registry
from app.scoring import Answer, Combined, CombineRule, combine, validate_answers
from app.teams.schemas import RespondentOut, TeamRead


def _dump(answer: Answer) -> dict[str, Any]:
    return answer.model_dump(mode="json", exclude_none=True)


def _draft(session: Session, assessment: Assessment) -> None:
    """Take the assessment's row for this transaction; it must still be a draft."""
    if not assessments.bump_version(session, assessment, expected=None, now=utcnow()):
        raise Conflict("This assessment was submitted; the team round cannot change")


def open_round(session: Session, assessment: Assessment, principal: Principal, rule: str) -> None:
    """Start (or restart) a team round. Answers already given become the opener's own."""
    _draft(session, assessment)
    if assessment.team_status == "open":
        raise Conflict("A team round is already open for this assessment")
    shared = session.scalars(select(AnswerRow).where(AnswerRow.assessment_id == assessment.id))
    if assessment.team_status is None:
        for row in shared:
            session.merge(
                RespondentAnswer(
                    assessment_id=assessment.id,
                    respondent_key_id=principal.key_id,
                    question_id=row.question_id,
                    content=row.content,
                    comment=row.comment,
                )
            )
    assessment.team_status, assessment.team_rule = "open", rule
    session.flush()


def _require_open(assessment: Assessment) -> None:
    if assessment.team_status != "open":
        raise Conflict("There is no open team round for this assessment")


def respondent_answers(
    session: Session, assessment_id: uuid.UUID
) -> dict[uuid.UUID, dict[str, Answer]]:
    rows = session.scalars(
        select(RespondentAnswer).where(RespondentAnswer.assessment_id == assessment_id)
    )
    found: dict[uuid.UUID, dict[str, Answer]] = defaultdict(dict)
    for row in rows:
        answer = assessment_service.from_stored(row.content, row.comment)
        found[row.respondent_key_id][row.question_id] = answer
    return dict(found)


def my_answers(session: Session, assessment: Assessment, principal: Principal) -> dict[str, Answer]:
    _require_open(assessment)
    return respondent_answers(session, assessment.id).get(principal.key_id, {})


def patch_my_answers(
    session: Session,
    assessment: Assessment,
    principal: Principal,
    patch: AnswersPatch,
    registry: Registry,
) -> dict[str, Answer]:
    _draft(session, assessment)
    _require_open(assessment)
    entry = assessment_service.questionnaire_of(registry, assessment)
    mine = respondent_answers(session, assessment.id).get(principal.key_id, {})
    merged = {**mine, **{q: a for q, a in patch.answers.items() if a is not None}}
    for question_id in [q for q, a in patch.answers.items() if a is None]:
        merged.pop(question_id, None)
    problems = validate_answers(entry.model, merged, changed=set(patch.answers))
    if problems:
        raise assessment_service.invalid_answers(problems)
    session.execute(
        delete(RespondentAnswer).where(
            RespondentAnswer.assessment_id == assessment.id,
            RespondentAnswer.respondent_key_id == principal.key_id,
            RespondentAnswer.question_id.in_(list(patch.answers)),
        )
    )
    session.add_all(
        RespondentAnswer(
            assessment_id=assessment.id,
            respondent_key_id=principal.key_id,
            question_id=question_id,
            content=content,
            comment=comment,
        )
        for question_id, (content, comment) in assessment_service.stored_rows(
            {q: a for q, a in patch.answers.items() if a is not None}
        ).items()
    )
    session.flush()
    return merged


def _combined(
    session: Session, assessment: Assessment, registry: Registry
) -> tuple[Combined, dict[uuid.UUID, dict[str, Answer]]]:
    entry = assessment_service.questionnaire_of(registry, assessment)
    by_respondent = respondent_answers(session, assessment.id)
    rule = CombineRule(assessment.team_rule or CombineRule.CAUTIOUS)
    rules = {q: rule for answers in by_respondent.values() for q in answers}
    combined = combine(entry.model, {str(k): v for k, v in by_respondent.items()}, rules=rules)
    return combined, by_respondent


def _disagreements(combined: Combined) -> list[DisagreementOut]:
    return [
        DisagreementOut(
            question_id=d.question_id,
            respondents=d.respondents,
            answers=[
                AnswerCountOut(
                    answer=_dump(c.answer.model_copy(update={"comment": None})), count=c.count
                )
                for c in d.answers
            ],
            combined=_dump(d.combined),
        )
        for d in combined.disagreements
    ]


def read(
    session: Session, assessment: Assessment, principal: Principal, registry: Registry
) -> TeamRead:
    if assessment.team_status is None:
        raise Conflict("This is not a team assessment: open a team round first")
    combined, by_respondent = _combined(session, assessment, registry)
    labels = {
        key.id: key.label
        for key in session.scalars(select(ApiKey).where(ApiKey.id.in_(list(by_respondent))))
    }
    respondents = [
        RespondentOut(
            key_id=key_id,
            label=labels.get(key_id) or "",
            answered=len(answers),
            is_you=key_id == principal.key_id,
        )
        for key_id, answers in sorted(by_respondent.items(), key=lambda kv: str(kv[0]))
    ]
    return TeamRead(
        status=assessment.team_status,
        rule=assessment.team_rule or "cautious",
        respondents=respondents,
        combined_answers=_visible_combined(assessment, combined, by_respondent),
        disagreements=_disagreements(combined),
    )


MIN_RESPONDENTS_SHOWN = 2


def _visible_combined(
    assessment: Assessment, combined: Combined, by_respondent: dict[uuid.UUID, dict[str, Answer]]
) -> dict[str, dict[str, Any]]:
    """Combined answers as the organisation may see them.

    While the round is open, an answer that only one respondent gave would be that
    person's private answer under another name, so a question is shown only once at
    least two respondents answered it. After the round is closed, every answer is the
    organisation's own.
    """
    answers = {q: _dump(a) for q, a in combined.answers.items()}
    if assessment.team_status != "open":
        return answers
    counts: dict[str, int] = defaultdict(int)
    for given in by_respondent.values():
        for question_id in given:
            counts[question_id] += 1
    return {q: a for q, a in answers.items() if counts[q] >= MIN_RESPONDENTS_SHOWN}


def close_round(session: Session, assessment: Assessment, registry: Registry) -> None:
    """Combine the respondents' answers into the organisation's answers."""
    _draft(session, assessment)
    _require_open(assessment)
    combined, by_respondent = _combined(session, assessment, registry)
    if not by_respondent:
        raise Conflict("Nobody has answered yet; the round cannot close")
    session.execute(delete(AnswerRow).where(AnswerRow.assessment_id == assessment.id))
    assessments.replace_answers(
        session,
        assessment.id,
        upserts=assessment_service.stored_rows(combined.answers),
        cleared=(),
        now=utcnow(),
    )
    assessment.team_status = "closed"
    assessment.team_summary = {
        "respondents": combined.respondents,
        "rule": assessment.team_rule or "cautious",
        "disagreements": [d.model_dump(mode="json") for d in _disagreements(combined)],
    }
    session.flush()
