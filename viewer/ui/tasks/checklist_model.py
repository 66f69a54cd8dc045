"""The Tasks tab's models: the task tree with checklist columns (it filters itself), and the review/orphan lists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from viewer.model.state import Mark
from viewer.model.state.targets import TargetKind, review_targets
from viewer.model.types import Action, Task
from viewer.ui.common.roles import Role
from viewer.ui.context import AppContext
from viewer.ui.state.review_actions import review_badge, review_tooltip
from viewer.ui.tasks.filter import Layout, TaskFilter, TaskSearchTexts, full_layout
from viewer.ui.tasks.tree_model import DISPLAY, TOOLTIP, TaskTreeModel

AnyIndex = QModelIndex | QPersistentModelIndex

STATUS_ROLE, PROGRESS_ROLE = int(Role.STATUS), int(Role.PROGRESS)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)


class ChecklistModel(TaskTreeModel):
    """Tasks and actions with progress, status, owner, due date, note and review badge columns.

    Read-only for the view: changes are made in the tab's editors through the session (undo stack);
    ``context.state_changed`` refreshes the rows whose state changed. The model filters itself
    (``set_filter``): the rows shown are computed in Python in one pass and the view is reset once,
    rather than a filter proxy calling back into Python for every row.
    """

    TITLE, PROGRESS, STATUS, OWNER, DUE, NOTE, REVIEW = range(7)
    COLUMNS = 7

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        self._filter = TaskFilter()
        self._texts: TaskSearchTexts | None = None  # built on the first filter of each report
        # The Tasks tab retranslates it when shown (a language switch on another tab does not wait for it).
        super().__init__(context, parent, checkable=True, follow_language=False)

    # --- filtering ---------------------------------------------------------------------------------

    @property
    def filter(self) -> TaskFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, flt: TaskFilter) -> bool:
        """Show only the rows ``flt`` lets through (one model reset when they change); whether they changed."""
        self._filter = flt
        return self.set_layout(*self._filtered_layout())

    def refilter(self) -> bool:
        """Apply the filter again (statuses, notes and owners change under it); whether the rows changed."""
        return self.set_filter(self._filter)

    def is_filtering(self) -> bool:
        """Whether a status or text filter is set (else every row shows)."""
        return self._filter.is_active()

    def _filtered_layout(self) -> Layout:
        if not self._filter.is_active():
            return full_layout(self._tasks)
        if self._texts is None:
            self._texts = TaskSearchTexts(self._tasks)
        state = self._context.state
        return self._texts.layout(self._filter, state.checklist() if state is not None else {})

    def _report_changed(self) -> None:
        self._texts = None
        self._set_rows(*self._filtered_layout())

    # --- content -----------------------------------------------------------------------------------

    def value(self, task: Task, action: Action | None, row: int, column: int, role: int) -> object:
        if role == PROGRESS_ROLE:
            return self.progress(task) if action is None else None
        state = self._context.state
        if role == STATUS_ROLE:
            return state.status(action.id).value if state is not None and action is not None else None
        if column >= self.STATUS and role in (DISPLAY, TOOLTIP):
            return self._column_text(column, task.id, action.id if action else None, role)
        if column == self.PROGRESS and role == ALIGNMENT:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().value(task, action, row, column, role)

    def _column_text(self, column: int, task_id: str, action_id: str | None, role: int) -> str | None:
        state = self._context.state
        if column == self.REVIEW:
            if action_id is not None:
                return None
            return review_tooltip(self._context, task_id) if role == TOOLTIP else review_badge(self._context, task_id)
        if action_id is None or state is None:
            return None
        record = state.item(action_id)
        if column == self.STATUS:
            return state.status(action_id).label(self._context.lang)
        if record is None:
            return None
        if column == self.OWNER:
            return record.owner
        if column == self.DUE:
            return record.due.isoformat() if record.due else ""
        if column == self.NOTE:
            # One line in the tree; the tooltip and the editor show the whole note.
            return record.note if role == TOOLTIP else " ".join(record.note.split())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            self.TITLE: self.tr("Task / action"), self.PROGRESS: self.tr("Progress"), self.STATUS: self.tr("Status"),
            self.OWNER: self.tr("Owner"), self.DUE: self.tr("Due"), self.NOTE: self.tr("Note"),
            self.REVIEW: self.tr("Review"),
        }
        return names.get(section)


def fill_review_model(model: QStandardItemModel, context: AppContext, only: Mark | None = Mark.QUESTIONED) -> None:
    """Rows (kind, item, mark, comment, updated) of marked items; ``only`` one mark (None: all marks)."""
    model.clear()
    lang = context.lang
    # Plain functions have no class for tr(): the strings live in the ChecklistModel context.
    kinds = {
        TargetKind.FACT: QCoreApplication.translate("ChecklistModel", "Fact"),
        TargetKind.ENTERPRISE: QCoreApplication.translate("ChecklistModel", "Enterprise"),
        TargetKind.HONOUR: QCoreApplication.translate("ChecklistModel", "Honour"),
        TargetKind.TASK: QCoreApplication.translate("ChecklistModel", "Task"),
    }
    model.setHorizontalHeaderLabels([
        QCoreApplication.translate("ChecklistModel", "Kind"), QCoreApplication.translate("ChecklistModel", "Item"),
        QCoreApplication.translate("ChecklistModel", "Mark"), QCoreApplication.translate("ChecklistModel", "Comment"),
        QCoreApplication.translate("ChecklistModel", "Changed"),
    ])
    state = context.state
    if state is None:
        return
    rows = [(kinds[t.kind], t.id, t.label.get(lang)) for t in review_targets(context.report)]
    orphaned = QCoreApplication.translate("ChecklistModel", "Orphaned")
    rows += [(orphaned, item_id, item_id) for item_id in state.orphaned_review()]
    for kind, item_id, label in rows:
        record = state.mark(item_id)
        if record is None or record.mark is Mark.UNREVIEWED or (only is not None and record.mark is not only):
            continue
        cells = [kind, label, f"{record.mark.badge} {record.mark.label(lang)}", " ".join(record.comment.split()),
                 record.updated.astimezone().strftime("%Y-%m-%d %H:%M")]
        items = [QStandardItem(c) for c in cells]
        for item in items:
            item.setEditable(False)
            item.setData(item_id, Role.KEY)
        items[3].setToolTip(record.comment)
        model.appendRow(items)
