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
