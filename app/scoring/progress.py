"""Which questions apply, and how far an assessment has got."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from app.questionnaire.model import Questionnaire
from app.scoring.answers import AnswerMap
from app.scoring.compiled import compile_questionnaire
from app.scoring.resolve import resolve
from app.scoring.state import AnswerState


class Progress(BaseModel):
    """Counts over applicable (visible) context and domain questions.

    Any answer counts as answered, including "don't know" and "not applicable".
    An answer that does not fit its question counts as not answered.
    """

    model_config = ConfigDict(frozen=True)

    answered: int
    required: int
    applicable: int
    missing_required: list[str]

    @property
    def complete(self) -> bool:
        return not self.missing_required

    @property
    def required_answered(self) -> int:
        return self.required - len(self.missing_required)

    @property
    def optional(self) -> int:
        return self.applicable - self.required

    @property
    def optional_answered(self) -> int:
        return self.answered - self.required_answered


def visible(questionnaire: Questionnaire, answers: AnswerMap) -> set[str]:
    """Ids of the questions (context and domain) whose ``show_if`` holds."""
    resolved = resolve(compile_questionnaire(questionnaire), answers).resolved
    return {qid for qid, r in resolved.items() if r.state is not AnswerState.HIDDEN}


def progress(questionnaire: Questionnaire, answers: AnswerMap) -> Progress:
    compiled = compile_questionnaire(questionnaire)
    resolved = resolve(compiled, answers).resolved
    answered = required = applicable = 0
    missing: list[str] = []
    for question in compiled.order:
        state = resolved[question.id].state
        if state is AnswerState.HIDDEN:
            continue
        applicable += 1
        has_answer = state is not AnswerState.UNANSWERED
        answered += has_answer
        if question.required:
            required += 1
            if not has_answer:
                missing.append(question.id)
    return Progress(
        answered=answered, required=required, applicable=applicable, missing_required=missing
    )
