"""The report's tasks and their actions as a Qt tree model (tasks at the top, actions below).

Views call a Python model for every row they lay out and every cell they paint, so this one keeps those
calls few and cheap: ``sibling`` and ``hasChildren`` are answered directly, ``flags`` is left to Qt (see
``TaskTreeModel``), roles never used are turned away first, and the rows shown are plain lists the model
looks rows up in (a subclass can show a subset of them, see ``set_layout``). ``multiData`` is left to Qt
on purpose: reading a ``QModelRoleDataSpan`` from Python costs more than the separate ``data()`` calls it saves.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from viewer.model.state import ReportState
from viewer.model.types import Action, Task
from viewer.ui.common.roles import Role
from viewer.ui.context import AppContext
from viewer.ui.tasks.filter import full_layout

AnyIndex = QModelIndex | QPersistentModelIndex

# Roles the tree models never answer; views ask for each of them for every cell they measure or paint, so
# they are turned away before any look-up.
UNUSED_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.SizeHintRole,
))
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)


class TaskTreeModel(QAbstractItemModel):
    """Tasks (column 0: "N. title", column 1: progress) with their actions as children.

    An index's internal id says where it is: 0 for a task row, ``task_row + 1`` for an action row (rows
    counted among the rows shown), so no Python object has to outlive the index. With ``checkable`` set,
    actions carry a check box that mirrors ``context.state``; toggling it only *requests* the change through
    ``check_requested`` (the state part applies it through its undo stack, then ``state_changed`` refreshes
    the model).

    ``flags()`` is Qt's own (enabled, selectable) on purpose: a tree view asks for the flags of every row it
    lays out twice, and a Python ``flags()`` cost more than the ``hasChildren()`` call it saved for actions
    (clearing a filter over 5,500 expanded rows ~120 -> ~77 ms). So the check box is not
    ``ItemIsUserCheckable`` here: ``ChecklistDelegate`` toggles it on a click, as Qt's delegate would.
    """

    check_requested = Signal(str, bool)  # action id, wanted done state

    COLUMNS = 2

    def __init__(self, context: AppContext, parent: QObject | None = None, *, checkable: bool = False,
                 follow_language: bool = True) -> None:
        super().__init__(parent)
        self._context = context
        self.checkable = checkable
        self._tasks: tuple[Task, ...] = context.report.tasks
        # The rows shown: report positions of the tasks, and per shown task the positions of its actions.
        self._rows: Sequence[int] = range(len(self._tasks))
        self._children: Sequence[Sequence[int]] = [range(len(t.actions)) for t in self._tasks]
        self._row_of_task: dict[int, int] | None = None  # report position -> shown row; None: the same
        self._positions: dict[str, tuple[int, int | None]] | None = None  # id -> (task, action) positions
        # What each row showed of the checklist state, so a change repaints only the rows it touched.
        self._shown: dict[str, object] = {}
        self._remember_shown()
        context.report_changed.connect(self._on_report_changed)
        if follow_language:  # else its owner calls retranslate(), when its view is shown
            context.language_changed.connect(self._on_language_changed)
        context.state_changed.connect(self._on_state_changed)

    # --- structure ---------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than with hasIndex(), which calls rowCount() and columnCount() back in
        # Python: views ask for an index of every row they lay out.
        if row < 0 or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._rows) else QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0:
            task_row = parent.row()
            if task_row < len(self._rows) and row < len(self._children[task_row]):
                return self.createIndex(row, column, task_row + 1)
        return QModelIndex()

    # One method for both parent()s: QObject.parent() (no argument) and the model's parent(index).
    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def sibling(self, row: int, column: int, index: AnyIndex) -> QModelIndex:
        # The default asks parent() and then index(); a view asks for every cell of each row it paints.
        if not index.isValid() or row < 0 or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        internal = index.internalId()
        count = len(self._rows) if internal == 0 else len(self._children[internal - 1])
        return self.createIndex(row, column, internal) if row < count else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._rows)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._children[parent.row()])

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        # The default asks rowCount() and columnCount(): two calls into Python for every row laid out.
        if not parent.isValid():
            return bool(self._rows)
        return parent.internalId() == 0 and parent.column() == 0 and bool(self._children[parent.row()])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    # --- rows shown ------------------------------------------------------------------------------------

    def set_layout(self, rows: Sequence[int], children: Sequence[Sequence[int]]) -> bool:
        """Show only the tasks at report positions ``rows``, each with the actions at ``children[i]``.

        One model reset (a view lays itself out once); nothing happens when the rows shown stay the same.
        Returns whether anything changed.
        """
        if list(rows) == list(self._rows) and all(
            list(new) == list(old) for new, old in zip(children, self._children, strict=True)
        ):
            return False
        self.beginResetModel()
        self._set_rows(rows, children)
        self.endResetModel()
        return True

    def shown_action_count(self) -> int:
        """How many action rows are shown (under every task shown, expanded or not)."""
        return sum(len(children) for children in self._children)

    def _set_rows(self, rows: Sequence[int], children: Sequence[Sequence[int]]) -> None:
        self._rows = rows
        self._children = children
        self._row_of_task = None if isinstance(rows, range) else {t: r for r, t in enumerate(rows)}

    def _locate(self, index: AnyIndex) -> tuple[Task, Action | None]:
        internal = index.internalId()
        if internal == 0:
            return self._tasks[self._rows[index.row()]], None
        task = self._tasks[self._rows[internal - 1]]
        return task, task.actions[self._children[internal - 1][index.row()]]

    # --- content -----------------------------------------------------------------------------------

    def task_at(self, index: AnyIndex) -> Task | None:
        """The task of a task row or of an action row's parent."""
        if not index.isValid():
            return None
        internal = index.internalId()
        return self._tasks[self._rows[index.row() if internal == 0 else internal - 1]]

    def action_at(self, index: AnyIndex) -> Action | None:
        """The action of an action row (None for task rows)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._locate(index)[1]

    def position_of(self, key: str) -> tuple[int, int | None] | None:
        """The report positions (task, action or None) of the task or action with id ``key``."""
        if self._positions is None:
            positions: dict[str, tuple[int, int | None]] = {}
            for t, task in enumerate(self._tasks):
                positions.setdefault(task.id, (t, None))
                for a, action in enumerate(task.actions):
                    positions.setdefault(action.id, (t, a))
            self._positions = positions
        return self._positions.get(key)

    def key_index(self, key: str) -> QModelIndex:
        """The column-0 index of the task or action with id ``key`` (invalid when there is none or it is hidden)."""
        position = self.position_of(key)
        if position is None:
            return QModelIndex()
        task_pos, action_pos = position
        row = task_pos if self._row_of_task is None else self._row_of_task.get(task_pos)
        if row is None:
            return QModelIndex()
        if action_pos is None:
            return self.createIndex(row, 0, 0)
        children = self._children[row]
        if isinstance(children, range):
            return self.createIndex(action_pos, 0, row + 1) if action_pos in children else QModelIndex()
        try:
            return self.createIndex(children.index(action_pos), 0, row + 1)
        except ValueError:
            return QModelIndex()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in UNUSED_ROLES or not index.isValid():
            return None
        task, action = self._locate(index)
        return self.value(task, action, index.row(), index.column(), int(role))

    def cell(self, index: AnyIndex) -> tuple[object, Qt.CheckState | None]:
        """(display text, check state) of a cell, for a delegate that paints without asking role by role."""
        task, action = self._locate(index)
        row, column = index.row(), index.column()
        check = self.value(task, action, row, column, CHECK_STATE)
        assert check is None or isinstance(check, Qt.CheckState)
        return (self.value(task, action, row, column, DISPLAY), check)

    def value(self, task: Task, action: Action | None, row: int, column: int, role: int) -> object:
        """What the cell of ``task`` / ``action`` (its ``row`` among the rows shown) holds for ``role``."""
        if role in (DISPLAY, TOOLTIP):
            if column == 0:
                return f"{task.number}. {task.title.get(self._context.lang)}" if action is None else \
                    action.text.get(self._context.lang)
            if column == 1 and action is None:
                done, total = self.progress(task)
                return f"{done}/{total}"
            return None
        if role == Role.KEY:
            return task.id if action is None else action.id
        if role == Role.SORT_KEY:
            return task.number if action is None else row
        if role == Role.QUOTE:
            return task.quote if action is None else action.quote
        if role == CHECK_STATE and self.checkable and action is not None and column == 0:
            state = self._context.state
            if state is not None:
                return Qt.CheckState.Checked if state.is_done(action.id) else Qt.CheckState.Unchecked
        return None

    def progress(self, task: Task) -> tuple[int, int]:
        """(done, total) actions of ``task``; (0, total) while there is no checklist state."""
        state = self._context.state
        total = len(task.actions)
        if state is None:
            return (0, total)
        # Counted here from the task itself: the state's own task_progress looks the task up by id first.
        return (sum(1 for a in task.actions if state.is_done(a.id)), total)

    def is_checkable(self, index: AnyIndex) -> bool:
        """Whether the cell ``index`` has a check box the user may toggle (column 0 of an action, when checkable)."""
        return self.checkable and index.isValid() and index.internalId() != 0 and index.column() == 0

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
        self._positions = None
        self._shown.clear()
        self._remember_shown()
        self._report_changed()
        self.endResetModel()

    def _remember_shown(self) -> None:
        """Note what every row shows of the state now, so the first change too announces its own rows only
        (~7 ms for the 5,500 rows of the large report, against ~400 ms for the view to measure them all)."""
        state, shown = self._context.state, self._shown
        for task in self._tasks:
            for action in task.actions:
                shown[action.id] = self._shown_now(state, action.id)
            shown[task.id] = self._shown_now(state, task.id, task)

    def _report_changed(self) -> None:
        """Inside the model reset of a new report: show every row (a subclass may filter them)."""
        self._set_rows(*full_layout(self._tasks))

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        """Tell the view every text changed (the language did)."""
        self._emit_all_changed()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    @Slot()
    def _on_state_changed(self) -> None:
        # Telling the view that every row changed makes it measure every row again (hundreds of ms on a
        # large report); only rows whose state differs from what they showed are announced.
        # Hidden rows are compared too, so a row that a filter shows again is compared with what it shows now.
        last = self.COLUMNS - 1
        for task_pos, task in enumerate(self._tasks):
            changed = [a for a, action in enumerate(task.actions) if self._state_changed(action.id, True)]
            task_changed = self._state_changed(task.id, False, task)
            if not (changed or task_changed):
                continue
            row = task_pos if self._row_of_task is None else self._row_of_task.get(task_pos)
            if row is None:
                continue
            parent = self.createIndex(row, 0, 0)
            children = self._children[row]
            rows = [children.index(a) for a in changed if a in children]
            if rows:
                first, final = self.createIndex(min(rows), 0, row + 1), self.createIndex(max(rows), last, row + 1)
                self.dataChanged.emit(first, final)
            self.dataChanged.emit(parent, self.createIndex(row, last, 0))

    def _state_changed(self, key: str, is_action: bool, task: Task | None = None) -> bool:
        """Whether the state shown in the row of ``key`` changed since it was last compared (and remember it)."""
        shown = self._shown_now(self._context.state, key, None if is_action else task)
        if self._shown.get(key, self) == shown:
            return False
        self._shown[key] = shown
        return True

    def _shown_now(self, state: ReportState | None, key: str, task: Task | None = None) -> object:
        """What the row of action ``key`` (or of ``task``) shows of ``state``."""
        if state is None:
            return None
        if task is None:
            return (state.item(key), state.is_done(key))
        return (self.progress(task), state.mark(key))

    def _emit_all_changed(self) -> None:
        if not self._rows:
            return
        last = self.COLUMNS - 1
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))
        for row, children in enumerate(self._children):
            if children:
                parent = self.createIndex(row, 0, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(children) - 1, last, parent))
