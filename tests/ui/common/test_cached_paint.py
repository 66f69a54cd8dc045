"""Labels, group boxes and tiles that paint from a pixmap after their first painting, and stay correct."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from viewer.ui.common.cached_paint import CachedGroupBox, CachedLabel


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


def _cached_image(qtbot, text: str, width: int, height: int):
    """What a fresh label with ``text`` shows once it paints from its cache."""
    label = CachedLabel(text)
    qtbot.addWidget(label)
    label.resize(width, height)
    label.show()
    qtbot.waitExposed(label)
    qtbot.waitUntil(lambda: label._cache.pixmap is not None)
    return label.grab().toImage()


def test_a_change_between_the_live_paint_and_the_fill_is_cached_under_its_own_key(qtbot) -> None:
    label = CachedLabel("AAAA")
    qtbot.addWidget(label)
    label.resize(200, 40)
    label.show()
    qtbot.waitExposed(label)
    qtbot.waitUntil(lambda: label._cache.pixmap is not None)
    label.setText("BBBB")
    label.repaint()  # painted live: a fill is scheduled while the label shows "BBBB"…
    label.setText("CCCC")  # …and runs when it shows "CCCC"
    QApplication.processEvents()
    assert label._cache.key is not None and label._cache.key[0][0] == "CCCC"  # stored under what it shows
    label.setText("BBBB")  # back to "BBBB" at once: must not be drawn from a picture of "CCCC"
    shown = label.grab().toImage()
    label._cache.filling = True  # QLabel's own painting, not the cache's
    live = label.grab().toImage()
    label._cache.filling = False
    assert shown in (live, _cached_image(qtbot, "BBBB", 200, 40))  # "BBBB", painted live or from a cache
    assert shown != _cached_image(qtbot, "CCCC", 200, 40)


def test_a_box_too_large_to_cache_paints_live_and_keeps_no_pixmap(qtbot) -> None:
    box = CachedGroupBox()
    box.setTitle("任务")
    qtbot.addWidget(box)
    box.resize(800, 4000)  # 3.2 M pixels, over the limit
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    QApplication.processEvents()
    assert box._cache.pixmap is None and not box._cache.pending
    assert box.grab().toImage() == image  # painted live, the same each time
    box.resize(300, 200)
    box.repaint()
    qtbot.waitUntil(lambda: box._cache.pixmap is not None)  # a small box is cached again


def test_fills_after_a_repaint_are_spread_over_turns_of_the_event_loop(qtbot, monkeypatch) -> None:
    # A page of labels repainted at once (a language or theme switch) must not fill every cache in one turn
    # (0.1-0.25 s on the large report's Overview): the fills wait in a queue, a time budget of them per turn.
    from viewer.ui.common import cached_paint

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    labels = [CachedLabel(f"标签 {i}") for i in range(4)]
    for label in labels:
        layout.addWidget(label)
    host.resize(300, 200)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: all(label._cache.pixmap is not None for label in labels))
    monkeypatch.setattr(cached_paint, "FILL_BUDGET_S", 0.0, raising=False)  # one fill per turn
    for i, label in enumerate(labels):
        label.setText(f"label {i}")
    host.repaint()  # every label paints live and asks for a fill

    def filled() -> int:
        return sum(label._cache.key is not None and label._cache.key[0][0] == label.text() for label in labels)

    assert filled() == 0
    QApplication.processEvents()
    assert filled() == 1
    qtbot.waitUntil(lambda: filled() == len(labels))
    for label in labels:
        cached = label.grab().toImage()
        label._cache.filling = True  # QLabel's own painting, not the cache's
        assert cached == label.grab().toImage()
        label._cache.filling = False


def test_a_fill_queued_for_a_deleted_widget_is_dropped(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    label = CachedLabel("工业")
    keep = CachedLabel("增加值")
    layout.addWidget(label)
    layout.addWidget(keep)
    host.resize(200, 80)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: label._cache.pixmap is not None and keep._cache.pixmap is not None)
    label.setText("改")
    keep.setText("留")
    host.repaint()
    assert label._cache.pending and keep._cache.pending
    label.deleteLater()
    qtbot.waitUntil(lambda: keep._cache.pixmap is not None and keep._cache.key[0][0] == "留")
