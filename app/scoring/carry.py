"""Carry answers from an assessment of one version into a new assessment of another.

The new version's ``migrates_from`` entry for the old version says which old
question ids became which new ones and how option values were renamed; ids it
does not mention carry over unchanged when the question still exists. Answers
that no longer fit (removed question or option, wrong shape, "don't know" no
longer offered, question now hidden) are dropped and listed with a reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from app.questionnaire.model import (
    ContextQuestion,
    Question,
    Questionnaire,
    VersionMapping,
)
from app.scoring.answers import Answer, AnswerMap, AnswerValue, ValueAnswer
from app.scoring.compiled import compile_questionnaire
from app.scoring.resolve import resolve
from app.scoring.state import AnswerState, OptionKey

_NO_MAPPING = VersionMapping(version="0.0.0")


class DropReason(StrEnum):
    QUESTION_REMOVED = "question_removed"
    OPTION_REMOVED = "option_removed"
    MERGED = "merged"  # another old question already carried into the same new one
    NO_LONGER_FITS = "no_longer_fits"
    HIDDEN = "hidden"


class CarryOver(BaseModel):
    model_config = ConfigDict(frozen=True)

    answers: dict[str, Answer]
    needs_review: list[str]  # new ids whose question or answer changed, in questionnaire order
    dropped: list[str]  # old ids, in the old questionnaire's order
    drop_reasons: dict[str, DropReason]


@dataclass(frozen=True, slots=True)
class _Candidate:
    old_id: str
    answer: Answer
    changed: bool  # renamed question or remapped option


def mapping_for(new: Questionnaire, old_version: str) -> VersionMapping:
    """The new version's mapping from ``old_version`` (an identity mapping if none)."""
    found = next((m for m in new.migrates_from if m.version == old_version), None)
    return found or _NO_MAPPING


def question_map(new: Questionnaire, old_version: str) -> dict[str, str | None]:
    """Old question id -> new id (None: dropped), for :func:`app.scoring.compare.compare`."""
    return dict(mapping_for(new, old_version).questions)


def _remap_value(
    answer: ValueAnswer, options: Mapping[str, OptionKey | None]
) -> tuple[ValueAnswer | None, bool]:
    """The answer with option values renamed; None when an option maps to nothing."""
    values = answer.value if isinstance(answer.value, list) else [answer.value]
    mapped: list[OptionKey] = []
    for value in values:
        new_value = options.get(str(value), value)
        if new_value is None:
            return None, True
        if new_value not in mapped:
            mapped.append(new_value)
    if mapped == values:
        return answer, False
    new_value_field: AnswerValue = mapped if isinstance(answer.value, list) else mapped[0]
    return ValueAnswer(value=new_value_field, comment=answer.comment), True


def _positions(questionnaire: Questionnaire) -> dict[str, int]:
    return {qid: q.index for qid, q in compile_questionnaire(questionnaire).questions.items()}


def _in_order(ids: Iterable[str], positions: Mapping[str, int]) -> list[str]:
    """Known ids in questionnaire order, then unknown ones sorted."""
    return sorted(ids, key=lambda q: (q not in positions, positions.get(q, 0), q))


def _candidates(
    old: Questionnaire, new: Questionnaire, old_answers: AnswerMap
) -> tuple[dict[str, _Candidate], dict[str, DropReason]]:
    mapping = mapping_for(new, old.version)
    new_ids = compile_questionnaire(new).questions
    carried: dict[str, _Candidate] = {}
    dropped: dict[str, DropReason] = {}
    for old_id in _in_order(old_answers, _positions(old)):
        new_id = mapping.questions.get(old_id, old_id)
        if new_id is None or new_id not in new_ids:
            dropped[old_id] = DropReason.QUESTION_REMOVED
            continue
        if new_id in carried:
            dropped[old_id] = DropReason.MERGED
            continue
        answer = old_answers[old_id]
        changed = new_id != old_id
        if isinstance(answer, ValueAnswer):
            remapped_answer, remapped = _remap_value(answer, mapping.options.get(old_id, {}))
            if remapped_answer is None:
                dropped[old_id] = DropReason.OPTION_REMOVED
                continue
            answer, changed = remapped_answer, changed or remapped
        carried[new_id] = _Candidate(old_id, answer, changed)
    return carried, dropped


def _questions(questionnaire: Questionnaire) -> dict[str, Question | ContextQuestion]:
    found: dict[str, Question | ContextQuestion] = {q.id: q for q in questionnaire.context}
    for domain in questionnaire.domains:
        found.update((q.id, q) for q in domain.questions)
    return found


def _reworded(before: Question | ContextQuestion, after: Question | ContextQuestion) -> bool:
    """Whether the wording or the choices a person answered have changed."""
    choices_before = [(o.value, o.label) for o in before.options]
    choices_after = [(o.value, o.label) for o in after.options]
    return before.type != after.type or before.text != after.text or choices_before != choices_after


def carry_over(old: Questionnaire, new: Questionnaire, old_answers: AnswerMap) -> CarryOver:
    """Answers of ``old`` carried into ``new``, with what to review and what was dropped."""
    candidates, dropped = _candidates(old, new, old_answers)
    compiled = compile_questionnaire(new)
    proposed = {new_id: c.answer for new_id, c in candidates.items()}
    resolution = resolve(compiled, proposed)
    old_questions, new_questions = _questions(old), _questions(new)
    answers: dict[str, Answer] = {}
    review: list[str] = []
    for question in compiled.order:
        candidate = candidates.get(question.id)
        if candidate is None:
            continue
        if question.id in resolution.invalid:
            dropped[candidate.old_id] = DropReason.NO_LONGER_FITS
        elif resolution.resolved[question.id].state is AnswerState.HIDDEN:
            dropped[candidate.old_id] = DropReason.HIDDEN
        else:
            answers[question.id] = candidate.answer
            before = old_questions.get(candidate.old_id)
            if candidate.changed or before is None or _reworded(before, new_questions[question.id]):
                review.append(question.id)
    order = _in_order(dropped, _positions(old))
    return CarryOver(
        answers=answers,
        needs_review=review,
        dropped=order,
        drop_reasons={qid: dropped[qid] for qid in order},
    )
