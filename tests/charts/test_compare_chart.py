"""The chart of an indicator across the library: gaps drawn in words (never as zero), every mark tied to its
report, the caption saying what the reader must know, and the CSV with every statement and gap."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from viewer.charts.compare import MAX_YEARS, comparison_chart
from viewer.charts.data_csv import CSV_COLUMNS, chart_csv_text
from viewer.charts.definitions import chart_specs
from viewer.charts.scene import build_chart
from viewer.charts.style import PRINT, ChartStyle
from viewer.model.library import queries
from viewer.model.library.compare import CompareMode, Comparison, Slot, over_years
from viewer.model.library.index import LibraryIndex
from viewer.model.library.indicators import load_vocabulary
from viewer.model.loader import load_report
from viewer.model.paths import data_dir, default_report_path
from viewer.model.types import Text


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LibraryIndex]:
    with LibraryIndex(tmp_path_factory.mktemp("index") / "index.sqlite3") as built:
        built.refresh([data_dir()])
        yield built


def _texts(scene) -> list[str]:
    out = []
    for item in scene.items():
        text = getattr(item, "text", None)
        if isinstance(item, QGraphicsSimpleTextItem):
            out.append(item.text())
        elif callable(text):
            out.append(str(text()))
        elif isinstance(text, str):
            out.append(text)
    return out


def test_a_gap_is_written_not_drawn_as_zero(qapp, index: LibraryIndex) -> None:
    points = queries.indicator_points(index, "new-5g-base-stations")
    comparison = over_years("new-5g-base-stations", points, Text(zh="示例省", en="Example Province"),
                            queries.list_reports(index))
    spec = comparison_chart(comparison, load_vocabulary().get("new-5g-base-stations"), "zh")
    panel = spec.panels[0]
    assert panel.gaps == ((1, "未提及"),) and [m.category for m in panel.marks] == [0, 2]
    assert all(Path(m.source).name.startswith("shili-") for m in panel.marks)
    chart = build_chart(spec, 1200, 700, ChartStyle(PRINT))
    assert len(chart.hits) == 2  # two bars, none for the gap
    assert any("未提及" in t for t in _texts(chart.scene))
    csv = chart_csv_text(spec).splitlines()
    assert csv[0].endswith("period,qualifier,report") and csv[-1].startswith(f"{spec.title},") and "未提及" in csv[-1]


def test_a_long_run_of_years_shows_the_latest_and_keeps_them_all_in_the_data(index: LibraryIndex) -> None:
    points = queries.indicator_points(index, "industrial-va-growth")
    point = next(p for p in points if p.path.name == "shili-2024.yaml" and not p.is_target)
    slots = tuple(Slot(str(y), Text(zh=str(y)), point if y % 3 == 0 else None, has_report=y % 2 == 0)
                  for y in range(2000, 2020))
    comparison = Comparison("industrial-va-growth", CompareMode.YEARS, Text(zh="示例省"), slots, "%")
    spec = comparison_chart(comparison, None, "en")
    assert spec.panels[0].categories == tuple(str(y) for y in range(2020 - MAX_YEARS, 2020))
    assert spec.panels[0].note == f"Showing the latest {MAX_YEARS} of 20 years"
    assert spec.complete().panels[0].categories[0] == "2000"
    assert dict(spec.complete().panels[0].gaps)[3] == "no report"  # 2003: no report of the region reviews it
    assert dict(spec.complete().panels[0].gaps)[2] == "not stated"


def test_a_report_s_own_charts_keep_their_csv_columns() -> None:
    for spec in chart_specs(load_report(default_report_path()).report, "zh"):
        assert chart_csv_text(spec).splitlines()[0] == ",".join(CSV_COLUMNS)
