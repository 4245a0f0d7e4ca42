"""Dates, times and numbers in each interface language's CLDR format (Babel).

Dates and times are shown in the reader's time zone: the member's organisation's own
(``time_zone``, an IANA name), UTC for staff; pages name the zone beside every time.
Templates get a ``fmt`` for the page's language and zone (``fmt.date(d)``,
``fmt.time(dt)``, ``fmt.zone``, ``fmt.number(n)``, ``fmt.figure(cell, withheld)``).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Protocol
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from babel.numbers import format_decimal

# A figure's ``display`` from the API: "36.9", "+2.5", "40%", "<5" or "withheld".
NUMBER = re.compile(r"\d+(?:\.\d+)?")


class Figure(Protocol):
    @property
    def display(self) -> str: ...
    @property
    def suppressed(self) -> bool: ...


# The interface's English is British English.
CLDR_LOCALES = {"en": "en_GB"}


class Formatter:
    def __init__(self, locale: str, zone: str = "UTC") -> None:
        self.locale = CLDR_LOCALES.get(locale, locale)
        self.zone = zone
        self._tz = ZoneInfo(zone)

    def date(self, value: date | datetime) -> str:
        """A date in the language's medium form ("3 Dec 2026", "3 dic 2026"); a moment
        is dated in the reader's zone (23:30 UTC is already tomorrow in Nairobi)."""
        if isinstance(value, datetime):
            value = self._local(value).date()
        return format_date(value, "medium", locale=self.locale)

    def time(self, value: datetime) -> str:
        """The time of day in the language's short form, in the reader's zone ("07:35")."""
        return format_time(self._local(value), "short", locale=self.locale)

    def _local(self, value: datetime) -> datetime:
        # Stored moments are UTC; SQLite hands them back without a zone.
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(self._tz)

    def number(self, value: float | Decimal, digits: int = 0) -> str:
        """A number rounded to ``digits`` decimals with the language's separators."""
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return format_decimal(value, format=pattern, locale=self.locale)

    def figure(self, cell: Figure, withheld: str) -> str:
        """A cohort figure as the API displays it, in this language: its numbers with the
        language's separators ("36,9"), and the word for a withheld figure. "<5" stays."""
        if cell.suppressed:
            return cell.display if cell.display.startswith("<") else withheld
        return NUMBER.sub(lambda found: self._decimal(found.group()), cell.display)

    def _decimal(self, text: str) -> str:
        digits = len(text.partition(".")[2])
        return self.number(Decimal(text), digits)
