"""Charts from any valid report: chosen by what the facts are (kind, period, scope, unit, comparison, what
the label measures), never requiring hand-set tags; drafted reports get charts too, and say their figures
are not yet checked; the bundled report's charts are exactly what they were."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.model.draft_samples.classes import CLASS_SAMPLES
from tests.model.draft_samples.heldout import HELD_OUT_SAMPLES
from tests.model.draft_samples.samples import SAMPLES, Sample
from viewer.charts.definitions import chart_ids, chart_specs
from viewer.model.draft import draft_report
from viewer.model.loader import LoadedReport
from viewer.model.texts import message

# What the bundled report's charts showed when they were chosen by tags (before issue 13): the same now.
BUNDLED = [
    ("growth", "2022年主要产业增加值增速",
     ("va-growth-2022", "strategic-emerging-va-growth-2022", "high-tech-va-growth-2022", "equipment-va-growth-2022")),
    ("five-year-changes", "五年来主要指标变化（2018→2022）",  # every panel names the years now
     ("va-2018", "va-2022", "va-rank-2018", "va-rank-2022", "clusters-start", "clusters-end")),
    ("five-year-growth", "2018–2022年均增速",
     ("va-average-growth-2018-2022", "industrial-investment-average-growth", "tech-upgrade-investment-average-growth")),
    ("national-rankings", "全国排名",
     ("digitalisation-rank-2022", "honour-service-manufacturing-rank", "honour-design-centres-rank",
      "revenue-rank-2022", "electronics-rank", "honour-a-grade-logistics-rank", "va-rank-2022")),
    ("honours", "国家级荣誉数量",
     ("honour-tech-centres", "honour-little-giants", "honour-single-champions", "honour-green-factories",
      "honour-service-manufacturing", "honour-design-centres", "honour-a-grade-logistics")),
    ("key-projects", "2022年重点项目", ("projects-started-2022", "projects-completed-2022")),
    ("enterprise-size", "企业规模分布",
     ("enterprises-above-size", "enterprises-revenue-over-10bn", "enterprises-revenue-over-100bn",
      "listed-enterprises")),
]


def _summary(specs):
    return [(s.id, s.title, tuple(s.fact_ids())) for s in specs]


def test_the_bundled_report_charts_the_same_facts_as_before(fujian: LoadedReport):
    assert _summary(chart_specs(fujian.report, "zh")) == BUNDLED


@pytest.mark.parametrize("name", ["fujian", "mini", "second"])
def test_tags_refine_but_are_never_required(name: str, request: pytest.FixtureRequest):
    loaded: LoadedReport = request.getfixturevalue(name)
    untagged = replace(loaded.report, facts=tuple(replace(f, tags=()) for f in loaded.report.facts))
    for lang in ("zh", "en"):
        assert chart_specs(untagged, lang) == chart_specs(loaded.report, lang)


def test_a_drafted_fujian_report_offers_every_chart_the_hand_made_one_does(fujian: LoadedReport):
    drafted = draft_report(fujian.source_text, source_name="sources/fujian.txt").report
    specs = chart_specs(drafted, "zh")
    assert [s.id for s in specs] == list(chart_ids())
    by_id = {s.id: s for s in specs}
    assert sorted(m.value for m in by_id["growth"].marks()) == [5.7, 13.7, 15.5, 17.1]
    assert len(by_id["honours"].marks()) == 7
    for spec in specs:  # the figures are drafts: the caption says they are not yet checked
        assert message("chart.drafted", "zh") in spec.caption


@pytest.mark.parametrize("sample", (*SAMPLES, *CLASS_SAMPLES, *HELD_OUT_SAMPLES), ids=lambda s: s.name)
def test_every_drafted_sample_offers_charts(sample: Sample):
    report = draft_report(sample.text, source_name="source.txt").report
    specs = chart_specs(report, "en")
    assert specs, "a drafted report with figures offers charts"
    for spec in specs:
        assert spec.marks() and "2000" not in spec.caption
        assert message("chart.drafted", "en") in spec.caption


def test_a_national_reports_growth_chart_shows_national_growth_rates():
    national = next(s for s in CLASS_SAMPLES if s.name == "national-briefing")
    growth = chart_specs(draft_report(national.text, source_name="s.txt").report, "zh")[0]
    assert growth.id == "growth" and growth.title == "2024年主要产业增加值增速"
    assert sorted(m.value for m in growth.marks()) == [5.8, 8.9]


def test_a_growth_chart_of_other_measures_is_not_called_value_added():
    estimates = next(s for s in CLASS_SAMPLES if s.name == "plan-paragraphs")
    growth = chart_specs(draft_report(estimates.text, source_name="s.txt").report, "en")[0]
    assert growth.title == "Growth rates, 2024"  # 规上工业增加值 and 工业投资 (not a sector's value added)


def test_a_report_without_chartable_facts_offers_no_chart(mini: LoadedReport):
    bare = replace(mini.report, facts=(), honours=(), enterprises=())
    assert chart_specs(bare, "zh") == []
