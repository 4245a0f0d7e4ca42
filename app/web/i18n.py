"""Interface strings of the web client in English, Spanish, French and Portuguese.

Questionnaire content carries its own translations; this catalogue holds only the
words around it (buttons, headings, messages). ``t("key", name=...)`` formats with
``str.format``. Every locale has every key (a test checks it).
"""

from __future__ import annotations

from collections.abc import Mapping

from app.questionnaire.negotiate import negotiate
from app.web.messages import en, en_groups, es, es_groups, fr, fr_groups, pt, pt_groups

LOCALES: tuple[str, ...] = ("en", "es", "fr", "pt")
DEFAULT_LOCALE = "en"
LANGUAGE_NAMES: Mapping[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
}
# Each language: the base catalogue, and the strings for cohorts, teams and plans.
CATALOGUES: Mapping[str, Mapping[str, str]] = {
    "en": {**en.MESSAGES, **en_groups.MESSAGES},
    "es": {**es.MESSAGES, **es_groups.MESSAGES},
    "fr": {**fr.MESSAGES, **fr_groups.MESSAGES},
    "pt": {**pt.MESSAGES, **pt_groups.MESSAGES},
}


def pick(requested: str | None, accept_language: str | None) -> str:
    """The interface locale: the remembered choice if valid, else Accept-Language."""
    return negotiate(requested, accept_language, list(LOCALES), DEFAULT_LOCALE)


def translate(locale: str, key: str, **params: object) -> str:
    catalogue = CATALOGUES.get(locale, CATALOGUES[DEFAULT_LOCALE])
    text = catalogue.get(key) or CATALOGUES[DEFAULT_LOCALE][key]
    return text.format(**params) if params else text


class Translator:
    """``t`` in templates: the catalogue of one locale."""

    def __init__(self, locale: str) -> None:
        self.locale = locale if locale in CATALOGUES else DEFAULT_LOCALE

    def __call__(self, key: str, **params: object) -> str:
        return translate(self.locale, key, **params)

    def get(self, key: str, default: str) -> str:
        """The text for ``key``, or ``default`` when the catalogue has none (free text
        recorded elsewhere, such as access-log actions added by later modules)."""
        catalogue = CATALOGUES[self.locale]
        return catalogue.get(key) or CATALOGUES[DEFAULT_LOCALE].get(key) or default
