"""Labels, group boxes and tiles that paint from a pixmap after their first painting, and stay correct."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from viewer.ui.cached_paint import CachedGroupBox, CachedLabel


def test_label_paints_from_its_cache_until_its_text_changes(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    label = CachedLabel("<b>工业</b> 增长5.7%", wrap=True)
    box = CachedGroupBox()
    box.setTitle("会议")
    layout = QVBoxLayout(host)
    layout.addWidget(label)
    layout.addWidget(box)
    host.resize(300, 200)
    host.show()
    qtbot.waitExposed(host)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == "<b>工业</b> 增长5.7%"
    qtbot.waitUntil(lambda: label._cache.pixmap is not None and box._cache.pixmap is not None)
    first = label._cache.pixmap
    shown = label.grab().toImage()  # grab paints through paintEvent: from the cache now
    assert label._cache.pixmap is first
    label.setText("工业增加值")
    qtbot.waitUntil(lambda: label._cache.pixmap is not first)  # repainted live, then cached again
    assert label.grab().toImage() != shown
    label.setText("<b>工业</b> 增长5.7%")
    qtbot.waitUntil(lambda: label._cache.key is not None and label._cache.key[0][0] == label.text())
    assert label.grab().toImage() == shown


def test_task_tree_shows_again_from_its_cache_and_live_after_a_change(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(ui_report_path, "en")
    tab = window.set_current_tab("tasks")
    view, model = tab.tree, tab.model
    cache = view.viewport_cache
    qtbot.waitUntil(lambda: cache._cache.pixmap is not None)  # filled a moment after the first painting
    asked: list[object] = []
    value = model.value

    def counting(*args: object) -> object:
        asked.append(args)
        return value(*args)

    model.value = counting
    shown = view.viewport().grab().toImage()  # a full repaint, as when the tab is shown again
    assert asked == []  # the model was not asked for anything: the pixels came from the cache
    window.context.session.toggle_done("task-1.projects", "x")  # a change: painted live, with the check mark
    changed = view.viewport().grab().toImage()
    assert asked and changed != shown
    filled = cache._cache.pixmap
    qtbot.waitUntil(lambda: cache._cache.pixmap is not filled)  # and cached again
    asked.clear()
    assert view.viewport().grab().toImage() == changed and asked == []
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())  # scrolling, selecting: live again
    tab.select_key("task-2.platform")
    view.viewport().grab()
    assert asked
