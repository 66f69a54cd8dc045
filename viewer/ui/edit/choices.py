"""Cell editors of edit mode: a dropdown of translated names for a field with fixed choices (a figure's kind,
scope and section, a section's kind), and a text editor that starts from the value as typed when the cell
shows it otherwise (a date in the window's language starts from 2022-12-27)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from viewer.ui.common.roles import Role

Choices = list[tuple[str, str]]  # (name shown, key stored)
AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """``choices(index)`` gives a cell's choices (None: a text editor); a choice is applied when it is picked."""

    def __init__(self, choices: Callable[[AnyIndex], Choices | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        items = self._choices(index)
        if items is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("choiceEditor")
        for text, key in items:
            combo.addItem(text, key)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        raw = index.data(Role.EDIT_TEXT)
        if isinstance(editor, QComboBox):
            key = raw if raw is not None else index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentIndex(max(0, editor.findData(key)))
        elif isinstance(editor, QLineEdit) and raw is not None:
            editor.setText(str(raw))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
