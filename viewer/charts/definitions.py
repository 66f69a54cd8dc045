"""Chart definitions: which facts of a report each chart selects, in one language.

No chart is placed by hand: every definition chooses the report's facts and honours by what they are (kind,
period, scope, unit, comparison and what their label measures: viewer.model.measures), so any valid report,
drafted or made by hand, gets its own charts; tags set by hand refine the choice, none is required. A chart
whose selection is empty is simply not offered. Marks carry the values the text states, written as the text
writes them (qualifiers such as 超过 kept), and their fact ids; drafted figures are shown and the caption
says they are not yet checked.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace

from viewer.charts.limits import limit_chart
from viewer.charts.spec import ChartSpec, Mark, Panel, PanelStyle
from viewer.model.format import fact_value, number, period_text
from viewer.model.measures import (
    fact_year,
    home_scope,
    is_average_growth,
    is_enterprise_size,
    is_five_year,
    is_multi_year,
    is_project_count,
    is_value_added,
    review_year,
)
from viewer.model.texts import keeps_source_wording, message, sentences
from viewer.model.types import Fact, FactKind, Qualifier, Report, Scope
from viewer.model.units import UNITS, unit_label

# A value stated only as a bound ('10%以上', '突破2万家') is not a rate or a rank of its own.
_BOUNDS = (Qualifier.OVER, Qualifier.AT_LEAST, Qualifier.TOP)


def _tr(key: str, lang: str, **values: object) -> str:
    """A chart text in ``lang`` with ``values`` filled in (``chart.<key>`` in viewer.model.texts)."""
    return message(f"chart.{key}", lang, **values)


@dataclass(frozen=True)
class ChartDefinition:
    """A chart that can be built from any report: its id and a builder returning None when empty."""

    id: str
    build: Callable[[Report, str], ChartSpec | None]


def _caption(report: Report, lang: str, notes: tuple[str, ...] = ()) -> str:
    meta = report.meta
    unknown = message("unknown", lang)  # what the text does not state: never a made-up value
    date = meta.published.date().isoformat() if meta.published else unknown
    text = _tr("source", lang, publisher=meta.publisher.get(lang) if meta.publisher else unknown, date=date)
    example = (_tr("example", lang),) if meta.example else ()
    return sentences(lang, text, *example, *notes)


def _qualified_note(facts: list[Fact], lang: str) -> tuple[str, ...]:
    bounded = any(f.qualifier in (Qualifier.OVER, Qualifier.AT_LEAST, Qualifier.NEARLY, Qualifier.ABOUT)
                  for f in facts)
    drafted = any(f.draft for f in facts)
    return ((_tr("qualified", lang),) if bounded else ()) + ((_tr("drafted", lang),) if drafted else ())


def _mark(fact: Fact, lang: str, category: int, series: int = 0, note: str = "") -> Mark:
    return Mark(fact.id, category, fact.value, fact_value(fact, lang), fact.quote, series, note, fact.label.get(lang),
                **_about(fact, lang))


def _about(fact: Fact, lang: str, period: str | None = None) -> dict[str, str]:
    """A mark's period and qualifier (for its tooltip and the chart's table)."""
    qualifier = "" if fact.qualifier == Qualifier.EXACT else fact.qualifier.value
    return {"period": period if period is not None else period_text(fact, lang), "qualifier": qualifier}


def _single_panel_chart(report: Report, lang: str, chart_id: str, title: str, style: PanelStyle,
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
        parts = _by_size([f.value * k for f, k in zip(whole, all_factors, strict=True)])
        split = split or len(parts) > 1
        for part in parts:
            group, factors = [whole[i] for i in part], [all_factors[i] for i in part]
            marks = []
            for i, (f, factor) in enumerate(zip(group, factors, strict=True)):
                value = f.value * factor
                # Chinese keeps the text's own wording (2万家); English writes the converted number (20,000).
                shown = f if keeps_source_wording(lang) or factor == 1 else replace(f, value=value, unit=unit)
                marks.append(Mark(f.id, i, value, fact_value(shown, lang), f.quote, 0, "", f.label.get(lang),
                                  **_about(f, lang)))
            panels.append(Panel(style, "", axis_text(axis_key, unit, lang), tuple(f.label.get(lang) for f in group),
                                tuple(marks), unit=unit))
    notes = notes + ((_tr("split", lang),) if split else ()) + _qualified_note(facts, lang)
    return ChartSpec(chart_id, title, tuple(panels), _caption(report, lang, notes), lang)


SPAN_LIMIT = 100.0  # positive values of one axis spanning more than this factor are drawn in two panels


def _by_size(values: list[float]) -> list[list[int]]:
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


# --- growth rates of the latest review year ----------------------------------------------------------

def growth_facts(report: Report) -> list[Fact]:
    """Growth rates (in %) of the year the report reviews, of the report's own scope (the province's, or
    the country's in a national report), stated as rates (not bounds), without before->after pairs."""
    year = review_year(report)  # None: no fact names a year; the growth rates that name no period then
    home = home_scope(report)
    return [f for f in report.facts_with(kind=FactKind.GROWTH_RATE)
            if f.unit == "%" and f.scope == home and f.comparison is None and f.qualifier not in _BOUNDS
            and not is_average_growth(f) and fact_year(f) == year and (year is not None or not f.period)]


def build_growth(report: Report, lang: str) -> ChartSpec | None:
    facts = growth_facts(report)
    year = review_year(report)
    # Value added by sector, as hand-made reports chart it; a draft's growth rates may be of investment, profits…
    key = "growth.title" if is_value_added(facts) else "growth.title_any"
    title = _tr(key, lang, year=year) if year is not None else _tr(f"{key}_ny", lang)
    return _single_panel_chart(report, lang, "growth", title, PanelStyle.BARS, "growth.axis", facts)


def average_growth_facts(report: Report) -> list[Fact]:
    """Average annual growth rates: over a period of years (2018–2022), labelled 年均, or tagged ``five-year``."""
    return [f for f in report.facts_with(kind=FactKind.GROWTH_RATE)
            if f.unit == "%" and f.comparison is None and is_average_growth(f)]


def build_average_growth(report: Report, lang: str) -> ChartSpec | None:
    facts = average_growth_facts(report)
    periods = {f.period for f in facts if f.period}
    title = _tr("avg.title", lang, period=periods.pop()) if len(periods) == 1 else _tr("avg.title_np", lang)
    return _single_panel_chart(report, lang, "five-year-growth", title, PanelStyle.BARS,
                               "growth.axis", facts)


# --- five-year before -> after pairs ------------------------------------------------------------------

def change_facts(report: Report) -> list[Fact]:
    """Facts with a stated before -> after comparison, multi-year review first."""
    facts = [f for f in report.facts if f.comparison is not None]
    return sorted(facts, key=lambda f: not is_multi_year(f))


def build_changes(report: Report, lang: str) -> ChartSpec | None:
    facts = change_facts(report)
    if not facts:
        return None
    # One panel per unit: trillions of yuan, ranks and counts never share an axis.
    by_unit: dict[str, list[Fact]] = {}
    for f in facts:
        by_unit.setdefault("位" if f.kind == FactKind.RANK else f.unit, []).append(f)
    panels = []
    index = before_index(report)
    all_series: set[tuple[str, str]] = set()
    for unit, group in by_unit.items():
        is_rank = unit == "位"
        key = "count.axis" if all(f.kind == FactKind.COUNT for f in group) else "value.axis"
        axis = _tr("rank.axis", lang) if is_rank else axis_text(key, unit, lang)
        series = _series_names(group, lang)
        all_series.add(series)
        marks: list[Mark] = []
        single = len(group) == 1
        for i, f in enumerate(group):
            c = f.comparison
            assert c is not None
            before = before_fact(report, f, index)
            shown = before or _with_value(f, c.from_value)
            label = f.label.get(lang)
            # One fact per panel: the two bars are the categories (2018, 2022); several: grouped by fact.
            by_series = single or is_rank  # slope panels put the two periods on the x axis too
            marks.append(Mark(before.id if before else f.id, 0 if by_series else i, c.from_value,
                              fact_value(shown, lang), shown.quote, 0, "", label,
                              **_about(shown, lang, _compared_periods(f)[0] or (period_text(before, lang) if before
                                                                                else ""))))
            marks.append(Mark(f.id, 1 if by_series else i, c.to_value, fact_value(f, lang), f.quote, 1, "", label,
                              **_about(f, lang, _compared_periods(f)[1] or period_text(f, lang))))
        categories = series if single or is_rank else tuple(f.label.get(lang) for f in group)
        title = group[0].label.get(lang) if single else axis
        panels.append(Panel(PanelStyle.SLOPE if is_rank else PanelStyle.COLUMNS, title, axis, categories,
                            tuple(marks), () if single or is_rank else series, unit=unit))
    periods = all_series.pop() if len(all_series) == 1 else None
    # "Five-year changes" only for a five-year review; other pairs (2023 -> 2024, 近20% -> 15%) are changes.
    five = "five" if any(is_five_year(f) for f in facts) else "changes"
    title = _tr(f"{five}.title_p", lang, a=periods[0], b=periods[1]) if periods and periods[0][:1].isdigit() \
        else _tr(f"{five}.title", lang)
    notes = _qualified_note(facts, lang)
    return ChartSpec("five-year-changes", title, tuple(panels), _caption(report, lang, notes), lang)


def _series_names(facts: list[Fact], lang: str) -> tuple[str, str]:
    """('2018', '2022') when the facts' comparisons name the same periods (or, where a comparison names none,
    its fact's period is the range 2018–2022), else (before, after) in words."""
    periods = {_compared_periods(f) for f in facts if f.comparison}
    if len(periods) == 1:
        a, b = periods.pop()
        if a and b:
            return (str(a), str(b))
    return (_tr("five.before", lang), _tr("five.after", lang))


def _compared_periods(fact: Fact) -> tuple[str | None, str | None]:
    """The two periods of a fact's comparison: as stated, else the ends of the fact's range of years."""
    c = fact.comparison
    assert c is not None
    if c.from_period or c.to_period:
        return (c.from_period, c.to_period)
    match = re.fullmatch(r"(\d{4})[–-](\d{4})", fact.period or "")
    return (match.group(1), match.group(2)) if match else (None, None)


def before_fact(report: Report, fact: Fact, index: BeforeIndex | None = None) -> Fact | None:
    """The fact stating the 'before' side of ``fact``'s comparison on its own, when the report has one.

    ``index`` (``before_index(report)``) makes many look-ups in one report cheap; without it every call
    scans all facts, which made the rankings of a report with 2,000 ranks and 10,000 facts quadratic.
    """
    c = fact.comparison
    if c is None:
        return None
    candidates = report.facts if index is None else index.get((fact.unit, c.from_value, fact.label.zh), ())
    for other in candidates:
        if (other.id != fact.id and other.kind == fact.kind and other.unit == fact.unit
                and other.value == c.from_value and other.comparison is None
                and (c.from_period is None or other.period in (None, c.from_period))
                and other.label.zh == fact.label.zh):
            return other
    return None


BeforeIndex = dict[tuple[str, float, str], list[Fact]]


def before_index(report: Report) -> BeforeIndex:
    """Facts without a comparison by (unit, value, Chinese label), in report order: the candidates
    ``before_fact`` looks at (it still checks every condition, so the answer is the same as a full scan)."""
    index: BeforeIndex = {}
    for f in report.facts:
        if f.comparison is None:
            # No kind in the key: hashing an enum member runs Python code, 10,000 times here.
            index.setdefault((f.unit, f.value, f.label.zh), []).append(f)
    return index


def _with_value(fact: Fact, value: float) -> Fact:
    """The 'before' side of a pair, formatted like the fact but with its own value, stated exactly."""
    return replace(fact, value=value, qualifier=Qualifier.EXACT, comparison=None)


# --- national rankings ---------------------------------------------------------------------------------

def ranking_facts(report: Report) -> list[Fact]:
    """Current national ranks stated exactly (not 'top 3'), best first.

    A rank that is only the 'before' side of a stated change (7th in 2018, now 6th) is left out, and a rank
    stated twice for the same thing (5th in 2022 and over five years) is shown once.
    """
    ranks = [f for f in report.facts_with(kind=FactKind.RANK)
             if f.scope == Scope.NATIONAL and f.qualifier == Qualifier.EXACT]
    index = before_index(report)
    before_ids = {b.id for f in ranks if (b := before_fact(report, f, index)) is not None}
    seen: set[tuple[str, float]] = set()
    facts = []
    for f in ranks:
        key = (f.label.zh, f.value)
        if f.id in before_ids or key in seen:
            continue
        seen.add(key)
        facts.append(f)
    return sorted(facts, key=lambda f: f.value)


def build_rankings(report: Report, lang: str) -> ChartSpec | None:
    facts = ranking_facts(report)
    if not facts:
        return None
    # One row per fact, best rank first; ties share a column of the rank axis.
    marks = tuple(_mark(f, lang, i) for i, f in enumerate(facts))
    panel = Panel(PanelStyle.LADDER, "", _tr("rank.axis_h", lang), tuple(f.label.get(lang) for f in facts), marks,
                  unit="位")
    drafted = (_tr("drafted", lang),) if any(f.draft for f in facts) else ()
    return ChartSpec("national-rankings", _tr("ranks.title", lang), (panel,),
                     _caption(report, lang, (_tr("ranks.note", lang), *drafted)), lang)


# --- honours --------------------------------------------------------------------------------------------

def build_honours(report: Report, lang: str) -> ChartSpec | None:
    honours = list(report.honours)
    if not honours:
        return None
    facts = [report.fact(h.count_fact) for h in honours]
    units = {f.unit for f in facts}
    marks = []
    for i, (h, f) in enumerate(zip(honours, facts, strict=True)):
        note = ""
        if h.rank_fact is not None:
            note = _tr("honours.rank", lang, n=number(report.fact(h.rank_fact).value))
        marks.append(Mark(f.id, i, f.value, fact_value(f, lang), f.quote, 0, note, h.title.get(lang),
                          **_about(f, lang)))
    unit = units.pop() if len(units) == 1 else ""
    axis = axis_text("honours.axis", unit, lang)
    panel = Panel(PanelStyle.BARS, "", axis, tuple(h.title.get(lang) for h in honours), tuple(marks), unit=unit)
    return ChartSpec("honours", _tr("honours.title", lang), (panel,),
                     _caption(report, lang, _qualified_note(facts, lang)), lang)


# --- projects and enterprise sizes ---------------------------------------------------------------------

def project_facts(report: Report) -> list[Fact]:
    """Counts of key projects (started, completed, ...), those of the reviewed year when it states any."""
    facts = [f for f in report.facts if is_project_count(f)]
    year = review_year(report)
    of_year = [f for f in facts if fact_year(f) == year]
    return of_year or facts


def build_projects(report: Report, lang: str) -> ChartSpec | None:
    facts = project_facts(report)
    if not facts:
        return None
    year = review_year(report)
    title = _tr("projects.title", lang, year=year) if year and all(fact_year(f) == year for f in facts) \
        else _tr("projects.title_np", lang)
    return _single_panel_chart(report, lang, "key-projects", title, PanelStyle.COLUMNS,
                               "projects.axis", facts)


def size_facts(report: Report) -> list[Fact]:
    """Numbers of enterprises by size class (above designated size, revenue over …, listed), in report order."""
    honour_counts = {h.count_fact for h in report.honours}
    return [f for f in report.facts if is_enterprise_size(f, honour_counts)]


def build_sizes(report: Report, lang: str) -> ChartSpec | None:
    facts = size_facts(report)
    return _single_panel_chart(report, lang, "enterprise-size", _tr("size.title", lang), PanelStyle.BARS,
                               "size.axis", facts)


def axis_text(key: str, unit: str, lang: str) -> str:
    """An axis title with its unit ('企业数（家）', 'Enterprises'); the unit is left out where it says nothing
    (no English name, as for 个) or repeats the title (Enterprises (enterprises))."""
    label = unit_label(unit, lang) if unit else ""
    base = _tr(key, lang, unit="").replace("（）", "").replace(" ()", "")
    if not label or (not keeps_source_wording(lang) and label.lower() in base.lower()):
        return base
    return _tr(key, lang, unit=label)


# --- the catalogue ---------------------------------------------------------------------------------------

DEFINITIONS: tuple[ChartDefinition, ...] = (
    ChartDefinition("growth", build_growth),
    ChartDefinition("five-year-changes", build_changes),
    ChartDefinition("five-year-growth", build_average_growth),
    ChartDefinition("national-rankings", build_rankings),
    ChartDefinition("honours", build_honours),
    ChartDefinition("key-projects", build_projects),
    ChartDefinition("enterprise-size", build_sizes),
)


# The charts of the last report asked about, per (language, complete): the Statistics tab, the export dialog
# and the report PDF ask for the same ones (0.4-0.8 s each on a 10,000-fact report). Held by a weak reference
# to the report, by identity: a report is never changed once loaded, and an edit makes a new one.
_last_report: weakref.ReferenceType[Report] | None = None
_last_specs: dict[tuple[str, bool], tuple[ChartSpec, ...]] = {}


def chart_specs(report: Report, lang: str = "zh", *, complete: bool = False) -> list[ChartSpec]:
    """Every chart this report can offer, in catalogue order (charts with nothing to show are left out).

    Each chart is cut to what can be read (``viewer.charts.limits``: the first items of each panel, the
    rest named in a note, all of them kept in ``spec.full``); ``complete=True`` gives the uncut charts.
    """
    global _last_report, _last_specs
    if _last_report is None or _last_report() is not report:
        _last_report, _last_specs = weakref.ref(report), {}
    known = _last_specs.get((lang, complete))
    if known is not None:
        return list(known)
    specs = []
    for definition in DEFINITIONS:
        spec = definition.build(report, lang)
        if spec is not None and spec.marks():
            specs.append(spec if complete else limit_chart(spec))
    _last_specs[lang, complete] = tuple(specs)
    return specs


def chart_ids() -> tuple[str, ...]:
    """Ids of every chart definition (a given report may offer fewer)."""
    return tuple(d.id for d in DEFINITIONS)
