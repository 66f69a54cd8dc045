"""The Figures tab: every fact of the report in one sortable, filterable table, reviewed row by row.

Filters: text (labels, value, quote, comment, tags), kind, section and review state. The side pane shows
the selected row's quote (the Chinese original) with its English label, and the review buttons; Enter or a
double-click shows the quote in the Source tab. Review marks apply to every selected row as one undo step;
Space marks the selection checked (again: clears it). In edit mode (viewer.ui.edit) the table's cells and
the form under the pane change the report. What the side pane shows and the edit mode's form are in
``viewer.ui.figures.figure_pane``, the filters and the count in ``viewer.ui.figures.filters`` (the tab's base
classes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.model.state import Mark
from viewer.ui.common.badges import mark_icon
from viewer.ui.common.clipboard import install_copy
from viewer.ui.common.roles import Role
from viewer.ui.common.widgets import FilterComboBox, QuotePane, fill, plain_label
from viewer.ui.context import AppContext
from viewer.ui.figures.figure_pane import FigurePane
from viewer.ui.figures.filters import FigureFilters
from viewer.ui.figures.model import FiguresModel
from viewer.ui.figures.proxy import FiguresProxy
from viewer.ui.state.review_actions import ask_review_comment, review_menu, set_review_marks

if TYPE_CHECKING:
    from viewer.ui.edit.fact_form import FactForm


class FiguresTable(QTableView):
    """The table; Enter shows the current row's quote in the source (``activated``), Space marks it checked."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.state() != QAbstractItemView.State.EditingState:
            parent = self.parent()
            while parent is not None and not isinstance(parent, FiguresTab):
                parent = parent.parent()
            if isinstance(parent, FiguresTab):
                parent.toggle_checked()
                return
        super().keyPressEvent(event)


class FiguresTab(FigurePane, FigureFilters):
    """Every figure with its review mark; the selected one's quote and English label beside the table."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.stale_language = False  # the language changed while the tab was hidden: redone on its next visit
        # Retranslated by this tab when shown: 10,000 rows filtered again took ~30-50 ms of a language switch
        # made on another tab.
        self.model = FiguresModel(context, self, follow_language=False)
        self.proxy = FiguresProxy(self.model, self)

        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("figuresFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setMinimumWidth(self.text_filter.fontMetrics().horizontalAdvance("x") * 14)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        self.text_filter.textChanged.connect(self._update_count)
        # As wide as their longest entry where there is room, narrower (the entry cut) in a narrow window: the
        # bar held the tab 708 px wide, and a 640 px window was drawn wider than the screen gave it.
        self.kind_filter = FilterComboBox()
        self.kind_filter.setObjectName("figuresKind")
        self.section_filter = FilterComboBox()
        self.section_filter.setObjectName("figuresSection")
        self.review_filter = FilterComboBox()
        self.review_filter.setObjectName("figuresReview")
        for combo in (self.kind_filter, self.section_filter, self.review_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.count = plain_label(wrap=True)
        self.count.setObjectName("figuresCount")
        bar = QHBoxLayout()
        bar.addWidget(self.text_filter, 2)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.section_filter)
        bar.addWidget(self.review_filter)
        bar.addWidget(self.count, 1)

        self.table = FiguresTable()
        self.table.setObjectName("figuresTable")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # report order until the user sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # In edit mode (only then are cells editable) a double-click edits the cell; else it shows the quote.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {FiguresModel.REVIEW: 110, FiguresModel.LABEL: 220, FiguresModel.LABEL_EN: 220,
                  FiguresModel.VALUE: 110, FiguresModel.UNIT: 90, FiguresModel.PERIOD: 80, FiguresModel.KIND: 80,
                  FiguresModel.SCOPE: 80, FiguresModel.COMPARISON: 130, FiguresModel.SECTION: 140,
                  FiguresModel.COMMENT: 140}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        # The value as written carries its unit ('5.7%', '1.48万亿元'): the Unit column beside it said it twice. It is
        # a field to correct, shown in edit mode.
        self.table.setColumnHidden(FiguresModel.UNIT, True)
        self.table.activated.connect(self._on_activated)  # Enter, or a double-click that edits nothing
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        # Ctrl+C: the selected rows as an HTML table and tab-separated text (a spreadsheet pastes them as cells).
        self.copy_action = install_copy(self.table, self)

        self.detail = QuotePane(context)
        self.detail.setObjectName("figureDetail")
        self.check_button = QPushButton(mark_icon(Mark.CHECKED), "")
        self.check_button.setObjectName("markChecked")
        self.check_button.clicked.connect(lambda: self.mark_selected(Mark.CHECKED))
        self.question_button = QPushButton(mark_icon(Mark.QUESTIONED), "")
        self.question_button.setObjectName("markQuestioned")
        self.question_button.clicked.connect(lambda: self.mark_selected(Mark.QUESTIONED))
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearMark")
        self.clear_button.clicked.connect(lambda: self.mark_selected(Mark.UNREVIEWED))
        self.comment_button = QPushButton()
        self.comment_button.setObjectName("reviewComment")
        self.comment_button.clicked.connect(self.comment_current)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.question_button, self.clear_button, self.comment_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.comment_label = plain_label(wrap=True)
        self.comment_label.setObjectName("figureComment")
        side = QWidget()
        self.side_layout = QVBoxLayout(side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_layout.addWidget(self.detail, 1)
        self.side_layout.addWidget(self.comment_label)
        self.side_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 340])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        shortcut = QShortcut(QKeySequence("Ctrl+Shift+F"), self)
        shortcut.activated.connect(self.text_filter.setFocus)
        context.report_changed.connect(self._on_report_changed)
        context.language_changed.connect(self._on_language_changed)
        context.state_changed.connect(self._on_state_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.form: FactForm | None = None  # edit mode's form for the current figure (made when edit mode first starts)
        self._form_area: QScrollArea | None = None  # the form, scrolled
        editor = context.editor
        if editor is not None:
            editor.mode_changed.connect(self._on_edit_mode)
            editor.problems_changed.connect(self._on_problems)
        self._retranslate()
        self._fill_filters()
        self._select_first()
        if editor is not None and editor.active:
            self._on_edit_mode(True)

    def _select_first(self) -> None:
        """Start on the first row, so the keyboard and the side pane have something to work on."""
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.selectRow(0)
        self._show_current()

    # --- public ------------------------------------------------------------------------------------

    def select_key(self, key: str) -> bool:
        """Select and show the fact ``key`` (filters are cleared when they hide it)."""
        row = self.model.row_of(key)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in the table's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(Role.KEY) for row in rows]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(Role.KEY) if index.isValid() else None

    def mark_selected(self, mark: Mark) -> bool:
        """Give every selected figure ``mark`` (one undo step); the comments are kept."""
        current = self.current_id()
        ids = self.selected_ids() or ([current] if current else [])
        return set_review_marks(self._context, ids, mark)

    def toggle_checked(self) -> bool:
        """Space: mark the selection checked, or clear it when every selected figure is checked already."""
        ids = self.selected_ids()
        state = self._context.state
        if not ids or state is None:
            return False
        all_checked = all(state.mark_of(i) is Mark.CHECKED for i in ids)
        return set_review_marks(self._context, ids, Mark.UNREVIEWED if all_checked else Mark.CHECKED)

    def comment_current(self) -> bool:
        """Ask for the current figure's review comment (the mark is kept; a new comment questions it)."""
        key = self.current_id()
        return key is not None and ask_review_comment(self._context, key, self)

    # --- reactions ---------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            return
        key = index.siblingAtColumn(0).data(Role.KEY)
        if key:
            self._context.show_source.emit(key)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _show_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        key = index.siblingAtColumn(0).data(Role.KEY) if index.isValid() else None
        if not key:
            return
        if len(self.selected_ids()) > 1 and key in self.selected_ids():
            menu = self._bulk_menu()
        else:
            menu = review_menu(self._context, key, self.table)
        extend = getattr(self._context, "editor", None)
        if extend is not None and extend.active:
            from viewer.ui.edit.menus import add_edit_actions

            add_edit_actions(menu, self._context, self.selected_ids() or [key], self)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _bulk_menu(self):
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.table)
        count = len(self.selected_ids())
        for text, mark in ((fill(self.tr("✓ Mark %1 figures checked"), count), Mark.CHECKED),
                           (fill(self.tr("⚠ Mark %1 figures questioned"), count), Mark.QUESTIONED),
                           (fill(self.tr("Clear the marks of %1 figures"), count), Mark.UNREVIEWED)):
            action = menu.addAction(text)
            action.setObjectName(f"bulk_{mark.value}")
            action.triggered.connect(lambda _checked=False, m=mark: self.mark_selected(m))
        return menu

    @Slot()
    def _on_report_changed(self) -> None:
        self._fill_filters()
        if not self.table.currentIndex().isValid():
            self._select_first()
        self._show_current()
        self._update_count()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        # Hidden: only marked, its filters and figure are redone in the new language on the next visit.
        if not self.isVisibleTo(self.window()):  # hidden in the window (shown or not yet)
            self.stale_language = True
            return
        self.stale_language = False
        self.model.retranslate()
        self._fill_filters()
        self._show_current()

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale_language:
            self._on_language_changed(self._context.lang)
        super().showEvent(event)

    @Slot()
    def _on_state_changed(self) -> None:
        if self.proxy.is_filtering():
            self.proxy.refilter()
        self._show_current()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.copy_action.setText(self.tr("Copy rows"))
        self.copy_action.setToolTip(self.tr("The selected rows as a table a spreadsheet or a document pastes (Ctrl+C)"))
        self.text_filter.setPlaceholderText(self.tr("Filter figures by label, value, quote or comment…"))
        self.check_button.setText(self.tr("Checked"))
        self.check_button.setToolTip(self.tr("Mark the selected figures checked (Space)"))
        self.question_button.setText(self.tr("Questioned"))
        self.question_button.setToolTip(self.tr("Mark the selected figures questioned"))
        self.clear_button.setText(self.tr("Clear mark"))
        self.comment_button.setText(self.tr("Comment…"))
        if self.kind_filter.count():
            self._fill_filters()
        self._update_count()
