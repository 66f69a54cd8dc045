"""Edit -> Correct the report / Save report / Accept all drafts, and the edit panel, in the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from viewer.ui.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

    from viewer.ui.edit.panel import EditPanel


class EditActions(QObject):
    """The edit-mode actions of one window and its edit panel (made when edit mode first starts)."""

    def __init__(self, window: QMainWindow, context: AppContext, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.panel: EditPanel | None = None
        menu.addSeparator()
        self.mode_action = QAction(window, checkable=True)
        self.mode_action.setObjectName("editModeAction")
        self.mode_action.setShortcut(QKeySequence("Ctrl+E"))
        self.mode_action.triggered.connect(self.set_mode)
        self.save_action = QAction(window)
        self.save_action.setObjectName("saveReportAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda: context.editor.save())
        self.accept_action = QAction(window)
        self.accept_action.setObjectName("acceptAllAction")
        self.accept_action.triggered.connect(lambda: context.editor.accept())
        for action in (self.mode_action, self.save_action, self.accept_action):
            menu.addAction(action)
        editor = context.editor
        editor.mode_changed.connect(self._on_mode_changed)
        editor.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
        editor.dirty_changed.connect(self._on_dirty)
        editor.fact_added.connect(self._show_fact)
        self.retranslate()
        self._on_mode_changed(editor.active)

    def set_mode(self, on: bool) -> None:
        """Turn edit mode on or off (off asks about unsaved corrections first)."""
        editor = self._context.editor
        if on:
            editor.start()
        elif editor.close_for_window(self._window):
            editor.stop()
        self.mode_action.setChecked(editor.active)

    def _show_fact(self, fact_id: str) -> None:
        """A new figure: open it in the Figures tab, where its fields are corrected."""
        set_tab = getattr(self._window, "set_current_tab", None)
        if set_tab is not None:
            tab = set_tab("figures")
            select = getattr(tab, "select_key", None)
            if callable(select):
                select(fact_id)

    def _on_mode_changed(self, on: bool) -> None:
        self.mode_action.setChecked(on)
        self.save_action.setEnabled(on and self._context.editor.dirty)
        self.accept_action.setEnabled(on)
        made = on and self.panel is None
        if made:
            from viewer.ui.edit.panel import EditPanel

            self.panel = EditPanel(self._context, self._window)  # filled as it is made
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.show_panel(on, refill=not made)

    def show_panel(self, on: bool, refill: bool = True) -> None:
        """Show the edit dock while edit mode is on, hide it when off (also after the window restored a layout
        saved without it); ``refill``: its rows made again from the report (not when the dock was just made)."""
        if self.panel is not None:
            self.panel.setVisible(on)
            if on and refill:
                self.panel.refill()

    def _on_dirty(self, dirty: bool) -> None:
        self.save_action.setEnabled(dirty and self._context.editor.active)

    def retranslate(self) -> None:
        self.mode_action.setText(QCoreApplication.translate("EditActions", "&Correct the report"))
        self.mode_action.setToolTip(QCoreApplication.translate(
            "EditActions", "Edit labels, values, kinds, dates and texts; accept drafts; save the file"))
        self.save_action.setText(QCoreApplication.translate("EditActions", "&Save report"))
        self.accept_action.setText(QCoreApplication.translate("EditActions", "Accept all &drafts"))
