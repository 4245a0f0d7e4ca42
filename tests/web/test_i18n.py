"""The interface catalogue: every locale complete, placeholders kept, keys in use exist."""

from __future__ import annotations

import re
import string
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.cohorts.summary_schemas import WITHHELD, Count
from app.web import i18n
from app.web.formatting import Formatter
from app.web.templating import TEMPLATES

LITERAL_KEY = re.compile(r"""\bt\(\s*['"]([a-z_]+\.[a-z_.]+)['"]""")
PLURAL_KEY = re.compile(r"""\bt\.plural\(\s*['"]([a-z_]+\.[a-z_.]+)['"]""")
PYTHON_KEY = re.compile(r"""["']((?:answer|error|signin|erase|page)\.[a-z_]+)["']""")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("locale", [code for code in i18n.LOCALES if code != "en"])
def test_every_locale_has_every_key_with_the_same_placeholders(locale: str) -> None:
    english, other = i18n.CATALOGUES["en"], i18n.CATALOGUES[locale]
    assert set(other) == set(english)
    for key, text in english.items():
        assert _placeholders(other[key]) == _placeholders(text), key
        assert other[key].strip(), key


def test_keys_used_by_templates_and_pages_exist() -> None:
    used: set[str] = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(LITERAL_KEY.findall(template.read_text()))
    for module in (Path(i18n.__file__).parent).glob("*.py"):
        found = PYTHON_KEY.findall(module.read_text())
        used |= {key for key in found if not key.endswith(".html")}  # template names
    plural: set[str] = set()
    for template in TEMPLATES.glob("*.html"):
        plural |= set(PLURAL_KEY.findall(template.read_text()))
    used |= {f"{key}#{form}" for key in plural for form in ("one", "other")}
    assert len(used) > 100
    prefixes = {key for key in used if key.endswith(".")}  # t('plan.status.' + status)
    english = set(i18n.CATALOGUES["en"])
    assert used - prefixes - english == set()
    assert {p for p in prefixes if not any(k.startswith(p) for k in english)} == set()


DYNAMIC_KEYS = {
    "membership.level.": ["aggregate", "results"],
    "membership.level_help.": ["aggregate", "results"],
    "membership.notice.": ["joined", "changed", "left"],
    "plan.focus.": ["issue", "domain"],
    "plan.status.": ["todo", "doing", "done"],
    "summary.reason.": ["current", "held", "too_few", "held_back", "no_questionnaire"],
    "summary.status.": ["current", "held", "counts_only"],
    "team.notice.": ["opened", "closed"],
    "team.rule.": ["cautious", "majority"],
    "team.rule_help.": ["cautious", "majority"],
}


def test_keys_built_from_values_exist() -> None:
    from app.cohorts.explanations import EXPLANATIONS

    assert set(DYNAMIC_KEYS["summary.reason."]) == set(EXPLANATIONS)
    for prefix, values in DYNAMIC_KEYS.items():
        for value in values:
            assert prefix + value in i18n.CATALOGUES["en"], prefix + value


def test_choosing_the_locale() -> None:
    assert i18n.pick("fr", "es") == "fr"
    assert i18n.pick(None, "pt-BR,pt;q=0.9,en;q=0.5") == "pt"
    assert i18n.pick("xx", "de, es;q=0.5") == "es"
    assert i18n.pick(None, None) == "en"


def test_translator_formats_and_falls_back() -> None:
    t = i18n.Translator("es")
    assert t("page.step", number=2, total=8) == "Sección 2 de 8"
    assert i18n.Translator("de").locale == "en"
    assert t.get("log.action.read_results", "x") == "leyó resultados"
    assert t.get("log.action.something_new", "something new") == "something new"


def test_no_catalogue_text_hedges_a_plural_with_brackets() -> None:
    hedged = re.compile(r"\w\((s|es|x|ns|ões)\)|vez/veces")
    for locale, catalogue in i18n.CATALOGUES.items():
        found = [key for key, text in catalogue.items() if hedged.search(text)]
        assert found == [], locale


@pytest.mark.parametrize(
    ("locale", "count", "expected"),
    [
        ("en", 0, "0 issues"),
        ("en", 1, "1 issue"),
        ("en", 2, "2 issues"),
        ("fr", 0, "0 problème"),  # French: 0 and 1 are singular
        ("fr", 1, "1 problème"),
        ("fr", 2, "2 problèmes"),
        ("es", 1, "1 problema"),
        ("es", 1_000_000, "1000000 problemas"),  # CLDR "many" reads as the plural
        ("pt", 0, "0 problema"),  # Portuguese (CLDR pt): 0 and 1 are singular
        ("pt", 3, "3 problemas"),
    ],
)
def test_plurals_follow_each_languages_cldr_rules(locale: str, count: int, expected: str) -> None:
    assert i18n.Translator(locale).plural("results.rest_count", count) == expected


def test_every_plural_key_has_one_and_other_in_every_locale() -> None:
    for locale, catalogue in i18n.CATALOGUES.items():
        bases = {key.split("#")[0] for key in catalogue if "#" in key}
        assert bases, locale
        for base in bases:
            assert f"{base}#one" in catalogue and f"{base}#other" in catalogue, (locale, base)


@pytest.mark.parametrize(
    ("locale", "display", "expected"),
    [
        ("en", "36.9", "36.9"),
        ("es", "36.9", "36,9"),
        ("fr", "+2.5", "+2,5"),
        ("pt", "62.5%", "62,5%"),
        ("es", "1234", "1.234"),
        ("fr", "7", "7"),
    ],
)
def test_a_shown_cohort_figure_uses_the_language_separators(
    locale: str, display: str, expected: str
) -> None:
    figure = Count(value=None, display=display, suppressed=False)
    assert Formatter(locale).figure(figure, "—") == expected


def test_a_hidden_cohort_figure_is_said_in_the_language_and_a_threshold_stays() -> None:
    withheld = Count(value=None, display=WITHHELD, suppressed=True)
    below = Count(value=None, display="<5", suppressed=True)
    spanish = i18n.Translator("es")
    assert Formatter("es").figure(withheld, spanish("summary.withheld")) == "retenida"
    assert Formatter("es").figure(below, spanish("summary.withheld")) == "<5"


def test_a_moment_is_dated_and_timed_in_the_readers_zone() -> None:
    late = datetime(2026, 12, 3, 23, 30)  # as SQLite returns it: UTC, without a zone
    nairobi, bogota = Formatter("en", "Africa/Nairobi"), Formatter("es", "America/Bogota")
    assert (nairobi.date(late), nairobi.time(late)) == ("4 Dec 2026", "02:30")
    assert (bogota.date(late), bogota.time(late)) == ("3 dic 2026", "18:30")
    assert Formatter("fr").time(late.replace(tzinfo=UTC)) == "23:30"
    assert nairobi.date(date(2026, 12, 3)) == "3 Dec 2026", "a plain date is not moved"
