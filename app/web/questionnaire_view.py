"""A questionnaire as pages of questions: context first, then one page per domain.

Only questions whose ``show_if`` holds for the saved answers are shown; a page's
progress counts those questions only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.questionnaire.model import ContextQuestion, Question, Questionnaire, QuestionType
from app.questionnaire.texts import pick_locale
from app.scoring import Answer, DeclinedAnswer, NotApplicableAnswer, UnsureAnswer

CONTEXT_PAGE = "context"
AnyQuestion = Question | ContextQuestion


@dataclass(frozen=True)
class PageRef:
    key: str
    title: str
    description: str | None
    questions: tuple[AnyQuestion, ...]


@dataclass
class Entered:
    """What a person gave for one question, stored or just typed (kept on errors)."""

    values: list[str] = field(default_factory=list)
    unsure: bool = False
    na: bool = False
    declined: bool = False  # "prefer not to say" (context questions that offer it)
    text: str = ""
    comment: str = ""


@dataclass(frozen=True)
class OptionView:
    value: str
    label: str
    help: str | None
    selected: bool


@dataclass(frozen=True)
class QuestionView:
    id: str
    multiple: bool
    is_text: bool
    text: str
    help: str | None
    required: bool
    options: list[OptionView]
    allow_unsure: bool
    allow_na: bool
    allow_declined: bool
    entered: Entered
    error: str | None
    needs_review: bool
    max_length: int


@dataclass(frozen=True)
class PageStatus:
    key: str
    title: str
    answered: int
    applicable: int
    current: bool


class Localise:
    def __init__(self, model: Questionnaire, locale: str) -> None:
        self.locale, self.default = locale, model.default_locale

    def __call__(self, text: Mapping[str, str] | None) -> str | None:
        return None if text is None else str(pick_locale(text, self.locale, self.default))


def pages_of(model: Questionnaire, locale: str, context_title: str) -> list[PageRef]:
    loc = Localise(model, locale)
    pages = [PageRef(CONTEXT_PAGE, context_title, None, tuple(model.context))]
    if not model.context:
        pages = []
    for domain in model.domains:
        title = loc(domain.title) or domain.id
        pages.append(PageRef(domain.id, title, loc(domain.description), tuple(domain.questions)))
    return pages


def find_page(pages: Sequence[PageRef], key: str) -> int | None:
    return next((i for i, page in enumerate(pages) if page.key == key), None)


def page_of_question(pages: Sequence[PageRef], question_id: str) -> str | None:
    for page in pages:
        if any(q.id == question_id for q in page.questions):
            return page.key
    return None


def entered_from_answer(answer: Answer | None) -> Entered:
    if answer is None:
        return Entered()
    comment = answer.comment or ""
    if isinstance(answer, UnsureAnswer):
        return Entered(unsure=True, comment=comment)
    if isinstance(answer, DeclinedAnswer):
        return Entered(declined=True, comment=comment)
    if isinstance(answer, NotApplicableAnswer):
        return Entered(na=True, comment=comment)
    value = answer.value
    if isinstance(value, list):
        return Entered(values=[str(v) for v in value], comment=comment)
    if isinstance(value, str):
        return Entered(values=[value], text=value, comment=comment)
    return Entered(values=[str(value)], comment=comment)


def question_view(
    question: AnyQuestion,
    loc: Localise,
    entered: Entered,
    *,
    error: str | None = None,
    needs_review: bool = False,
) -> QuestionView:
    chosen = set(entered.values)
    options = [
        OptionView(str(o.value), loc(o.label) or str(o.value), loc(o.help), str(o.value) in chosen)
        for o in question.options
    ]
    return QuestionView(
        id=question.id,
        multiple=question.type is QuestionType.MULTI_CHOICE,
        is_text=question.type is QuestionType.TEXT,
        text=loc(question.text) or question.id,
        help=loc(question.help),
        required=question.required,
        options=options,
        allow_unsure=question.allow_unsure and question.type is not QuestionType.TEXT,
        allow_na=question.allow_na,
        allow_declined=isinstance(question, ContextQuestion) and question.prefer_not_to_say,
        entered=entered,
        error=error,
        needs_review=needs_review,
        max_length=question.max_length,
    )


def page_statuses(
    pages: Sequence[PageRef], answers: Mapping[str, Answer], visible: set[str], current: str
) -> list[PageStatus]:
    statuses = []
    for page in pages:
        shown = [q.id for q in page.questions if q.id in visible]
        answered = sum(1 for q in shown if q in answers)
        statuses.append(PageStatus(page.key, page.title, answered, len(shown), page.key == current))
    return statuses
