"""Choosing a locale and reading localised strings with a per-string fallback."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.questionnaire.model import ContextQuestion, Question, Questionnaire, Stage


def base_language(locale: str) -> str:
    return locale.split("-")[0].lower()


def negotiate(requested: str | None, available: Sequence[str], default: str) -> str:
    """The locale to serve: exact match, then same base language, then the default."""
    if not requested:
        return default
    if requested in available:
        return requested
    wanted = base_language(requested)
    for locale in available:
        if base_language(locale) == wanted:
            return locale
    return default


def language_matches(requested: str, languages: Sequence[str]) -> bool:
    wanted = base_language(requested)
    return any(base_language(language) == wanted for language in languages)


class Localiser:
    """Reads questionnaire strings in one locale, falling back to the default per string."""

    def __init__(self, questionnaire: Questionnaire, requested: str | None) -> None:
        self.requested = requested or questionnaire.default_locale
        self.default = questionnaire.default_locale
        self.locale = negotiate(requested, questionnaire.locales, self.default)
        self.questions: dict[str, Question | ContextQuestion] = {
            q.id: q for q in questionnaire.context
        }
        for domain in questionnaire.domains:
            self.questions.update((q.id, q) for q in domain.questions)
        self.domain_titles = {d.id: self.text(d.title) for d in questionnaire.domains}
        self.stages: dict[str, Stage] = {s.key: s for s in questionnaire.stages}

    def text(self, text: Mapping[str, str]) -> str:
        found = text.get(self.locale) or text.get(self.default)
        if found is not None:
            return found
        return next(iter(text.values()), "")

    def optional(self, text: Mapping[str, str] | None) -> str | None:
        return None if text is None else self.text(text)

    def text_list(self, texts: Mapping[str, list[str]]) -> list[str]:
        found = texts.get(self.locale) or texts.get(self.default)
        if found is not None:
            return list(found)
        return list(next(iter(texts.values()), []))

    def question_text(self, question_id: str) -> str:
        question = self.questions.get(question_id)
        return question_id if question is None else self.text(question.text)

    def option_labels(self, question_id: str, value: object) -> list[str]:
        question = self.questions.get(question_id)
        if question is None or value is None:
            return []
        labels = {option.value: option.label for option in question.options}
        values = value if isinstance(value, list) else [value]
        return [self.text(labels[v]) if v in labels else str(v) for v in values]

    def stage_label(self, key: str | None) -> str | None:
        stage = self.stages.get(key) if key is not None else None
        return None if stage is None else self.text(stage.label)
