"""A text published in January reviewing the year before, its review section naming no year
(tests/model/draft_samples/review_year.py): results of the reviewed year, the new year's targets as
targets of the next year, one fact per before -> after, and a task from the closing plan paragraph."""

from __future__ import annotations

from tests.model.draft_samples.review_year import REVIEW_FROM_OPENING, REVIEW_NO_YEAR
from tests.model.draft_samples.samples import Sample
from viewer.charts.definitions import build_growth, growth_facts
from viewer.model.draft import draft_report
from viewer.model.types import FactKind, Report, SectionKind


def _draft(sample: Sample) -> Report:
    return draft_report(sample.text, source_name="source.txt").report


def test_the_results_of_a_review_naming_no_year_are_of_the_year_before_publication():
    report = _draft(REVIEW_NO_YEAR)
    review = next(s for s in report.sections if s.kind == SectionKind.REVIEW)
    results = [f for f in report.facts if f.section == review.id]
    assert len(results) == 12
    assert {f.period for f in results} == {"2023"}  # also 全年 (no period but the label 全年 before)
    assert all(f.kind != FactKind.TARGET for f in results)
    headline = [f for f in report.facts if "headline" in f.tags]
    assert headline and all(f.period for f in headline)


def test_the_paragraph_of_the_new_years_targets_sets_targets():
    report = _draft(REVIEW_NO_YEAR)
    targets = next(s for s in report.sections if s.kind == SectionKind.REQUIREMENTS)
    assert targets.title.zh == "2024年主要目标"  # not its words up to the colon
    facts = [f for f in report.facts if f.section == targets.id]
    assert [(f.value, f.kind, f.period) for f in facts] == [
        (6, FactKind.TARGET, "2024"), (10, FactKind.TARGET, "2024"), (900, FactKind.TARGET, "2024")]
    planned = next(f for f in report.facts if f.quote == "新建5G基站1万个")  # in the numbered tasks
    assert (planned.kind, planned.period) == (FactKind.TARGET, "2024")


def test_the_growth_chart_shows_the_reviewed_years_results_only():
    report = _draft(REVIEW_NO_YEAR)
    assert [f.value for f in growth_facts(report)] == [5.9, 8.7, 14, 21, 36]
    chart = build_growth(report, "zh")
    assert chart is not None and "2023" in chart.title and "2024" not in chart.title


def test_a_from_to_without_years_is_one_fact_with_its_comparison():
    report = _draft(REVIEW_NO_YEAR)
    shares = [f for f in report.facts if "普及率" in f.label.zh]
    assert len(shares) == 1
    assert (shares[0].value, shares[0].comparison.from_value, shares[0].period) == (9.5, 8, "2023")


def test_the_closing_plan_paragraph_after_numbered_tasks_is_a_task_too():
    drafted = draft_report(REVIEW_NO_YEAR.text, source_name="source.txt")
    tasks = drafted.report.tasks
    assert [t.number for t in tasks] == [1, 2, 3, 4]
    assert [a.quote for a in tasks[3].actions][1:] == ["全力推进新型工业化", "持续抓好安全生产"]
    # 三方面工作 are the numbered three: no warning about a fourth
    assert not any("announces" in w for w in drafted.summary.warnings)


def test_the_opening_says_which_year_is_reviewed():
    report = _draft(REVIEW_FROM_OPENING)
    by_value = {f.value: f for f in report.facts}
    assert by_value[4.2].period == "2023-01–11" and by_value[12.5].period == "2023"
    assert (by_value[6.5].kind, by_value[6.5].period) == (FactKind.TARGET, "2024")
    assert [t.number for t in report.tasks] == [1]
