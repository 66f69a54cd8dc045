"""Filtering and sorting the Figures table: by text, kind, section and review state; numbers sort as numbers."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from viewer.model.state import Mark
from viewer.model.types import FactKind
from viewer.ui.common.roles import Role
from viewer.ui.figures.model import FiguresModel

AnyIndex = QModelIndex | QPersistentModelIndex


class ReviewFilter(StrEnum):
    """Which review states the table shows."""

    ALL = "all"
    UNREVIEWED = "unreviewed"
    QUESTIONED = "questioned"
    CHECKED = "checked"
    DRAFT = "draft"  # items still marked draft (edit mode)
    PROBLEMS = "problems"  # rows with a problem (edit mode)


class FiguresProxy(QSortFilterProxyModel):
    """The Figures model filtered by text, kind, section and review state, sorted by ``Role.SORT_KEY``."""

    def __init__(self, model: FiguresModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setSourceModel(model)
        self.setSortRole(Role.SORT_KEY)
        self._text = ""
        self._kind: FactKind | None = None
        self._section: str | None = None
        self._review = ReviewFilter.ALL
        # A row's review state or text changes with a mark: filter again then, so "not yet reviewed" empties.
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        """Rows whose texts (labels, value, quote, comment, id, tags) contain ``text``, case-insensitive."""
        needle = " ".join(text.split()).lower()
        if needle != self._text:
            self._text = needle
            self.refilter()

    def set_kind(self, kind: FactKind | None) -> None:
        if kind != self._kind:
            self._kind = kind
            self.refilter()

    def set_section(self, section: str | None) -> None:
        if section != self._section:
            self._section = section
            self.refilter()

    def set_review(self, review: ReviewFilter) -> None:
        if review != self._review:
            self._review = review
            self.refilter()

    def refilter(self) -> None:
        """Apply the filters again (a row's text or review state changed, or a filter did)."""
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.9+; invalidateRowsFilter is deprecated there
        if begin is not None:
            begin()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def is_filtering(self) -> bool:
        return bool(self._text) or self._kind is not None or self._section is not None or \
            self._review is not ReviewFilter.ALL

    def clear_filters(self) -> None:
        self._text, self._kind, self._section, self._review = "", None, None, ReviewFilter.ALL
        self.refilter()

    def filterAcceptsRow(self, source_row: int, _source_parent: AnyIndex) -> bool:
        model = self._model
        fact = model.fact(source_row)
        if self._kind is not None and fact.kind != self._kind:
            return False
        if self._section is not None and fact.section != self._section:
            return False
        review = self._review
        if review is not ReviewFilter.ALL:
            mark = model.mark(fact.id)
            if review is ReviewFilter.UNREVIEWED and mark is not Mark.UNREVIEWED:
                return False
            if review is ReviewFilter.QUESTIONED and mark is not Mark.QUESTIONED:
                return False
            if review is ReviewFilter.CHECKED and mark is not Mark.CHECKED:
                return False
            if review is ReviewFilter.DRAFT and not fact.draft:
                return False
            if review is ReviewFilter.PROBLEMS and not model.has_problem(fact.id):
                return False
        if self._text:
            return self._text in model.filter_text(source_row)
        return True
