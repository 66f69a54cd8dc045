"""The chart of before -> after changes (five-year changes, or any stated pair), and finding the fact that states
a change's 'before' side on its own (the rankings leave such ranks out)."""

from __future__ import annotations

import re
from dataclasses import replace

from viewer.charts.definition_parts import axis_text, caption, chart_text, mark_about, qualified_note
from viewer.charts.spec import ChartSpec, Mark, Panel, PanelStyle
from viewer.model.format import fact_value, period_text
from viewer.model.measures import is_five_year, is_multi_year
from viewer.model.types import Fact, FactKind, Qualifier, Report


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
        axis = chart_text("rank.axis", lang) if is_rank else axis_text(key, unit, lang)
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
                              **mark_about(shown, lang, _compared_periods(f)[0] or (
                                  period_text(before, lang) if before else ""))))
            marks.append(Mark(f.id, 1 if by_series else i, c.to_value, fact_value(f, lang), f.quote, 1, "", label,
                              **mark_about(f, lang, _compared_periods(f)[1] or period_text(f, lang))))
        categories = series if single or is_rank else tuple(f.label.get(lang) for f in group)
        title = group[0].label.get(lang) if single else axis
        panels.append(Panel(PanelStyle.SLOPE if is_rank else PanelStyle.COLUMNS, title, axis, categories,
                            tuple(marks), () if single or is_rank else series, unit=unit))
    periods = all_series.pop() if len(all_series) == 1 else None
    # "Five-year changes" only for a five-year review; other pairs (2023 -> 2024, 近20% -> 15%) are changes.
    five = "five" if any(is_five_year(f) for f in facts) else "changes"
    title = chart_text(f"{five}.title_p", lang, a=periods[0], b=periods[1]) if periods and periods[0][:1].isdigit() \
        else chart_text(f"{five}.title", lang)
    notes = qualified_note(facts, lang)
    return ChartSpec("five-year-changes", title, tuple(panels), caption(report, lang, notes), lang)


def _series_names(facts: list[Fact], lang: str) -> tuple[str, str]:
    """('2018', '2022') when the facts' comparisons name the same periods (or, where a comparison names none,
    its fact's period is the range 2018–2022), else (before, after) in words."""
    periods = {_compared_periods(f) for f in facts if f.comparison}
    if len(periods) == 1:
        a, b = periods.pop()
        if a and b:
            return (str(a), str(b))
    return (chart_text("five.before", lang), chart_text("five.after", lang))


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
