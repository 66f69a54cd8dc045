"""The Figures table's model: one row per fact of the report, every field a column, numbers sorting as numbers.

Rows follow the report's order; ``Role.SORT_KEY`` gives each cell a value that sorts naturally (the figure as a
float, the review mark by severity), which the proxy (``FiguresProxy``) sorts by. A new version of the same
report (an edit) keeps the rows when the fact ids are unchanged and announces only changed cells.
In edit mode the editable columns accept changes through ``context.editor`` (viewer.ui.edit.session).
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QBrush, QColor

from viewer.model.format import comparison_text, fact_value, number, period_text
from viewer.model.state import Mark
from viewer.model.types import Fact, FactKind, Scope
from viewer.model.units import unit_label
from viewer.ui.common.badges import mark_colour, mark_icon
from viewer.ui.common.fact_names import kind_label, scope_label
from viewer.ui.common.roles import Role
from viewer.ui.context import AppContext

AnyIndex = QModelIndex | QPersistentModelIndex

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)

_MARK_ORDER = {Mark.QUESTIONED: 0, Mark.UNREVIEWED: 1, Mark.CHECKED: 2}


class FiguresModel(QAbstractTableModel):
    """Every fact of the context's report, one row each."""

    (REVIEW, LABEL, LABEL_EN, VALUE, UNIT, PERIOD, KIND, SCOPE, COMPARISON, SECTION, COMMENT, QUOTE) = range(12)
    COLUMNS = 12

    def __init__(self, context: AppContext, parent: QObject | None = None, *, follow_language: bool = True) -> None:
        super().__init__(parent)
        self._context = context
        self._facts: list[Fact] = []
        self._sections: dict[str, Any] = {}
        self._problems: dict[str, str] = {}
        self._load()
        context.report_changed.connect(self._on_report_changed)
        if follow_language:  # else its owner calls retranslate(), when its view is shown
            context.language_changed.connect(self._on_language_changed)
        context.state_changed.connect(self._on_state_changed)

    # --- rows ----------------------------------------------------------------------------------------

    def _load(self) -> None:
        report = self._context.report
        self._facts = list(report.facts)
        self._sections = {s.id: s for s in report.sections}
        self._row_of = {f.id: i for i, f in enumerate(self._facts)}

    def fact(self, row: int) -> Fact:
        """The fact shown in ``row``."""
        return self._facts[row]

    def fact_ids(self) -> Container[str]:
        """The ids of the facts shown (a look-up, not a copy)."""
        return self._row_of.keys()

    def row_of(self, fact_id: str) -> int:
        """The row of a fact, -1 when the report has none with that id."""
        return self._row_of.get(fact_id, -1)

    def has_problem(self, fact_id: str) -> bool:
        return fact_id in self._problems

    def filter_text(self, row: int) -> str:
        """Every text of ``row`` in lower case (the text filter looks in it)."""
        return self._filter_text(self._facts[row])

    def set_problems(self, problems: dict[str, str]) -> None:
        """Problems (translated text) by fact id, shown on their rows in edit mode."""
        if problems == self._problems:
            return
        changed = set(problems) ^ set(self._problems) | {k for k in problems if problems[k] != self._problems.get(k)}
        self._problems = dict(problems)
        for fact_id in changed:
            row = self.row_of(fact_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    @Slot()
    def _on_report_changed(self) -> None:
        old_ids = [f.id for f in self._facts]
        new = self._context.report.facts
        if [f.id for f in new] == old_ids and old_ids:
            # The same facts (an edit of one): keep the rows, the selection and the scroll position.
            self._load()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._facts) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        """Tell the views every text changed (the language did); a filtering, sorting proxy filters again."""
        if self._facts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._facts) - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    @Slot()
    def _on_state_changed(self) -> None:
        if self._facts:
            for column in (self.REVIEW, self.COMMENT):
                self.dataChanged.emit(self.index(0, column), self.index(len(self._facts) - 1, column))

    # --- Qt model ------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editor = getattr(self._context, "editor", None)
        if editor is not None and editor.active and index.column() in EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mark(self, fact_id: str) -> Mark:
        state = self._context.state
        return state.mark_of(fact_id) if state is not None else Mark.UNREVIEWED

    def comment(self, fact_id: str) -> str:
        state = self._context.state
        record = state.mark(fact_id) if state is not None else None
        return record.comment if record is not None else ""

    def data(self, index: AnyIndex, role: int = DISPLAY) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._facts):
            return None
        fact = self._facts[index.row()]
        column = index.column()
        if role == DISPLAY:
            return self._display(fact, column)
        if role == Role.KEY:
            return fact.id
        if role == Role.SORT_KEY:
            return self._sort_key(fact, column)
        if role == Role.MARK:
            return self.mark(fact.id)
        if role == EDIT:
            return self._edit_value(fact, column)
        if role == TOOLTIP:
            return self._tooltip(fact, column)
        if role == DECORATION and column == self.REVIEW:
            mark = self.mark(fact.id)
            return mark_icon(mark) if mark is not Mark.UNREVIEWED else None
        if role == FOREGROUND and column == self.REVIEW:
            colour = mark_colour(self.mark(fact.id))
            return QBrush(colour if colour is not None else QColor(128, 128, 128))
        if role == BACKGROUND and fact.id in self._problems:
            return QBrush(QColor(255, 80, 80, 60))
        if role == Role.PROBLEM:
            return self._problems.get(fact.id, "")
        if role == Role.FILTER_TEXT:
            return self._filter_text(fact)
        return None

    def _display(self, fact: Fact, column: int) -> str:
        lang = self._context.lang
        if column == self.REVIEW:
            mark = self.mark(fact.id)
            badge = mark.badge
            text = f"{badge} {mark.label(lang)}" if badge else mark.label(lang)
            if fact.draft:
                text = (text + " · " if text else "") + _draft_word()
            return text
        if column == self.LABEL:
            return fact.label.zh
        if column == self.LABEL_EN:
            return fact.label.en
        if column == self.VALUE:
            return fact_value(fact, lang)
        if column == self.UNIT:
            unit = unit_label(fact.unit, lang)
            return fact.unit if lang == "zh" or not unit or unit == fact.unit else f"{unit} ({fact.unit})"
        if column == self.PERIOD:
            return period_text(fact, lang)
        if column == self.KIND:
            return kind_label(fact.kind)
        if column == self.SCOPE:
            return scope_label(fact.scope)
        if column == self.COMPARISON:
            return comparison_text(fact, lang)
        if column == self.SECTION:
            section = self._sections.get(fact.section or "")
            return section.title.get(lang) if section is not None else (fact.section or "")
        if column == self.COMMENT:
            return " ".join(self.comment(fact.id).split())
        if column == self.QUOTE:
            return " ".join(fact.quote.split())
        return ""

    def _sort_key(self, fact: Fact, column: int) -> object:
        if column == self.REVIEW:
            return _MARK_ORDER[self.mark(fact.id)] * 2 + (0 if fact.draft else 1)
        if column == self.VALUE:
            return float(fact.value)
        if column == self.COMPARISON:
            return float(fact.comparison.from_value) if fact.comparison is not None else float("-inf")
        if column == self.SECTION:
            return float(list(self._sections).index(fact.section)) if fact.section in self._sections else -1.0
        return self._display(fact, column).lower()

    def _edit_value(self, fact: Fact, column: int) -> object:
        """What an editor starts from: the raw field (a number as written, kind/scope as their keys)."""
        if column == self.VALUE:
            return _plain(fact.value)
        if column == self.UNIT:
            return fact.unit
        if column == self.KIND:
            return fact.kind.value
        if column == self.SCOPE:
            return fact.scope.value
        if column == self.PERIOD:
            return fact.period or ""
        if column == self.COMPARISON:
            c = fact.comparison
            return "" if c is None else f"{_plain(c.from_value)} → {_plain(c.to_value)}"
        if column == self.SECTION:
            return fact.section or ""
        return self._display(fact, column)

    def _tooltip(self, fact: Fact, column: int) -> str:
        problem = self._problems.get(fact.id, "")
        if column == self.REVIEW:
            text = self.comment(fact.id)
        elif column in (self.LABEL, self.LABEL_EN, self.QUOTE):
            # The English reader: the Chinese original and its English label side by side.
            text = f"{fact.label.en}\n{_original_word()}: {fact.quote}" if fact.label.en else fact.quote
        else:
            text = self._display(fact, column)
        return f"{problem}\n\n{text}".strip() if problem else text

    def _filter_text(self, fact: Fact) -> str:
        parts = [fact.id, fact.label.zh, fact.label.en, fact_value(fact, "zh"), fact_value(fact, "en"),
                 fact.unit, period_text(fact, "zh"), period_text(fact, "en"), fact.quote, self.comment(fact.id),
                 comparison_text(fact, "zh"), *fact.tags]
        return "\n".join(parts).lower()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY or not 0 <= section < self.COLUMNS:
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [self.tr("Review"), self.tr("Label (Chinese)"), self.tr("Label (English)"),
                self.tr("Value as written"), self.tr("Unit"), self.tr("Period"), self.tr("Kind"), self.tr("Scope"),
                self.tr("Before → after"), self.tr("Section"), self.tr("Review comment"),
                self.tr("Quote (Chinese original)")]

    def choices(self, index: AnyIndex) -> list[tuple[str, str]] | None:
        """The choices of an editable cell with fixed ones (name shown, key stored); None for typed cells."""
        column = index.column()
        if column == self.KIND:
            return [(kind_label(k), k.value) for k in FactKind]
        if column == self.SCOPE:
            return [(scope_label(s), s.value) for s in Scope]
        if column == self.SECTION:
            lang = self._context.lang
            return [("—", "")] + [(s.title.get(lang), key) for key, s in self._sections.items()]
        return None

    def setData(self, index: AnyIndex, value: object, role: int = EDIT) -> bool:
        editor = getattr(self._context, "editor", None)
        if role != EDIT or not index.isValid() or editor is None or not editor.active:
            return False
        field = EDITABLE_COLUMNS.get(index.column())
        if field is None:
            return False
        return editor.edit_fact(self._facts[index.row()].id, field, "" if value is None else str(value))


# Columns the edit mode changes, and the fact field each one edits (viewer.model.edit.fields).
EDITABLE_COLUMNS: dict[int, str] = {
    FiguresModel.LABEL: "label.zh",
    FiguresModel.LABEL_EN: "label.en",
    FiguresModel.VALUE: "value",
    FiguresModel.UNIT: "unit",
    FiguresModel.PERIOD: "period",
    FiguresModel.KIND: "kind",
    FiguresModel.SCOPE: "scope",
    FiguresModel.COMPARISON: "comparison",
    FiguresModel.SECTION: "section",
}


def _plain(value: float) -> str:
    """A number as an editor shows it: as written, without thousands separators."""
    return number(value).replace(",", "")


def _draft_word() -> str:
    return QCoreApplication.translate("FiguresModel", "draft")


def _original_word() -> str:
    return QCoreApplication.translate("FiguresModel", "Chinese original")
