"""The interface catalogue: every locale complete, placeholders kept, keys in use exist."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from app.web import i18n
from app.web.templating import TEMPLATES

LITERAL_KEY = re.compile(r"""\bt\(\s*['"]([a-z_]+\.[a-z_.]+)['"]""")
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
