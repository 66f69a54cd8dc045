"""Screen readers: every widget the keyboard reaches has a name (and the main views a description), read through
Qt's accessibility interface; headline tiles are buttons whose name carries their value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget


def _name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _is_viewport(widget: QWidget) -> bool:
    """A scroll area's viewport: the keyboard goes to the scroll area, which carries the name."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("key", ["overview", "statistics", "enterprises", "tasks", "source"])
def test_every_focusable_widget_has_an_accessible_name(make_main_window, qtbot, key, lang) -> None:
    window = make_main_window(None, lang)
    tab = window.set_current_tab(key)
    if key == "statistics":
        qtbot.waitUntil(lambda: tab.view.chart is not None)
    unnamed = [f"{type(w).__name__}#{w.objectName()}" for w in tab.findChildren(QWidget)
               if w.isVisibleTo(tab) and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
               and not isinstance(w, QScrollBar) and not _is_viewport(w) and not _name(w).strip()]
    assert unnamed == []


def test_main_views_describe_themselves(make_main_window, qtbot) -> None:
    window = make_main_window(None, "en")
    tasks = window.set_current_tab("tasks")
    source = window.set_current_tab("source")
    enterprises = window.set_current_tab("enterprises")
    for widget in (tasks.tree, tasks.text_filter, tasks.status_filter, tasks.editor.owner, tasks.editor.note,
                   source.text, source.item_list, enterprises.filter_box, enterprises.enterprise_view):
        assert _name(widget) and _description(widget), widget.objectName()


def test_tiles_are_buttons_named_with_their_value(make_main_window) -> None:
    window = make_main_window(None, "en")
    tile = window.built_tab("overview").tiles[0]
    iface = QAccessible.queryAccessibleInterface(tile)
    assert iface.role() == QAccessible.Role.Button
    assert "5.7%" in iface.text(QAccessible.Text.Name) and "2022" in iface.text(QAccessible.Text.Name)
    assert tile.fact.quote in iface.text(QAccessible.Text.Description)
