"""Rounding used for every number the engine reports.

Scores are rounded half up (58.25 -> 58.3), not to even: that is what people do by
hand. The tiny epsilon absorbs binary noise such as 0.1 + 0.2 = 0.30000000000000004
so that a value that is a half on paper is rounded up in the engine too.
"""

from __future__ import annotations

import math

_EPSILON = 1e-9


def round_half_up(value: float, digits: int) -> float:
    scale: float = 10.0**digits
    return math.floor(value * scale + 0.5 + _EPSILON) / scale


def percent(value: float) -> float:
    """A 0-100 score with one decimal."""
    return round_half_up(value, 1)


def fraction(value: float) -> float:
    """A 0-1 score or ratio with four decimals."""
    return round_half_up(value, 4)
