"""Undo commands for checklist and review changes: one ``QUndoCommand`` per user step.

A command holds two ``Changes``: the new records and the records they replace (``state.snapshot``
taken before the change). Redo applies the first, undo the second; a bulk step (every action of a task
done, an import) is one command because it is one ``Changes``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu

from viewer.model.state import Changes

Apply = Callable[[Changes], bool]


class StateCommand(QUndoCommand):
    """Apply ``new`` on redo and ``old`` on undo through ``apply`` (the session's guarded apply)."""

    def __init__(self, apply: Apply, new: Changes, old: Changes, text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self._apply = apply
        self.new = new
        self.old = old

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


def add_undo_actions(menu: QMenu, stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Edit -> Undo / Redo for ``stack`` with the platform's standard shortcuts (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y).

    No prefix is given, so Qt names the actions "Undo <step>" / "Redo <step>" in its own translations.
    """
    undo = stack.createUndoAction(parent)
    undo.setObjectName("undoAction")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent)
    redo.setObjectName("redoAction")
    redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    menu.addAction(undo)
    menu.addAction(redo)
    return undo, redo
