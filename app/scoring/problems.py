"""Answer problems: what can be wrong with one answer to one question."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from app.questionnaire.model import QuestionType
from app.scoring.answers import Answer, DeclinedAnswer, NotApplicableAnswer, UnsureAnswer
from app.scoring.compiled import CompiledQuestion

_MAX_LISTED_OPTIONS = 12


class ProblemCode(StrEnum):
    UNKNOWN_QUESTION = "unknown_question"
    HIDDEN_QUESTION = "hidden_question"
    WRONG_TYPE = "wrong_type"
    INVALID_OPTION = "invalid_option"
    OUT_OF_RANGE = "out_of_range"
    DUPLICATE_OPTION = "duplicate_option"
    EXCLUSIVE_CONFLICT = "exclusive_conflict"
    EMPTY_VALUE = "empty_value"
    TOO_LONG = "too_long"
    UNSURE_NOT_ALLOWED = "unsure_not_allowed"
    DECLINED_NOT_ALLOWED = "declined_not_allowed"
    NA_NOT_ALLOWED = "na_not_allowed"


class AnswerProblem(BaseModel):
    """One reason an answer is refused, with a message a person can act on."""

    model_config = ConfigDict(frozen=True)

    question_id: str
    code: ProblemCode
    message: str


class InvalidAnswers(ValueError):
    """Raised when answers do not fit the questionnaire; carries every problem found."""

    def __init__(self, problems: Sequence[AnswerProblem]) -> None:
        self.problems: list[AnswerProblem] = list(problems)
        summary = "; ".join(f"{p.question_id}: {p.message}" for p in self.problems[:5])
        more = len(self.problems) - 5
        super().__init__(summary + (f" (and {more} more)" if more > 0 else ""))


def _options_text(question: CompiledQuestion) -> str:
    shown = [repr(v) for v in question.option_values[:_MAX_LISTED_OPTIONS]]
    if len(question.option_values) > _MAX_LISTED_OPTIONS:
        shown.append("...")
    return ", ".join(shown)


def _problem(question: CompiledQuestion, code: ProblemCode, message: str) -> AnswerProblem:
    return AnswerProblem(question_id=question.id, code=code, message=message)


def _text_problems(question: CompiledQuestion, value: object) -> list[AnswerProblem]:
    if not isinstance(value, str):
        return [_problem(question, ProblemCode.WRONG_TYPE, "this question expects a text")]
    if not value.strip():
        return [_problem(question, ProblemCode.EMPTY_VALUE, "the text is empty")]
    if len(value) > question.max_length:
        message = f"the text is longer than {question.max_length} characters"
        return [_problem(question, ProblemCode.TOO_LONG, message)]
    return []


def _scale_problems(question: CompiledQuestion, value: object) -> list[AnswerProblem]:
    if not isinstance(value, int):
        return [_problem(question, ProblemCode.WRONG_TYPE, "this question expects a whole number")]
    if value in question.option_index:
        return []
    numbers = [v for v in question.option_values if isinstance(v, int)]
    if numbers and not min(numbers) <= value <= max(numbers):
        message = f"{value} is outside the scale {min(numbers)} to {max(numbers)}"
        return [_problem(question, ProblemCode.OUT_OF_RANGE, message)]
    message = f"{value} is not a point of this scale; choose one of: {_options_text(question)}"
    return [_problem(question, ProblemCode.INVALID_OPTION, message)]


def _choice_problems(question: CompiledQuestion, value: object) -> list[AnswerProblem]:
    if isinstance(value, list):
        message = "this question takes one option, not a list"
        return [_problem(question, ProblemCode.WRONG_TYPE, message)]
    if value in question.option_index:
        return []
    message = f"{value!r} is not an option here; choose one of: {_options_text(question)}"
    return [_problem(question, ProblemCode.INVALID_OPTION, message)]


def _multi_problems(question: CompiledQuestion, value: object) -> list[AnswerProblem]:
    if not isinstance(value, list):
        message = "this question takes a list of options"
        return [_problem(question, ProblemCode.WRONG_TYPE, message)]
    problems: list[AnswerProblem] = []
    if len(set(value)) != len(value):
        message = "an option is chosen more than once"
        problems.append(_problem(question, ProblemCode.DUPLICATE_OPTION, message))
    unknown = [v for v in value if v not in question.option_index]
    if unknown:
        message = (
            f"not options here: {', '.join(repr(v) for v in unknown)}; "
            f"choose from: {_options_text(question)}"
        )
        problems.append(_problem(question, ProblemCode.INVALID_OPTION, message))
    exclusive = [v for v in value if v in question.exclusive]
    if exclusive and len(set(value)) > 1:
        message = f"{exclusive[0]!r} cannot be combined with other options"
        problems.append(_problem(question, ProblemCode.EXCLUSIVE_CONFLICT, message))
    return problems


_VALUE_CHECKS = {
    QuestionType.TEXT: _text_problems,
    QuestionType.SCALE: _scale_problems,
    QuestionType.SINGLE_CHOICE: _choice_problems,
    QuestionType.YES_NO: _choice_problems,
    QuestionType.MULTI_CHOICE: _multi_problems,
}


def answer_problems(question: CompiledQuestion, answer: Answer) -> list[AnswerProblem]:
    """Everything wrong with ``answer`` for ``question``, ignoring visibility."""
    if isinstance(answer, UnsureAnswer):
        if question.allow_unsure:
            return []
        message = '"don\'t know" is not offered for this question'
        return [_problem(question, ProblemCode.UNSURE_NOT_ALLOWED, message)]
    if isinstance(answer, DeclinedAnswer):
        if question.allow_declined:
            return []
        message = '"prefer not to say" is not offered for this question'
        return [_problem(question, ProblemCode.DECLINED_NOT_ALLOWED, message)]
    if isinstance(answer, NotApplicableAnswer):
        if question.allow_na:
            return []
        message = '"not applicable" is not offered for this question'
        return [_problem(question, ProblemCode.NA_NOT_ALLOWED, message)]
    return _VALUE_CHECKS[question.type](question, answer.value)


def unknown_question(question_id: str) -> AnswerProblem:
    message = "this questionnaire version has no question with this id"
    return AnswerProblem(
        question_id=question_id, code=ProblemCode.UNKNOWN_QUESTION, message=message
    )


def hidden_question(question: CompiledQuestion) -> AnswerProblem:
    message = "this question does not apply given the other answers (its show_if is false)"
    return _problem(question, ProblemCode.HIDDEN_QUESTION, message)
