"""The report's tasks and their actions as a Qt tree model (tasks at the top, actions below)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot

from viewer.model.types import Action, Task
from viewer.ui.context import AppContext

ItemKeyRole = Qt.ItemDataRole.UserRole  # the item's id (task or action): its provenance key
SortKeyRole = Qt.ItemDataRole.UserRole + 1  # a value that sorts naturally (task number, action position)
QuoteRole = Qt.ItemDataRole.UserRole + 2  # the verbatim quote

AnyIndex = QModelIndex | QPersistentModelIndex

# Roles the tree models never answer; views ask for each of them for every cell they measure or paint, so
# they are turned away before any look-up.
UNUSED_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.SizeHintRole,
))


class TaskTreeModel(QAbstractItemModel):
    """Tasks (column 0: "N. title", column 1: progress) with their actions as children.

    An index's internal id says where it is: 0 for a task row, ``task_row + 1`` for an action row,
    so no Python object has to outlive the index. With ``checkable`` set, actions carry a check box
    that mirrors ``context.state``; toggling it only *requests* the change through ``check_requested``
    (the state part applies it through its undo stack, then ``state_changed`` refreshes the model).
    """

    check_requested = Signal(str, bool)  # action id, wanted done state

    COLUMNS = 2

    def __init__(self, context: AppContext, parent: QObject | None = None, *, checkable: bool = False) -> None:
        super().__init__(parent)
        self._context = context
        self.checkable = checkable
        self._tasks: tuple[Task, ...] = context.report.tasks
        # What each row showed of the checklist state, so a change repaints only the rows it touched.
        self._shown: dict[str, object] = {}
        context.report_changed.connect(self._on_report_changed)
        context.language_changed.connect(self._on_language_changed)
        context.state_changed.connect(self._on_state_changed)

    # --- structure ---------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than with hasIndex(), which calls rowCount() and columnCount() back in
        # Python: views and the filter proxy ask for thousands of indexes per layout.
        if row < 0 or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._tasks) else QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0:
            task_row = parent.row()
            if task_row < len(self._tasks) and row < len(self._tasks[task_row].actions):
                return self.createIndex(row, column, task_row + 1)
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._tasks)
        if parent.column() != 0:
            return 0
        if parent.internalId() == 0:
            return len(self._tasks[parent.row()].actions)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    # --- content -----------------------------------------------------------------------------------

    def task_at(self, index: AnyIndex) -> Task | None:
        """The task of a task row or of an action row's parent."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._tasks[row]

    def action_at(self, index: AnyIndex) -> Action | None:
        """The action of an action row (None for task rows)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._tasks[index.internalId() - 1].actions[index.row()]

    def key_index(self, key: str) -> QModelIndex:
        """The column-0 index of the task or action with id ``key`` (invalid when there is none)."""
        for row, task in enumerate(self._tasks):
            if task.id == key:
                return self.index(row, 0)
            for arow, action in enumerate(task.actions):
                if action.id == key:
                    return self.index(arow, 0, self.index(row, 0))
        return QModelIndex()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in UNUSED_ROLES or not index.isValid():
            return None
        task = self.task_at(index)
        action = self.action_at(index)
        assert task is not None
        lang = self._context.lang
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if action is None:
                    return f"{task.number}. {task.title.get(lang)}"
                return action.text.get(lang)
            if column == 1 and action is None:
                done, total = self._context.task_progress(task.id)
                return f"{done}/{total}"
            return None
        if role == ItemKeyRole:
            return task.id if action is None else action.id
        if role == SortKeyRole:
            return task.number if action is None else index.row()
        if role == QuoteRole:
            return task.quote if action is None else action.quote
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and self.checkable
            and action is not None
            and column == 0
            and self._context.state is not None
        ):
            done = bool(self._context.state.is_done(action.id))
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == 0 and index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        action = self.action_at(index)
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkable or action is None:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.check_requested.emit(action.id, done)
        # The state store answers with state_changed, which refreshes the row; nothing changes here.
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Task / action")
        if section == 1:
            return self.tr("Done")
        return None

    # --- updates -----------------------------------------------------------------------------------

    @Slot()
    def _on_report_changed(self) -> None:
        self.beginResetModel()
        self._tasks = self._context.report.tasks
        self.endResetModel()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._emit_all_changed()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    @Slot()
    def _on_state_changed(self) -> None:
        # Telling the view that every row changed makes it measure every row again (hundreds of ms on a
        # large report); only rows whose state differs from what they showed are announced.
        last = self.COLUMNS - 1
        for row, task in enumerate(self._tasks):
            parent = self.index(row, 0)
            changed = [arow for arow, action in enumerate(task.actions) if self._state_changed(action.id, action)]
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0, parent), self.index(changed[-1], last, parent))
            if changed or self._state_changed(task.id, None, task):
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _state_changed(self, key: str, action: Action | None, task: Task | None = None) -> bool:
        """Whether the state shown in the row of ``key`` changed since it was last compared (and remember it)."""
        state = self._context.state
        if state is None:
            shown: object = None
        elif action is not None:
            shown = (state.item(key), state.is_done(key))
        else:
            mark = getattr(state, "mark", None)
            shown = (self._context.task_progress(key), mark(key) if callable(mark) else None)
        if self._shown.get(key, self) == shown:
            return False
        self._shown[key] = shown
        return True

    def _emit_all_changed(self) -> None:
        if not self._tasks:
            return
        last = len(self._tasks) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, self.COLUMNS - 1))
        for row, task in enumerate(self._tasks):
            parent = self.index(row, 0)
            self.dataChanged.emit(self.index(0, 0, parent), self.index(len(task.actions) - 1, self.COLUMNS - 1, parent))
