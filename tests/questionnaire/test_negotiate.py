from __future__ import annotations

import pytest

from app.questionnaire.negotiate import negotiate, parse_accept_language

AVAILABLE = ["en", "es", "fr", "pt"]


@pytest.mark.parametrize(
    ("requested", "header", "expected"),
    [
        (None, None, "en"),
        ("es", None, "es"),
        ("ES", None, "es"),
        ("pt-BR", None, "pt"),
        ("de", None, "en"),
        ("de", "fr", "fr"),
        ("*", "fr", "*"),
        ("es", "fr", "es"),
        (None, "fr;q=0.5, es;q=0.8", "es"),
        (None, "fr, es", "fr"),
        (None, "de-CH, de;q=0.9, pt-BR;q=0.8, en;q=0.7", "pt"),
        (None, "es;q=0, fr;q=0.1", "fr"),
        (None, "*", "en"),
        (None, "de, *;q=0.5", "en"),
        (None, "es;q=abc, fr;q=0.2", "fr"),
        (None, "es;q=1.5, fr;q=0.2", "fr"),
        (None, "es; q=0.9 , fr ; q = 0.3", "es"),
        (None, "12-34, fr", "fr"),
        (None, ",,,", "en"),
    ],
)
def test_negotiate(requested: str | None, header: str | None, expected: str) -> None:
    assert negotiate(requested, header, AVAILABLE, "en") == expected


def test_a_bare_language_matches_a_regional_locale() -> None:
    assert negotiate("pt", None, ["en", "pt-BR"], "en") == "pt-BR"
    assert negotiate(None, "pt-PT", ["en", "pt-BR"], "en") == "pt-BR"
    assert negotiate(None, "pt-br", ["en", "pt-BR"], "en") == "pt-BR"


def test_equal_q_values_keep_header_order() -> None:
    assert parse_accept_language("fr;q=0.5, es;q=0.5, en") == ["en", "fr", "es"]


def test_oversized_headers_are_ignored() -> None:
    assert parse_accept_language("es," * 5000) == []
    assert negotiate(None, "es," * 5000, AVAILABLE, "en") == "en"
