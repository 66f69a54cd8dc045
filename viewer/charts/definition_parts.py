"""What the chart definitions (``viewer.charts.definitions`` and the chart modules it lists) share: chart texts,
the caption (source, example, notes), marks of facts, the one-panel bar chart (a panel per quantity, split in
two by size where one axis cannot show all) and axis titles with their unit."""

from __future__ import annotations

from dataclasses import replace

from viewer.charts.spec import ChartSpec, Mark, Panel, PanelStyle
from viewer.model.format import fact_value, period_text
from viewer.model.texts import keeps_source_wording, message, sentences
from viewer.model.types import Fact, Qualifier, Report
from viewer.model.units import UNITS, unit_label

# A value stated only as a bound ('10%以上', '突破2万家') is not a rate or a rank of its own.
BOUNDS = (Qualifier.OVER, Qualifier.AT_LEAST, Qualifier.TOP)


def chart_text(key: str, lang: str, **values: object) -> str:
    """A chart text in ``lang`` with ``values`` filled in (``chart.<key>`` in viewer.model.texts)."""
    return message(f"chart.{key}", lang, **values)


def caption(report: Report, lang: str, notes: tuple[str, ...] = ()) -> str:
    meta = report.meta
    unknown = message("unknown", lang)  # what the text does not state: never a made-up value
    date = meta.published.date().isoformat() if meta.published else unknown
    text = chart_text("source", lang, publisher=meta.publisher.get(lang) if meta.publisher else unknown, date=date)
    example = (chart_text("example", lang),) if meta.example else ()
    return sentences(lang, text, *example, *notes)


def qualified_note(facts: list[Fact], lang: str) -> tuple[str, ...]:
    bounded = any(f.qualifier in (Qualifier.OVER, Qualifier.AT_LEAST, Qualifier.NEARLY, Qualifier.ABOUT)
                  for f in facts)
    drafted = any(f.draft for f in facts)
    return ((chart_text("qualified", lang),) if bounded else ()) + ((chart_text("drafted", lang),) if drafted else ())


def fact_mark(fact: Fact, lang: str, category: int, series: int = 0, note: str = "") -> Mark:
    return Mark(fact.id, category, fact.value, fact_value(fact, lang), fact.quote, series, note, fact.label.get(lang),
                **mark_about(fact, lang))


def mark_about(fact: Fact, lang: str, period: str | None = None) -> dict[str, str]:
    """A mark's period and qualifier (for its tooltip and the chart's table)."""
    qualifier = "" if fact.qualifier == Qualifier.EXACT else fact.qualifier.value
    return {"period": period if period is not None else period_text(fact, lang), "qualifier": qualifier}


def single_panel_chart(report: Report, lang: str, chart_id: str, title: str, style: PanelStyle,
                       axis_key: str, facts: list[Fact], notes: tuple[str, ...] = ()) -> ChartSpec | None:
    """Bars of ``facts``, one panel per kind of quantity, values converted to one unit within a panel."""
    if not facts:
        return None
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        groups.setdefault(UNITS.get(f.unit, ("", None, f.unit))[2] or f.unit, []).append(f)
    panels = []
    split = False
    for whole in groups.values():
        unit, all_factors = common_unit(whole)
        parts = by_size([f.value * k for f, k in zip(whole, all_factors, strict=True)])
        split = split or len(parts) > 1
        for part in parts:
            group, factors = [whole[i] for i in part], [all_factors[i] for i in part]
            marks = []
            for i, (f, factor) in enumerate(zip(group, factors, strict=True)):
                value = f.value * factor
                # Chinese keeps the text's own wording (2万家); English writes the converted number (20,000).
                shown = f if keeps_source_wording(lang) or factor == 1 else replace(f, value=value, unit=unit)
                marks.append(Mark(f.id, i, value, fact_value(shown, lang), f.quote, 0, "", f.label.get(lang),
                                  **mark_about(f, lang)))
            panels.append(Panel(style, "", axis_text(axis_key, unit, lang), tuple(f.label.get(lang) for f in group),
                                tuple(marks), unit=unit))
    notes = notes + ((chart_text("split", lang),) if split else ()) + qualified_note(facts, lang)
    return ChartSpec(chart_id, title, tuple(panels), caption(report, lang, notes), lang)


SPAN_LIMIT = 100.0  # positive values of one axis spanning more than this factor are drawn in two panels


def by_size(values: list[float]) -> list[list[int]]:
    """Indices of ``values`` in one group, or in two (the larger values first, each in report order) when they
    span more than SPAN_LIMIT: on one linear axis 20,000 beside 3, 67 and 89 left three invisible slivers.

    Two panels, each with its own linear axis, rather than a log axis (bar lengths on a log axis do not compare
    as amounts, and readers of these charts compare lengths) or a broken bar (which hides how much is cut).
    The split is at the largest ratio between neighbouring values.
    """
    if len(values) < 2 or min(values) <= 0 or max(values) / min(values) <= SPAN_LIMIT:
        return [list(range(len(values)))]
    order = sorted(range(len(values)), key=lambda i: values[i])
    _ratio, at = max((values[order[k + 1]] / values[order[k]], k) for k in range(len(order) - 1))
    small = set(order[:at + 1])
    return [[i for i in range(len(values)) if i not in small], [i for i in range(len(values)) if i in small]]


def common_unit(facts: list[Fact]) -> tuple[str, list[float]]:
    """The smallest unit among ``facts`` of one quantity (家 for 家 and 万家) and each fact's factor to it."""
    units = {f.unit for f in facts}
    if len(units) == 1:
        return facts[0].unit, [1.0] * len(facts)
    scale = {u: UNITS[u][1] for u in units if u in UNITS}
    if len(scale) != len(units) or any(v is None for v in scale.values()):
        raise ValueError(f"units {sorted(units)} cannot share an axis")
    smallest = min(units, key=lambda u: scale[u] or 1.0)
    base = scale[smallest] or 1.0
    return smallest, [(scale[f.unit] or 1.0) / base for f in facts]


def axis_text(key: str, unit: str, lang: str) -> str:
    """An axis title with its unit ('企业数（家）', 'Enterprises'); the unit is left out where it says nothing
    (no English name, as for 个) or repeats the title (Enterprises (enterprises))."""
    label = unit_label(unit, lang) if unit else ""
    base = chart_text(key, lang, unit="").replace("（）", "").replace(" ()", "")
    if not label or (not keeps_source_wording(lang) and label.lower() in base.lower()):
        return base
    return chart_text(key, lang, unit=label)
