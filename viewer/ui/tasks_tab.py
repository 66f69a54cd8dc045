"""The Tasks tab: the report's tasks and their actions as a tree, with the selected item's quote.

This is the read-only first version; the checklist behaviour (ticking actions, review notes, undo)
belongs to the state part, which takes this module over.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTreeView, QVBoxLayout, QWidget

from viewer.ui.context import AppContext
from viewer.ui.task_tree_model import ItemKeyRole, TaskTreeModel
from viewer.ui.widgets import QuotePane


class TasksTab(QWidget):
    """Tree of tasks and actions; selecting one shows its quote, double-click jumps to the source."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = TaskTreeModel(context, self)
        self.tree = QTreeView()
        self.tree.setObjectName("taskTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QuotePane(context)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.model.modelReset.connect(self._on_model_reset)
        context.language_changed.connect(self._on_language_changed)
        self._on_model_reset()

    def select_key(self, key: str) -> bool:
        """Select the task or action with id ``key``; False when this report has none.

        The main window calls this for ``context.select_item`` (after building the tab if needed).
        """
        index = self.model.key_index(key)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    @Slot()
    def _on_model_reset(self) -> None:
        self.tree.expandAll()
        self.detail.clear()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._show_current()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        index = self.tree.currentIndex()
        task = self.model.task_at(index)
        if task is None:
            self.detail.clear()
            return
        lang = self._context.lang
        action = self.model.action_at(index)
        if action is None:
            self.detail.show_item(
                task.id, f"{task.number}. {task.title.get(lang)}", task.quote, task.aim.get(lang)
            )
        else:
            self.detail.show_item(
                action.id, action.text.get(lang), action.quote, f"{task.number}. {task.title.get(lang)}"
            )

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        key = index.siblingAtColumn(0).data(ItemKeyRole)
        if key:
            self._context.show_source.emit(key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_current()
        super().changeEvent(event)
