"""The Statistics tab: lazy charts, English labels, hover tooltips, click to source, copy, export dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from tests.charts.conftest import open_statistics_tab
from viewer.charts.text import TextBlock
from viewer.ui.context import AppContext
from viewer.ui.export.actions import install_export_actions
from viewer.ui.export.dialog import ExportDialog, export_report_pdf
from viewer.ui.export.report_pdf_job import running_jobs
from viewer.ui.statistics.tab import StatisticsTab, tooltip_html

pytestmark = pytest.mark.usefixtures("qt_user_paths")


def test_charts_are_built_after_the_first_show(qtbot, fujian):
    context = AppContext(fujian, "zh")
    tab = StatisticsTab(context)
    qtbot.addWidget(tab)
    assert tab.list.count() == 0  # nothing built before the tab is shown
    tab.show()
    qtbot.waitUntil(lambda: tab.list.count() == 7)
    assert tab.view.chart is not None and tab.current_spec().id == "growth"


def test_english_ui_gives_english_chart_labels(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian, "en")
    assert tab.list.item(0).text() == "Value-added growth by sector, 2022"
    texts = [i.text for i in tab.view.chart.scene.items() if isinstance(i, TextBlock)]
    assert "Value-added growth by sector, 2022" in texts
    assert not any("\u4e00" <= ch <= "\u9fff" for t in texts for ch in t)
    tab.context.set_language("zh")
    qtbot.waitUntil(lambda: tab.list.item(0).text().startswith("2022年"))


def test_clicking_a_bar_shows_its_source(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian)
    tab.view.rebuild()
    hit = tab.view.chart.hits[0]
    pos = tab.view.mapFromScene(hit.rect.center())
    assert tab.view.mark_at(pos) is hit.mark
    with qtbot.waitSignal(tab.context.show_source) as signal:
        qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == [hit.mark.fact_id]


def test_tooltip_has_the_exact_value_and_the_quote_escaped(fujian):
    from viewer.charts.spec import Mark

    mark = Mark("x", 0, 5.7, "5.7%", "增长<b>5.7%</b>", label="规上工业")
    html = tooltip_html(mark)
    assert "5.7%" in html and "&lt;b&gt;" in html and "<b>5.7%</b>" not in html


def test_copy_puts_the_chart_on_the_clipboard(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian)
    tab.copy_current()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1600, 1000)


def test_export_dialog_writes_files_and_asks_before_overwriting(qtbot, fujian, tmp_path, monkeypatch):
    context = AppContext(fujian, "en")
    dialog = ExportDialog(context, "honours", "png")
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.cm_radio.setChecked(True)
    dialog.width_cm.setValue(10)
    dialog.height_cm.setValue(6)
    dialog.dpi_combo.setCurrentText("150")
    # The dialog's own size is still a widget's size (the chart's size had taken over QWidget.size()).
    assert dialog.size() == dialog.geometry().size() and dialog.render_size().width_px == 591
    dialog.run()
    target = tmp_path / "05-honours.png"
    assert dialog.written == [target]
    image = QImage()
    assert image.loadFromData(QByteArray(target.read_bytes()), "PNG")
    assert (image.width(), image.height()) == (591, 354)
    target.write_bytes(b"mine")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    again = ExportDialog(context, "honours", "png")
    qtbot.addWidget(again)
    again.folder_edit.setText(str(tmp_path))
    again.run()
    assert asked and target.read_bytes() == b"mine"


def test_export_dialog_remembers_its_settings_across_sessions(qtbot, mini, tmp_path):
    first = ExportDialog(AppContext(mini, "zh"))
    qtbot.addWidget(first)
    first.folder_edit.setText(str(tmp_path / "out"))
    first.cm_radio.setChecked(True)
    first.width_cm.setValue(12.5)
    first.height_cm.setValue(8)
    first.dpi_combo.setCurrentText("600")
    first.template_edit.setText("{id}-{lang}.{ext}")
    for fmt, box in first.format_boxes.items():
        box.setChecked(fmt in ("svg", "pdf"))
    first.run()
    assert first.written
    QSettings().sync()
    second = ExportDialog(AppContext(mini, "zh"))
    qtbot.addWidget(second)
    assert second.folder_edit.text() == str(tmp_path / "out")
    assert second.cm_radio.isChecked() and second.width_cm.value() == 12.5 and second.height_cm.value() == 8
    assert second.dpi_combo.currentText() == "600"
    assert second.template_edit.text() == "{id}-{lang}.{ext}"
    assert second.formats() == ("svg", "pdf")


def test_export_all_charts(qtbot, mini, tmp_path):
    dialog = ExportDialog(AppContext(mini, "zh"))
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "all"))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt == "svg")
    dialog.width_px.setValue(800)
    dialog.height_px.setValue(500)
    dialog.run()
    assert len(dialog.written) == len(dialog.specs) == len(list((tmp_path / "all").iterdir()))


def test_the_event_loop_turns_while_charts_are_exported(qtbot, mini, tmp_path, monkeypatch):
    # Every chart of the 10k report exported in one go held the window ~0.12 s: a turn after each file, also
    # before the progress dialog shows (it turns the loop itself only once shown, after 300 ms).
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "setValue", lambda _self, _value: None)  # a dialog that never shows

    dialog = ExportDialog(AppContext(mini, "zh"))
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "all"))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt == "svg")
    turns: list[int] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: turns.append(len(dialog.written or [])))
    timer.start()
    try:
        dialog.run()
    finally:
        timer.stop()
    assert len(dialog.written) == len(dialog.specs) > 1
    assert len(turns) >= len(dialog.specs) - 1  # at least one turn per file written after the first


def test_export_says_how_many_files_it_wrote_and_opens_their_folder(qtbot, mini, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QPushButton

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    parent = QMainWindow()
    qtbot.addWidget(parent)
    dialog = ExportDialog(AppContext(mini, "en"), parent=parent)
    folder = tmp_path / "all"
    dialog.folder_edit.setText(str(folder))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt == "svg")
    dialog.width_px.setValue(800)
    dialog.height_px.setValue(500)
    dialog.run()
    count = len(dialog.written)
    assert count == len(dialog.specs) > 1
    notice = parent.findChild(QMessageBox, "exportDone")
    assert notice is not None and notice.isVisible()
    assert notice.text() == f"{count} files written to {folder}"
    notice.findChild(QPushButton, "openFolder").click()
    assert opened == [str(folder)]


def test_file_menu_gets_export_and_report_pdf(qtbot, mini, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu(window)
    export_action = menu.addAction("Export…")
    quit_action = menu.addAction("Quit")
    context = AppContext(mini, "zh")
    pdf_action = install_export_actions(window, context, menu, export_action)
    assert menu.actions() == [export_action, pdf_action, quit_action]
    assert context.export_enabled
    job = export_report_pdf(context, window, str(tmp_path / "report"))  # written a page per turn of the event loop
    assert job is not None and job.target == Path(tmp_path / "report.pdf")
    qtbot.waitUntil(lambda: job.target.is_file() and not running_jobs(), timeout=60_000)
    assert job.target.read_bytes().startswith(b"%PDF")


def test_cancelling_the_progress_stops_the_export(qtbot, mini, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog = ExportDialog(AppContext(mini, "zh"))
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    dialog.width_px.setValue(400)
    dialog.height_px.setValue(300)
    dialog.run()
    # The file being compressed when Cancel is seen is finished; nothing after it is started.
    assert 1 <= len(dialog.written) <= 2 < len(dialog.specs)
    assert sorted(out.iterdir()) == sorted(dialog.written)


def test_the_window_can_offer_export_without_loading_pyqtgraph():
    import subprocess
    import sys

    code = ("import sys; import viewer.ui.export.dialog, viewer.charts.definitions; "
            "sys.exit(1 if 'pyqtgraph' in sys.modules or 'numpy' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=60).returncode == 0
    pure = "import sys; import viewer.charts.definitions; sys.exit(1 if 'PySide6' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", pure], check=False, timeout=60).returncode == 0


def test_theme_switch_repaints_the_open_chart_and_its_thumbnails(qtbot, fujian):
    from viewer.charts.style import DARK, PRINT
    from viewer.ui.common.theme import apply_theme

    tab = open_statistics_tab(qtbot, fujian)
    qtbot.waitUntil(lambda: tab.thumbnails.pending == 0 and tab.list.count() == 7)

    def thumbnail_background(row: int) -> QImage:
        icon = tab.list.item(row).icon()
        return icon.pixmap(tab.list.iconSize()).toImage().pixelColor(3, 3)

    assert tab.view.chart.style.theme is PRINT and thumbnail_background(0).lightness() > 200
    try:
        apply_theme("dark")
        qtbot.waitUntil(lambda: tab.view.chart is not None and tab.view.chart.style.theme is DARK)
        assert tab.view.chart.scene.backgroundBrush().color().lightness() < 80
        qtbot.waitUntil(lambda: tab.thumbnails.pending == 0
                        and all(thumbnail_background(r).lightness() < 80 for r in range(tab.list.count())))
    finally:
        apply_theme("light")
    qtbot.waitUntil(lambda: tab.view.chart.style.theme is PRINT)


def test_thumbnails_leave_the_title_to_their_list_item(qtbot, fujian, monkeypatch):
    import viewer.charts.render as render

    drawn: list[str] = []
    original = render.render_image

    def spy(spec, size, theme=render.PRINT):
        drawn.append(spec.title)
        return original(spec, size, theme)

    monkeypatch.setattr(render, "render_image", spy)
    tab = open_statistics_tab(qtbot, fujian, "en")
    qtbot.waitUntil(lambda: tab.thumbnails.pending == 0 and len(drawn) == 7)
    assert drawn == [""] * 7  # the title is the item's text, under the picture, once
    assert [tab.list.item(r).text() for r in range(7)] == [s.title for s in tab.specs]
