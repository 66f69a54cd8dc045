"""The Tasks tab's review page: every questioned item, whatever its kind (fact, enterprise, honour, task)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView, QWidget

from viewer.ui.common.roles import Role
from viewer.ui.context import AppContext
from viewer.ui.state.review_actions import add_review_actions
from viewer.ui.tasks.checklist_model import fill_review_model


class ReviewPage(QObject):
    """The list of questioned items: a row's menu sets its review mark; double-click goes to the item."""

    def __init__(self, context: AppContext, select_key: Callable[[str], bool], tab: QWidget) -> None:
        """``select_key`` selects a task or action in the tab (False for other kinds of item)."""
        super().__init__(tab)
        self._context = context
        self._select_key = select_key
        self._tab = tab  # the parent of the menus
        self.model = QStandardItemModel(tab)
        self.view = QTableView()
        self.view.setObjectName("reviewView")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.customContextMenuRequested.connect(self._on_menu)

    def refill(self) -> None:
        """List the questioned items as the state has them now."""
        fill_review_model(self.model, self._context)
        self.view.resizeColumnsToContents()

    @Slot(QPoint)
    def _on_menu(self, pos: QPoint) -> None:
        key = self.view.indexAt(pos).data(Role.KEY)
        if key:
            menu = QMenu(self._tab)
            add_review_actions(menu, self._context, key, self._tab)
            menu.exec(self.view.viewport().mapToGlobal(pos))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        key = index.data(Role.KEY)
        if key and not self._select_key(key):
            self._context.select_item.emit(key)  # a fact, enterprise or honour: its own tab selects it
