"""Comparing an indicator across the library: over the years for one region, or across regions for one year.

Each slot of a comparison (a year, or a region) holds the figure a report states for it, with the report and
the sentence, never a number without its source. Where several reports state the same slot (last year's report
and this year's five-year review), the report that reviews that year is taken, then an undrafted figure, then
an exact one, then the latest report; the others stay with the slot (the chart's data lists them). A target
(``kind: target``) is shown beside the result of its year. A slot no report states is a gap, and says whether
the library has no report for it or a report that does not state the figure.

Values are converted only where the factor is exact (亿元 and 万亿元, 个 and 万个); figures of another unit
family than the indicator's are left out of the chart and counted. Qualifiers (超过, 以上, 约) stay with every
value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from viewer.model.library.indicators import unit_family
from viewer.model.library.records import IndicatorPoint, LibraryReport
from viewer.model.types import Qualifier, Text
from viewer.model.units import UNITS


class CompareMode(StrEnum):
    YEARS = "years"  # one region, its years on the axis
    REGIONS = "regions"  # one year, the regions on the axis


@dataclass(frozen=True)
class Slot:
    """One category of a comparison: a year (or a region), its figure, the target for it, the other statements."""

    key: str  # '2023', or the region's Chinese name
    name: Text  # as shown
    result: IndicatorPoint | None
    target: IndicatorPoint | None = None
    others: tuple[IndicatorPoint, ...] = ()
    has_report: bool = False  # the library has a report for this slot (a gap then means 'not stated')

    @property
    def is_gap(self) -> bool:
        return self.result is None and self.target is None


@dataclass(frozen=True)
class Comparison:
    """An indicator compared over one axis, with the unit its values are drawn in."""

    indicator_id: str
    mode: CompareMode
    subject: Text  # the region (over years) or the year (across regions)
    slots: tuple[Slot, ...]
    unit: str  # the unit values are converted to ('' when there is nothing to draw)
    left_out: tuple[IndicatorPoint, ...] = ()  # figures of another unit family, or without a year

    def points(self) -> list[IndicatorPoint]:
        """Every figure drawn, results then targets, slot by slot."""
        return [p for s in self.slots for p in (s.result, s.target) if p is not None]

    @property
    def has_targets(self) -> bool:
        return any(s.target is not None for s in self.slots)

    @property
    def example(self) -> bool:
        return any(p.example for s in self.slots for p in (s.result, s.target, *s.others) if p is not None)

    def factor(self, point: IndicatorPoint) -> float:
        """What ``point``'s value is multiplied by to be drawn in ``unit`` (exact: a power of ten)."""
        return conversion(point.fact.unit, self.unit) or 1.0


def conversion(unit: str, to: str) -> float | None:
    """The exact factor from ``unit`` to ``to`` (1.0 for the same unit), None when there is none."""
    if unit == to:
        return 1.0
    a, b = UNITS.get(unit), UNITS.get(to)
    if a is None or b is None or a[1] is None or b[1] is None or a[2] != b[2]:
        return None
    return a[1] / b[1]


def converted(value: float, factor: float) -> float:
    """``value * factor`` without binary noise (9800 亿元 is 0.98 万亿元, not 0.9800000000000001)."""
    return float(f"{value * factor:.12g}")


def regions(points: Iterable[IndicatorPoint], reports: Iterable[LibraryReport] = ()) -> list[Text]:
    """The regions with figures of the indicator, those with the most first (ties by name)."""
    counts: Counter[str] = Counter()
    names: dict[str, Text] = {}
    for p in points:
        if p.region is not None:
            counts[p.region.zh] += 1
            names[p.region.zh] = p.region
    for r in reports:
        if r.region is not None and r.ok:
            names.setdefault(r.region.zh, r.region)
            counts[r.region.zh] += 0
    return [names[k] for k, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def years(points: Iterable[IndicatorPoint]) -> list[int]:
    """The years with figures of the indicator, latest first."""
    return sorted({p.year for p in points if p.year is not None}, reverse=True)


def _main_unit(points: Sequence[IndicatorPoint], family: str | None) -> tuple[str, list[IndicatorPoint]]:
    """The unit to draw in and the points of other families (left out)."""
    families = Counter(unit_family(p.fact.unit) for p in points)
    if not families:
        return "", []
    chosen = family if family in families else families.most_common(1)[0][0]
    kept = [p for p in points if unit_family(p.fact.unit) == chosen]
    units = Counter(p.fact.unit for p in kept)
    # The smallest unit (as the report's own charts do: 家 for 家 and 万家), if every other converts to it exactly;
    # else the unit most figures use, and only its figures are drawn.
    smallest = min(units, key=lambda u: (UNITS.get(u, ("", None, ""))[1] or 0.0, -units[u]))
    if all(conversion(u, smallest) is not None for u in units):
        return smallest, [p for p in points if p not in kept]
    unit = units.most_common(1)[0][0]
    return unit, [p for p in points if p.fact.unit != unit]


def _rank(point: IndicatorPoint, year: int | None) -> tuple[int, int, int, int]:
    """How good a statement of a slot is (lower is better): the report reviewing that year, undrafted, exact,
    latest report."""
    return (0 if year is not None and point.review_year == year else 1, int(point.fact.draft),
            0 if point.fact.qualifier == Qualifier.EXACT else 1, -(point.report_year or 0))


def _slot(key: str, name: Text, points: list[IndicatorPoint], year: int | None, has_report: bool) -> Slot:
    results = sorted((p for p in points if not p.is_target), key=lambda p: _rank(p, year))
    # A year's target comes from the report that plans that year (its meeting's year).
    targets = sorted((p for p in points if p.is_target),
                     key=lambda p: (0 if year is not None and p.report_year == year else 1, -(p.report_year or 0)))
    result = results[0] if results else None
    target = targets[0] if targets else None
    return Slot(key, name, result, target, tuple(results[1:] + targets[1:]), has_report)


def over_years(indicator_id: str, points: Sequence[IndicatorPoint], region: Text,
               reports: Sequence[LibraryReport] = (), family: str | None = None) -> Comparison:
    """The indicator's figures for ``region``, one slot per year from the first to the last it is stated,
    gaps included."""
    own = [p for p in points if p.region is not None and p.region.zh == region.zh]
    unit, other_family = _main_unit(own, family)
    drawn = [p for p in own if p not in other_family and p.year is not None]
    left_out = tuple(other_family + [p for p in own if p.year is None and p not in other_family])
    reviewed = {r.review_year for r in reports if r.ok and r.region is not None and r.region.zh == region.zh}
    planned = {r.year for r in reports if r.ok and r.region is not None and r.region.zh == region.zh}
    slots: list[Slot] = []
    if drawn:
        first, last = min(p.year or 0 for p in drawn), max(p.year or 0 for p in drawn)
        for year in range(first, last + 1):
            of_year = [p for p in drawn if p.year == year]
            has_report = year in reviewed or (year in planned and any(p.is_target for p in of_year))
            slots.append(_slot(str(year), Text(zh=str(year), en=str(year)), of_year, year, has_report))
    return Comparison(indicator_id, CompareMode.YEARS, region, tuple(slots), unit, left_out)


def across_regions(indicator_id: str, points: Sequence[IndicatorPoint], year: int,
                   reports: Sequence[LibraryReport] = (), family: str | None = None) -> Comparison:
    """The indicator's figures for ``year`` in every region of the library: stated ones by value (largest first),
    then the regions that do not state it (gaps)."""
    of_year = [p for p in points if p.year == year and p.region is not None]
    unit, other_family = _main_unit(of_year, family)
    drawn = [p for p in of_year if p not in other_family]
    covered = {r.region.zh for r in reports if r.ok and r.region is not None and r.review_year == year}
    slots: list[Slot] = []
    for region in regions(drawn, reports):
        mine = [p for p in drawn if p.region is not None and p.region.zh == region.zh]
        slots.append(_slot(region.zh, region, mine, year, region.zh in covered or bool(mine)))

    def order(slot: Slot) -> tuple[int, float, str]:
        shown = slot.result or slot.target
        if shown is None:
            return (1, 0.0, slot.key)
        return (0, -shown.fact.value * (conversion(shown.fact.unit, unit) or 1.0), slot.key)

    slots.sort(key=order)
    return Comparison(indicator_id, CompareMode.REGIONS, Text(zh=str(year), en=str(year)), tuple(slots), unit,
                      tuple(other_family))
