"""The Tasks tab: the checklist of every task action, its progress, review marks, and sharing.

The tree shows tasks with a progress bar and their actions with status, owner, due date, note and
review badge. Filters: status (or "Review: questioned items", which lists every questioned fact,
enterprise, honour and task) and text. Keyboard: Space toggles done (on a task: all its actions),
Enter edits the note. Every change is one step on the window's undo stack.

Tasks are shown expanded while at most ``EXPAND_ALL_LIMIT`` action rows are shown; past it they start
collapsed and an "Expand all" / "Collapse all" button appears (see the constant for why).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.model.state import Status
from viewer.model.state.exchange import EXPORTERS, ImportFileError, ImportPreview, Outcome
from viewer.model.state.storage import atomic_write, describe_os_error
from viewer.model.types import Task
from viewer.ui.cached_paint import CachedTreeView
from viewer.ui.checklist_model import ChecklistModel, fill_orphan_model, fill_review_model
from viewer.ui.checklist_widgets import (
    ChecklistDelegate,
    ItemEditor,
    MessageBar,
    ProgressDelegate,
    status_filter_entries,
)
from viewer.ui.context import AppContext
from viewer.ui.review_actions import add_review_actions
from viewer.ui.task_filter import TaskFilter
from viewer.ui.task_tree_model import ItemKeyRole
from viewer.ui.widgets import QuotePane, fill, plain_label

Confirm = Callable[[ImportPreview], bool]

# Every task shown is expanded while at most this many action rows are shown; past it tasks start collapsed
# (the ones the user opened stay open) and the "Expand all" button expands them on request. Why: after a
# model reset QTreeView lays out every expanded row and asks the Python model about each (index() and
# hasChildren()): ~14 µs a row, about what a Python model whose methods do nothing costs (5,500 rows: ~75 ms,
# against ~13 ms for Qt's own QStandardItemModel), so showing every action of a large report cannot answer a
# filter keystroke within 50 ms. Measured on the large report: 1,000 actions under 100 tasks answer in ~18 ms,
# 950 under 500 tasks in ~31 ms, so 1,500 leaves room on a busy machine; the bundled report (56) is far below.
EXPAND_ALL_LIMIT = 1500


class TasksTab(QWidget):
    """Checklist tree with progress, filters, editors, review list, banners and export/import."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = ChecklistModel(context, self)
        self._restore_key: str | None = None  # the current row's id across a model reset (filter, report)
        # Past EXPAND_ALL_LIMIT: whether the user chose "Expand all", and the tasks they opened one by one.
        self._many_rows = False
        self._expand_all_chosen = False
        self._opened_tasks: set[str] = set()

        # Header: overall progress and review progress.
        self.overall_label = plain_label()
        self.overall_label.setObjectName("overallProgressLabel")
        self.overall_bar = QProgressBar()
        self.overall_bar.setObjectName("overallProgress")
        self.overall_bar.setMaximumWidth(260)
        self.review_label = plain_label()
        self.review_label.setObjectName("reviewProgress")
        header = QHBoxLayout()
        header.addWidget(self.overall_label)
        header.addWidget(self.overall_bar)
        header.addSpacing(24)
        header.addWidget(self.review_label, 1)

        self.read_only_banner = MessageBar("readOnlyBanner")
        self.read_only_banner.button.clicked.connect(self._on_take_over)
        self.message_bar = MessageBar("messageBar")  # saving: failures with Retry, then "saved"
        self.message_bar.button.clicked.connect(self._on_retry)
        self.notice_bar = MessageBar("noticeBar")  # notices (file moved aside), refused changes, import errors

        # Filters and actions.
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.expand_button = QPushButton()  # only past EXPAND_ALL_LIMIT action rows
        self.expand_button.setObjectName("expandAllButton")
        self.expand_button.setVisible(False)
        self.expand_button.clicked.connect(self._on_expand_clicked)
        tools = QHBoxLayout()
        tools.addWidget(self.status_filter)
        tools.addWidget(self.text_filter, 1)
        tools.addWidget(self.expand_button)
        tools.addWidget(self.export_button)
        tools.addWidget(self.import_button)

        # The checklist page: tree | editor + quote; orphans below the tree when there are any.
        self.tree = CachedTreeView()
        self.tree.setObjectName("taskTree")
        self.tree.setModel(self.model)
        # One line per row, elided (the tooltip and the editor pane show the whole text): with rows of one
        # height the view never measures a row's wrapped text, so filtering thousands of rows stays fast.
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setItemDelegate(ChecklistDelegate(self.tree))
        self.tree.setItemDelegateForColumn(ChecklistModel.PROGRESS, ProgressDelegate(self.tree))
        self.tree.installEventFilter(self)
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(ChecklistModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ChecklistModel.PROGRESS, 80), (ChecklistModel.STATUS, 70), (ChecklistModel.OWNER, 70),
                              (ChecklistModel.DUE, 90), (ChecklistModel.NOTE, 140), (ChecklistModel.REVIEW, 50)):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tree_header.resizeSection(column, width)
        self.orphan_model = QStandardItemModel(self)
        self.orphan_view = QTableView()
        self.orphan_view.setObjectName("orphanView")
        self.orphan_view.setModel(self.orphan_model)
        self.orphan_view.horizontalHeader().setStretchLastSection(True)
        self.orphan_box = QGroupBox()
        self.orphan_box.setObjectName("orphanBox")
        QVBoxLayout(self.orphan_box).addWidget(self.orphan_view)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 3)
        left_layout.addWidget(self.orphan_box, 1)
        self.editor = ItemEditor(context)
        self.editor.finished.connect(self.tree.setFocus)
        self.detail = QuotePane(context)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 400])

        # The review page: every questioned item, whatever its kind.
        self.review_model = QStandardItemModel(self)
        self.review_view = QTableView()
        self.review_view.setObjectName("reviewView")
        self.review_view.setModel(self.review_model)
        self.review_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_view.horizontalHeader().setStretchLastSection(True)
        self.review_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.review_view)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.notice_bar)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)

        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.tree.expanded.connect(self._on_task_expanded)
        self.tree.collapsed.connect(self._on_task_collapsed)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu)
        self.review_view.doubleClicked.connect(self._on_review_activated)
        self.review_view.customContextMenuRequested.connect(self._on_review_menu)
        self.model.check_requested.connect(self._on_check_requested)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.text_filter.textChanged.connect(self._on_filter_changed)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        context.state_changed.connect(self._on_state_changed)
        context.language_changed.connect(self._on_language_changed)
        context.report_changed.connect(self._on_state_changed)
        session = context.session
        if session is not None:
            session.save_status_changed.connect(self._on_save_status)
            session.read_only_changed.connect(self._on_read_only)
            session.notice.connect(self._show_notice)
            session.failed.connect(self._show_notice)
        self._many_rows = self.model.shown_action_count() > EXPAND_ALL_LIMIT
        self._retranslate()
        if not self._many_rows:
            self.tree.expandAll()
        self._show_current()
        self._on_state_changed()
        self._on_read_only(session.read_only_reason if session else "")
        if session is not None:
            for message in session.notices():
                self._show_notice(message)
            if session.save_error:
                self._on_save_status(session.save_error)

    # --- selection -------------------------------------------------------------------------------------

    def select_key(self, key: str) -> bool:
        """Select the task or action with id ``key`` (clearing filters that hide it); False if none."""
        if self.model.position_of(key) is None:
            return False
        if not self.model.key_index(key).isValid():  # hidden by a filter
            self.status_filter.setCurrentIndex(0)
            self.text_filter.clear()
        self.pages.setCurrentIndex(0)
        index = self.model.key_index(key)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def current_ids(self) -> tuple[Task | None, str | None]:
        """The task of the current row and the current action's id (None on a task row)."""
        current = self.tree.currentIndex()
        action = self.model.action_at(current)
        return self.model.task_at(current), action.id if action else None

    @Slot()
    def _on_model_about_to_be_reset(self) -> None:
        self._restore_key = self.tree.currentIndex().data(ItemKeyRole)

    @Slot(QModelIndex)
    def _on_task_expanded(self, index: QModelIndex) -> None:
        # Past the limit, the tasks opened one by one (by the user, or to show the current row) stay open
        # across filters; a reset collapses everything without telling, so the set is kept here.
        task = self.model.task_at(index)
        if task is not None and self._many_rows and not self._expand_all_chosen:
            self._opened_tasks.add(task.id)

    @Slot(QModelIndex)
    def _on_task_collapsed(self, index: QModelIndex) -> None:
        task = self.model.task_at(index)
        if task is not None:
            self._opened_tasks.discard(task.id)

    @Slot()
    def _on_model_reset(self) -> None:
        # A filter (or a new report) resets the model: the tasks shown are expanded (see EXPAND_ALL_LIMIT), and
        # the current row stays current when it is still shown (scrollTo() opens its task). The view lays
        # itself out later, once: expanding each task now only records it, where expandAll() lays out every
        # row right away, inside the reset.
        model = self.model
        self._many_rows = model.shown_action_count() > EXPAND_ALL_LIMIT
        if self._many_rows and not self._expand_all_chosen:
            for key in self._opened_tasks:
                index = model.key_index(key)
                if index.isValid():
                    self.tree.expand(index)
        else:
            for row in range(model.rowCount()):
                self.tree.expand(model.index(row, 0))
        self._update_expand_button()
        key, self._restore_key = self._restore_key, None
        index = self.model.key_index(key) if key else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self._show_current()

    @Slot()
    def _on_expand_clicked(self) -> None:
        # "Expand all" sticks (filters keep expanding everything) until "Collapse all".
        self._expand_all_chosen = not self._expand_all_chosen
        self._opened_tasks.clear()
        if self._expand_all_chosen:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
        self._update_expand_button()

    def _update_expand_button(self) -> None:
        self.expand_button.setVisible(self._many_rows)
        self.expand_button.setText(self.tr("Collapse all") if self._expand_all_chosen else self.tr("Expand all"))
        self.expand_button.setToolTip(fill(
            self.tr("More than %1 actions are shown: tasks start collapsed so that filtering stays fast."),
            EXPAND_ALL_LIMIT))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        current = self.tree.currentIndex()
        task, action = self.model.task_at(current), self.model.action_at(current)
        self.editor.set_action(action, task)
        if task is None:
            self.detail.clear()
            return
        lang = self._context.lang
        if action is None:
            self.detail.show_item(task.id, f"{task.number}. {task.title.get(lang)}", task.quote, task.aim.get(lang))
        else:
            self.detail.show_item(action.id, action.text.get(lang), action.quote,
                                  f"{task.number}. {task.title.get(lang)}")

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        key = index.siblingAtColumn(0).data(ItemKeyRole)
        if key:
            self._context.show_source.emit(key)

    # --- changes -------------------------------------------------------------------------------------------

    def toggle_current(self) -> bool:
        """Space: toggle the current action done, or every action of the current task (one step)."""
        session = self._context.session
        task, action_id = self.current_ids()
        if session is None or task is None:
            return False
        lang = self._context.lang
        if action_id is None:
            done, total = self._context.task_progress(task.id)
            template = self.tr("Mark all actions of “%1” not started") if done == total else \
                self.tr("Mark all actions of “%1” done")
            return session.toggle_task(task.id, fill(template, task.title.get(lang)))
        action = self.model.action_at(self.tree.currentIndex())
        assert action is not None
        return session.toggle_done(action_id, fill(self.tr("Toggle “%1” done"), action.text.get(lang)))

    def set_task_status(self, task: Task, status: Status) -> bool:
        """Every action of ``task`` to ``status`` as one undo step."""
        session = self._context.session
        if session is None:
            return False
        text = fill(self.tr("Set all actions of “%1” to %2"), task.title.get(self._context.lang),
                    status.label(self._context.lang))
        return session.set_task_status(task.id, status, text)

    @Slot(str, bool)
    def _on_check_requested(self, action_id: str, done: bool) -> None:
        session = self._context.session
        if session is not None:
            session.set_item(action_id, fill(self.tr("Toggle “%1” done"), action_id),
                             status=Status.DONE if done else Status.TODO)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.toggle_current()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_ids()[1] is not None:
                self.editor.edit_note()
                return True
        return super().eventFilter(watched, event)

    # --- menus ---------------------------------------------------------------------------------------------

    @Slot(QPoint)
    def _on_tree_menu(self, pos: QPoint) -> None:
        menu = self.build_tree_menu(self.tree.indexAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))

    def build_tree_menu(self, index: QModelIndex) -> QMenu | None:
        """The context menu of a row: statuses (of the action or all actions of a task) and review marks."""
        task, action = self.model.task_at(index), self.model.action_at(index)
        if task is None:
            return None
        menu = QMenu(self)
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
            note.triggered.connect(self.editor.edit_note)
        else:
            menu.addSeparator()
            add_review_actions(menu, self._context, task.id, self)
        return menu

    def _set_status(self, action_id: str, name: str, status: Status) -> None:
        session = self._context.session
        if session is not None:
            session.set_item(action_id, fill(self.tr("Set “%1” to %2"), name, status.label(self._context.lang)),
                             status=status)

    @Slot(QPoint)
    def _on_review_menu(self, pos: QPoint) -> None:
        key = self.review_view.indexAt(pos).data(ItemKeyRole)
        if key:
            menu = QMenu(self)
            add_review_actions(menu, self._context, key, self)
            menu.exec(self.review_view.viewport().mapToGlobal(pos))

    @Slot(QModelIndex)
    def _on_review_activated(self, index: QModelIndex) -> None:
        key = index.data(ItemKeyRole)
        if key and not self.select_key(key):
            self._context.select_item.emit(key)  # a fact, enterprise or honour: its own tab selects it

    # --- filters -------------------------------------------------------------------------------------------

    @Slot()
    def _on_filter_changed(self) -> None:
        # Status and text filters combine; "Review: questioned items" shows the review page instead.
        value = self.status_filter.currentData()
        if value == "review":
            if self.pages.currentIndex() != 1:  # typing in the text box does not refill the review list
                self.pages.setCurrentIndex(1)
                self._fill_review()
            return
        self.pages.setCurrentIndex(0)
        statuses = frozenset(value) if value is not None else None
        self.model.set_filter(TaskFilter.of(statuses, self.text_filter.text()))

    def _fill_review(self) -> None:
        fill_review_model(self.review_model, self._context)
        self.review_view.resizeColumnsToContents()

    # --- state -----------------------------------------------------------------------------------------------

    @Slot()
    def _on_state_changed(self) -> None:
        state = self._context.state
        if state is None:
            return
        done, total = state.overall_progress()
        self.overall_label.setText(fill(self.tr("Overall: %1 of %2 actions done"), done, total))
        self.overall_bar.setRange(0, max(total, 1))
        self.overall_bar.setValue(done)
        self.overall_bar.setFormat(f"{done}/{total}")
        counts = state.review_counts()
        self.review_label.setText(fill(self.tr("Review: ✓ %1 checked · ? %2 questioned · %3 not yet reviewed"),
                                       counts.checked, counts.questioned, counts.unreviewed))
        orphans = fill_orphan_model(self.orphan_model, self._context)
        self.orphan_box.setTitle(fill(self.tr("Orphaned: %1 checklist items no longer in this report (kept)"),
                                      orphans))
        self.orphan_box.setVisible(orphans > 0)
        if self.pages.currentIndex() == 1:
            self._fill_review()
        if self.model.is_filtering():
            # Only a status or text filter can change which rows show (the model resets only if they do).
            self.model.refilter()

    @Slot(str)
    def _on_save_status(self, message: str) -> None:
        if message:
            self.message_bar.show_message(message, self.tr("Retry"), closable=False)
        elif self.message_bar.button.isVisible():
            self.message_bar.show_message(self.tr("All changes are saved."), warn=False)

    @Slot(str)
    def _show_notice(self, message: str) -> None:
        self.notice_bar.show_message(message)

    @Slot(str)
    def _on_read_only(self, reason: str) -> None:
        self.read_only_banner.show_message(reason, self.tr("Try again"), closable=False)
        writable = not reason
        self.import_button.setEnabled(writable)
        self.editor.refresh()

    @Slot()
    def _on_retry(self) -> None:
        session = self._context.session
        if session is not None:
            session.retry_save()

    @Slot()
    def _on_take_over(self) -> None:
        session = self._context.session
        if session is not None:
            session.take_over()

    # --- export / import ---------------------------------------------------------------------------------------

    def export_to(self, path: Path, fmt: str) -> str | None:
        """Write the checklist and review marks to ``path`` as 'md', 'csv' or 'json'; the error, or None."""
        state = self._context.state
        if state is None:
            return self.tr("There is no checklist to export.")
        try:
            atomic_write(path.resolve(), EXPORTERS[fmt](state, self._context.lang).encode("utf-8"), shared=True)
        except OSError as exc:
            return fill(self.tr("Could not export to %1: %2"), path, describe_os_error(exc, path.resolve()))
        return None

    def import_from(self, path: Path, confirm: Confirm | None = None) -> ImportPreview | None:
        """Preview importing ``path``, ask ``confirm`` (default: a dialog with the summary), then apply it.

        Returns the preview when applied, None when cancelled or impossible (the message bar says why).
        """
        session = self._context.session
        if session is None:
            return None
        try:
            text = path.read_text(encoding="utf-8-sig")
            preview = session.preview_import(text)
        except (OSError, UnicodeDecodeError, ImportFileError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.notice_bar.show_message(fill(self.tr("Could not import %1: %2"), path, message))
            return None
        if not (confirm or self._confirm_import)(preview):
            return None
        changes = preview.changes()
        session.apply_import(preview, fill(self.tr("Import %1 records from %2"),
                                           len(changes.checklist) + len(changes.review), path.name))
        return preview

    def _confirm_import(self, preview: ImportPreview) -> bool:
        c = preview.counts()
        text = fill(self.tr("Added: %1\nChanged: %2\nUnchanged: %3\nIgnored (ours is newer): %4\n"
                            "Orphaned (not in this report, kept): %5\nInvalid (skipped): %6"),
                    c["added"], c["changed"], c["unchanged"], c["ignored_older"], c["orphaned"], c["invalid"])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import checklist"), text,
                          QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        details = [f"{e.outcome.value}: {e.id}" for e in preview.entries if e.outcome is not Outcome.UNCHANGED]
        details += [f"invalid: {p}" for p in preview.problems]
        if details:
            box.setDetailedText("\n".join(details))
        if not preview.changes():
            box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Apply

    @Slot()
    def _on_export_clicked(self) -> None:
        filters = {"md": self.tr("Markdown (*.md)"), "csv": self.tr("CSV (*.csv)"), "json": self.tr("JSON (*.json)")}
        name = f"{self._context.report.meta.id}-checklist.md"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export checklist"), name, ";;".join(filters.values()))
        if not path:
            return
        fmt = next((k for k, v in filters.items() if v == chosen), None) or Path(path).suffix.lstrip(".") or "md"
        error = self.export_to(Path(path), fmt if fmt in EXPORTERS else "json")
        self.notice_bar.show_message(error or fill(self.tr("Exported to %1"), path), warn=bool(error))

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a colleague's checklist"), "",
                                              self.tr("JSON export (*.json)"))
        if path:
            self.import_from(Path(path))

    # --- language --------------------------------------------------------------------------------------------

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._retranslate()
        self._show_current()
        self._on_state_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._on_state_changed()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        current = max(self.status_filter.currentIndex(), 0)
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        for label, value in status_filter_entries(self._context.lang):
            self.status_filter.addItem(label, sorted(value) if isinstance(value, frozenset) else value)
        self.status_filter.setCurrentIndex(current)
        self.status_filter.blockSignals(False)
        self.text_filter.setPlaceholderText(self.tr("Filter by text, note or owner…"))
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))
        self._update_expand_button()
        self.orphan_view.setToolTip(self.tr("These items are no longer in the report; their records are kept."))
