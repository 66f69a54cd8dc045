"""The Tasks tab's models: the task tree with checklist columns, its filter, and the review/orphan lists."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from viewer.model.state import Mark, Status
from viewer.model.state.targets import review_targets
from viewer.ui.context import AppContext
from viewer.ui.review_actions import review_badge, review_tooltip
from viewer.ui.task_tree_model import UNUSED_ROLES, ItemKeyRole, TaskTreeModel

AnyIndex = QModelIndex | QPersistentModelIndex

StatusRole = Qt.ItemDataRole.UserRole + 3  # an action's status value ('todo', …); None for task rows
SearchTextRole = Qt.ItemDataRole.UserRole + 4  # every text of the row, lowercased, for the text filter
ProgressRole = Qt.ItemDataRole.UserRole + 5  # (done, total) of a task row


class ChecklistModel(TaskTreeModel):
    """Tasks and actions with progress, status, owner, due date, note and review badge columns.

    Read-only for the view: changes are made in the tab's editors through the session (undo stack);
    ``context.state_changed`` refreshes every row.
    """

    TITLE, PROGRESS, STATUS, OWNER, DUE, NOTE, REVIEW = range(7)
    COLUMNS = 7

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        # Each row's lowercased texts for the text filter, by task or action id (the filter asks for every
        # row on each keystroke); forgotten whenever the state (notes, owners) or the report changes.
        self._search_texts: dict[str, str] = {}
        super().__init__(context, parent, checkable=True)

    def search_text(self, task_row: int, action_row: int | None) -> str:
        """Every text of a task row (``action_row`` None) or of one of its action rows, lowercased."""
        task = self._tasks[task_row]
        if action_row is None:
            text = self._search_texts.get(task.id)
            if text is None:
                text = self._search_texts[task.id] = " ".join([task.title.zh, task.title.en, str(task.number)]).lower()
            return text
        action = task.actions[action_row]
        text = self._search_texts.get(action.id)
        if text is None:
            texts = [action.id, action.text.zh, action.text.en]
            state = self._context.state
            record = state.item(action.id) if state is not None else None
            if record is not None:
                texts += [record.note, record.owner]
            text = self._search_texts[action.id] = " ".join(texts).lower()
        return text

    @Slot()
    def _on_state_changed(self) -> None:
        self._search_texts.clear()  # before the rows announce their change (a filtering proxy asks at once)
        super()._on_state_changed()

    @Slot()
    def _on_report_changed(self) -> None:
        self._search_texts.clear()
        super()._on_report_changed()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in UNUSED_ROLES or not index.isValid():
            return None
        task = self.task_at(index)
        action = self.action_at(index)
        assert task is not None
        column = index.column()
        state = self._context.state
        lang = self._context.lang
        if role == SearchTextRole:
            return self.search_text(index.row(), None) if action is None else self.search_text(
                index.internalId() - 1, index.row())
        if role == ProgressRole:
            return self._context.task_progress(task.id) if action is None else None
        if role == StatusRole:
            return state.status(action.id).value if state is not None and action is not None else None
        if column >= self.STATUS and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._column_text(column, task.id, action.id if action else None, role, lang)
        if column == self.PROGRESS and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def _column_text(self, column: int, task_id: str, action_id: str | None, role: int, lang: str) -> str | None:
        state = self._context.state
        if column == self.REVIEW:
            if action_id is not None:
                return None
            return review_tooltip(self._context, task_id) if role == Qt.ItemDataRole.ToolTipRole \
                else review_badge(self._context, task_id)
        if action_id is None or state is None:
            return None
        record = state.item(action_id)
        if column == self.STATUS:
            return state.status(action_id).label(lang)
        if record is None:
            return None
        if column == self.OWNER:
            return record.owner
        if column == self.DUE:
            return record.due.isoformat() if record.due else ""
        if column == self.NOTE:
            # One line in the tree; the tooltip and the editor show the whole note.
            return record.note if role == Qt.ItemDataRole.ToolTipRole else " ".join(record.note.split())
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


class ChecklistFilter(QSortFilterProxyModel):
    """Shows actions with one of the chosen statuses whose texts hold the filter text, with their tasks.

    Recursive filtering keeps a task visible while any of its actions is; a task whose own title matches
    the text (with no status filter) shows all its actions.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self._statuses: frozenset[str] | None = None
        self._text = ""

    def set_statuses(self, statuses: frozenset[str] | None) -> None:
        """Only actions with these status values (None: every status)."""
        self.beginFilterChange()
        self._statuses = statuses
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        """Only rows whose title, id, note or owner contain ``text`` (case-insensitive)."""
        text = text.strip().lower()
        if text == self._text:
            return
        self._text = text
        # One layout change: announcing removed and inserted runs of rows under each of hundreds of tasks
        # made the tree walk its items again for every run (seconds on a large report).
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        # Called from C++ for every row on each change: reads the model's cached texts, not index().data().
        model = self.sourceModel()
        if not source_parent.isValid():  # a task row: shown for its own title only without a status filter
            if self._statuses is not None or not self._text:
                return False
            if isinstance(model, ChecklistModel):
                return self._text in model.search_text(source_row, None)
            return self._text in (model.index(source_row, 0).data(SearchTextRole) or "")
        if self._text:
            if isinstance(model, ChecklistModel):
                text = model.search_text(source_parent.row(), source_row)
            else:
                text = model.index(source_row, 0, source_parent).data(SearchTextRole) or ""
            if self._text not in text:
                return False
        return self._statuses is None or model.index(source_row, 0, source_parent).data(StatusRole) in self._statuses

    def is_filtering(self) -> bool:
        """Whether a status or text filter is set (else every row shows)."""
        return self._statuses is not None or bool(self._text)

    def refilter(self) -> None:
        """Apply the filter again (statuses and notes change under it)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


def fill_review_model(model: QStandardItemModel, context: AppContext, only: Mark | None = Mark.QUESTIONED) -> None:
    """Rows (kind, item, mark, comment, updated) of marked items; ``only`` one mark (None: all marks)."""
    model.clear()
    lang = context.lang
    # Plain functions have no class for tr(): the strings live in the ChecklistModel context.
    kinds = {
        "fact": QCoreApplication.translate("ChecklistModel", "Fact"),
        "enterprise": QCoreApplication.translate("ChecklistModel", "Enterprise"),
        "honour": QCoreApplication.translate("ChecklistModel", "Honour"),
        "task": QCoreApplication.translate("ChecklistModel", "Task"),
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
            item.setData(item_id, ItemKeyRole)
        items[3].setToolTip(record.comment)
        model.appendRow(items)


def fill_orphan_model(model: QStandardItemModel, context: AppContext) -> int:
    """Rows of checklist records whose actions the report no longer has; returns how many."""
    model.clear()
    model.setHorizontalHeaderLabels([
        QCoreApplication.translate("ChecklistModel", "Id"), QCoreApplication.translate("ChecklistModel", "Status"),
        QCoreApplication.translate("ChecklistModel", "Note"), QCoreApplication.translate("ChecklistModel", "Changed"),
    ])
    state = context.state
    if state is None:
        return 0
    orphans = state.orphaned_checklist()
    for item_id, record in orphans.items():
        cells = [item_id, Status(record.status).label(context.lang), " ".join(record.note.split()),
                 record.updated.astimezone().strftime("%Y-%m-%d %H:%M")]
        items = [QStandardItem(c) for c in cells]
        for item in items:
            item.setEditable(False)
            item.setData(item_id, ItemKeyRole)
        model.appendRow(items)
    return len(orphans)
