"""Any screen size: tiles reflow, side panes fold, the toolbar overflows, the status bar never overlaps, and the
first window fits the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QToolButton


@pytest.mark.parametrize("width", [640, 900, 1366])
def test_overview_tiles_fit_the_width(make_main_window, qtbot, width) -> None:
    window = make_main_window(None, "en", size=(width, 700))
    tab = window.built_tab("overview")
    expected = {640: 2, 900: 3, 1366: 4}[width]
    qtbot.waitUntil(lambda: len({tile.x() for tile in tab.tiles}) == expected)
    box = tab.scroll_area.widget().findChild(type(tab._captions["headlines"]), "headlines")
    visible = tab.scroll_area.viewport().rect()
    for tile in tab.tiles:
        right = tile.mapTo(tab.scroll_area.viewport(), QPoint(tile.width(), 0)).x()
        assert right <= visible.right() + 1, (width, tile.fact.id, right, visible.right())
        assert tile.width() >= tile.minimumSizeHint().width()
        assert tile.geometry().right() <= box.contentsRect().right()
    assert tab.scroll_area.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways


def test_statistics_toolbar_keeps_every_action_reachable_when_narrow(make_main_window, qtbot) -> None:
    window = make_main_window(None, "en", size=(400, 700))
    tab = window.set_current_tab("statistics")
    qtbot.waitUntil(lambda: tab.view.chart is not None)
    toolbar = tab.toolbar
    hidden = [a for a in toolbar.actions() if not a.isSeparator()
              and not (toolbar.widgetForAction(a) and toolbar.widgetForAction(a).isVisible())]
    extension = [b for b in toolbar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"]
    assert not hidden or (extension and extension[0].isVisible())
    window.resize(700, 700)
    window.layout().activate()
    assert all(toolbar.widgetForAction(a).isVisible() for a in toolbar.actions() if not a.isSeparator())


def test_status_message_never_overlaps_the_report_label(make_main_window) -> None:
    window = make_main_window(None, "en", size=(640, 500))
    bar = window.statusBar()
    long = "This passage backs: " + "; ".join(["Figure · Industrial value added growth: 5.7%"] * 6)
    bar.showMessage(long)
    window.layout().activate()
    assert bar.currentMessage() == long  # the whole message stays readable (tooltip, currentMessage)
    label = window.report_label
    shown = bar.shown_message()
    width = bar.fontMetrics().horizontalAdvance(shown)
    assert 6 + width <= label.x() - 2, (width, label.x())
    assert shown.endswith("…") and bar.toolTip() == long


def test_first_window_fits_the_available_screen(make_main_window, monkeypatch) -> None:
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))
    window = make_main_window(None, "en", size=None)
    frame = window.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 728
    assert QRect(0, 0, 1366, 728).contains(frame)


def test_restored_geometry_is_kept_on_the_screen(make_main_window, monkeypatch) -> None:
    from PySide6.QtGui import QScreen

    window = make_main_window(None, "en", size=(1900, 1060))
    window.move(300, 200)
    window.close()
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))
    again = make_main_window(None, "en", size=None)
    assert QRect(0, 0, 1366, 728).contains(again.frameGeometry())
