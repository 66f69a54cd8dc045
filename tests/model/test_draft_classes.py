"""The drafter on every error class of issue 13: each test drafts a sample written for that class
(tests/model/draft_samples/classes.py) and checks what a careful reader would draft; the score over all
samples must meet the issue's goals (recall >= 98 %, value+unit+subject >= 97 %, all fields >= 90 %)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.model.draft_samples.classes import (
    CLASS_SAMPLES,
    COUNTERS,
    ITEM_LABELS,
    MINISTRY_YEAR_END,
    NATIONAL_BRIEFING,
    NATIONAL_TOTALS,
    PLAN_PARAGRAPHS,
    PROVINCE_ESTIMATES,
    SECTION_TITLES,
    SHARED_AND_PAIRS,
)
from tests.model.draft_samples.heldout import HELD_OUT_SAMPLES
from tests.model.draft_samples.review_year import REVIEW_YEAR_SAMPLES
from tests.model.draft_samples.samples import SAMPLES, Sample
from tests.model.draft_samples.scoring import score_sample, totals
from viewer.model.draft import draft_file, draft_report
from viewer.model.errors import ReportError
from viewer.model.loader import load_report, parse_report
from viewer.model.types import FactKind, Qualifier, Report, Scope

ALL_SAMPLES = (*SAMPLES, *CLASS_SAMPLES, *HELD_OUT_SAMPLES, *REVIEW_YEAR_SAMPLES)
ROOT = Path(__file__).resolve().parents[2]


def _draft(sample: Sample) -> Report:
    return draft_report(sample.text, source_name="source.txt").report


def _facts(report: Report, fragment: str):
    return [f for f in report.facts if fragment in f.quote or f.quote in fragment]


def test_the_score_over_all_samples_meets_the_goals():
    scores = [score_sample(sample) for sample in ALL_SAMPLES]
    t = totals(scores)
    wrong = "\n".join(line for s in scores for line in s.wrong_fields())
    assert t.recall >= 0.98, wrong
    assert t.share(t.core_right) >= 0.97, wrong
    assert t.share(t.all_right) >= 0.90, wrong
    assert t.precision >= 0.95, wrong


def test_draft_score_prints_every_class_and_the_goals():
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "draft_score.py"), "--quiet"], capture_output=True,
                         text=True, timeout=300, check=True).stdout
    for sample in ALL_SAMPLES:
        assert f"\n{sample.kind} |" in out
    assert "all samples |" in out and "goals: recall" in out


def test_estimated_results_of_the_reviewed_year_are_results_not_targets():
    report = _draft(MINISTRY_YEAR_END)
    estimate = _facts(report, "预计全年规模以上工业增加值增长5.8%左右")[0]
    assert (estimate.kind, estimate.period, estimate.qualifier) == (FactKind.GROWTH_RATE, "2024", Qualifier.ABOUT)
    assert "estimated" in estimate.tags and "预计" not in estimate.label.zh
    over = _facts(report, "全部工业增加值预计突破40万亿元")[0]
    assert (over.kind, over.label.zh) == (FactKind.THRESHOLD, "全部工业增加值")
    assert report.meta.place.zh == "北京"  # 在京召开
    plan = _facts(report, "力争全年规模以上工业增加值增长5%左右")[0]
    assert (plan.kind, plan.period, plan.label.zh) == (FactKind.TARGET, "2025", "规模以上工业增加值增速目标")


def test_a_target_word_early_in_a_sentence_does_not_make_its_results_targets():
    report = _draft(PROVINCE_ESTIMATES)
    # 圆满完成年度目标任务，规上工业增加值预计增长7.7%… and 确保重点产业链稳定运行，全年…预计突破8000亿元
    for fragment in ("规上工业增加值预计增长7.7%", "高于全国1.9个百分点", "全年光电子信息产业规模预计突破8000亿元",
                     "汽车产量预计达到175万辆"):
        assert _facts(report, fragment)[0].kind != FactKind.TARGET, fragment
    # 力争新增…2000家 in the plan, and the figures before it in the same sentence of the requirements
    targets = [f for f in report.facts if f.kind == FactKind.TARGET]
    assert [f.value for f in targets] == [7, 10, 2000, 48] and {f.period for f in targets} == {"2025"}


@pytest.mark.parametrize("sample", [MINISTRY_YEAR_END, NATIONAL_BRIEFING, NATIONAL_TOTALS], ids=lambda s: s.name)
def test_a_national_report_is_national_though_its_title_does_not_say_so(sample: Sample):
    assert "全国" not in sample.text.splitlines()[0]
    report = _draft(sample)
    assert {f.scope for f in report.facts} <= {Scope.NATIONAL, Scope.WORLD, Scope.EASTERN_REGION}
    assert sum(f.scope == Scope.NATIONAL for f in report.facts) >= len(report.facts) - 3


def test_scope_words_inside_a_subject_are_no_scope():
    report = _draft(COUNTERS)
    routes = _facts(report, "新开通国际航线6条")[0]
    assert routes.scope == Scope.PROVINCE  # 国际航线 are the city's routes
    briefing = _draft(NATIONAL_BRIEFING)
    assert _facts(briefing, "东部地区工业增加值增长6.1%")[0].scope == Scope.EASTERN_REGION
    assert _facts(briefing, "占全球比重约30%")[0].scope == Scope.NATIONAL  # 占全球 names the whole, not the scope


def test_labels_pair_each_item_with_its_figure():
    labels = [f.label.zh for f in _draft(ITEM_LABELS).facts]
    assert labels == [
        "规上工业增加值增速", "规上工业增加值增速全国排名", "新能源汽车产业产值增速", "光伏产业产值增速", "汽车产量",
        "汽车产量全国排名", "国家级智能制造示范工厂", "国家级绿色工厂", "新增国家级专精特新“小巨人”企业",
        "国家级经济技术开发区", "营业收入超百亿元企业", "营业收入超千亿元企业", "省级以上企业技术中心",
    ]
    for label in labels:
        assert not label.endswith("、") and "——" not in label and "安徽" not in label and "2024" not in label


def test_paired_measures_and_shared_figures_give_one_fact_each():
    national = _draft(SAMPLES[0])
    assert [f.label.zh for f in _facts(national, "新能源汽车产销分别完成705.8万辆和688.7万辆")] == [
        "新能源汽车产量", "新能源汽车销量"]
    shared = _draft(SHARED_AND_PAIRS)
    assert [(f.label.zh, f.value) for f in _facts(shared, "工业投资、技改投资均增长11.6%")] == [
        ("工业投资增速", 11.6), ("技改投资增速", 11.6)]
    both = _facts(shared, "规上工业增加值、制造业增加值同比均增长8%左右")
    assert [(f.label.zh, f.qualifier) for f in both] == [("规上工业增加值增速", Qualifier.ABOUT),
                                                          ("制造业增加值增速", Qualifier.ABOUT)]


def test_from_to_is_one_before_after_comparison():
    shared = _draft(SHARED_AND_PAIRS)
    # No year of its own for the start: one fact (a second one for 20% would be of the same year as 15%).
    [after] = _facts(shared, "规上工业企业亏损面从近20%下降到15%左右")
    assert (after.value, after.qualifier, after.comparison.from_value) == (15, Qualifier.ABOUT, 20)
    start, end = _facts(shared, "全省高新技术产业增加值占规上工业比重由2020年的59.6%提高到65.3%")
    assert (start.period, end.period, end.comparison.from_period, end.comparison.to_period) == (
        "2020", "2024", "2020", "2024")


def test_any_counter_word_is_a_unit_and_an_unknown_one_is_drafted_and_flagged(tmp_path: Path):
    drafted = draft_report(COUNTERS.text, source_name="counters.txt")
    units = [f.unit for f in drafted.report.facts]
    assert units == ["%", "艘", "艘", "艘", "座", "万户", "%", "万标箱", "条", "架次", "台套", "幢", "眼"]
    well = drafted.report.facts[-1]
    assert well.draft and "unknown-unit" in well.tags and well.value == 120
    assert any("'眼' is not a known unit" in w and well.id in w for w in drafted.summary.warnings)
    # The draft validates (a drafted fact may keep the counter); a reviewed one may not.
    (tmp_path / "counters.txt").write_text(COUNTERS.text, encoding="utf-8")
    assert parse_report(drafted.yaml_text, str(tmp_path / "d.yaml"), tmp_path).report == drafted.report
    reviewed = drafted.yaml_text.replace("  unit: 眼\n  kind: count\n", "  unit: 眼\n  kind: count\n", 1)
    reviewed = reviewed.replace("draft: true", "draft: false")
    with pytest.raises(ReportError, match="unknown unit '眼'"):
        parse_report(reviewed, str(tmp_path / "d.yaml"), tmp_path)


def test_honours_are_titles_the_regions_enterprises_hold():
    assert [h.title.zh for h in _draft(ITEM_LABELS).honours] == [
        "国家级智能制造示范工厂", "国家级绿色工厂", "国家级专精特新“小巨人”企业"]  # not 国家级经济技术开发区
    assert _draft(NATIONAL_TOTALS).honours == ()  # a national report's totals are the country's


def test_section_titles_are_whole():
    report = _draft(SECTION_TITLES)
    assert [s.title.zh for s in report.sections] == ["总体运行情况", "重点产业发展", "下一步工作"]
    # A paragraph opening with its own heading (动能向新——…) is titled by it.
    assert [s.title.zh for s in _draft(ITEM_LABELS).sections][2:] == ["动能向新", "集群成势", "企业壮大"]
    long_opening = draft_report("运行情况\n今年以来全市规模以上工业企业工业增加值同比增长率达到了"
                                "百分之七点三左右的水平并持续向好7.35%，高于全省。\n", source_name="s.txt").report
    for section in long_opening.sections:
        assert not section.title.zh[-1:].isdigit() and not section.title.zh.endswith(".")


@pytest.mark.parametrize(("sample", "titles"), [
    (PLAN_PARAGRAPHS, ["坚持制造强省战略", "着力推动数字化转型", "持续优化营商环境"]),
    (SECTION_TITLES, ["聚焦制造业当家"]),
], ids=lambda s: getattr(s, "name", ""))
def test_unnumbered_plan_paragraphs_give_a_task_each(sample: Sample, titles: list[str]):
    report = _draft(sample)
    assert [t.title.zh for t in report.tasks] == titles
    assert all(len(t.actions) >= 3 and t.draft for t in report.tasks)
    first = report.tasks[0]
    assert [a.quote for a in first.actions][1:3] in (["全力推进六大优势产业提质倍增", "持续抓好重大项目建设"],
                                                     ["全力推进产业集群提质", "持续抓好技改投资"])


@pytest.mark.parametrize("sample", ALL_SAMPLES, ids=lambda s: s.name)
def test_every_sample_drafts_to_a_file_that_validates_without_made_up_dates(sample: Sample, tmp_path: Path):
    source = tmp_path / f"{sample.name}.txt"
    source.write_text(sample.text, encoding="utf-8")
    drafted = draft_file(source)
    loaded = load_report(drafted.yaml_path)
    assert loaded.report == drafted.result.report
    text = drafted.yaml_path.read_text(encoding="utf-8")
    assert "2000-01-01" not in text and "-01-01" not in text
