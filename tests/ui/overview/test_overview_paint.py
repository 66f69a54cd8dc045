"""The Overview is painted once each time it is shown: its scroll page and viewport are not opaque widgets,
which Qt paints in a pass of their own (every label and tile of the page was painted twice)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from viewer.ui.common import cached_paint


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_showing_the_overview_again_paints_each_tile_once(make_main_window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(cached_paint, "ENABLED", False)  # no paint events of cache fills: only Qt's own
    window = make_main_window(None, "zh")
    overview = window.set_current_tab("overview")
    tile = overview.tiles[0]
    qtbot.waitUntil(lambda: not tile.visibleRegion().isEmpty())
    counter = _PaintCounter()
    tile.installEventFilter(counter)
    window.set_current_tab("tasks")
    QApplication.processEvents()
    counter.count = 0
    window.set_current_tab("overview")
    qtbot.waitUntil(lambda: counter.count > 0)
    QApplication.processEvents()
    assert counter.count == 1
    area = overview.scroll_area
    assert not area.widget().autoFillBackground() and not area.viewport().autoFillBackground()
