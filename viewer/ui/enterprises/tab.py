"""The Enterprises tab: enterprises/projects with their achievements, and national honours with rank.

Each table is a model + ``QSortFilterProxyModel`` + ``QTableView``; one filter box filters both. The
detail pane shows the selected row's quote and jumps to it in the source.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.model.format import fact_value
from viewer.ui.common.cached_paint import CachedGroupBox, CachedLabel, CachedTableView
from viewer.ui.common.clipboard import install_copy
from viewer.ui.common.roles import Role
from viewer.ui.common.side_pane import SidePaneSplitter
from viewer.ui.common.table_fit import ContentFitter
from viewer.ui.common.turns import next_turn
from viewer.ui.common.widgets import QuotePane, fill
from viewer.ui.context import AppContext
from viewer.ui.enterprises.models import EnterpriseTableModel, HonourTableModel
from viewer.ui.enterprises.table_model import ReportTableProxy
from viewer.ui.state.review_actions import install_review_menu


def _table(proxy: QSortFilterProxyModel, name: str) -> QTableView:
    view = CachedTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    # Report order until the user sorts; set before enabling sorting, which would otherwise sort by column 0
    # first (seconds on a large report).
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    # Columns sized to their contents look at no more than this many rows (Qt's default is 1000 per relayout).
    view.horizontalHeader().setResizeContentsPrecision(200)
    fit_row_heights(view)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # report order until the user sorts
    return view


LARGE_TABLE_ROWS = 500


def fit_row_heights(view: QTableView, content_columns: tuple[int, ...] = (), *, large: bool | None = None,
                    fitter: ContentFitter | None = None) -> None:
    """Rows fit their wrapped text while a table is small; a large one gets fixed two-line rows, because
    measuring every row again on each sort or filter takes seconds with thousands of rows.

    ``content_columns`` are as wide as their contents. While the report is small, ``fitter`` measures them
    (and the rows) again whenever the rows shown or their texts change; on a large report (``large``;
    default: this table has more than LARGE_TABLE_ROWS rows) they are measured once, now, over every row,
    and the vertical scroll bar stays on: otherwise each filter keystroke changes column widths and the
    scroll bar, and every row is measured again for each change. Neither is measured when a tab is shown.
    """
    proxy = view.model()
    source = proxy.sourceModel() if isinstance(proxy, QSortFilterProxyModel) else proxy
    header = view.verticalHeader()
    columns = view.horizontalHeader()
    large_rows = source.rowCount() > LARGE_TABLE_ROWS
    if large_rows:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(view.fontMetrics().lineSpacing() * 2 + 8)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if large is None:
        large = large_rows
    for column in content_columns:
        columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        if large:
            view.resizeColumnToContents(column)
    if fitter is not None:
        fitter.configure(() if large else content_columns, rows=not large_rows)
    view.setVerticalScrollBarPolicy(
        Qt.ScrollBarPolicy.ScrollBarAlwaysOn if large else Qt.ScrollBarPolicy.ScrollBarAsNeeded
    )


def _proxy(model: EnterpriseTableModel | HonourTableModel) -> ReportTableProxy:
    proxy = ReportTableProxy(model, model)
    proxy.setSortRole(Role.SORT_KEY)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)  # match any column
    return proxy


class EnterprisesTab(QWidget):
    """Two filterable, sortable tables and the quote of the selected row."""

    ENTERPRISE_CONTENT_COLUMNS = (0, 1, 3)  # as wide as their contents (name, kind, figures)
    HONOUR_CONTENT_COLUMNS = (1, 2, 3)  # count, rank, period

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.enterprise_model = EnterpriseTableModel(context, self)
        self.honour_model = HonourTableModel(context, self)
        self.enterprise_proxy = _proxy(self.enterprise_model)
        self.honour_proxy = _proxy(self.honour_model)
        self.enterprise_view = _table(self.enterprise_proxy, "enterpriseTable")
        self.honour_view = _table(self.honour_proxy, "honourTable")
        header = self.enterprise_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header = self.honour_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fitters = (ContentFitter(self.enterprise_view), ContentFitter(self.honour_view))
        self.measuring = self._large()
        if self.measuring:
            # A large report's tables are measured a turn after the tab is built, each in a turn of its own, and
            # shown once measured (their columns over 200 rows each: with the build, one 0.2 s turn on the 10k-fact
            # report). Until then the tab shows its filter and the tables' boxes, empty.
            for view in (self.enterprise_view, self.honour_view):
                view.hide()
            next_turn(self, self._measure_enterprises)
        else:
            self._fit_tables()

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filter")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.set_filter)
        self.filter_label = CachedLabel()
        self.count_label = CachedLabel()
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_box, 1)
        filter_row.addWidget(self.count_label)

        self.enterprise_box = CachedGroupBox()
        QVBoxLayout(self.enterprise_box).addWidget(self.enterprise_view)
        self.honour_box = CachedGroupBox()
        QVBoxLayout(self.honour_box).addWidget(self.honour_view)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(self.enterprise_box)
        tables.addWidget(self.honour_box)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 2)
        self.detail = QuotePane(context)
        splitter = self.splitter = SidePaneSplitter(tables, self.detail, main_min=600, side_min=240, side_width=340)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(splitter, 1)

        for view in (self.enterprise_view, self.honour_view):
            view.selectionModel().selectionChanged.connect(self._on_selection_changed)
            view.doubleClicked.connect(self._on_double_clicked)
        # Review marks: an achievement row marks its enterprise.
        install_review_menu(self.enterprise_view, context, lambda index: self.enterprise_model.row_at(
            self.enterprise_proxy.mapToSource(index).row()).enterprise.id if index.isValid() else None)
        install_review_menu(self.honour_view, context, lambda index: self.honour_model.row_at(
            self.honour_proxy.mapToSource(index).row()).id if index.isValid() else None)
        # Ctrl+C on either table: its selected rows as an HTML table and tab-separated text.
        self.copy_actions = [install_copy(view, self) for view in (self.enterprise_view, self.honour_view)]
        self._current_view: QTableView | None = None
        context.report_changed.connect(self._on_report_changed)
        context.language_changed.connect(self._on_language_changed)
        self._retranslate()
        self._select_first()

    # --- public ------------------------------------------------------------------------------------

    @Slot(str)
    def set_filter(self, text: str) -> None:
        """Show only rows containing ``text`` (case-insensitive, any column) in both tables."""
        self.enterprise_proxy.set_filter_text(text)
        self.honour_proxy.set_filter_text(text)
        self._update_count()

    def is_settled(self) -> bool:
        """Whether both tables are measured and shown (what a render waits for)."""
        return not self.measuring

    def location(self) -> str | None:
        """The key of the selected row, for Back and Forward."""
        return self.detail.key

    def go_to_location(self, key: str) -> None:
        self.select_key(key)

    def select_key(self, key: str) -> bool:
        """Select the row of an enterprise (its first achievement), an achievement key or an honour id."""
        self.filter_box.clear()
        targets = (
            (self.enterprise_view, self.enterprise_proxy, self.enterprise_model),
            (self.honour_view, self.honour_proxy, self.honour_model),
        )
        for view, proxy, model in targets:
            row = model.row_of_key(key)
            if row < 0 and model is self.enterprise_model:
                row = model.row_of_key(f"{key}#0")
            if row >= 0:
                index = proxy.mapFromSource(model.index(row, 0))
                view.setFocus()
                view.selectRow(index.row())
                view.scrollTo(index)
                return True
        return False

    # --- reactions ---------------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        sender_model = self.sender()
        for view in (self.enterprise_view, self.honour_view):
            if view.selectionModel() is sender_model and not selected.isEmpty():
                other = self.honour_view if view is self.enterprise_view else self.enterprise_view
                # One selection at a time across both tables, so the detail pane is unambiguous.
                other.selectionModel().blockSignals(True)
                other.clearSelection()
                other.selectionModel().blockSignals(False)
                self._current_view = view
        self._show_current()

    def _show_current(self) -> None:
        view = self._current_view
        rows = view.selectionModel().selectedRows() if view is not None else []
        if view is None or not rows:
            self.detail.clear()
            return
        proxy = view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        source_row = proxy.mapToSource(rows[0]).row()
        lang = self._context.lang
        if view is self.enterprise_view:
            row = self.enterprise_model.row_at(source_row)
            figures = self.enterprise_model.figures(row)
            details = row.achievement.text.get(lang) + (f"\n{figures}" if figures else "")
            english = " — ".join(t for t in (row.enterprise.name.en, row.achievement.text.en) if t)
            self.detail.show_item(row.key, row.enterprise.name.get(lang), row.achievement.quote, details, english)
        else:
            honour = self.honour_model.row_at(source_row)
            report = self._context.report
            count = report.fact(honour.count_fact)
            lines = [fill(self.tr("Count: %1"), fact_value(count, lang))]
            quote = count.quote
            if honour.rank_fact is not None:
                rank = report.fact(honour.rank_fact)
                lines.append(fill(self.tr("National rank: %1"), fact_value(rank, lang)))
                if rank.quote != count.quote:
                    quote = f"{count.quote}\n…\n{rank.quote}"
            self.detail.show_item(honour.id, honour.title.get(lang), quote, "\n".join(lines), honour.title.en)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        key = index.siblingAtColumn(0).data(Role.KEY)
        if key:
            self._context.show_source.emit(key)

    def _select_first(self) -> None:
        # Start with a row selected so the detail pane shows what it is for instead of an empty box.
        for view in (self.enterprise_view, self.honour_view):
            if view.model().rowCount():
                view.selectRow(0)
                return

    @Slot()
    def _on_report_changed(self) -> None:
        self._current_view = None
        self._fit_tables()
        self.detail.clear()
        self._update_count()
        self._select_first()

    def _large(self) -> bool:
        # One filter box drives both tables: when either is large, both keep their column widths fixed.
        return max(self.enterprise_model.rowCount(), self.honour_model.rowCount()) > LARGE_TABLE_ROWS

    def _fit_tables(self) -> None:
        large = self._large()
        fit_row_heights(self.enterprise_view, self.ENTERPRISE_CONTENT_COLUMNS, large=large, fitter=self._fitters[0])
        fit_row_heights(self.honour_view, self.HONOUR_CONTENT_COLUMNS, large=large, fitter=self._fitters[1])

    @Slot()
    def _measure_enterprises(self) -> None:
        fit_row_heights(self.enterprise_view, self.ENTERPRISE_CONTENT_COLUMNS, large=self._large(),
                        fitter=self._fitters[0])
        self.enterprise_view.show()
        next_turn(self, self._measure_honours)

    @Slot()
    def _measure_honours(self) -> None:
        fit_row_heights(self.honour_view, self.HONOUR_CONTENT_COLUMNS, large=self._large(), fitter=self._fitters[1])
        self.honour_view.show()
        self.measuring = False

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._retranslate()
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.enterprise_model.retranslate()
            self.honour_model.retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.filter_label.setText(self.tr("Filter:"))
        self.filter_box.setPlaceholderText(self.tr("name, achievement, honour…"))
        self.filter_box.setAccessibleName(self.tr("Filter enterprises and honours"))
        self.filter_box.setAccessibleDescription(self.tr("Shows the rows of both tables that contain the text."))
        self.enterprise_view.setAccessibleName(self.tr("Enterprises and projects"))
        self.enterprise_view.setAccessibleDescription(self.tr("Name, kind, achievement and figures; Enter or a "
                                                              "double click shows the sentence in the source."))
        self.honour_view.setAccessibleName(self.tr("National honours"))
        self.honour_view.setAccessibleDescription(self.tr("Honour, count, national rank and period."))
        self.enterprise_box.setTitle(self.tr("Enterprises and projects"))
        self.honour_box.setTitle(self.tr("National honours (count and national rank)"))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            fill(self.tr("%1 of %2 achievements, %3 of %4 honours"),
                 str(self.enterprise_proxy.rowCount()), str(self.enterprise_model.rowCount()),
                 str(self.honour_proxy.rowCount()), str(self.honour_model.rowCount()))
        )
