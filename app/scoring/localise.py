"""Choosing a locale and reading localised strings with a per-string fallback."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.questionnaire.model import Questionnaire
from app.scoring.compiled import CompiledQuestionnaire, compile_questionnaire


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

    def __init__(
        self, questionnaire: Questionnaire, compiled: CompiledQuestionnaire, requested: str | None
    ) -> None:
        self.requested = requested or questionnaire.default_locale
        self.default = questionnaire.default_locale
        self.locale = negotiate(requested, questionnaire.locales, self.default)
        self._compiled = compiled
        self.domain_titles = {d.id: self.text(d.title) for d in questionnaire.domains}
        self.lifecycle_labels = {s.key: self.text(s.label) for s in questionnaire.lifecycle}
        self.stage_labels = {s.key: self.text(s.label) for s in questionnaire.stages}

    @classmethod
    def for_questionnaire(cls, questionnaire: Questionnaire, requested: str | None) -> Localiser:
        return cls(questionnaire, compile_questionnaire(questionnaire), requested)

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
        text = self._compiled.question_texts.get(question_id)
        return question_id if text is None else self.text(text)

    def option_labels(self, question_id: str, value: object) -> list[str]:
        labels = self._compiled.option_labels.get(question_id)
        if labels is None or value is None:
            return []
        values = value if isinstance(value, list) else [value]
        return [self.text(labels[v]) if v in labels else str(v) for v in values]

    def stage_label(self, key: str | None) -> str | None:
        return None if key is None else self.stage_labels.get(key)
