"""The Tasks tab: the checklist of every task action, its progress, review marks, and sharing.

The tree shows tasks with a progress bar and their actions with status, owner, due date, note and
review badge. Filters: status (or "Review: questioned items", which lists every questioned fact,
enterprise, honour and task) and text. Keyboard: Space toggles done (on a task: all its actions),
Enter edits the note. Every change is one step on the window's undo stack.

Parts live in their own modules: the changes made from the tree and its context menu (task_edits), which
tasks are expanded (task_expansion), the review page (review_page), export/import (checklist_transfer) and the
read-only / saving / notice bars (session_banners).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.model.state import Status
from viewer.model.state.exchange import ImportPreview
from viewer.model.types import Task
from viewer.ui.common.cached_paint import CachedTreeView
from viewer.ui.common.roles import Role
from viewer.ui.common.side_pane import SidePaneSplitter
from viewer.ui.common.widgets import QuotePane, fill, plain_label
from viewer.ui.context import AppContext
from viewer.ui.tasks.banners import SessionBanners
from viewer.ui.tasks.checklist_model import ChecklistModel
from viewer.ui.tasks.edits import TaskEdits
from viewer.ui.tasks.expansion import TaskExpansion
from viewer.ui.tasks.filter import TaskFilter
from viewer.ui.tasks.orphan_model import OrphanModel
from viewer.ui.tasks.review_page import ReviewPage
from viewer.ui.tasks.transfer import ChecklistTransfer, Confirm
from viewer.ui.tasks.widgets import ChecklistDelegate, ItemEditor, ProgressDelegate, status_filter_entries


class TasksTab(QWidget):
    """Checklist tree with progress, filters, editors, review list, banners and export/import."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stale_language = False  # the language changed while the tab was hidden: relabelled when shown
        self.model = ChecklistModel(context, self)
        self._restore_key: str | None = None  # the current row's id across a model reset (filter, report)

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

        self.banners = SessionBanners(context, self)
        self.read_only_banner = self.banners.read_only_banner
        self.message_bar = self.banners.message_bar  # saving: failures with Retry, then "saved"
        self.notice_bar = self.banners.notice_bar  # notices (file moved aside), refused changes, import errors

        # Filters; the buttons come from transfer (export/import) and expansion (below, it needs the tree).
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        # As wide as its longest choice in the current language (it was sized once: "Review: questic").
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.transfer = ChecklistTransfer(context, self.notice_bar, self)
        self.export_button = self.transfer.export_button
        self.import_button = self.transfer.import_button

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
        self.expansion = TaskExpansion(self.tree, self.model, self)
        self.expand_button = self.expansion.button  # only past EXPAND_ALL_LIMIT action rows
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(ChecklistModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ChecklistModel.PROGRESS, 80), (ChecklistModel.STATUS, 70), (ChecklistModel.OWNER, 70),
                              (ChecklistModel.DUE, 90), (ChecklistModel.NOTE, 140), (ChecklistModel.REVIEW, 50)):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tree_header.resizeSection(column, width)
        self.orphan_model = OrphanModel(self)
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
        self.edits = TaskEdits(context, self.tree, self.model, self.editor, self)
        self.detail = QuotePane(context)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.detail, 1)
        # The editor pane folds away before the tree's titles are cut (a narrow window, the search dock).
        splitter = self.splitter = SidePaneSplitter(left, right, main_min=700, side_min=280, side_width=380)

        # The review page: every questioned item, whatever its kind.
        self.review = ReviewPage(context, self.select_key, self)
        self.review_model, self.review_view = self.review.model, self.review.view
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.review_view)

        # Filters and actions in one row.
        tools = QHBoxLayout()
        tools.addWidget(self.status_filter)
        tools.addWidget(self.text_filter, 1)
        tools.addWidget(self.expand_button)
        tools.addWidget(self.export_button)
        tools.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.notice_bar)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)

        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.text_filter.textChanged.connect(self._on_filter_changed)
        context.state_changed.connect(self._on_state_changed)
        context.language_changed.connect(self._on_language_changed)
        context.report_changed.connect(self._on_state_changed)
        session = context.session
        if session is not None:
            session.save_status_changed.connect(self.banners.show_save_status)
            session.read_only_changed.connect(self._on_read_only)
            session.notice.connect(self.banners.show_notice)
            session.failed.connect(self.banners.show_notice)
        self._retranslate()
        self.expansion.expand_initially()
        self._show_current()
        self._on_state_changed()
        self._on_read_only(session.read_only_reason if session else "")
        if session is not None:
            for message in session.notices():
                self.banners.show_notice(message)
            if session.save_error:
                self.banners.show_save_status(session.save_error)

    # --- selection -------------------------------------------------------------------------------------

    def location(self) -> str | None:
        """The id of the current task or action, for Back and Forward."""
        return self.tree.currentIndex().data(Role.KEY)

    def go_to_location(self, key: str) -> None:
        self.select_key(key)

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
        self._restore_key = self.tree.currentIndex().data(Role.KEY)

    @Slot()
    def _on_model_reset(self) -> None:
        # A filter (or a new report) resets the model: the tasks shown are expanded (see EXPAND_ALL_LIMIT in
        # task_expansion), and the current row stays current when it is still shown (scrollTo() opens its task).
        self.expansion.apply_after_reset()
        key, self._restore_key = self._restore_key, None
        index = self.model.key_index(key) if key else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self._show_current()

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
            self.detail.show_item(task.id, f"{task.number}. {task.title.get(lang)}", task.quote, task.aim.get(lang),
                                  " — ".join(t for t in (task.title.en, task.aim.en) if t))
        else:
            self.detail.show_item(action.id, action.text.get(lang), action.quote,
                                  f"{task.number}. {task.title.get(lang)}", action.text.en)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        key = index.siblingAtColumn(0).data(Role.KEY)
        if key:
            self._context.show_source.emit(key)

    # --- changes (the work is in task_edits) ----------------------------------------------------------------

    def toggle_current(self) -> bool:
        """Space: toggle the current action done, or every action of the current task (one step)."""
        return self.edits.toggle_current()

    def set_task_status(self, task: Task, status: Status) -> bool:
        """Every action of ``task`` to ``status`` as one undo step."""
        return self.edits.set_task_status(task, status)

    def build_tree_menu(self, index: QModelIndex) -> QMenu | None:
        """The context menu of a row: statuses (of the action or all actions of a task) and review marks."""
        return self.edits.build_tree_menu(index)

    NARROW_TREE = 760  # below this tree width the owner, due date and note columns fold away (the editor has them)

    def _fit_columns(self) -> None:
        narrow = self.tree.width() < self.NARROW_TREE
        for column in (ChecklistModel.OWNER, ChecklistModel.DUE, ChecklistModel.NOTE):
            self.tree.setColumnHidden(column, narrow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.toggle_current()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_ids()[1] is not None:
                self.editor.edit_note()
                return True
        return super().eventFilter(watched, event)

    # --- filters -------------------------------------------------------------------------------------------

    @Slot()
    def _on_filter_changed(self) -> None:
        # Status and text filters combine; "Review: questioned items" shows the review page instead.
        value = self.status_filter.currentData()
        if value == "review":
            if self.pages.currentIndex() != 1:  # typing in the text box does not refill the review list
                self.pages.setCurrentIndex(1)
                self.review.refill()
            return
        self.pages.setCurrentIndex(0)
        statuses = frozenset(value) if value is not None else None
        self.model.set_filter(TaskFilter.of(statuses, self.text_filter.text()))

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
        self.review_label.setText(fill(self.tr("Review: ✓ %1 checked · ⚠ %2 questioned · %3 not yet reviewed"),
                                       counts.checked, counts.questioned, counts.unreviewed))
        orphans = self.orphan_model.refresh(self._context)
        self.orphan_box.setTitle(fill(self.tr("Orphaned: %1 checklist items no longer in this report (kept)"),
                                      orphans))
        self.orphan_box.setVisible(orphans > 0)
        if self.pages.currentIndex() == 1:
            self.review.refill()
        if self.model.is_filtering():
            # Only a status or text filter can change which rows show (the model resets only if they do).
            self.model.refilter()

    @Slot(str)
    def _on_read_only(self, reason: str) -> None:
        self.banners.show_read_only(reason)
        self.transfer.set_writable(not reason)
        self.editor.refresh()

    # --- export / import (the work is in checklist_transfer) ---------------------------------------------------

    def export_to(self, path: Path, fmt: str) -> str | None:
        """Write the checklist and review marks to ``path`` as 'md', 'csv' or 'json'; the error, or None."""
        return self.transfer.export_to(path, fmt)

    def import_from(self, path: Path, confirm: Confirm | None = None, wait: bool = True) -> ImportPreview | None:
        """Preview importing ``path``, ask ``confirm`` (default: a dialog with the summary), then apply it
        (``wait=False``: the file is read in a worker thread, the rest follows when it is done)."""
        return self.transfer.import_from(path, confirm, wait)

    # --- language --------------------------------------------------------------------------------------------

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._retranslate()
        self._relabel()

    def _relabel(self, rows: bool = True) -> None:
        """The counts' labels and the current item's panel in the language of now; a hidden tab is only marked and
        redoes them when next shown (counting the 10k report's 5,000 actions and review marks took ~15-45 ms of a
        language switch made on another tab)."""
        if not self.isVisibleTo(self.window()):
            self._stale_language = True
            return
        self._stale_language = False
        if rows:  # the rows' texts follow context.lang (a translator change alone leaves them)
            self.model.retranslate()
        self._show_current()
        self._on_state_changed()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale_language:
            self._relabel()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._relabel(rows=False)
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
        self.text_filter.setAccessibleName(self.tr("Filter actions by text"))
        self.text_filter.setAccessibleDescription(self.tr("Shows the actions whose text, note or owner contains it."))
        self.status_filter.setAccessibleName(self.tr("Show actions by status"))
        self.status_filter.setAccessibleDescription(self.tr("All actions, those not done, one status, or the "
                                                            "questioned items of the whole report."))
        self.tree.setAccessibleName(self.tr("Tasks and their actions"))
        self.tree.setAccessibleDescription(self.tr("Space marks the current action done (on a task: all its "
                                                   "actions), Enter edits its note, the context menu sets a "
                                                   "status or a review mark."))
        self.overall_bar.setAccessibleName(self.tr("Actions done"))
        self.orphan_view.setAccessibleName(self.tr("Checklist items no longer in the report"))
        self.transfer.retranslate()
        self.expansion.retranslate()
        self.orphan_view.setToolTip(self.tr("These items are no longer in the report; their records are kept."))
