"""Table models of the Enterprises tab: achievements of enterprises and projects, and national honours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)

from viewer.model.format import fact_value, period_text
from viewer.model.provenance import achievement_key
from viewer.model.types import Achievement, Enterprise, EntityKind, Fact, Honour, Report
from viewer.ui.context import AppContext
from viewer.ui.review_actions import badged, review_badge, review_tooltip

ItemKeyRole = Qt.ItemDataRole.UserRole  # provenance key of the row's item
SortKeyRole = Qt.ItemDataRole.UserRole + 1  # a value that sorts naturally (numbers as numbers)
QuoteRole = Qt.ItemDataRole.UserRole + 2  # the verbatim quote

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AchievementRow:
    """One achievement of an enterprise, project or base: a table row."""

    enterprise: Enterprise
    index: int
    achievement: Achievement

    @property
    def key(self) -> str:
        return achievement_key(self.enterprise.id, self.index)


def _fact(report: Report, fact_id: str | None) -> Fact | None:
    """The fact with this id, or None (a validated report has them all; a draft may not)."""
    if fact_id is None:
        return None
    try:
        return report.fact(fact_id)
    except KeyError:
        return None


class _ReportTableModel(QAbstractTableModel):
    """Shared plumbing: reset on a new report, refresh texts on a language switch."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._load(context.report)
        self._remember_order()
        context.report_changed.connect(self._on_report_changed)
        context.language_changed.connect(self._on_language_changed)
        context.state_changed.connect(self._on_state_changed)  # review badges

    def _load(self, report: Report) -> None:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        # Qt asks this for nearly every index; translating the headers each time cost seconds on large reports.
        count = self.__dict__.get("_column_count")
        if count is None:
            count = self.__dict__["_column_count"] = len(self.headers())
        return count

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    @Slot()
    def _on_report_changed(self) -> None:
        self.beginResetModel()
        self._load(self._context.report)
        self._remember_order()
        self.endResetModel()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._filter_texts.clear()
        self.retranslate()

    # --- sorting and filtering (for ReportTableProxy) -----------------------------------------------

    def _remember_order(self) -> None:
        self._report_order = {id(item): i for i, item in enumerate(self._rows)}
        self._filter_texts: dict[int, str] = {}
        self._badges: dict[int, tuple[str, str]] = {id(item): self._badge(row) for row, item in enumerate(self._rows)}

    def _badge(self, row: int) -> tuple[str, str]:
        item_id = self.review_id(row)
        return review_badge(self._context, item_id), review_tooltip(self._context, item_id)

    def review_id(self, row: int) -> str:
        """The id whose review mark ``row`` shows as a badge."""
        raise NotImplementedError

    @Slot()
    def _on_state_changed(self) -> None:
        # A check mark elsewhere changes no badge here: announce only the rows whose badge or review
        # comment changed, instead of every cell (which made the views measure every row again).
        for row, item in enumerate(self._rows):
            shown = self._badge(row)
            if self._badges.get(id(item)) != shown:
                self._filter_texts.pop(id(item), None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
            self._badges[id(item)] = shown

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by ``column``'s sort key (column -1: report order).

        ReportTableProxy hands sorting here: this asks each row for its key once, where a sorting proxy asks
        for two keys per comparison (seconds for thousands of rows).
        """
        rows = list(self._rows)
        if 0 <= column < self.columnCount():
            keys = [self.data(self.index(i, column), SortKeyRole) for i in range(len(rows))]
            new_order = _sorted_indices(keys, order == Qt.SortOrder.DescendingOrder)
        else:
            new_order = sorted(range(len(rows)), key=lambda i: self._report_order.get(id(rows[i]), i))
        if new_order == list(range(len(rows))):
            return
        self.layoutAboutToBeChanged.emit()
        position = {old: new for new, old in enumerate(new_order)}
        self._rows = [rows[i] for i in new_order]
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(position[p.row()], p.column()) for p in persistent]
        )
        self.layoutChanged.emit()

    def filter_text(self, row: int) -> str:
        """Every column's text of ``row``, lowercased (computed once per row and language)."""
        item = self._rows[row]
        text = self._filter_texts.get(id(item))
        if text is None:
            cells = (self.data(self.index(row, column)) for column in range(self.columnCount()))
            text = self._filter_texts[id(item)] = " ".join(str(c) for c in cells if c is not None).lower()
        return text

    def retranslate(self) -> None:
        """Tell views that every text (cells and headers) changed."""
        rows, cols = self.rowCount(), self.columnCount()
        if rows and cols:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
        if cols:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)

    def row_of_key(self, key: str) -> int:
        """The row whose item key is ``key`` (-1 when none)."""
        for row in range(self.rowCount()):
            if self.index(row, 0).data(ItemKeyRole) == key:
                return row
        return -1


def _sorted_indices(keys: list[object], descending: bool) -> list[int]:
    """Row indices ordered by ``keys`` (None last when ascending; mixed types compared as text)."""
    indices = range(len(keys))
    try:
        return sorted(indices, key=lambda i: (keys[i] is None, keys[i]), reverse=descending)
    except TypeError:
        return sorted(indices, key=lambda i: (keys[i] is None, str(keys[i])), reverse=descending)


class ReportTableProxy(QSortFilterProxyModel):
    """Shows the rows whose text holds the filter (case-insensitive, any column); sorting is the model's."""

    def __init__(self, model: _ReportTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self._needle = ""

    def set_filter_text(self, text: str) -> None:
        """Only rows containing ``text`` ('' shows all)."""
        self.beginFilterChange()
        self._needle = text.lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, _ReportTableModel)
        return self._needle in model.filter_text(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class EnterpriseTableModel(_ReportTableModel):
    """Columns: name, kind, achievement, figures it states."""

    def _load(self, report: Report) -> None:
        self._report = report
        self._rows = [
            AchievementRow(ent, i, ach) for ent in report.enterprises for i, ach in enumerate(ent.achievements)
        ]

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Achievement"), self.tr("Figures")]

    def kind_name(self, kind: EntityKind) -> str:
        """The translated kind of an entity."""
        return {
            EntityKind.ENTERPRISE: self.tr("enterprise"),
            EntityKind.PROJECT: self.tr("project"),
            EntityKind.BASE: self.tr("industrial base"),
        }[kind]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def review_id(self, row: int) -> str:
        return self._rows[row].enterprise.id

    def row_at(self, row: int) -> AchievementRow:
        """The achievement shown in ``row``."""
        return self._rows[row]

    def figures(self, row: AchievementRow) -> str:
        """The values of the facts an achievement states, e.g. '1166个; 第6位'."""
        lang = self._context.lang
        out = []
        for fact_id in row.achievement.facts:
            fact = _fact(self._report, fact_id)
            if fact is not None:
                out.append(fact_value(fact, lang))
        return "; ".join(out)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        lang = self._context.lang
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return review_tooltip(self._context, row.enterprise.id) or row.enterprise.name.get(lang)
                return badged(self._context, row.enterprise.id, row.enterprise.name.get(lang))
            if column == 1:
                return self.kind_name(row.enterprise.kind)
            if column == 2:
                return row.achievement.text.get(lang) if role == Qt.ItemDataRole.DisplayRole else row.achievement.quote
            if column == 3:
                return self.figures(row)
            return None
        if role == SortKeyRole:
            if column == 3:
                facts = [f for f in (_fact(self._report, i) for i in row.achievement.facts) if f is not None]
                return facts[0].value if facts else -1.0
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ItemKeyRole:
            return row.key
        if role == QuoteRole:
            return row.achievement.quote
        return None


class HonourTableModel(_ReportTableModel):
    """Columns: title, count, national rank, period (count and rank read from the honour's facts)."""

    def _load(self, report: Report) -> None:
        self._report = report
        self._rows: list[Honour] = list(report.honours)

    def headers(self) -> list[str]:
        return [self.tr("Honour"), self.tr("Count"), self.tr("National rank"), self.tr("Period")]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def review_id(self, row: int) -> str:
        return self._rows[row].id

    def row_at(self, row: int) -> Honour:
        """The honour shown in ``row``."""
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        honour = self._rows[index.row()]
        lang = self._context.lang
        count = _fact(self._report, honour.count_fact)
        rank = _fact(self._report, honour.rank_fact)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return review_tooltip(self._context, honour.id) or honour.title.get(lang)
                return badged(self._context, honour.id, honour.title.get(lang))
            if column == 1:
                return fact_value(count, lang) if count else ""
            if column == 2:
                return fact_value(rank, lang) if rank else ""
            if column == 3:
                return period_text(count, lang) if count else ""
            return None
        if role == SortKeyRole:
            if column == 1:
                return count.value if count else -1.0
            if column == 2:
                # Unranked honours sort after every ranked one.
                return rank.value if rank else 1e9
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ItemKeyRole:
            return honour.id
        if role == QuoteRole:
            return count.quote if count else ""
        return None
