"""What a chart shows, as plain data: panels of bars or rank markers, each keeping the fact it came from.

A ``ChartSpec`` is built from a report by ``viewer.charts.definitions`` in one language and drawn by
``viewer.charts.scene``. Nothing here imports Qt, so listing charts (``report-viewer charts``) stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PanelStyle(StrEnum):
    """How a panel draws its marks."""

    COLUMNS = "columns"  # vertical bars from zero, one per category (grouped when there are series)
    BARS = "bars"  # horizontal bars from zero, one row per category
    SLOPE = "slope"  # ranks: a marker per series joined by a line, rank axis inverted (1 at the top)
    LADDER = "ladder"  # ranks: one rung per rank, 1 at the top, the facts at that rank beside it


@dataclass(frozen=True)
class Mark:
    """One bar or marker: a stated value, how it is written, and the fact (and quote) it comes from."""

    fact_id: str
    category: int  # index into Panel.categories
    value: float
    value_text: str  # the value as the text states it ('5.7%', '超过2万家', '第6位')
    quote: str
    series: int = 0  # index into Panel.series (0 when the panel has one series)
    note: str = ""  # extra annotation drawn after the value ('全国第3位')
    label: str = ""  # what the mark is (the fact's label), for tooltips and ladders
    period: str = ""  # the period the value is of ('2022', '2018–2022', '五年来'), for tooltips and tables
    qualifier: str = ""  # how the stated number bounds the real one (a Qualifier value; '' when exact)
    source: str = ""  # the report file the mark comes from, in a chart across reports ('' for a report's own chart)


@dataclass(frozen=True)
class Panel:
    """One plot area with its own value axis: marks of one unit only."""

    style: PanelStyle
    title: str
    value_axis: str  # axis label with unit ('增速（%）', 'Growth (%)')
    categories: tuple[str, ...]
    marks: tuple[Mark, ...]
    series: tuple[str, ...] = ()  # series names (legend); empty for one series
    note: str = ""  # drawn above the plot: says when only some of the items are shown ('显示前30项，共2,000项')
    omitted: int = 0  # items of this panel left out of the drawing (see viewer.charts.limits)
    # Categories no value is stated for, each with what to write there ('未提及'): drawn as gaps, never as zero.
    gaps: tuple[tuple[int, str], ...] = ()
    # Marks listed in the chart's data and table but not drawn (another report stating the same year again).
    listed: tuple[Mark, ...] = ()
    unit: str = ""  # the unit of the numbers on the value axis ('%', '家', '位'), for data exports

    @property
    def is_rank(self) -> bool:
        """Rank panels have an inverted axis starting at 1 (lower is better), never bars."""
        return self.style in (PanelStyle.SLOPE, PanelStyle.LADDER)


@dataclass(frozen=True)
class ChartSpec:
    """A whole chart: stable id, title, panels side by side, legend and source caption."""

    id: str
    title: str
    panels: tuple[Panel, ...]
    caption: str
    lang: str = "zh"
    legend: tuple[str, ...] = ()  # series names shared by every panel (drawn once under the panels)
    notes: tuple[str, ...] = field(default=())  # reading notes added to the caption
    # Every item, when this chart draws only the first ones (viewer.charts.limits): what a data export writes.
    full: ChartSpec | None = field(default=None, repr=False, compare=False)

    def marks(self) -> list[Mark]:
        """Every mark of every panel, in drawing order."""
        return [m for p in self.panels for m in p.marks]

    def fact_ids(self) -> list[str]:
        """The facts this chart shows."""
        return [m.fact_id for m in self.marks()]

    @property
    def omitted(self) -> int:
        """How many items the drawing leaves out (0: it shows everything)."""
        return sum(p.omitted for p in self.panels)

    def complete(self) -> ChartSpec:
        """This chart with every item (itself when nothing is left out)."""
        return self.full or self
