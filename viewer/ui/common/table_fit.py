"""Fitting a table's content columns and wrapped row heights to their text when the text changes, not on show.

``QHeaderView.ResizeMode.ResizeToContents`` measures every row again whenever the view lays itself out, and
a view lays itself out each time its tab is shown again: two small tables took a frame and a half to show.
``ContentFitter`` measures with ``resizeColumnToContents`` / ``resizeRowsToContents`` only when what
decides the sizes changes: the rows or their texts (reset, filter, sort, data), or a column's width (a
stretched column follows the window; wrapped rows follow it). A stretched column's width changes without
``sectionResized``, so the viewport's width is watched too; rows are fitted again just after it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView


class ContentFitter(QObject):
    """Keeps ``view``'s ``columns`` as wide as their contents and, with ``rows``, each row as high as its text."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._columns: tuple[int, ...] = ()
        self._rows = False
        self._fitting = False
        self._rows_pending = False
        self._fit_pending = False
        self._fit_on_show = False  # a fit asked for while the table was hidden: done when it is shown
        # Rows asked to fit while the table was not shown: fitted when it is, at the widths its layout gives it (a
        # table built with its tab was measured at the widths it had before, again as the header stretched, and a
        # third time when shown: 3 x 15 ms for the 10k-fact report's 60 honours).
        self._rows_on_show = False
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit)
        # A bulk change (review marks imported) announces its rows one by one: measure once after the last.
        model.dataChanged.connect(self._schedule_fit)
        view.horizontalHeader().sectionResized.connect(self._on_section_resized)
        view.viewport().installEventFilter(self)

    def configure(self, columns: tuple[int, ...], *, rows: bool) -> None:
        """Fit ``columns`` to their contents and (``rows``) the row heights from now on; fits once now."""
        self._columns = columns
        self._rows = rows
        header = self._view.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.fit()

    @Slot()
    def fit(self) -> None:
        """Measure the content columns, then the rows (whose wrapped text depends on the widths)."""
        if self._fitting or not (self._columns or self._rows):
            return
        self._fitting = True
        try:
            for column in self._columns:
                self._view.resizeColumnToContents(column)
            if self._rows:
                if self._view.isVisible():
                    self._view.resizeRowsToContents()
                else:
                    self._rows_on_show = True
        finally:
            self._fitting = False

    @Slot()
    def _schedule_fit(self) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._scheduled_fit)

    @Slot()
    def _scheduled_fit(self) -> None:
        self._fit_pending = False
        if not self._view.isVisibleTo(self._view.window()):
            # A table on a hidden tab (its texts changed with the language): measured when it is shown next.
            self._fit_on_show = True
            return
        self.fit()

    @Slot(int, int, int)
    def _on_section_resized(self, _section: int, old: int, new: int) -> None:
        if not self._fitting and old != new and not self._rows_pending:  # pending: fitted once the layout is done
            self._fit_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._fit_on_show:
            self._fit_on_show = self._rows_on_show = False
            self.fit()
        elif event.type() == QEvent.Type.Show and self._rows_on_show:
            # Shown: its layout gives it its widths next, column by column; the rows are fitted once, at the end.
            self._rows_on_show = False
            self._schedule_rows()
        elif event.type() == QEvent.Type.Paint and self._rows_pending:
            self._fit_rows()  # before the first painting, not a frame later
        if event.type() == QEvent.Type.Resize and self._rows:
            assert isinstance(event, QResizeEvent)
            if event.size().width() != event.oldSize().width():
                # The header stretches its last columns after this event: fit once it has.
                self._schedule_rows()
        return False

    def _schedule_rows(self) -> None:
        if not self._rows_pending:
            self._rows_pending = True
            QTimer.singleShot(0, self, self._scheduled_rows)

    @Slot()
    def _scheduled_rows(self) -> None:
        if self._rows_pending:  # not fitted by a paint meanwhile
            self._fit_rows()

    @Slot()
    def _fit_rows(self) -> None:
        self._rows_pending = False
        if self._fitting or not self._rows:
            return
        if not self._view.isVisibleTo(self._view.window()):
            self._fit_on_show = True  # hidden tab: measured on its next visit
            return
        if not self._view.isVisible():
            self._rows_on_show = True  # not shown yet (a tab being built): measured when shown
            return
        self._rows_on_show = False
        self._fitting = True
        try:
            self._view.resizeRowsToContents()
        finally:
            self._fitting = False
