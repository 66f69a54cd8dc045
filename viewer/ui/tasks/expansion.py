"""Which tasks of the Tasks tab's tree are expanded, and the "Expand all" / "Collapse all" button.

Tasks are shown expanded while at most ``EXPAND_ALL_LIMIT`` action rows are shown; past it they start
collapsed (the ones the user opened stay open across filters) and the button expands them on request.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Slot
from PySide6.QtWidgets import QPushButton, QTreeView, QWidget

from viewer.ui.common.widgets import fill
from viewer.ui.tasks.checklist_model import ChecklistModel

# Every task shown is expanded while at most this many action rows are shown; past it tasks start collapsed
# (the ones the user opened stay open) and the "Expand all" button expands them on request. Why: after a
# model reset QTreeView lays out every expanded row and asks the Python model about each (index() and
# hasChildren()): ~14 µs a row, about what a Python model whose methods do nothing costs (5,500 rows: ~75 ms,
# against ~13 ms for Qt's own QStandardItemModel), so showing every action of a large report cannot answer a
# filter keystroke within 50 ms. Measured on the large report: 1,000 actions under 100 tasks answer in ~18 ms,
# 950 under 500 tasks in ~31 ms, so 1,500 leaves room on a busy machine; the bundled report (56) is far below.
EXPAND_ALL_LIMIT = 1500


class TaskExpansion(QObject):
    """Keeps the tree's tasks expanded by the rule above across model resets; owns the expand button."""

    def __init__(self, tree: QTreeView, model: ChecklistModel, tab: QWidget) -> None:
        super().__init__(tab)
        self._tree = tree
        self._model = model
        # Past EXPAND_ALL_LIMIT: whether the user chose "Expand all", and the tasks they opened one by one.
        self._many_rows = model.shown_action_count() > EXPAND_ALL_LIMIT
        self._expand_all_chosen = False
        self._opened_tasks: set[str] = set()
        self.button = QPushButton()  # only past EXPAND_ALL_LIMIT action rows
        self.button.setObjectName("expandAllButton")
        self.button.setVisible(False)
        self.button.clicked.connect(self._on_expand_clicked)
        tree.expanded.connect(self._on_task_expanded)
        tree.collapsed.connect(self._on_task_collapsed)

    def expand_initially(self) -> None:
        """Expand every task when the rule says so (called once the tree is set up)."""
        if not self._many_rows:
            self._tree.expandAll()

    def apply_after_reset(self) -> None:
        """Expand the tasks shown after a model reset (a filter or a new report), by the rule above."""
        # The view lays itself out later, once: expanding each task now only records it, where expandAll()
        # lays out every row right away, inside the reset.
        model, tree = self._model, self._tree
        self._many_rows = model.shown_action_count() > EXPAND_ALL_LIMIT
        if self._many_rows and not self._expand_all_chosen:
            for key in self._opened_tasks:
                index = model.key_index(key)
                if index.isValid():
                    tree.expand(index)
        else:
            for row in range(model.rowCount()):
                tree.expand(model.index(row, 0))
        self.retranslate()

    def retranslate(self) -> None:
        """Show the button when needed, with its text and tooltip in the current language."""
        self.button.setVisible(self._many_rows)
        self.button.setText(self.tr("Collapse all") if self._expand_all_chosen else self.tr("Expand all"))
        self.button.setToolTip(fill(
            self.tr("More than %1 actions are shown: tasks start collapsed so that filtering stays fast."),
            EXPAND_ALL_LIMIT))

    @Slot(QModelIndex)
    def _on_task_expanded(self, index: QModelIndex) -> None:
        # Past the limit, the tasks opened one by one (by the user, or to show the current row) stay open
        # across filters; a reset collapses everything without telling, so the set is kept here.
        task = self._model.task_at(index)
        if task is not None and self._many_rows and not self._expand_all_chosen:
            self._opened_tasks.add(task.id)

    @Slot(QModelIndex)
    def _on_task_collapsed(self, index: QModelIndex) -> None:
        task = self._model.task_at(index)
        if task is not None:
            self._opened_tasks.discard(task.id)

    @Slot()
    def _on_expand_clicked(self) -> None:
        # "Expand all" sticks (filters keep expanding everything) until "Collapse all".
        self._expand_all_chosen = not self._expand_all_chosen
        self._opened_tasks.clear()
        if self._expand_all_chosen:
            self._tree.expandAll()
        else:
            self._tree.collapseAll()
        self.retranslate()
