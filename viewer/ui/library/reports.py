"""The Library view's list of reports and its search across all of them.

The table shows each report's region, year, title, publisher, meeting date, figures, tasks, how far its review
and checklist have come, and whether it is accepted, a draft or has a problem; sorted by any column. Typing in
the search box lists hits from every report instead (figures, quotes, tasks, enterprises, the user's notes and
comments), best first; activating a report or a hit opens it (at the item).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.model.library import queries
from viewer.model.library.records import HitKind, LibraryHit, LibraryReport
from viewer.ui.common.roles import Role
from viewer.ui.common.widgets import fill, plain_label

AnyIndex = QModelIndex | QPersistentModelIndex
RESIZE_SAMPLE_ROWS = 40
COLUMNS = ("region", "year", "title", "publisher", "meeting", "figures", "tasks", "review", "checklist", "status")


def status_text(report: LibraryReport) -> str:
    """'Accepted', 'Draft (12 to check)', 'Problem'; examples say so."""
    if not report.ok:
        return QCoreApplication.translate("LibraryReports", "Problem")
    if report.accepted:
        status = QCoreApplication.translate("LibraryReports", "Accepted")
    else:
        status = fill(QCoreApplication.translate("LibraryReports", "Draft (%1 to check)"), report.drafted)
    return fill(QCoreApplication.translate("LibraryReports", "%1, example"), status) if report.example else status


class ReportsModel(QAbstractTableModel):
    """The library's reports, one row each."""

    def __init__(self, lang: str = "zh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[LibraryReport] = []

    def set_reports(self, reports: list[LibraryReport]) -> None:
        self.beginResetModel()
        self._rows = list(reports)
        self.endResetModel()

    def reports(self) -> list[LibraryReport]:
        return list(self._rows)

    def report(self, row: int) -> LibraryReport:
        return self._rows[row]

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {"region": self.tr("Region"), "year": self.tr("Year"), "title": self.tr("Title"),
                 "publisher": self.tr("Publisher"),
                 "meeting": self.tr("Meeting date"), "figures": self.tr("Figures"), "tasks": self.tr("Tasks"),
                 "review": self.tr("Reviewed"), "checklist": self.tr("Checklist"), "status": self.tr("Status")}
        return names[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Role.REPORT:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.problem if not r.ok else f"{r.name(self.lang)}\n{r.path}"
        if role in (Qt.ItemDataRole.DisplayRole, Role.SORT_KEY):
            sort = role == Role.SORT_KEY
            return self._value(r, column, sort)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("year", "figures", "tasks", "review", "checklist"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _value(self, r: LibraryReport, column: str, sort: bool) -> object:
        lang = self.lang
        if column == "region":
            return r.region.get(lang) if r.region else ""
        if column == "year":
            return (r.year or 0) if sort else (str(r.year) if r.year else "")
        if column == "title":
            return r.name(lang)
        if column == "publisher":
            return r.publisher.get(lang) if r.publisher else ""
        if column == "meeting":
            return r.meeting_date.isoformat() if r.meeting_date else ""
        if column == "figures":
            return r.facts if sort else (str(r.facts) if r.ok else "")
        if column == "tasks":
            return r.tasks if sort else (str(r.tasks) if r.ok else "")
        if column == "review":
            share = r.checked / r.reviewable if r.reviewable else 0.0
            return share if sort else (f"{r.checked}/{r.reviewable}" if r.ok else "")
        if column == "checklist":
            share = r.done / r.actions if r.actions else 0.0
            return share if sort else (f"{r.done}/{r.actions}" if r.ok else "")
        return (0 if r.accepted else 1 if r.ok else 2) if sort else status_text(r)


class HitsModel(QAbstractListModel):
    """Search hits across the library."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[LibraryHit] = []
        self.lang = "zh"

    def set_hits(self, hits: list[LibraryHit], lang: str) -> None:
        self.beginResetModel()
        self._hits, self.lang = list(hits), lang
        self.endResetModel()

    def hit(self, row: int) -> LibraryHit:
        return self._hits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Role.HIT:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit_heading(hit, self.lang)}\n{report_line(hit, self.lang)}\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{report_line(hit, self.lang)}\n{hit.snippet}"
        return None


def kind_text(kind: HitKind) -> str:
    """What a hit is, in the interface language."""
    names = {
        HitKind.FACT: QCoreApplication.translate("LibraryReports", "Figure"),
        HitKind.ENTERPRISE: QCoreApplication.translate("LibraryReports", "Enterprise"),
        HitKind.HONOUR: QCoreApplication.translate("LibraryReports", "Honour"),
        HitKind.TASK: QCoreApplication.translate("LibraryReports", "Task"),
        HitKind.ACTION: QCoreApplication.translate("LibraryReports", "Action"),
        HitKind.NOTE: QCoreApplication.translate("LibraryReports", "Your note"),
        HitKind.COMMENT: QCoreApplication.translate("LibraryReports", "Your comment"),
    }
    return names[kind]


def hit_heading(hit: LibraryHit, lang: str) -> str:
    """'Figure · 数字经济规模 — 9800亿元, 2022'; a note or comment names the item it is on."""
    if hit.kind in (HitKind.NOTE, HitKind.COMMENT):
        return f"{kind_text(hit.kind)} · {hit.key}"
    return f"{kind_text(hit.kind)} · {hit.heading(lang)}"


def report_line(hit: LibraryHit, lang: str) -> str:
    """The report a hit is in: its title, region and year."""
    where = " ".join(t for t in (hit.region.get(lang) if hit.region else "", str(hit.year or "")) if t)
    return f"{hit.report_title.get(lang)} ({where})" if where else hit.report_title.get(lang)


def hit_html(hit: LibraryHit, lang: str, palette: QPalette) -> str:
    start, end = hit.match
    text = hit.snippet
    mark = palette.color(QPalette.ColorRole.Highlight)
    on_mark = palette.color(QPalette.ColorRole.HighlightedText)
    highlighted = (f"<span style='background-color:{mark.name()}; color:{on_mark.name()}'>"
                   f"{escape(text[start:end])}</span>") if end > start else ""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return (f"<b>{escape(hit_heading(hit, lang))}</b><br/><span style='color:{muted}'>"
            f"{escape(report_line(hit, lang))}</span><br/>{escape(text[:start])}{highlighted}{escape(text[end:])}")


class HitDelegate(QStyledItemDelegate):
    """A hit as three lines of escaped rich text: heading, report, snippet with the match highlighted; each line
    cut at the list's edge (the whole hit is in its tooltip)."""

    MARGIN = 3

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(self.MARGIN)
        document.setDefaultFont(option.font)
        model = index.model()
        lang = getattr(model, "lang", "zh")
        document.setHtml(hit_html(index.data(Role.HIT), lang, option.palette))
        option_text = document.defaultTextOption()
        option_text.setWrapMode(option_text.WrapMode.NoWrap)
        document.setDefaultTextOption(option_text)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""
        style = cell.widget.style() if cell.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, cell.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if option.state & QStyle.StateFlag.State_Selected \
            else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorGroup.Normal, role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        lines = 3 * QFontMetrics(option.font).lineSpacing()
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return QSize(max(50, width), lines + 2 * self.MARGIN + 4)


class ReportsPane(QWidget):
    """The search box over the table of reports (or, while searching, the hits).

    Signals:
        open_report(object): a report was activated (a LibraryReport).
        open_hit(object): a hit was activated (a LibraryHit).
    """

    open_report = Signal(object)
    open_hit = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index_source: object = None  # the LibraryIndex searched (set by the page)
        self.lang = "zh"
        self.box = QLineEdit()
        self.box.setObjectName("librarySearch")
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self.search)
        self.box.returnPressed.connect(self._activate_first)
        self.model = ReportsModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT_KEY)
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("year"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Columns fit their text as seen in a sample of rows: measuring all of 500 rows took over a second.
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_report_activated)
        self.hits = HitsModel(self)
        self.results = QListView()
        self.results.setObjectName("librarySearchResults")
        self.results.setModel(self.hits)
        self.results.setItemDelegate(HitDelegate(self.results))
        # Every hit is three lines high (heading, report, snippet; the whole text in the tooltip): the list lays
        # out hundreds of hits without measuring each one's text.
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._on_hit_activated)
        self.results.clicked.connect(self._on_hit_activated)
        self.count = plain_label()
        self.count.setObjectName("librarySearchCount")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def set_reports(self, reports: list[LibraryReport]) -> None:
        self.model.set_reports(reports)
        self.search(self.box.text())

    def selected_reports(self) -> list[LibraryReport]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.report(r) for r in rows]

    def row_of(self, path: Path) -> int:
        """The table row (as shown) of the report at ``path``; -1 when it is not listed."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Role.REPORT).path == path:
                return row
        return -1

    @Slot(str)
    def search(self, text: str) -> list[LibraryHit]:
        """List the hits of ``text`` across the library (the table again when it is empty)."""
        searching = bool(text.strip())
        # index_source is the index's connection provider, which queries.search reads as an untyped SQLite source.
        hits = queries.search(self.index_source, text, self.lang) if searching and self.index_source else []  # type: ignore[arg-type]
        self.hits.set_hits(hits, self.lang)
        self.stack.setCurrentWidget(self.results if searching else self.table)
        self._update_count()
        return hits

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.model.set_language(lang)
        self.search(self.box.text())

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Search every report: figures, quotes, tasks, enterprises, your notes…"))
        self.box.setAccessibleName(self.tr("Search the library"))
        self.table.setAccessibleName(self.tr("Reports of the library"))
        self.results.setAccessibleName(self.tr("Search results across the library"))
        self.model.retranslate()
        self._update_count()

    def _update_count(self) -> None:
        if self.box.text().strip():
            n = self.hits.rowCount()
            self.count.setText(self.tr("1 hit") if n == 1 else fill(self.tr("%1 hits"), n))
        else:
            n = self.model.rowCount()
            self.count.setText(self.tr("1 report") if n == 1 else fill(self.tr("%1 reports"), n))

    @Slot(QModelIndex)
    def _on_report_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_report.emit(index.data(Role.REPORT))

    @Slot(QModelIndex)
    def _on_hit_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_hit.emit(self.hits.hit(index.row()))

    @Slot()
    def _activate_first(self) -> None:
        if self.stack.currentWidget() is self.results and self.hits.rowCount():
            self.open_hit.emit(self.hits.hit(0))
