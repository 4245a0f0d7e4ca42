"""Disclosure control: which numbers may be shown, and how hidden ones look.

k = settings.min_group_size. The facilitator can read the results of organisations that
share them, so every rule is applied both to the whole count and to its private part
(organisations that share only aggregates): subtracting what is visible must not leave a
small group either. See docs/privacy.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.cohorts.raw import Distribution, Tally
from app.cohorts.summary_schemas import WITHHELD, Count, Statistic

QUARTERS = {"q1": 1, "median": 2, "q3": 3}


@dataclass(frozen=True, slots=True)
class Rules:
    k: int

    def small(self, number: int) -> bool:
        return 0 < number < self.k

    def hides(self, tally: Tally) -> bool:
        """A count is hidden when it, or its private part, is between 1 and k-1."""
        return self.small(tally.total) or self.small(tally.private)

    def enough(self, tally: Tally) -> bool:
        """A statistic needs k organisations, and k private ones unless none is private."""
        return tally.total >= self.k and not self.small(tally.private)

    def count(self, tally: Tally) -> Count:
        if self.hides(tally):
            return Count(value=None, display=f"<{self.k}", suppressed=True)
        return shown_count(tally.total)

    def quartile(self, distribution: Distribution, name: str, *, signed: bool = False) -> Statistic:
        """A quartile, unless too few organisations contribute or it would be computed from
        the smallest or largest value (never min, max or a range, even in part)."""
        n = distribution.contributors.total
        if not self.enough(distribution.contributors) or touches_extremes(n, QUARTERS[name]):
            return withheld_statistic()
        return statistic(getattr(distribution, name), signed=signed)


def touches_extremes(n: int, quarters: int) -> bool:
    """Whether the interpolated quantile j/4 of n values uses the first or last value."""
    lo, remainder = divmod(quarters * (n - 1), 4)
    hi = lo + 1 if remainder else lo
    return lo == 0 or hi == n - 1


def shown_count(number: int) -> Count:
    return Count(value=number, display=str(number), suppressed=False)


def withheld_count() -> Count:
    return Count(value=None, display=WITHHELD, suppressed=True)


def withheld_statistic() -> Statistic:
    return Statistic(value=None, display=WITHHELD, suppressed=True)


def statistic(value: float, *, signed: bool = False, suffix: str = "") -> Statistic:
    rounded = round(value, 1) + 0.0  # + 0.0 turns -0.0 into 0.0
    text = f"{rounded:+g}" if signed and rounded else f"{rounded:g}"
    return Statistic(value=rounded, display=text + suffix, suppressed=False)


def share(count: Count, of: int) -> Statistic:
    """The percentage ``count`` is of ``of``; hidden whenever the count is."""
    if count.suppressed or count.value is None or of <= 0:
        return withheld_statistic()
    return statistic(100 * count.value / of, suffix="%")


def breakdown(cells: dict[str, Tally], rules: Rules) -> dict[str, Count]:
    """Cells that add up to a shown total: all shown, or every non-zero cell withheld.

    Hiding only the small cell would let it be recovered by subtraction from the total;
    hiding one more chosen cell would still leak through the choice (the other must then
    be at least k). Zeros stay visible: they add nothing to recover.
    """
    if not any(rules.hides(tally) for tally in cells.values()):
        return {name: shown_count(tally.total) for name, tally in cells.items()}
    return {
        name: withheld_count() if tally.total else shown_count(0) for name, tally in cells.items()
    }


def pair(first: Tally, second: Tally, rules: Rules) -> tuple[Count, Count]:
    """Two counts linked through figures published at other times (resolved and new: their
    difference is the change in an issue's count): both shown, or both withheld."""
    if rules.hides(first) or rules.hides(second):
        return withheld_count(), withheld_count()
    return shown_count(first.total), shown_count(second.total)
