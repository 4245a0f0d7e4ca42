"""Interface strings of the web client in English, Spanish, French and Portuguese.

Questionnaire content carries its own translations; this catalogue holds only the
words around it (buttons, headings, messages). ``t("key", name=...)`` formats with
``str.format``; ``t.plural("key", n)`` picks ``key#one`` or ``key#other`` by the
language's CLDR plural rules. Every locale has every key (a test checks it).
"""

from __future__ import annotations

from collections.abc import Mapping

from babel import Locale

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


def plural_form(locale: str, count: int) -> str:
    """The CLDR plural category of ``count`` in ``locale`` ("one", "many", "other"...)."""
    return str(Locale.parse(locale).plural_form(count))


def translate_plural(locale: str, key: str, count: int, **params: object) -> str:
    """``key#<category>`` for ``count`` (Babel's CLDR rules), else ``key#other``.

    Catalogues give ``#one`` and ``#other``; a category a language has beyond those
    (Spanish "many" for a million) reads as ``#other``.
    """
    catalogue = CATALOGUES.get(locale, CATALOGUES[DEFAULT_LOCALE])
    form = plural_form(locale if locale in CATALOGUES else DEFAULT_LOCALE, count)
    text = catalogue.get(f"{key}#{form}") or catalogue.get(f"{key}#other")
    if text is None:
        text = CATALOGUES[DEFAULT_LOCALE][f"{key}#other"]
    return text.format(count=count, **params)


class Translator:
    """``t`` in templates: the catalogue of one locale."""

    def __init__(self, locale: str) -> None:
        self.locale = locale if locale in CATALOGUES else DEFAULT_LOCALE

    def __call__(self, key: str, **params: object) -> str:
        return translate(self.locale, key, **params)

    def plural(self, key: str, count: int, **params: object) -> str:
        """The form of ``key`` for ``count``, formatted with ``{count}`` and ``params``."""
        return translate_plural(self.locale, key, count, **params)

    def get(self, key: str, default: str) -> str:
        """The text for ``key``, or ``default`` when the catalogue has none (free text
        recorded elsewhere, such as access-log actions added by later modules)."""
        catalogue = CATALOGUES[self.locale]
        return catalogue.get(key) or CATALOGUES[DEFAULT_LOCALE].get(key) or default
