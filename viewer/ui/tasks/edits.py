"""Changes made from the Tasks tab's tree: Space, the check box, and a row's context menu.

Every change is one step on the window's undo stack, named after the task or action it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Slot
from PySide6.QtWidgets import QMenu, QTreeView, QWidget

from viewer.model.state import Status
from viewer.model.types import Task
from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext
from viewer.ui.state.review_actions import add_review_actions
from viewer.ui.tasks.checklist_model import ChecklistModel
from viewer.ui.tasks.widgets import ItemEditor


class TaskEdits(QObject):
    """Status changes of the tree's rows; owns the row context menu (statuses, note, review marks)."""

    def __init__(self, context: AppContext, tree: QTreeView, model: ChecklistModel, editor: ItemEditor,
                 tab: QWidget) -> None:
        super().__init__(tab)
        self._context = context
        self._tree = tree
        self._model = model
        self._editor = editor  # "Edit note" in an action's menu
        self._tab = tab  # the parent of the menus
        model.check_requested.connect(self._on_check_requested)
        tree.customContextMenuRequested.connect(self._on_tree_menu)

    def toggle_current(self) -> bool:
        """Space: toggle the current action done, or every action of the current task (one step)."""
        session = self._context.session
        current = self._tree.currentIndex()
        task, action = self._model.task_at(current), self._model.action_at(current)
        if session is None or task is None:
            return False
        lang = self._context.lang
        if action is None:
            done, total = self._context.task_progress(task.id)
            template = self.tr("Mark all actions of “%1” not started") if done == total else \
                self.tr("Mark all actions of “%1” done")
            return session.toggle_task(task.id, fill(template, task.title.get(lang)))
        return session.toggle_done(action.id, fill(self.tr("Toggle “%1” done"), action.text.get(lang)))

    def set_task_status(self, task: Task, status: Status) -> bool:
        """Every action of ``task`` to ``status`` as one undo step."""
        session = self._context.session
        if session is None:
            return False
        text = fill(self.tr("Set all actions of “%1” to %2"), task.title.get(self._context.lang),
                    status.label(self._context.lang))
        return session.set_task_status(task.id, status, text)

    def build_tree_menu(self, index: QModelIndex) -> QMenu | None:
        """The context menu of a row: statuses (of the action or all actions of a task) and review marks."""
        task, action = self._model.task_at(index), self._model.action_at(index)
        if task is None:
            return None
        menu = QMenu(self._tab)
        state = self._context.state
        writable = state is not None and not state.read_only
        lang = self._context.lang
        for status in Status:
            if action is None:
                entry = menu.addAction(fill(self.tr("All actions: %1"), status.label(lang)))
                entry.triggered.connect(lambda _c=False, s=status: self.set_task_status(task, s))
            else:
                entry = menu.addAction(status.label(lang))
                entry.setCheckable(True)
                entry.setChecked(state is not None and state.status(action.id) is status)
                entry.triggered.connect(
                    lambda _c=False, s=status, a=action: self._set_status(a.id, a.text.get(lang), s))
            entry.setEnabled(writable)
        if action is not None:
            note = menu.addAction(self.tr("Edit note"))
            note.triggered.connect(self._editor.edit_note)
        else:
            menu.addSeparator()
            add_review_actions(menu, self._context, task.id, self._tab)
        return menu

    @Slot(QPoint)
    def _on_tree_menu(self, pos: QPoint) -> None:
        menu = self.build_tree_menu(self._tree.indexAt(pos))
        if menu is not None:
            menu.exec(self._tree.viewport().mapToGlobal(pos))

    def _set_status(self, action_id: str, name: str, status: Status) -> None:
        session = self._context.session
        if session is not None:
            session.set_item(action_id, fill(self.tr("Set “%1” to %2"), name, status.label(self._context.lang)),
                             status=status)

    @Slot(str, bool)
    def _on_check_requested(self, action_id: str, done: bool) -> None:
        session = self._context.session
        if session is not None:
            session.set_item(action_id, fill(self.tr("Toggle “%1” done"), action_id),
                             status=Status.DONE if done else Status.TODO)
