"""The table model and proxy both tables of the Enterprises tab build on: rows of report items with texts,
sort keys and filter texts made once per language, review badges, and sorting and filtering as set look-ups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)

from viewer.model.types import Fact, Report
from viewer.ui.common.roles import Role
from viewer.ui.context import AppContext
from viewer.ui.state.review_actions import review_badge, review_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex
_MISSING = object()


class ReportTableModel(QAbstractTableModel):
    """Shared plumbing: reset on a new report, refresh texts on a language switch."""

    # Set by each table's ``_load``: the report and its rows (AchievementRow or Honour, as the table shows).
    _report: Report
    _rows: list[Any]

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
        self.retranslate()

    # --- sorting and filtering (for ReportTableProxy) -----------------------------------------------

    def _remember_order(self) -> None:
        self._facts: dict[str, Fact] | None = None  # by id, made when first asked for (see _fact)
        self._report_order = {id(item): i for i, item in enumerate(self._rows)}
        self._filter_texts: dict[int, str] = {}
        self._match_cache: tuple[str, frozenset[int]] | None = None  # (needle, ids of the items holding it)
        # Per column, each item's sort key (by id(item)): a sort then reads a dict instead of calling data().
        self._sort_keys: dict[int, dict[int, object]] = {}
        # (id(item), column) -> the cell's display text; figures and fact look-ups cost too much per paint.
        self._cells: dict[tuple[int, int], object] = {}
        self._badges: dict[int, tuple[str, str]] = {id(item): self._badge(row) for row, item in enumerate(self._rows)}

    def _badged(self, item: object, item_id: str, text: str) -> str:
        """``text`` with the item's review badge in front, read from the badges remembered per row."""
        shown = self._badges.get(id(item))
        badge = shown[0] if shown is not None else review_badge(self._context, item_id)
        return f"{badge} {text}" if badge else text

    def _fact(self, fact_id: str | None) -> Fact | None:
        """The fact with this id, or None, from a dict made once per report (the report's own look-up is slow)."""
        if fact_id is None:
            return None
        if self._facts is None:
            self._facts = {fact.id: fact for fact in self._report.facts}
        return self._facts.get(fact_id)

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
                self._match_cache = None
                self._cells.pop((id(item), 0), None)
                self._sort_keys.pop(0, None)  # column 0 sorts by its badged text
                self._badges[id(item)] = shown  # before the views ask for the new text
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
            self._badges[id(item)] = shown

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by ``column``'s sort key (column -1: report order).

        ReportTableProxy hands sorting here: this asks each row for its key once, where a sorting proxy asks
        for two keys per comparison (seconds for thousands of rows).
        """
        rows = list(self._rows)
        if 0 <= column < self.columnCount():
            by_item = self._column_keys(column)
            keys = [by_item[id(item)] for item in rows]
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

    def _column_keys(self, column: int) -> dict[int, object]:
        """Every item's sort key in ``column`` (by id(item)), made once per column and language.

        Made straight from the items, not through index()/data(): thousands of those calls cost a frame
        many times over.
        """
        keys = self._sort_keys.get(column)
        if keys is None:
            lang = self._context.lang
            keys = self._sort_keys[column] = {id(item): self._sort_key(item, column, lang) for item in self._rows}
        return keys

    def _sort_key(self, item: object, column: int, lang: str) -> object:
        """The value ``item`` sorts by in ``column`` (its Role.SORT_KEY data)."""
        return self._text(item, column, lang)

    def _text(self, item: object, column: int, lang: str) -> object:
        """The display text of ``item``'s cell in ``column``, made once per item, column and language."""
        key = (id(item), column)
        value = self._cells.get(key, _MISSING)
        if value is _MISSING:
            value = self._cells[key] = self._display(item, column, lang)
        return value

    def _display(self, item: object, column: int, lang: str) -> object:
        raise NotImplementedError

    def matching_rows(self, needle: str) -> frozenset[int] | None:
        """Which items (by id) hold ``needle`` in their filter text (None: every item, for '').

        The answer for the last needle is kept until a text changes, so the proxy's check of each row is a
        set look-up.
        """
        if not needle:
            return None
        cached = self._match_cache
        if cached is not None and cached[0] == needle:
            return cached[1]
        lang = self._context.lang
        matches = frozenset(id(item) for item in self._rows if needle in self._item_filter_text(item, lang))
        self._match_cache = (needle, matches)
        return matches

    def row_matches(self, row: int, needle: str) -> bool:
        """Whether ``row``'s filter text holds ``needle``."""
        matches = self.matching_rows(needle)
        return matches is None or id(self._rows[row]) in matches

    def _item_filter_text(self, item: object, lang: str) -> str:
        text = self._filter_texts.get(id(item))
        if text is None:
            cells = (self._text(item, column, lang) for column in range(self.columnCount()))
            text = self._filter_texts[id(item)] = " ".join(str(c) for c in cells if c is not None).lower()
        return text

    def retranslate(self) -> None:
        """Forget cached texts and tell views that every text (cells and headers) changed."""
        self._filter_texts.clear()
        self._match_cache = None
        self._sort_keys.clear()
        self._cells.clear()
        rows, cols = self.rowCount(), self.columnCount()
        if rows and cols:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, cols - 1))
        if cols:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)

    def row_of_key(self, key: str) -> int:
        """The row whose item key is ``key`` (-1 when none)."""
        for row in range(self.rowCount()):
            if self.index(row, 0).data(Role.KEY) == key:
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

    def __init__(self, model: ReportTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self._model = model
        self._needle = ""
        self._matches: frozenset[int] | None = None  # ids of the rows the needle matched when last applied
        model.modelReset.connect(self._forget_matches)
        model.dataChanged.connect(self._forget_matches)

    @Slot()
    def _forget_matches(self) -> None:
        self._matches = None  # texts or rows changed: the next filter text is applied in any case

    def set_filter_text(self, text: str) -> None:
        """Only rows containing ``text`` ('' shows all)."""
        needle = text.lower()
        if needle == self._needle:
            return
        model = self.sourceModel()
        assert isinstance(model, ReportTableModel)
        matches = model.matching_rows(needle)
        self._needle = needle
        if matches == self._matches:
            return  # the same rows show: no need for the views to lay out (and measure) them again
        self._matches = matches
        # One layout change instead of a rows-removed/inserted signal per run of rows: views that size rows
        # to their contents (the honours table) then measure each row once, not once per run.
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, _source_parent: AnyIndex) -> bool:
        # Called from C++ for every row on each filter change: kept to a set look-up.
        needle = self._needle
        if not needle:
            return True
        model = self._model
        cached = model._match_cache
        if cached is not None and cached[0] == needle:
            return id(model._rows[source_row]) in cached[1]
        return model.row_matches(source_row, needle)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
