"""The Library view's Side by side page: two reports, every indicator both state, with both values, the change
and both sentences. Double-clicking a value or a sentence opens that report there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.model.format import fact_value, number, period_text
from viewer.model.library import queries
from viewer.model.library.carried import consecutive_pairs
from viewer.model.library.index import LibraryIndex
from viewer.model.library.indicators import default_vocabulary
from viewer.model.library.records import IndicatorPoint, LibraryReport
from viewer.model.library.side_by_side import NoChange, SideRow, side_by_side
from viewer.model.units import unit_label
from viewer.ui.common.roles import Role
from viewer.ui.common.widgets import fill, plain_label


def change_text(row: SideRow, lang: str) -> str:
    """'+1.5 percentage points', '−0.9个百分点'; why there is none ('a bound: no exact change')."""
    if row.change is None:
        if row.no_change == NoChange.BOUND:
            return QCoreApplication.translate("LibrarySideBySide", "none: a value is a bound")
        return QCoreApplication.translate("LibrarySideBySide", "none: other units")
    sign = "+" if row.change > 0 else "−" if row.change < 0 else "±"
    unit = unit_label(row.change_unit, lang)
    amount = number(abs(row.change))
    return f"{sign}{amount}{unit}" if lang != "en" or unit in ("%", "") else f"{sign}{amount} {unit}"


def value_cell(point: IndicatorPoint, lang: str) -> str:
    period = period_text(point.fact, lang)
    return f"{fact_value(point.fact, lang)} ({period})" if period else fact_value(point.fact, lang)


class SidePane(QWidget):
    """Two report pickers over the table of shared indicators.

    Signals:
        open_fact(object, str): open the report at a path at a fact.
    """

    open_fact = Signal(object, str)
    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: LibraryIndex | None = None
        self.lang = "zh"
        self.rows: list[SideRow] = []
        self.a_combo = QComboBox()
        self.a_combo.setObjectName("sideA")
        self.b_combo = QComboBox()
        self.b_combo.setObjectName("sideB")
        for combo in (self.a_combo, self.b_combo):
            combo.currentIndexChanged.connect(self._redraw)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("sideTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)  # one line a row; every cell's whole text in its tooltip
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._on_cell)
        self.table.cellDoubleClicked.connect(self._on_cell)
        self.note = plain_label(wrap=True)
        self.note.setObjectName("sideNote")
        pick = QHBoxLayout()
        self.a_label, self.b_label = plain_label(), plain_label()
        pick.addWidget(self.a_label)
        pick.addWidget(self.a_combo, 1)
        pick.addWidget(self.b_label)
        pick.addWidget(self.b_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_index(self, index: LibraryIndex, lang: str) -> None:
        """List the reports of ``index`` (the chosen pair kept; at first the latest consecutive pair)."""
        self.index, self.lang = index, lang
        reports = [r for r in queries.list_reports(index) if r.ok]
        reports.sort(key=lambda r: (r.region.zh if r.region else "", r.year or 0, str(r.path)))
        chosen = (self.a_combo.currentData(), self.b_combo.currentData())
        if chosen == (None, None):
            pairs = consecutive_pairs(reports)
            chosen = (str(pairs[0][0].path), str(pairs[0][1].path)) if pairs else (None, None)
        for combo, path in zip((self.a_combo, self.b_combo), chosen, strict=True):
            combo.blockSignals(True)
            combo.clear()
            for r in reports:
                combo.addItem(self.report_name(r), str(r.path))
            found = combo.findData(path)
            combo.setCurrentIndex(found if found >= 0 else 0 if reports else -1)
            combo.blockSignals(False)
        self._redraw()

    def report_name(self, report: LibraryReport) -> str:
        where = " ".join(t for t in (report.region.get(self.lang) if report.region else "", str(report.year or ""))
                         if t)
        return f"{where} — {report.name(self.lang)}" if where else report.name(self.lang)

    def choose(self, a: Path, b: Path) -> bool:
        ia, ib = self.a_combo.findData(str(a)), self.b_combo.findData(str(b))
        if ia < 0 or ib < 0:
            return False
        self.a_combo.setCurrentIndex(ia)
        self.b_combo.setCurrentIndex(ib)
        return True

    @Slot()
    def _redraw(self) -> None:
        a, b = self.a_combo.currentData(), self.b_combo.currentData()
        self.rows = []
        if self.index is not None and a is not None and b is not None:
            points_a, points_b = queries.report_points(self.index, Path(a)), queries.report_points(self.index, Path(b))
            order = [i.id for i in default_vocabulary().all()]
            self.rows = side_by_side(points_a, points_b, order)
            only = len({p.fact.indicator for p in points_a} ^ {p.fact.indicator for p in points_b})
            self.note.setText(fill(self.tr("%1 indicators stated in both reports; %2 in only one of them."),
                                   len(self.rows), only))
        else:
            self.note.setText(self.tr("Choose two reports of the library."))
        self._fill()

    def _fill(self) -> None:
        vocabulary = default_vocabulary()
        self.table.setRowCount(len(self.rows))
        lang = self.lang
        for r, row in enumerate(self.rows):
            cells = (vocabulary.name(row.indicator_id, lang), value_cell(row.a, lang), value_cell(row.b, lang),
                     change_text(row, lang), row.a.fact.quote, row.b.fact.quote)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                point = row.a if c in (1, 4) else row.b if c in (2, 5) else None
                if point is not None:
                    item.setData(Role.REPORT_PATH, str(point.path))
                    item.setData(Role.KEY, point.fact.id)
                self.table.setItem(r, c, item)

    @Slot(int, int)
    def _on_cell(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is not None and item.data(Role.REPORT_PATH):
            self.open_fact.emit(Path(item.data(Role.REPORT_PATH)), item.data(Role.KEY))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        if self.index is not None:
            self.set_index(self.index, lang)

    def retranslate(self) -> None:
        self.a_label.setText(self.tr("Report A:"))
        self.b_label.setText(self.tr("Report B:"))
        self.a_combo.setAccessibleName(self.tr("Report A"))
        self.b_combo.setAccessibleName(self.tr("Report B"))
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("A"), self.tr("B"),
                                              self.tr("Change (B − A)"), self.tr("Sentence in A"),
                                              self.tr("Sentence in B")])
        self.table.setAccessibleName(self.tr("Indicators both reports state"))
