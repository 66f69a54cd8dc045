"""Editing in place in edit mode: a double-click starts editing a cell, fields with fixed choices (a figure's
kind and scope, a section's kind) are dropdowns of translated names, and dates show in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QMessageBox

from tests.model.draft_samples.samples import NATIONAL
from viewer.model.draft import draft_file
from viewer.model.types import FactKind, Scope, SectionKind
from viewer.ui.common.fact_names import kind_label, scope_label, section_kind_label
from viewer.ui.edit.panel import EditPanel
from viewer.ui.figures.model import FiguresModel


@pytest.fixture(autouse=True)
def discard_at_close(monkeypatch) -> None:
    from viewer.ui.edit.session import EditSession

    monkeypatch.setattr(EditSession, "ask_unsaved", lambda _self, _parent: QMessageBox.StandardButton.Discard)


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    source = tmp_path / "national.txt"
    source.write_text(NATIONAL.text, encoding="utf-8")
    return draft_file(source, tmp_path / "national.yaml").yaml_path


def _cell(figures, fact_id: str, column: int):
    return figures.proxy.mapFromSource(figures.model.index(figures.model.row_of(fact_id), column))


def _open_editor(view, index):
    view.setCurrentIndex(index)
    view.edit(index)
    assert view.state() == QAbstractItemView.State.EditingState
    return view.viewport().focusWidget() or view.focusWidget()


def test_a_double_click_on_a_cell_starts_editing_it(make_main_window, drafted: Path, qtbot) -> None:
    window = make_main_window(drafted, "en")
    figures = window.set_current_tab("figures")
    fact = window.context.report.facts[0]
    index = _cell(figures, fact.id, FiguresModel.UNIT)
    table = figures.table
    table.scrollTo(index)
    at = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)  # a double-click: a click, then
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)  # (QTest sends only the second)
    assert table.state() == QAbstractItemView.State.EditingState
    assert window.current_tab_key() == "figures"  # not sent to the Source tab
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == fact.unit


@pytest.mark.parametrize(("column", "field", "choice", "label"), [
    (FiguresModel.KIND, "kind", FactKind.TARGET, kind_label),
    (FiguresModel.SCOPE, "scope", Scope.WORLD, scope_label),
])
def test_kind_and_scope_cells_are_dropdowns_of_translated_names(make_main_window, drafted: Path, column: int,
                                                                field: str, choice, label) -> None:
    window = make_main_window(drafted, "zh")
    figures = window.set_current_tab("figures")
    fact = window.context.report.facts[0]
    combo = _open_editor(figures.table, _cell(figures, fact.id, column))
    assert isinstance(combo, QComboBox)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == [label(k) for k in type(choice)] and choice.value not in names
    assert combo.currentData() == getattr(fact, field).value
    combo.setCurrentIndex(combo.findData(choice.value))
    combo.activated.emit(combo.currentIndex())
    assert getattr(window.context.report.fact(fact.id), field) is choice
    assert figures.table.state() != QAbstractItemView.State.EditingState


def test_a_sections_kind_shows_its_name_and_is_chosen_from_a_dropdown(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "zh")
    panel: EditPanel = window.edit_actions.panel
    section = window.context.report.sections[0]
    row = panel.find_row(section.id, "kind")
    assert row is not None and row.text(EditPanel.ZH) == section_kind_label(section.kind)
    assert section.kind.value not in row.text(EditPanel.ZH) + row.text(EditPanel.FIELD)
    index = panel.tree.indexFromItem(row, EditPanel.ZH)
    combo = _open_editor(panel.tree, index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [section_kind_label(k) for k in SectionKind]
    new = SectionKind.OTHER if section.kind != SectionKind.OTHER else SectionKind.REVIEW
    combo.setCurrentIndex(combo.findData(new.value))
    combo.activated.emit(combo.currentIndex())
    assert window.context.report.sections[0].kind is new


def test_dates_show_in_the_windows_language_and_are_edited_as_written(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "zh")
    panel: EditPanel = window.edit_actions.panel
    assert panel.set_text("meta", "meeting_date", EditPanel.ZH, "2022-12-27")
    row = panel.find_row("meta", "meeting_date")
    shown = QLocale(QLocale.Language.Chinese, QLocale.Country.China).toString(
        QDate(2022, 12, 27), QLocale.FormatType.LongFormat)
    assert row.text(EditPanel.ZH) == shown and "2022-12-27" not in shown
    editor = _open_editor(panel.tree, panel.tree.indexFromItem(row, EditPanel.ZH))
    assert isinstance(editor, QLineEdit) and editor.text() == "2022-12-27"
    editor.setText("2023-01-05")
    panel.tree.commitData(editor)
    assert window.context.report.meta.meeting_date.isoformat() == "2023-01-05"
