"""Comparing an indicator across the library: over three years of the example region, each point's value,
period and quote checked against its report's sentence; gaps, qualifiers, exact conversions; across regions;
two reports side by side."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.model.library import queries
from viewer.model.library.compare import CompareMode, across_regions, conversion, over_years, regions, years
from viewer.model.library.index import LibraryIndex
from viewer.model.library.side_by_side import NoChange, side_by_side
from viewer.model.loader import load_report
from viewer.model.types import Qualifier, Text

EXAMPLE = Text(zh="示例省", en="Example Province")


@pytest.fixture
def index(library_folder: Path, tmp_path: Path) -> Iterator[LibraryIndex]:
    with LibraryIndex(tmp_path / "index.sqlite3") as built:
        built.refresh([library_folder])
        yield built


def test_an_indicator_over_three_years_keeps_every_value_period_and_sentence(index: LibraryIndex) -> None:
    points = queries.indicator_points(index, "industrial-va-growth")
    comparison = over_years("industrial-va-growth", points, EXAMPLE, queries.list_reports(index))
    assert comparison.mode == CompareMode.YEARS and comparison.unit == "%"
    by_year = {s.key: s for s in comparison.slots}
    assert list(by_year) == ["2022", "2023", "2024", "2025"]
    expected = {"2022": ("shili-2023.yaml", 6.1, "全年规上工业增加值增长6.1%"),
                "2023": ("shili-2024.yaml", 6.8, "全年规上工业增加值增长6.8%"),
                "2024": ("shili-2025.yaml", 5.9, "全年规上工业增加值增长5.9%")}
    for year, (file, value, quote) in expected.items():
        point = by_year[year].result
        assert point is not None
        assert (point.path.name, point.fact.value, point.fact.period, point.fact.quote) == (file, value, year, quote)
        assert point.fact.qualifier == Qualifier.EXACT and point.indicator_set and point.example
        # One click from its sentence: the quote is in the report's own source text, in the section it names.
        loaded = load_report(point.path)
        fact = loaded.report.fact(point.fact.id)
        assert fact.quote == quote and quote in loaded.source_text
        assert quote in next(s.text for s in loaded.report.sections if s.id == fact.section)
    # The 2025 plan states only a target (about 5.5%); 2023 and 2024 have their targets beside their results.
    assert by_year["2025"].result is None and by_year["2025"].target is not None
    assert (by_year["2025"].target.fact.value, by_year["2025"].target.fact.qualifier) == (5.5, Qualifier.ABOUT)
    assert by_year["2023"].target is not None and by_year["2023"].target.path.name == "shili-2023.yaml"
    assert by_year["2023"].target.fact.quote == "全年规上工业增加值增长6%左右"
    assert by_year["2022"].target is None and comparison.has_targets and comparison.example


def test_gaps_are_gaps_and_say_whether_a_report_is_missing(index: LibraryIndex) -> None:
    points = queries.indicator_points(index, "new-5g-base-stations")
    comparison = over_years("new-5g-base-stations", points, EXAMPLE, queries.list_reports(index))
    slots = {s.key: s for s in comparison.slots}
    assert list(slots) == ["2022", "2023", "2024"]
    assert slots["2023"].is_gap and slots["2023"].has_report  # the 2024 report reviews 2023 and does not say
    # One unit for every figure: 1.2万个 and 0.9万个 stay in 万个.
    assert comparison.unit == "万个"
    assert [s.result.fact.value for s in (slots["2022"], slots["2024"]) if s.result] == [1.2, 0.9]
    # A region with no report for a year: a gap that says so.
    growth = queries.indicator_points(index, "industrial-va-growth")
    across = across_regions("industrial-va-growth", growth, 2022, queries.list_reports(index))
    demo = next(s for s in across.slots if s.key == "演示省")
    assert demo.is_gap and not demo.has_report


def test_units_convert_only_where_exact_and_qualifiers_stay(index: LibraryIndex) -> None:
    points = queries.indicator_points(index, "digital-economy-size")
    comparison = over_years("digital-economy-size", points, EXAMPLE, queries.list_reports(index))
    assert comparison.unit == "亿元"  # the smallest unit, as a report's own charts draw 家 and 万家
    values = [(s.key, s.result.fact.value, s.result.fact.unit, comparison.factor(s.result), s.result.fact.qualifier)
              for s in comparison.slots if s.result]
    assert values == [("2022", 9800.0, "亿元", 1.0, Qualifier.EXACT), ("2023", 1.1, "万亿元", 1e4, Qualifier.OVER),
                      ("2024", 1.25, "万亿元", 1e4, Qualifier.EXACT)]
    assert conversion("亿元", "万亿元") == 1e-4 and conversion("%", "个百分点") is None
    assert conversion("位", "位") == 1.0 and conversion("位", "个") is None


def test_an_indicator_across_regions_for_one_year(index: LibraryIndex) -> None:
    points = queries.indicator_points(index, "digital-economy-size")
    assert 2023 in years(points) and [r.zh for r in regions(points)][:2] == ["示例省", "演示省"]
    comparison = across_regions("digital-economy-size", points, 2023, queries.list_reports(index))
    stated = [(s.key, s.result.fact.value, s.result.fact.unit) for s in comparison.slots if s.result]
    # Largest first, in the one unit: 1.1万亿元 (over) before 6500亿元.
    assert stated == [("示例省", 1.1, "万亿元"), ("演示省", 6500.0, "亿元")]
    assert comparison.unit == "亿元"
    assert comparison.subject == Text(zh="2023", en="2023")


def test_two_reports_side_by_side(index: LibraryIndex, library_folder: Path) -> None:
    a = queries.report_points(index, (library_folder / "examples" / "shili-2024.yaml").resolve())
    b = queries.report_points(index, (library_folder / "examples" / "shili-2025.yaml").resolve())
    rows = {r.indicator_id: r for r in side_by_side(a, b)}
    growth = rows["industrial-va-growth"]
    assert (growth.a.fact.value, growth.b.fact.value, growth.change, growth.change_unit) == (6.8, 5.9, -0.9, "个百分点")
    assert growth.a.fact.quote == "全年规上工业增加值增长6.8%" and growth.b.fact.quote == "全年规上工业增加值增长5.9%"
    projects = rows["key-projects-started"]
    assert (projects.change, projects.change_unit) == (23.0, "个")  # the results, not the targets
    assert rows["digital-economy-size"].no_change == NoChange.BOUND  # 突破1.1万亿元 is a bound
    assert rows["digital-economy-size"].change is None
    assert "new-5g-base-stations" not in rows  # stated in 2025 only
    assert "new-little-giants" not in rows
