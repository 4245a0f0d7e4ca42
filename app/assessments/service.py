"""Assessments: create, answer, submit, read results, compare.

Drafts change only inside a write transaction that first takes the assessment's
row (``bump_version``), so concurrent writers to one draft are serialised: with
If-Match exactly one wins and the others get 412; without it every PATCH is merged
question by question and none is lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from app.assessments import repository
from app.assessments.schemas import (
    AnswersPatch,
    AssessmentCreate,
    AssessmentResults,
    TeamSummary,
)
from app.auth.principal import Principal
from app.db.base import utcnow
from app.errors import Conflict, FieldError, InvalidInput, NotFound, PreconditionFailed
from app.http_cache import match
from app.models import Assessment
from app.questionnaire.model import Questionnaire, Resource, Status
from app.questionnaire.registry import Registry, VersionEntry
from app.scoring import (
    Answer,
    Comparison,
    Evaluation,
    Progress,
    carry_over,
    compare,
    evaluate,
    parse_answer,
    present,
    progress,
    question_map,
    validate_answers,
)
from app.scoring.problems import AnswerProblem
from app.webhooks import events


def etag_of(assessment: Assessment) -> str:
    return f'"{assessment.id}.{assessment.row_version}"'


# ------------------------------------------------------------------------ lookups


def get_for(
    session: Session, principal: Principal, assessment_id: uuid.UUID, *, admin: bool = True
) -> Assessment:
    """The assessment if the caller is a member of its organisation (or an admin)."""
    assessment = repository.get(session, assessment_id)
    if assessment is None:
        raise NotFound("No such assessment")
    if principal.is_member_of(assessment.organisation_id):
        return assessment
    if admin and principal.is_admin:
        return assessment
    raise NotFound("No such assessment")


def get_results_for(
    session: Session, principal: Principal, assessment_id: uuid.UUID
) -> tuple[Assessment, bool]:
    """The assessment if the caller may read its results: a member of its organisation, an
    admin, or the facilitator of a cohort in which the organisation shares its results now
    (submitted assessments only). The flag says whether that sharing is why."""
    assessment = repository.get(session, assessment_id)
    if assessment is None:
        raise NotFound("No such assessment")
    if principal.is_member_of(assessment.organisation_id) or principal.is_admin:
        return assessment, False
    if (
        principal.is_facilitator
        and assessment.status == "submitted"
        and repository.owner_sees_results_of(session, principal.key_id, assessment.organisation_id)
    ):
        return assessment, True
    raise NotFound("No such assessment")


def questionnaire_of(registry: Registry, assessment: Assessment) -> VersionEntry:
    entry = registry.get(assessment.questionnaire_slug, assessment.questionnaire_version)
    if entry is None:
        raise Conflict(
            f"Questionnaire {assessment.questionnaire_slug} {assessment.questionnaire_version} "
            "is no longer available on this server"
        )
    return entry


def answers_of(session: Session, assessment: Assessment) -> dict[str, Answer]:
    return {
        question_id: from_stored(content, comment)
        for question_id, content, comment in repository.answers_of(session, assessment.id)
    }


def from_stored(content: dict[str, Any], comment: str | None) -> Answer:
    """An answer from its stored form: the answer object, and the comment apart."""
    return parse_answer(content if comment is None else {**content, "comment": comment})


def stored_form(answer: Answer) -> tuple[dict[str, Any], str | None]:
    """The stored form of an answer (see ``from_stored``)."""
    return answer.model_dump(mode="json", exclude={"comment"}, exclude_none=True), answer.comment


def progress_of(entry: VersionEntry, answers: Mapping[str, Answer]) -> Progress:
    return progress(entry.model, answers)


# ------------------------------------------------------------------------ create / delete


def _pick_version(registry: Registry, data: AssessmentCreate) -> VersionEntry:
    if data.version is None:
        entry = registry.latest_published(data.questionnaire)
        if entry is None:
            raise InvalidInput(
                f"There is no published questionnaire called {data.questionnaire!r}",
                [FieldError("body.questionnaire", "no published questionnaire with this slug")],
            )
        return entry
    entry = registry.get(data.questionnaire, data.version)
    if entry is None:
        raise InvalidInput(
            f"Questionnaire {data.questionnaire!r} has no version {data.version!r}",
            [FieldError("body.version", "no such version of this questionnaire")],
        )
    if entry.status is Status.RETIRED:
        latest = registry.latest_published(data.questionnaire)
        hint = f"; start with {latest.version} instead" if latest else ""
        raise Conflict(f"Version {data.version} is retired: no new assessments{hint}")
    return entry


def create(
    session: Session, organisation_id: uuid.UUID, data: AssessmentCreate, registry: Registry
) -> Assessment:
    entry = _pick_version(registry, data)
    assessment = Assessment(
        organisation_id=organisation_id,
        questionnaire_slug=entry.slug,
        questionnaire_version=entry.version,
    )
    carried: dict[str, Answer] = {}
    if data.from_assessment is not None:
        carried, review = _prefill(session, organisation_id, data.from_assessment, entry, registry)
        assessment.prefilled_from = data.from_assessment
        assessment.needs_review = review
    session.add(assessment)
    session.flush()
    now = utcnow()
    repository.replace_answers(
        session, assessment.id, upserts=stored_rows(carried), cleared=(), now=now
    )
    return assessment


def _prefill(
    session: Session,
    organisation_id: uuid.UUID,
    source_id: uuid.UUID,
    entry: VersionEntry,
    registry: Registry,
) -> tuple[dict[str, Answer], list[str]]:
    source = repository.get(session, source_id)
    if source is None or source.organisation_id != organisation_id:
        raise InvalidInput(
            "The assessment to pre-fill from was not found in this organisation",
            [FieldError("body.from_assessment", "no such assessment in this organisation")],
        )
    if source.questionnaire_slug != entry.slug:
        raise InvalidInput(
            "Answers can only be carried over within one questionnaire",
            [
                FieldError(
                    "body.from_assessment", f"is an assessment of {source.questionnaire_slug}"
                )
            ],
        )
    old = questionnaire_of(registry, source)
    carried = carry_over(old.model, entry.model, answers_of(session, source))
    return dict(carried.answers), list(carried.needs_review)


def stored_rows(answers: Mapping[str, Answer]) -> dict[str, tuple[dict[str, Any], str | None]]:
    return {question_id: stored_form(answer) for question_id, answer in answers.items()}


def delete_draft(session: Session, assessment: Assessment) -> None:
    if assessment.status != "draft":
        raise Conflict("A submitted assessment cannot be deleted (erase the organisation instead)")
    session.delete(assessment)
    session.flush()


# ------------------------------------------------------------------------ answering


def patch_answers(
    session: Session,
    assessment: Assessment,
    patch: AnswersPatch,
    *,
    if_match: str | None,
    registry: Registry,
) -> dict[str, Answer]:
    """Apply the patch; returns the assessment's answers afterwards."""
    expected = _expected_version(assessment, if_match)
    if not repository.bump_version(session, assessment, expected=expected, now=utcnow()):
        _refuse_change(assessment, if_match)
    if assessment.team_status == "open":
        raise Conflict(
            "A team round is open: answer in your own copy (my-answers), or close the round"
        )
    entry = questionnaire_of(registry, assessment)
    current = answers_of(session, assessment)
    merged = {**current, **{q: a for q, a in patch.answers.items() if a is not None}}
    for question_id, answer in patch.answers.items():
        if answer is None:
            merged.pop(question_id, None)
    problems = validate_answers(entry.model, merged, changed=set(patch.answers))
    problems.extend(_unknown_clears(entry.model, patch))
    if problems:
        raise invalid_answers(problems)
    upserts = {q: a for q, a in patch.answers.items() if a is not None}
    cleared = [q for q, a in patch.answers.items() if a is None]
    repository.replace_answers(
        session, assessment.id, upserts=stored_rows(upserts), cleared=cleared, now=utcnow()
    )
    if assessment.needs_review:
        assessment.needs_review = [q for q in assessment.needs_review if q not in patch.answers]
    return merged


def _expected_version(assessment: Assessment, if_match: str | None) -> int | None:
    """The row version If-Match asks for (None: no precondition)."""
    if if_match is None:
        return None
    if match(if_match, etag_of(assessment)):
        return assessment.row_version if if_match.strip() != "*" else None
    raise PreconditionFailed(
        "The assessment changed since you loaded it; reload it and apply your change again"
    )


def _refuse_change(assessment: Assessment, if_match: str | None) -> None:
    if assessment.status != "draft":
        raise Conflict("This assessment was submitted; it can no longer change")
    raise PreconditionFailed(
        "The assessment changed since you loaded it; reload it and apply your change again"
    )


def _unknown_clears(questionnaire: Questionnaire, patch: AnswersPatch) -> list[AnswerProblem]:
    from app.scoring.problems import ProblemCode

    known = {q.id for q in questionnaire.context} | {
        q.id for domain in questionnaire.domains for q in domain.questions
    }
    return [
        AnswerProblem(question_id=q, code=ProblemCode.UNKNOWN_QUESTION, message="no such question")
        for q, answer in patch.answers.items()
        if answer is None and q not in known
    ]


def invalid_answers(problems: list[AnswerProblem]) -> InvalidInput:
    errors = [FieldError(f"body.answers.{p.question_id}", p.message, str(p.code)) for p in problems]
    ids = ", ".join(sorted({p.question_id for p in problems}))
    return InvalidInput(
        f"Some answers do not fit their questions ({ids}); nothing was saved", errors
    )


# ------------------------------------------------------------------------ submitting


def submit(session: Session, assessment: Assessment, registry: Registry) -> Evaluation:
    """Score the draft and store the results snapshot; the assessment becomes read-only."""
    if not repository.bump_version(session, assessment, expected=None, now=utcnow()):
        raise Conflict("This assessment was already submitted")
    if assessment.team_status == "open":
        raise Conflict("Close the team round before submitting (POST .../team/close)")
    entry = questionnaire_of(registry, assessment)
    answers = answers_of(session, assessment)
    missing = progress(entry.model, answers).missing_required
    if missing:
        raise InvalidInput(
            f"{len(missing)} required question(s) are not answered yet",
            [
                FieldError(f"answers.{q}", "required question not answered", "missing")
                for q in missing
            ],
        )
    try:
        evaluation = evaluate(entry.model, answers, content_hash=entry.content_hash)
    except (ValueError, ValidationError) as exc:  # answers stored before a rule change
        raise Conflict(f"The saved answers cannot be scored: {exc}") from None
    repository.store_evaluation(session, assessment, evaluation)
    assessment.status = "submitted"
    assessment.submitted_at = utcnow()
    session.flush()
    events.assessment_submitted(session, assessment, evaluation)
    return evaluation


# ------------------------------------------------------------------------ results


def evaluation_of(session: Session, assessment: Assessment) -> Evaluation:
    result = repository.result_of(session, assessment.id)
    if assessment.status != "submitted" or result is None:
        raise Conflict("This assessment is a draft: submit it to get results")
    return Evaluation.model_validate_json(result.evaluation)


def results(
    session: Session,
    assessment: Assessment,
    registry: Registry,
    resources: Mapping[str, Resource],
    *,
    locale: str,
) -> AssessmentResults:
    return presented(evaluation_of(session, assessment), assessment, registry, resources, locale)


def presented(
    evaluation: Evaluation,
    assessment: Assessment,
    registry: Registry,
    resources: Mapping[str, Resource],
    locale: str,
) -> AssessmentResults:
    """The evaluation in ``locale``, with the team round's summary when there was one."""
    entry = questionnaire_of(registry, assessment)
    results = present(evaluation, entry.model, resources, locale=locale)
    team = None
    if assessment.team_summary is not None:
        team = TeamSummary.model_validate(assessment.team_summary)
    # The engine's results are already validated: wrap them without checking them again.
    return AssessmentResults.model_construct(
        **{name: getattr(results, name) for name in type(results).model_fields}, team=team
    )


def comparison(
    session: Session, assessment: Assessment, other: Assessment, registry: Registry
) -> Comparison:
    """What changed from ``other`` (the earlier one, usually) to ``assessment``."""
    if other.organisation_id != assessment.organisation_id:
        raise NotFound("No such assessment")
    entry = questionnaire_of(registry, assessment)
    mapping = None
    if other.questionnaire_version != assessment.questionnaire_version:
        mapping = question_map(entry.model, other.questionnaire_version)
    return compare(
        evaluation_of(session, other), evaluation_of(session, assessment), question_map=mapping
    )
