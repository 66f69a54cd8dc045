"""The paint caches change nothing the user sees: every tab, after theme, language, review-mark and
active-window changes, looks the same drawn from the caches as painted live (REPORT_VIEWER_PAINT_CACHE=0)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from viewer.model.state import Mark
from viewer.ui.common import cached_paint
from viewer.ui.common.cached_paint import PaintCache
from viewer.ui.window.tabs import DEFAULT_TABS

TABS = [spec.key for spec in DEFAULT_TABS]


def _caches(window: QWidget) -> list[PaintCache]:
    """The paint caches of the widgets on screen now (labels, group boxes, tiles and item view viewports;
    a widget scrolled out of sight is never painted, so its cache stays empty until it is)."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        cache = getattr(widget, "_cache", None)
        if isinstance(cache, PaintCache):
            found.append(cache)
        viewport_cache = getattr(widget, "viewport_cache", None)
        if viewport_cache is not None:
            found.append(viewport_cache._cache)
    return found


def _all_fresh(window: QWidget) -> bool:
    caches = _caches(window)
    return all(
        (c.pixmap is not None and c.key == c.key_now()) or not c._small_enough() for c in caches)


def _difference(a: QImage, b: QImage) -> tuple[int, int]:
    """(pixels that differ, largest difference of one channel) between two images of the same size."""
    assert a.size() == b.size()
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    if a == b:
        return 0, 0
    pixels, worst = 0, 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb:
                pixels += 1
                worst = max(worst, *(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16)))
    return pixels, worst


def _compare_every_tab(window, qtbot, monkeypatch, step: str, out: Path) -> list[str]:
    """Every tab grabbed from its caches (once they are filled) and painted live: what differs."""
    problems = []
    for key in TABS:
        window.set_current_tab(key)
        QApplication.processEvents()
        if key in ("overview", "enterprises", "tasks"):
            assert _caches(window), key  # labels, boxes, tiles or item views that paint from a cache
        qtbot.waitUntil(lambda: _all_fresh(window), timeout=10_000)
        cached = window.grab().toImage()
        assert _all_fresh(window)  # grabbing painted from the caches, and changed none of them
        monkeypatch.setattr(cached_paint, "ENABLED", False)
        live = window.grab().toImage()
        monkeypatch.setattr(cached_paint, "ENABLED", True)
        pixels, worst = _difference(cached, live)
        if pixels:
            cached.save(str(out / f"{step}-{key}-cached.png"))
            live.save(str(out / f"{step}-{key}-live.png"))
            problems.append(f"{step}/{key}: {pixels} pixels differ, by up to {worst}/255")
    return problems


def test_every_tab_looks_the_same_from_the_caches_as_painted_live(make_main_window, qtbot, monkeypatch,
                                                                  tmp_path: Path) -> None:
    """Pixel for pixel: a cache fills its pixmap with what is painted behind its widget (text antialiased onto a
    transparent pixmap came out up to 49/255 off at glyph edges), and is keyed by the active-window state."""
    window = make_main_window(None, "zh")  # the bundled report: every tab has content
    problems = _compare_every_tab(window, qtbot, monkeypatch, "start", tmp_path)
    window.set_theme("dark")
    problems += _compare_every_tab(window, qtbot, monkeypatch, "dark", tmp_path)
    window.set_language("en")
    problems += _compare_every_tab(window, qtbot, monkeypatch, "english", tmp_path)
    session = window.context.session
    session.set_mark("va-growth-2022", Mark.CHECKED, "mark")
    problems += _compare_every_tab(window, qtbot, monkeypatch, "marked", tmp_path)
    # Fusion's inactive colours are its active ones; a style that dims an inactive window (as Windows' own
    # may) is stood in for by a palette whose inactive text and frames are another colour.
    palette = QApplication.palette()
    for role, colour in ((QPalette.ColorRole.WindowText, "#7a2020"), (QPalette.ColorRole.Text, "#7a2020"),
                         (QPalette.ColorRole.Mid, "#20a020"), (QPalette.ColorRole.Window, "#e0e8f0")):
        palette.setColor(QPalette.ColorGroup.Inactive, role, QColor(colour))
    QApplication.setPalette(palette)
    problems += _compare_every_tab(window, qtbot, monkeypatch, "active", tmp_path)
    other = QWidget()  # another window takes the focus: this one draws with its inactive colours
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    problems += _compare_every_tab(window, qtbot, monkeypatch, "inactive", tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.set_theme("light")
    overview = window.set_current_tab("overview")
    scroll_bar = overview.scroll_area.verticalScrollBar()
    scroll_bar.setValue(scroll_bar.maximum() // 2)  # labels over another part of the page
    problems += _compare_every_tab(window, qtbot, monkeypatch, "light", tmp_path)
    assert problems == []


def test_with_the_switch_off_a_label_keeps_no_picture(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(cached_paint, "ENABLED", False)
    label = cached_paint.CachedLabel("工业增加值增长5.7%", wrap=True)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    label.repaint()
    QApplication.processEvents()
    assert label._cache.pixmap is None and not label._cache.pending


@pytest.mark.parametrize(("value", "enabled"), [("0", False), ("1", True), (None, True)])
def test_the_environment_switch(value: str | None, enabled: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k != "REPORT_VIEWER_PAINT_CACHE"}
    if value is not None:
        env["REPORT_VIEWER_PAINT_CACHE"] = value
    code = "from viewer.ui.common import cached_paint; print(cached_paint.ENABLED)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == str(enabled)
