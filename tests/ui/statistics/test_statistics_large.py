"""The Statistics tab on a report with hundreds of items per chart: it opens, says what it leaves out, draws
thumbnails after the tab has painted and keeps them, and saves the complete data of a chart as CSV."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.charts.conftest import open_statistics_tab
from viewer.charts.limits import MAX_ITEMS
from viewer.charts.spec import PanelStyle
from viewer.charts.text import TextBlock
from viewer.ui.context import AppContext
from viewer.ui.statistics.tab import StatisticsTab
from viewer.ui.statistics.thumbnails import ChartThumbnails

pytestmark = pytest.mark.usefixtures("qt_user_paths")


def test_the_tab_opens_on_a_large_report_and_says_what_the_chart_leaves_out(qtbot, many):
    tab = open_statistics_tab(qtbot, many)
    assert tab.list.count() == 7
    assert tab.select_chart("national-rankings")
    drawn = tab.view.drawn_spec()
    assert drawn is not None and drawn.id == "national-rankings"
    assert len(drawn.marks()) <= MAX_ITEMS[PanelStyle.LADDER] < len(drawn.complete().marks())
    texts = [i.text for i in tab.view.chart.scene.items() if isinstance(i, TextBlock)]
    assert drawn.panels[0].note in texts and drawn.caption in texts
    assert str(len(drawn.complete().marks())) in drawn.panels[0].note
    row = [s.id for s in tab.specs].index("national-rankings")
    assert tab.specs[row].panels[0].note in tab.list.item(row).toolTip()
    qtbot.waitUntil(lambda: tab.thumbnails.pending == 0)
    assert all(tab.thumbnails.has_picture(tab.list.item(i)) for i in range(tab.list.count()))


def test_thumbnails_wait_for_the_list_to_be_painted(qtbot, many):
    tab = StatisticsTab(AppContext(many, "zh"))
    qtbot.addWidget(tab)
    tab.build()  # never shown: the list is filled, but no thumbnail is drawn for a list nobody sees
    assert tab.list.count() == 7 and tab.thumbnails.pending == 7
    assert not any(tab.thumbnails.has_picture(tab.list.item(i)) for i in range(7))
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.thumbnails.pending == 0)
    assert all(tab.thumbnails.has_picture(tab.list.item(i)) for i in range(7))


def test_thumbnails_are_kept_across_language_switches_and_dropped_with_the_report(qtbot, mini, monkeypatch):
    drawn: list[tuple[str, str]] = []
    real_draw = ChartThumbnails._draw
    monkeypatch.setattr(ChartThumbnails, "_draw", lambda self, spec: drawn.append((spec.lang, spec.id))
                        or real_draw(self, spec))
    tab = open_statistics_tab(qtbot, mini)
    qtbot.waitUntil(lambda: tab.thumbnails.pending == 0)
    count = tab.list.count()
    assert len(drawn) == count
    tab.context.set_language("en")
    qtbot.waitUntil(lambda: len(drawn) == 2 * count)
    tab.context.set_language("zh")
    assert tab.thumbnails.pending == 0  # every zh picture was kept
    assert all(tab.thumbnails.has_picture(tab.list.item(i)) for i in range(count))
    assert len(drawn) == 2 * count and sorted(drawn[:count]) == sorted(d for d in drawn if d[0] == "zh")
    tab.context.report_changed.emit()
    qtbot.waitUntil(lambda: len(drawn) == 3 * count)


def test_export_data_writes_every_item_of_the_chart(qtbot, many, tmp_path, monkeypatch):
    tab = open_statistics_tab(qtbot, many, "en")
    tab.select_chart("honours")
    spec = tab.current_spec()
    target = tmp_path / "honours"  # no suffix: .csv is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    tab.data_action.trigger()
    written = tmp_path / "honours.csv"
    rows = list(csv.DictReader(io.StringIO(written.read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(spec.complete().marks()) == 250 > len(spec.marks())
    assert rows[-1]["label"] == "National honour 249"
    assert QSettings().value("statistics/dataFolder", "", type=str) == str(tmp_path)
    # A name the dialog never asked about (the suffix was added) is replaced only if the user says so.
    questions = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (questions.append(a[2]), answer)[1])
    before = written.read_bytes()
    written.write_bytes(b"old")
    tab.data_action.trigger()
    assert len(questions) == 1 and "honours.csv" in questions[0] and written.read_bytes() == b"old"
    answer = QMessageBox.StandardButton.Yes
    tab.data_action.trigger()
    assert len(questions) == 2 and written.read_bytes() == before
    # A name the dialog asked about (it has the suffix) is replaced without asking again.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(written), "CSV (*.csv)"))
    written.write_bytes(b"old")
    tab.data_action.trigger()
    assert written.read_bytes() == before and len(questions) == 2


def test_export_data_is_disabled_without_charts(qtbot, mini):
    tab = StatisticsTab(AppContext(mini, "zh"))
    qtbot.addWidget(tab)
    assert not tab.data_action.isEnabled()
    tab.show()
    qtbot.waitUntil(lambda: tab.list.count() > 0)
    assert tab.data_action.isEnabled()
