"""Rich copies: a chart goes on the clipboard as PNG, SVG, an HTML table and tab-separated text together; the
Figures and Enterprises tables copy their selected rows as HTML and text; no text cell becomes a formula."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QApplication

from tests.charts.conftest import open_statistics_tab
from tests.charts.many import write_many_items_report
from viewer.charts.clipboard_data import chart_data, html_table, tsv_text
from viewer.model.loader import LoadedReport, load_report
from viewer.model.paths import default_report_path


@pytest.fixture
def fujian() -> LoadedReport:
    return load_report(default_report_path())


@pytest.fixture
def many(tmp_path) -> LoadedReport:
    return load_report(write_many_items_report(tmp_path / "many", 250))


def test_a_copied_chart_is_a_picture_and_its_numbers(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian, "en")
    tab.select_chart("enterprise-size")
    tab.copy_current()
    mime = QGuiApplication.clipboard().mimeData()
    formats = set(mime.formats())
    assert {"image/png", "image/svg+xml", "text/html", "text/plain"} <= formats
    png = QImage.fromData(bytes(mime.data("image/png")), "PNG")
    assert (png.width(), png.height()) == (1600, 1000)
    assert bytes(mime.data("image/svg+xml")).lstrip().startswith(b"<?xml")
    lines = mime.text().splitlines()
    assert lines[0].split("\t")[:7] == ["Panel", "Item", "Series", "Label", "Value", "Unit", "As stated"]
    first = lines[1].split("\t")
    assert first[4] == "20000" and first[5] == "家" and first[6] == "over 20,000 enterprises"
    assert "<td align=\"right\">20000</td>" in mime.html()
    assert len(lines) == 1 + len(tab.current_spec().complete().marks())


def test_tab_separated_and_html_never_carry_a_formula():
    headers, rows = ["a"], [["=HYPERLINK(\"http://evil\")"], ["+1"], ["ok"], [3.5]]
    assert tsv_text(headers, rows).splitlines() == ["a", "'=HYPERLINK(\"http://evil\")", "'+1", "ok", "3.5"]
    html = html_table(headers, rows)
    assert html.count("mso-number-format:\"\\@\"") == 2 and "&quot;http://evil&quot;" in html


def test_chart_data_keeps_every_item_also_those_not_drawn(many, qapp):
    from viewer.charts.definitions import chart_specs

    spec = chart_specs(many.report, "zh")[0]
    _, rows = chart_data(spec)
    assert len(rows) == len(spec.complete().marks()) > len(spec.marks())


def _select_rows(view, rows):
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_figures_table_copies_the_selected_rows(make_main_window) -> None:
    window = make_main_window(None, "en")
    tab = window.set_current_tab("figures")
    view = tab.table
    _select_rows(view, [0, 2])
    view.setFocus()
    QApplication.clipboard().clear()
    assert any(QKeySequence(QKeySequence.StandardKey.Copy) == s for s in tab.copy_action.shortcuts())
    tab.copy_action.trigger()
    text = QGuiApplication.clipboard().text().splitlines()
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
               if not view.horizontalHeader().isSectionHidden(c)]
    assert text[0].split("\t") == [str(h or "") for h in headers]
    assert len(text) == 3
    assert model.index(2, 1).data() in text[2]
    assert "<table" in QGuiApplication.clipboard().mimeData().html()


def test_enterprise_table_copies_its_selected_row(make_main_window) -> None:
    window = make_main_window(None, "en")
    tab = window.set_current_tab("enterprises")
    view = tab.enterprise_view
    _select_rows(view, [1])
    tab.copy_actions[0].trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2 and view.model().index(1, 0).data() in lines[1]


def test_statistics_exports_a_deck_and_a_workbook(qtbot, fujian, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from pptx import Presentation
    from PySide6.QtWidgets import QFileDialog

    tab = open_statistics_tab(qtbot, fujian, "en")
    assert tab.office_actions["pptx"].isEnabled()
    deck = tab.export_office("pptx", tmp_path / "deck")
    assert deck == tmp_path / "deck.pptx" and len(Presentation(str(deck)).slides) == 8
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "data.xlsx"), ""))
    tab.office_actions["xlsx"].trigger()
    assert len(load_workbook(tmp_path / "data.xlsx").sheetnames) == 7
