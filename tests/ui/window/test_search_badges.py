"""A search hit's review badge and its highlighted match stay readable on the selected row (they were drawn in
their colour on the selection's colour: green on blue, the match's blue on blue)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, QRect
from PySide6.QtGui import QColor

from viewer.model.state import Mark
from viewer.ui.state.review_actions import set_review_mark


def _luminance(colour: QColor) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _two_main_colours(image, rect: QRect) -> tuple[QColor, QColor]:
    counts = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right())
                     for y in range(rect.top(), rect.bottom()))
    (first, _), (second, _) = counts.most_common(2)
    return QColor(first), QColor(second)


def test_the_badge_of_a_selected_hit_is_readable(make_main_window, qtbot) -> None:
    window = make_main_window(None, "en")
    fact = window.context.report.facts[0]
    assert set_review_mark(window.context, fact.id, Mark.CHECKED)
    dock = window.show_search()
    dock.box.setText(fact.label.en)
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0)
    index = dock.model.index(0, 0)
    assert dock.model.hit(0).key == fact.id
    dock.results.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    rect = dock.results.visualRect(index)
    image = dock.results.viewport().grab().toImage()
    metrics = dock.results.fontMetrics()
    badge = QRect(rect.left() + 2, rect.top() + 2, metrics.horizontalAdvance("✓") + 2, metrics.height())  # the badge
    background, ink = _two_main_colours(image, badge)
    assert _contrast(background, ink) >= 3, (background.name(), ink.name())
