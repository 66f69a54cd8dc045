"""The chart of national rankings: current ranks stated exactly, best first."""

from __future__ import annotations

from viewer.charts.changes import before_fact, before_index
from viewer.charts.definition_parts import caption, chart_text, fact_mark
from viewer.charts.spec import ChartSpec, Panel, PanelStyle
from viewer.model.types import Fact, FactKind, Qualifier, Report, Scope


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
    marks = tuple(fact_mark(f, lang, i) for i, f in enumerate(facts))
    panel = Panel(PanelStyle.LADDER, "", chart_text("rank.axis_h", lang), tuple(f.label.get(lang) for f in facts),
                  marks, unit="位")
    drafted = (chart_text("drafted", lang),) if any(f.draft for f in facts) else ()
    return ChartSpec("national-rankings", chart_text("ranks.title", lang), (panel,),
                     caption(report, lang, (chart_text("ranks.note", lang), *drafted)), lang)
