"""Charts of large reports draw a readable number of items, say how many are left out, and keep them all."""

from __future__ import annotations

import csv
import io

import pytest

from viewer.charts.changes import before_fact, before_index
from viewer.charts.data_csv import CSV_COLUMNS, csv_bytes, csv_rows
from viewer.charts.definitions import chart_specs
from viewer.charts.limits import MAX_ITEMS, MIN_ITEMS, item_count, limit_chart, max_items
from viewer.charts.render import chart_scene
from viewer.charts.sizes import RenderSize
from viewer.charts.spec import ChartSpec, Mark, Panel, PanelStyle
from viewer.charts.text import TextBlock
from viewer.model.format import number

SIZES = [RenderSize(1600, 1000, 96), RenderSize.from_cm(21, 14.8, 300), RenderSize(720, 450, 96)]


def _texts(chart) -> list[str]:
    return [i.text for i in chart.scene.items() if isinstance(i, TextBlock)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_chart_of_a_large_report_draws_at_most_its_limit_and_says_how_many_are_left_out(many, lang):
    specs = chart_specs(many.report, lang)
    complete = {s.id: s for s in chart_specs(many.report, lang, complete=True)}
    assert [s.id for s in specs] == list(complete)  # every chart kind is offered, in catalogue order
    for spec in specs:
        full = complete[spec.id]
        assert spec.full == full and spec.complete() == full
        assert spec.omitted > 0
        for panel, whole in zip(spec.panels, full.panels, strict=True):
            shown, total = item_count(panel), item_count(whole)
            assert shown == max_items(panel.style, len(spec.panels)) < total
            assert panel.omitted == total - shown
            # The note says both numbers: never an unmarked part passed off as the whole.
            assert number(shown) in panel.note and number(total) in panel.note
        assert number(spec.omitted) in spec.caption and "CSV" in spec.caption
        assert spec.caption.startswith(full.caption)


def test_the_ladder_keeps_the_best_ranks(many):
    spec = next(s for s in chart_specs(many.report, "zh") if s.id == "national-rankings")
    shown = [m.value for m in spec.marks()]
    rest = [m.value for m in spec.complete().marks()][len(shown):]
    assert len(shown) == MAX_ITEMS[PanelStyle.LADDER]
    assert max(shown) <= min(rest)
    assert "位次最前" in spec.panels[0].note


def test_a_slope_panel_is_cut_by_lines_not_by_periods(many):
    spec = next(s for s in chart_specs(many.report, "en") if s.id == "five-year-changes")
    slope = next(p for p in spec.panels if p.style == PanelStyle.SLOPE)
    assert slope.categories == ("2018", "2022")  # both periods stay
    assert len({m.label for m in slope.marks}) == MAX_ITEMS[PanelStyle.SLOPE]
    assert len(slope.marks) == 2 * MAX_ITEMS[PanelStyle.SLOPE]


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_the_drawing_shows_the_note_and_no_more_marks_than_fit(qapp, many, size):
    for spec in chart_specs(many.report, "zh"):
        chart = chart_scene(spec, size)
        drawn = chart.spec
        assert drawn.complete() == spec.complete()
        assert drawn.omitted > 0 and drawn.omitted >= spec.omitted  # a smaller drawing leaves out more, never less
        texts = _texts(chart)
        for panel in drawn.panels:
            assert panel.note in texts
            assert item_count(panel) >= min(MIN_ITEMS, item_count(panel) + panel.omitted)
        assert {h.mark.fact_id for h in chart.hits} == set(drawn.fact_ids())


def test_a_smaller_drawing_draws_fewer_rows(qapp, many):
    spec = next(s for s in chart_specs(many.report, "en") if s.id == "national-rankings")
    big = chart_scene(spec, RenderSize(1600, 1000, 96)).spec
    small = chart_scene(spec, RenderSize(720, 450, 96)).spec
    assert len(big.marks()) == MAX_ITEMS[PanelStyle.LADDER]
    assert MIN_ITEMS <= len(small.marks()) < len(big.marks())
    assert f"Showing the {len(small.marks())} best-ranked of {number(len(spec.complete().marks()))}" \
        == small.panels[0].note


def test_a_panel_of_min_items_is_never_cut_however_small(qapp):
    marks = tuple(Mark(f"f{i}", i, float(i + 1), f"{i + 1}%", "quote") for i in range(MIN_ITEMS))
    panel = Panel(PanelStyle.BARS, "", "增速（%）", tuple(f"第{i}项" for i in range(MIN_ITEMS)), marks)
    spec = ChartSpec("x", "标题", (panel,), "资料来源")
    assert limit_chart(spec) is spec
    chart = chart_scene(spec, RenderSize(320, 220, 96))
    assert chart.spec is spec


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_bundled_report_is_drawn_whole_at_every_export_size(qapp, fujian, lang):
    specs = chart_specs(fujian.report, lang)
    assert specs == chart_specs(fujian.report, lang, complete=True)
    for spec in specs:
        assert spec.full is None and spec.omitted == 0
        assert all(not p.note for p in spec.panels)
        for size in SIZES:
            assert chart_scene(spec, size).spec is spec  # the very spec: nothing re-cut, nothing added


def test_csv_has_every_item_also_those_not_drawn(many):
    spec = next(s for s in chart_specs(many.report, "zh") if s.id == "national-rankings")
    data = csv_bytes(spec)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(spec.complete().marks()) > len(spec.marks())
    first = spec.complete().marks()[0]
    assert rows[0]["fact_id"] == first.fact_id and rows[0]["value_as_stated"] == first.value_text
    assert rows[0]["quote"] == first.quote and float(rows[0]["value"]) == first.value


def test_csv_never_starts_a_text_cell_with_a_formula():
    mark = Mark("f1", 0, -3.0, "-3%", "=HYPERLINK(\"x\")", label="+1")
    spec = ChartSpec("x", "t", (Panel(PanelStyle.BARS, "", "axis", ("@cmd",), (mark,)),), "c")
    row = next(csv.DictReader(io.StringIO(csv_bytes(spec).decode("utf-8-sig"))))
    assert row["quote"] == "'=HYPERLINK(\"x\")" and row["label"] == "'+1" and row["category"] == "'@cmd"
    assert row["value"] == "-3"  # numbers stay numbers
    assert csv_rows(spec)[0]["quote"] == "=HYPERLINK(\"x\")"  # the rows themselves keep the text as it is


@pytest.mark.parametrize("fixture", ["fujian", "many"])
def test_before_fact_through_the_index_finds_what_a_full_scan_finds(request, fixture):
    report = request.getfixturevalue(fixture).report
    index = before_index(report)
    with_comparison = [f for f in report.facts if f.comparison is not None]
    assert with_comparison
    found = [before_fact(report, f, index) for f in with_comparison]
    assert found == [before_fact(report, f) for f in with_comparison]
    if fixture == "fujian":
        assert any(b is not None for b in found)
