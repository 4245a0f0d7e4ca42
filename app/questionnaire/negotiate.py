"""Choosing the locale to serve from ``?lang=`` and ``Accept-Language`` (RFC 9110 §12.5.4)."""

from __future__ import annotations

import re

ALL_LOCALES = "*"
_MAX_HEADER = 4096
_MAX_RANGES = 32
_TAG = re.compile(r"^([A-Za-z]{1,8})(?:-([A-Za-z0-9]{1,8}))*$")
_QUALITY = re.compile(r"^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$", re.IGNORECASE)


def negotiate(
    requested: str | None,
    accept_language: str | None,
    available: list[str],
    default: str,
) -> str:
    """The locale to serve.

    ``?lang=`` wins when it matches (``*`` asks for every locale and is returned
    as is); then the ``Accept-Language`` ranges in order of their q-values
    (``q=0`` ranges are skipped); then ``default``. A range matches a locale
    exactly (case-insensitively), by its language (``pt-BR`` → ``pt``), or a
    bare language matches its first regional locale (``pt`` → ``pt-BR``).
    """
    if requested is not None:
        if requested.strip() == ALL_LOCALES:
            return ALL_LOCALES
        match = match_locale(requested, available)
        if match is not None:
            return match
    for language_range in parse_accept_language(accept_language):
        match = match_locale(language_range, available)
        if match is not None:
            return match
    return default


def match_locale(tag: str, available: list[str]) -> str | None:
    wanted = tag.strip().lower()
    if not _TAG.match(wanted):
        return None
    lowered = {locale.lower(): locale for locale in available}
    if wanted in lowered:
        return lowered[wanted]
    language = wanted.split("-")[0]
    if language in lowered:
        return lowered[language]
    for locale in available:
        if locale.lower().split("-")[0] == language:
            return locale
    return None


def parse_accept_language(header: str | None) -> list[str]:
    """Language ranges by descending q-value (stable); ``*`` and ``q=0`` ranges are dropped."""
    if not header or len(header) > _MAX_HEADER:
        return []
    weighted: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")[:_MAX_RANGES]):
        pieces = [piece.strip() for piece in part.split(";")]
        tag = pieces[0]
        quality = _quality(pieces[1:])
        if quality is None or quality <= 0 or tag in ("", ALL_LOCALES) or not _TAG.match(tag):
            continue
        weighted.append((-quality, position, tag))
    return [tag for _, _, tag in sorted(weighted)]


def _quality(parameters: list[str]) -> float | None:
    quality = 1.0
    for parameter in parameters:
        compact = parameter.replace(" ", "")
        if compact.lower().startswith("q="):
            if not _QUALITY.match(compact):
                return None
            quality = float(compact[2:])
    return quality
