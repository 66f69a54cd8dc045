"""Chart definitions: which facts of a report each chart selects, in one language.

No chart is placed by hand: every definition chooses the report's facts and honours by what they are (kind,
period, scope, unit, comparison and what their label measures: viewer.model.measures), so any valid report,
drafted or made by hand, gets its own charts; tags set by hand refine the choice, none is required. A chart
whose selection is empty is simply not offered. Marks carry the values the text states, written as the text
writes them (qualifiers such as 超过 kept), and their fact ids; drafted figures are shown and the caption
says they are not yet checked.

This module holds the catalogue and the bar charts (growth rates, average growth, honours, projects, enterprise
sizes); the changes chart is in ``viewer.charts.changes``, the rankings in ``viewer.charts.rankings``, and what
they all use in ``viewer.charts.definition_parts``.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass

from viewer.charts.changes import build_changes
from viewer.charts.definition_parts import (
    BOUNDS,
    axis_text,
    caption,
    chart_text,
    mark_about,
    qualified_note,
    single_panel_chart,
)
from viewer.charts.limits import limit_chart
from viewer.charts.rankings import build_rankings
from viewer.charts.spec import ChartSpec, Mark, Panel, PanelStyle
from viewer.model.format import fact_value, number
from viewer.model.measures import (
    fact_year,
    home_scope,
    is_average_growth,
    is_enterprise_size,
    is_project_count,
    is_value_added,
    review_year,
)
from viewer.model.types import Fact, FactKind, Report


@dataclass(frozen=True)
class ChartDefinition:
    """A chart that can be built from any report: its id and a builder returning None when empty."""

    id: str
    build: Callable[[Report, str], ChartSpec | None]


# --- growth rates of the latest review year ----------------------------------------------------------

def growth_facts(report: Report) -> list[Fact]:
    """Growth rates (in %) of the year the report reviews, of the report's own scope (the province's, or
    the country's in a national report), stated as rates (not bounds), without before->after pairs."""
    year = review_year(report)  # None: no fact names a year; the growth rates that name no period then
    home = home_scope(report)
    return [f for f in report.facts_with(kind=FactKind.GROWTH_RATE)
            if f.unit == "%" and f.scope == home and f.comparison is None and f.qualifier not in BOUNDS
            and not is_average_growth(f) and fact_year(f) == year and (year is not None or not f.period)]


def build_growth(report: Report, lang: str) -> ChartSpec | None:
    facts = growth_facts(report)
    year = review_year(report)
    # Value added by sector, as hand-made reports chart it; a draft's growth rates may be of investment, profits…
    key = "growth.title" if is_value_added(facts) else "growth.title_any"
    title = chart_text(key, lang, year=year) if year is not None else chart_text(f"{key}_ny", lang)
    return single_panel_chart(report, lang, "growth", title, PanelStyle.BARS, "growth.axis", facts)


def average_growth_facts(report: Report) -> list[Fact]:
    """Average annual growth rates: over a period of years (2018–2022), labelled 年均, or tagged ``five-year``."""
    return [f for f in report.facts_with(kind=FactKind.GROWTH_RATE)
            if f.unit == "%" and f.comparison is None and is_average_growth(f)]


def build_average_growth(report: Report, lang: str) -> ChartSpec | None:
    facts = average_growth_facts(report)
    periods = {f.period for f in facts if f.period}
    title = chart_text("avg.title", lang, period=periods.pop()) if len(periods) == 1 \
        else chart_text("avg.title_np", lang)
    return single_panel_chart(report, lang, "five-year-growth", title, PanelStyle.BARS,
                              "growth.axis", facts)


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
            note = chart_text("honours.rank", lang, n=number(report.fact(h.rank_fact).value))
        marks.append(Mark(f.id, i, f.value, fact_value(f, lang), f.quote, 0, note, h.title.get(lang),
                          **mark_about(f, lang)))
    unit = units.pop() if len(units) == 1 else ""
    axis = axis_text("honours.axis", unit, lang)
    panel = Panel(PanelStyle.BARS, "", axis, tuple(h.title.get(lang) for h in honours), tuple(marks), unit=unit)
    return ChartSpec("honours", chart_text("honours.title", lang), (panel,),
                     caption(report, lang, qualified_note(facts, lang)), lang)


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
    title = chart_text("projects.title", lang, year=year) if year and all(fact_year(f) == year for f in facts) \
        else chart_text("projects.title_np", lang)
    return single_panel_chart(report, lang, "key-projects", title, PanelStyle.COLUMNS,
                              "projects.axis", facts)


def size_facts(report: Report) -> list[Fact]:
    """Numbers of enterprises by size class (above designated size, revenue over …, listed), in report order."""
    honour_counts = {h.count_fact for h in report.honours}
    return [f for f in report.facts if is_enterprise_size(f, honour_counts)]


def build_sizes(report: Report, lang: str) -> ChartSpec | None:
    facts = size_facts(report)
    return single_panel_chart(report, lang, "enterprise-size", chart_text("size.title", lang), PanelStyle.BARS,
                              "size.axis", facts)


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


def charts_made(report: Report, lang: str = "zh", *, complete: bool = False) -> bool:
    """Whether ``chart_specs(report, lang, complete=complete)`` is kept already (asking costs nothing then)."""
    return _last_report is not None and _last_report() is report and (lang, complete) in _last_specs


def chart_ids() -> tuple[str, ...]:
    """Ids of every chart definition (a given report may offer fewer)."""
    return tuple(d.id for d in DEFINITIONS)
