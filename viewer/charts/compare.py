"""The chart of an indicator compared across the library (viewer.model.library.compare), as a ``ChartSpec``.

Over years: columns, one per year, the stated result and (where a plan states one) the target beside it.
Across regions: horizontal bars, one per region, largest first. Every mark keeps its fact, its quote and the
report it comes from (``Mark.source``), so the view's tooltip shows the sentence and a click opens that report
at it. A year or region no report states is a gap, labelled as one ('not stated', 'no report'), never drawn as
zero. Values are drawn in one unit, converted only by exact factors; labels keep the value as the text states it
(超过1.1万亿元), in English as the converted number. The caption names the reports, says when any figure is an
example, a bound, a draft or an indicator the library inferred, and what is left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from viewer.charts.definition_parts import axis_text
from viewer.charts.spec import ChartSpec, Mark, Panel, PanelStyle
from viewer.model.format import fact_value, period_text
from viewer.model.library.compare import CompareMode, Comparison, Slot, converted
from viewer.model.library.indicators import Indicator, IndicatorKind
from viewer.model.library.records import IndicatorPoint
from viewer.model.texts import keeps_source_wording, message, sentences
from viewer.model.types import Meta, Qualifier, Report, Text
from viewer.model.units import unit_label

MAX_YEARS = 12  # columns a chart over years draws: the latest ones (the rest are in the data)
_BOUNDS = (Qualifier.OVER, Qualifier.AT_LEAST)
_APPROXIMATE = (Qualifier.ABOUT, Qualifier.NEARLY)


def _tr(key: str, lang: str, **values: object) -> str:
    return message(f"compare.{key}", lang, **values)


def _axis(indicator: Indicator | None, unit: str, lang: str) -> str:
    kind = indicator.kind if indicator is not None else None
    if kind in (IndicatorKind.GROWTH_RATE, IndicatorKind.AVERAGE_GROWTH):
        key = "growth.axis"
    elif kind == IndicatorKind.COUNT:
        key = "count.axis"
    else:
        key = "value.axis"
    return axis_text(key, unit, lang)


def _mark(point: IndicatorPoint, comparison: Comparison, category: int, series: int, lang: str) -> Mark:
    fact = point.fact
    factor = comparison.factor(point)
    value = converted(fact.value, factor)
    # Chinese keeps the text's own wording (9800亿元 on a 万亿元 axis); English writes the converted number.
    shown = fact if keeps_source_wording(lang) or factor == 1 else replace(fact, value=value, unit=comparison.unit)
    label = fact.label.get(lang)
    report = point.report_title.get(lang)
    qualifier = "" if fact.qualifier == Qualifier.EXACT else fact.qualifier.value
    return Mark(fact.id, category, value, fact_value(shown, lang), fact.quote, series, "", f"{label} · {report}",
                period_text(fact, lang), qualifier, source=str(point.path))


def _gap_text(slot: Slot, lang: str) -> str:
    if slot.target is not None and slot.result is None:
        return _tr("gap.target_only", lang)
    return _tr("gap.not_stated" if slot.has_report else "gap.no_report", lang)


def comparison_chart(comparison: Comparison, indicator: Indicator | None, lang: str = "zh") -> ChartSpec:
    """The chart of ``comparison`` in ``lang``; ``indicator`` names it (None: one the vocabulary lacks)."""
    name = indicator.name(lang) if indicator is not None else comparison.indicator_id
    years_mode = comparison.mode == CompareMode.YEARS
    slots = list(comparison.slots)
    title = _tr("title.years" if years_mode else "title.regions", lang, indicator=name,
                region=comparison.subject.get(lang), year=comparison.subject.get(lang))
    if comparison.example:
        title = _tr("title.example", lang, title=title)
    full = _spec(comparison, slots, title, lang, years_mode, indicator)
    if years_mode and len(slots) > MAX_YEARS:
        latest = slots[-MAX_YEARS:]
        cut = _spec(comparison, latest, title, lang, years_mode, indicator)
        note = _tr("latest", lang, shown=MAX_YEARS, total=len(slots))
        panel = replace(cut.panels[0], note=note, omitted=len(slots) - MAX_YEARS)
        return replace(cut, panels=(panel,), full=full)
    return full


def _spec(comparison: Comparison, slots: list[Slot], title: str, lang: str, years_mode: bool,
          indicator: Indicator | None) -> ChartSpec:
    targets = years_mode and any(s.target is not None for s in slots)
    marks: list[Mark] = []
    listed: list[Mark] = []
    gaps: list[tuple[int, str]] = []
    for i, slot in enumerate(slots):
        if slot.result is not None:
            marks.append(_mark(slot.result, comparison, i, 0, lang))
        if targets and slot.target is not None:
            marks.append(_mark(slot.target, comparison, i, 1, lang))
        if slot.result is None and (not targets or slot.target is None):
            gaps.append((i, _gap_text(slot, lang)))
        listed += [_mark(p, comparison, i, 1 if p.is_target and targets else 0, lang) for p in slot.others]
    series = (_tr("series.result", lang), _tr("series.target", lang)) if targets else ()
    panel = Panel(PanelStyle.COLUMNS if years_mode else PanelStyle.BARS, "", _axis(indicator, comparison.unit, lang),
                  tuple(s.name.get(lang) for s in slots), tuple(marks), series, gaps=tuple(gaps), listed=tuple(listed))
    return ChartSpec(f"compare-{comparison.indicator_id}", title, (panel,), _caption(comparison, slots, lang), lang)


def comparison_report(spec: ChartSpec, reports: int) -> Report:
    """What a deck of a comparison is of, for its title slide: the comparison's title, the number of reports it
    draws on, the day it was made."""
    def both(key: str) -> Text:
        return Text(zh=message(key, "zh", n=reports), en=message(key, "en", n=reports))

    meta = Meta(id=spec.id, title=Text(zh=spec.title, en=spec.title), publisher=both("compare.deck.sources"),
                published=dt.datetime.now(dt.UTC).replace(microsecond=0), meeting_date=None, place=None,
                format=None, reporter=None, source="-")
    return Report(meta=meta)


def _caption(comparison: Comparison, slots: list[Slot], lang: str) -> str:
    points = [p for s in slots for p in (s.result, s.target) if p is not None]
    reports = {p.path for p in points}
    notes = [_tr("source", lang, n=len(reports))]
    if any(p.example for p in points):
        notes.append(message("chart.example", lang))
    if any(p.fact.qualifier in _BOUNDS for p in points):
        notes.append(message("chart.qualified", lang))
    if any(p.fact.qualifier in _APPROXIMATE for p in points):
        notes.append(_tr("approximate", lang))
    if any(comparison.factor(p) != 1 for p in points):
        notes.append(_tr("converted", lang, unit=unit_label(comparison.unit, lang) or comparison.unit))
    if any(p.fact.draft for p in points):
        notes.append(message("chart.drafted", lang))
    if any(not p.indicator_set for p in points):
        notes.append(_tr("proposed", lang))
    others = sum(len(s.others) for s in slots)
    if others:
        notes.append(_tr("others", lang, n=others))
    if comparison.left_out:
        notes.append(_tr("left_out", lang, n=len(comparison.left_out)))
    return sentences(lang, *notes)
