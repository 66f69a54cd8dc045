"""The bundled example reports (a fictional region) say they are examples wherever they appear: their titles,
which the window and the Overview show, and every chart's caption, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.charts.definitions import chart_specs
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path, examples_dir

EXAMPLES = sorted(examples_dir().glob("*.yaml"))


def test_there_are_three_years_of_one_fictional_region_and_a_second_region() -> None:
    reports = [load_report(p).report for p in EXAMPLES]
    assert sorted((r.meta.region.zh, r.meta.meeting_date.year) for r in reports if r.meta.region and
                  r.meta.meeting_date) == [("演示省", 2024), ("示例省", 2023), ("示例省", 2024), ("示例省", 2025)]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_an_example_says_so_in_its_title_and_every_chart(path: Path) -> None:
    report = load_report(path).report
    assert report.meta.example
    assert "示例" in report.meta.title.zh and "example" in report.meta.title.en.lower()
    for lang, words in (("zh", "示例数据"), ("en", "Example data")):
        specs = chart_specs(report, lang)
        assert specs, "an example with nothing to chart shows nothing"
        assert all(words in spec.caption for spec in specs)


def test_a_real_report_s_charts_say_nothing_of_examples() -> None:
    for spec in chart_specs(load_report(default_report_path()).report, "zh"):
        assert "示例" not in spec.caption
