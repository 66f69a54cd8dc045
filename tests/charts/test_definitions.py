"""Chart definitions select facts by kind and tags, from any report, and state only what the text states."""

from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.charts.definition_parts import common_unit
from viewer.charts.definitions import chart_ids, chart_specs
from viewer.charts.rankings import ranking_facts
from viewer.charts.spec import PanelStyle
from viewer.model.measures import review_year
from viewer.model.types import FactKind


def _by_id(specs):
    return {s.id: s for s in specs}


def test_the_bundled_report_offers_every_chart(fujian):
    specs = chart_specs(fujian.report, "zh")
    assert [s.id for s in specs] == list(chart_ids())


def test_growth_chart_has_the_sector_growth_rates_of_the_latest_review_year(fujian):
    growth = _by_id(chart_specs(fujian.report, "zh"))["growth"]
    assert "2022" in growth.title
    values = sorted(m.value for m in growth.marks())
    assert values == [5.7, 13.7, 15.5, 17.1]
    assert all(m.value_text.endswith("%") for m in growth.marks())
    # A lower bound ('10%以上') is not a sector's growth rate.
    assert "fast-growing-output-growth-2022" not in growth.fact_ids()


def test_every_mark_states_a_value_of_its_fact(fujian):
    report = fujian.report
    for spec in chart_specs(report, "zh"):
        for panel in spec.panels:
            facts = [report.fact(m.fact_id) for m in panel.marks]
            # Within an axis values are converted to one unit (2 万家 -> 20,000 家), never otherwise changed; the
            # panels of one axis split by size (viewer.charts.definition_parts.by_size) share that unit.
            same_axis = [report.fact(m.fact_id) for p in spec.panels if p.value_axis == panel.value_axis
                         for m in p.marks]
            _, all_factors = common_unit(same_axis) if not panel.is_rank else (None, [1.0] * len(same_axis))
            factor_of = {f.id: k for f, k in zip(same_axis, all_factors, strict=True)}
            factors = [factor_of[f.id] for f in facts]
            for mark, fact, factor in zip(panel.marks, facts, factors, strict=True):
                stated = {fact.value}
                if fact.comparison:
                    stated |= {fact.comparison.from_value, fact.comparison.to_value}
                assert any(mark.value == pytest.approx(v * factor) for v in stated), (spec.id, mark)
                assert mark.quote == fact.quote


def test_five_year_changes_put_each_unit_on_its_own_panel(fujian):
    changes = _by_id(chart_specs(fujian.report, "zh"))["five-year-changes"]
    styles = [p.style for p in changes.panels]
    assert PanelStyle.SLOPE in styles  # the rank pair is never drawn as bars
    for panel in changes.panels:
        units = {fujian.report.fact(m.fact_id).unit for m in panel.marks}
        assert len(units) == 1, panel.title
    rank_panel = next(p for p in changes.panels if p.style == PanelStyle.SLOPE)
    assert sorted(m.value for m in rank_panel.marks) == [6, 7]
    # The 'before' bar points at the fact stating the 2018 value, when the report has one.
    value_panel = next(p for p in changes.panels if "万亿元" in p.value_axis)
    assert [m.fact_id for m in value_panel.marks] == ["va-2018", "va-2022"]


def test_rankings_are_current_national_ranks_each_once(fujian):
    facts = ranking_facts(fujian.report)
    ids = [f.id for f in facts]
    assert "va-rank-2018" not in ids  # only the 'before' of 7th -> 6th
    assert "va-rank-2022" in ids
    assert not {"power-battery-world-rank", "caprolactam-output-rank"} & set(ids)  # world scope, 'top 3'
    labels = [(f.label.zh, f.value) for f in facts]
    assert len(labels) == len(set(labels))
    assert [f.value for f in facts] == sorted(f.value for f in facts)
    assert all(f.kind == FactKind.RANK for f in facts)


def test_honours_are_annotated_with_their_national_rank(fujian):
    honours = _by_id(chart_specs(fujian.report, "zh"))["honours"]
    notes = {m.fact_id: m.note for m in honours.marks()}
    assert notes["honour-service-manufacturing"] == "全国第3位"
    assert notes["honour-tech-centres"] == ""
    assert honours.panels[0].style == PanelStyle.BARS


def test_enterprise_sizes_share_one_unit(fujian):
    sizes = _by_id(chart_specs(fujian.report, "en"))["enterprise-size"]
    marks = {m.fact_id: m for m in sizes.marks()}
    assert marks["enterprises-above-size"].value == 20000  # 2 万家 drawn as 20,000 家 beside 67 家
    assert marks["enterprises-above-size"].value_text == "over 20,000 enterprises"
    assert marks["enterprises-revenue-over-100bn"].value == 3


def test_english_charts_have_english_labels(fujian):
    for spec in chart_specs(fujian.report, "en"):
        texts = [spec.title, spec.caption] + [c for p in spec.panels for c in p.categories] + \
            [p.value_axis for p in spec.panels]
        assert not any("\u4e00" <= ch <= "\u9fff" for t in texts for ch in t), (spec.id, texts)


def test_captions_name_the_source(fujian):
    for spec in chart_specs(fujian.report, "zh"):
        assert "福建省工业和信息化厅" in spec.caption and "2023-02-01" in spec.caption


def test_another_report_gets_its_own_charts(second):
    specs = _by_id(chart_specs(second.report, "zh"))
    assert set(specs) == {"growth", "key-projects"}  # nothing else is selected, so nothing else is offered
    growth = specs["growth"]
    assert "2023" in growth.title
    assert sorted(m.value for m in growth.marks()) == [-3.5, 8.2, 12.4]
    assert "示例市工业和信息化局" in growth.caption
    assert review_year(second.report) == 2023


def test_a_report_without_facts_offers_no_charts(second):
    empty = replace(second.report, facts=())
    assert chart_specs(empty, "zh") == []


def test_sizes_spanning_orders_of_magnitude_get_two_panels_with_their_own_axes(fujian):
    from viewer.charts.definitions import build_sizes

    spec = build_sizes(fujian.report, "en")
    assert len(spec.panels) == 2
    large, small = spec.panels
    assert [m.value for m in large.marks] == [20000]
    assert max(m.value for m in small.marks) < 100  # 67, 3, 89: each bar readable on its own linear axis
    assert "two panels, each with its own axis" in spec.caption
    assert {m.fact_id for p in spec.panels for m in p.marks} == {f.id for f in
                                                                 fujian.report.facts_with(tag="enterprise-size")}


def test_five_year_changes_name_years_in_every_panel(fujian):
    from viewer.charts.changes import build_changes

    for lang in ("en", "zh"):
        spec = build_changes(fujian.report, lang)
        for panel in spec.panels:
            names = panel.series or panel.categories
            assert tuple(names) == ("2018", "2022"), (lang, panel.title, names)


def test_the_charts_of_a_report_are_built_once_per_language_and_dropped_with_it(tmp_path, monkeypatch):
    """The Statistics tab, the export dialog and the report PDF ask for the same charts: built once per report
    and language (0.4-0.8 s each on a 10,000-fact report), never kept alive for a report no longer used."""
    import gc
    import weakref

    from tests.conftest import write_mini_report
    from viewer.charts import definitions
    from viewer.model.loader import load_report

    calls: list[str] = []
    first = definitions.DEFINITIONS[0]
    counting = definitions.ChartDefinition(first.id,
                                           lambda report, lang: calls.append(lang) or first.build(report, lang))
    monkeypatch.setattr(definitions, "DEFINITIONS", (counting, *definitions.DEFINITIONS[1:]))
    report = load_report(write_mini_report(tmp_path / "a")).report
    zh = definitions.chart_specs(report, "zh")
    assert definitions.chart_specs(report, "zh") == zh and calls == ["zh"]
    definitions.chart_specs(report, "en")
    definitions.chart_specs(report, "zh")
    assert calls == ["zh", "en"]
    definitions.chart_specs(report, "zh").clear()  # a caller's list is its own
    assert definitions.chart_specs(report, "zh") == zh
    other = load_report(write_mini_report(tmp_path / "b")).report  # equal content, another report
    definitions.chart_specs(other, "zh")
    assert calls == ["zh", "en", "zh"]
    gone = weakref.ref(other)
    del other
    gc.collect()
    assert gone() is None  # not kept alive by the charts of it
