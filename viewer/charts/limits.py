"""How many items a chart draws: a readable number per panel style, the rest named, never silently dropped.

A chart of 2,000 ranks cannot be read, and laying it out took seconds. So every chart is cut to the first
items of each panel (the order its definition gives: best rank first, otherwise the report's order), with
a note above the plot ('仅显示前30项（共2,000项）') and one in the caption saying how many are left out and
that the chart's data export (CSV) has them all. The cut spec keeps the complete one in ``ChartSpec.full``.
The same cut applies on screen and in every export, so an exported chart never claims to be complete
when it is not. The limits are chosen for the default 1600x1000 export: rows of about 26 px, columns whose
labels still wrap into three short lines; reports of ordinary size (the bundled one) stay well below them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from viewer.charts.spec import ChartSpec, Panel, PanelStyle
from viewer.model.format import number
from viewer.model.texts import message, sentences

# Items per panel: rows (ladder, bars), columns or categories (columns), lines (slope).
MAX_ITEMS: dict[PanelStyle, int] = {
    PanelStyle.LADDER: 30,
    PanelStyle.BARS: 30,
    PanelStyle.COLUMNS: 12,
    PanelStyle.SLOPE: 10,
}
# No limit goes below this: a panel of up to MIN_ITEMS items is always drawn whole, however many panels
# share the chart and however small it is drawn (viewer.charts.scene draws fewer items when room is short).
MIN_ITEMS = 8

def _tr(key: str, lang: str, **values: object) -> str:
    return message(f"chart.limit.{key}", lang, **values)


def max_items(style: PanelStyle, panels: int = 1) -> int:
    """The most items a panel of ``style`` draws when ``panels`` panels stand side by side."""
    limit = MAX_ITEMS[style]
    if style == PanelStyle.COLUMNS and panels > 1:
        # Columns run across the panel, so panels side by side each get a share of the room.
        limit = max(MIN_ITEMS, limit // panels)
    return limit


def item_count(panel: Panel) -> int:
    """How many items ``panel`` holds: its lines for a slope panel, its categories otherwise."""
    if panel.style == PanelStyle.SLOPE:
        return len({m.label for m in panel.marks})
    return len(panel.categories)


def limit_panel(panel: Panel, limit: int, lang: str) -> Panel:
    """``panel`` with only its first ``limit`` items and a note saying so (itself when it has no more)."""
    total = item_count(panel)
    if total <= limit:
        return panel
    if panel.style == PanelStyle.SLOPE:
        # A slope panel's categories are the two periods; its items are the facts, one line each.
        keep = set(list(dict.fromkeys(m.label for m in panel.marks))[:limit])
        categories = panel.categories
        marks = tuple(m for m in panel.marks if m.label in keep)
    else:
        categories = panel.categories[:limit]
        marks = tuple(m for m in panel.marks if m.category < limit)
    key = "best" if panel.style == PanelStyle.LADDER else "first"
    note = _tr(key, lang, shown=number(limit), total=number(total))
    gaps = tuple(g for g in panel.gaps if g[0] < len(categories))
    return replace(panel, categories=categories, marks=marks, note=note, omitted=total - limit, gaps=gaps)


def limit_chart(spec: ChartSpec, limits: Sequence[int] | None = None) -> ChartSpec:
    """``spec`` cut to what can be read, with notes in its panels and caption (the complete spec itself when
    nothing is cut). ``limits`` gives each panel's most items (default: ``max_items`` of its style); a spec
    that is already cut is cut again from its complete version."""
    full = spec.complete()
    if limits is None:
        limits = [max_items(p.style, len(full.panels)) for p in full.panels]
    panels = tuple(limit_panel(p, n, full.lang) for p, n in zip(full.panels, limits, strict=True))
    omitted = sum(p.omitted for p in panels)
    if not omitted:
        return full
    total = sum(item_count(p) for p in full.panels)
    more = _tr("more", full.lang, more=number(omitted), total=number(total))
    caption = sentences(full.lang, full.caption, more)
    return replace(full, panels=panels, caption=caption, full=full)
