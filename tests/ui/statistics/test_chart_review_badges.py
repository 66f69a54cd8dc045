"""A chart's marks show their review state: a badge (✓ green, ! amber) at each reviewed mark, drawn on the screen
only (exports stay clean), and the tooltip says the mark's review state, 'Not reviewed' included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from viewer.model.state import Mark
from viewer.ui.common.badges import mark_colour
from viewer.ui.state.review_actions import set_review_mark


@pytest.fixture
def window(make_main_window):
    return make_main_window(None, "en")


def _tooltip_at(view, pos: QPoint) -> str:
    QToolTip.hideText()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def _has_colour_near(image, rect, colour: QColor) -> bool:
    """Whether a pixel of ``colour`` lies within ``rect`` grown by a badge's size."""
    area = rect.adjusted(-20, -20, 20, 20).intersected(image.rect())
    return any(abs(QColor(image.pixel(x, y)).red() - colour.red()) < 12
               and abs(QColor(image.pixel(x, y)).green() - colour.green()) < 12
               and abs(QColor(image.pixel(x, y)).blue() - colour.blue()) < 12
               for x in range(area.left(), area.right()) for y in range(area.top(), area.bottom()))


def test_a_reviewed_mark_has_a_badge_and_its_tooltip_says_its_review_state(window, qtbot):
    context = window.context
    tab = window.set_current_tab("statistics")
    qtbot.waitUntil(lambda: tab.view.chart is not None, timeout=10000)
    view = tab.view
    checked, questioned, other = view.chart.spec.marks()[:3]

    def rect_of(mark):
        return view.mapFromScene(view.chart.hit_rect(mark)).boundingRect()

    green, amber = mark_colour(Mark.CHECKED), mark_colour(Mark.QUESTIONED)
    assert not _has_colour_near(view.grab().toImage(), rect_of(checked), green)
    assert "Not reviewed" in _tooltip_at(view, rect_of(other).center())

    assert set_review_mark(context, checked.fact_id, Mark.CHECKED)
    assert set_review_mark(context, questioned.fact_id, Mark.QUESTIONED, "which year?")
    qtbot.waitUntil(lambda: _has_colour_near(view.grab().toImage(), rect_of(checked), green), timeout=3000)
    image = view.grab().toImage()
    assert _has_colour_near(image, rect_of(questioned), amber)
    assert not _has_colour_near(image, rect_of(other), green) and not _has_colour_near(image, rect_of(other), amber)
    assert "Checked" in _tooltip_at(view, rect_of(checked).center())
    text = _tooltip_at(view, rect_of(questioned).center())
    assert "Questioned" in text and "which year?" in text
    assert "Not reviewed" in _tooltip_at(view, rect_of(other).center())


def test_exported_charts_carry_no_badges(window, qtbot):
    from viewer.charts.render import render_image
    from viewer.charts.sizes import RenderSize

    tab = window.set_current_tab("statistics")
    qtbot.waitUntil(lambda: tab.view.chart is not None, timeout=10000)
    spec = tab.view.chart.spec
    before = render_image(spec, RenderSize(800, 500, 96))
    assert set_review_mark(window.context, spec.marks()[0].fact_id, Mark.CHECKED)
    assert render_image(spec, RenderSize(800, 500, 96)) == before
