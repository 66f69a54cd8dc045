"""Two reports side by side: every indicator both state, with both values, the change and both quotes.

Each report's figure for an indicator is its result for the year it reviews where it states one (else its
first figure of that indicator, a target last). The change is worked out only where both values are exact
and their units convert exactly; a bound (超过, 以上, 约) gives no change, and says so. Rates and shares change
by percentage points.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from viewer.model.library.compare import conversion, converted
from viewer.model.library.records import IndicatorPoint
from viewer.model.types import FactKind, Qualifier
from viewer.model.units import UNITS

POINTS_UNIT = "个百分点"  # a change of a rate or a share (viewer.model.units)


class NoChange(StrEnum):
    """Why a row shows no change."""

    BOUND = "bound"  # a value is a bound or an approximation as the text states it
    UNITS = "units"  # the units do not convert exactly


@dataclass(frozen=True)
class SideRow:
    """An indicator both reports state."""

    indicator_id: str
    a: IndicatorPoint
    b: IndicatorPoint
    change: float | None  # b - a in ``change_unit`` (None: see ``no_change``)
    change_unit: str
    no_change: NoChange | None = None


def _pick(points: Sequence[IndicatorPoint]) -> IndicatorPoint:
    return min(points, key=lambda p: (p.is_target, p.year != p.review_year, p.fact.draft))


def _change(a: IndicatorPoint, b: IndicatorPoint) -> tuple[float | None, str, NoChange | None]:
    fa, fb = a.fact, b.fact
    factor = conversion(fb.unit, fa.unit)
    if factor is None:
        return None, "", NoChange.UNITS
    unit = POINTS_UNIT if UNITS.get(fa.unit, ("", None, ""))[2] == "percent" else fa.unit
    if fa.kind == FactKind.RANK:
        unit = fa.unit
    if fa.qualifier != Qualifier.EXACT or fb.qualifier != Qualifier.EXACT:
        return None, unit, NoChange.BOUND
    return converted(fb.value * factor - fa.value, 1.0), unit, None


def side_by_side(points_a: Sequence[IndicatorPoint], points_b: Sequence[IndicatorPoint],
                 order: Sequence[str] = ()) -> list[SideRow]:
    """A row for every indicator stated in both ``points_a`` and ``points_b`` (each a report's figures), in
    ``order`` (the vocabulary's) and then by id."""
    by_a: dict[str, list[IndicatorPoint]] = {}
    by_b: dict[str, list[IndicatorPoint]] = {}
    for points, into in ((points_a, by_a), (points_b, by_b)):
        for p in points:
            if p.fact.indicator is not None:
                into.setdefault(p.fact.indicator, []).append(p)
    shared = set(by_a) & set(by_b)
    rank = {k: i for i, k in enumerate(order)}
    rows = []
    for indicator in sorted(shared, key=lambda k: (rank.get(k, len(rank)), k)):
        a, b = _pick(by_a[indicator]), _pick(by_b[indicator])
        change, unit, reason = _change(a, b)
        rows.append(SideRow(indicator, a, b, change, unit, reason))
    return rows
