"""Table models of the Enterprises tab: achievements of enterprises and projects, and national honours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from viewer.model.format import fact_value, period_text
from viewer.model.provenance import achievement_key
from viewer.model.texts import listed
from viewer.model.types import Achievement, Enterprise, EntityKind, FactKind, Honour, Report
from viewer.ui.common.roles import Role
from viewer.ui.common.widgets import fill
from viewer.ui.enterprises.table_model import AnyIndex, ReportTableModel
from viewer.ui.state.review_actions import review_tooltip


@dataclass(frozen=True, slots=True)
class AchievementRow:
    """One achievement of an enterprise, project or base: a table row (no ``__dict__``: 4,000 rows in the 10k-fact
    report)."""

    enterprise: Enterprise
    index: int
    achievement: Achievement

    @property
    def key(self) -> str:
        return achievement_key(self.enterprise.id, self.index)


class EnterpriseTableModel(ReportTableModel):
    """Columns: name, kind, achievement, figures it states."""

    def _load(self, report: Report) -> None:
        self._report = report
        self._rows = [
            AchievementRow(ent, i, ach) for ent in report.enterprises for i, ach in enumerate(ent.achievements)
        ]
        self._kind_names: dict[EntityKind, str] | None = None

    def retranslate(self) -> None:
        self._kind_names = None
        super().retranslate()

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Achievement"), self.tr("Figures")]

    def kind_name(self, kind: EntityKind) -> str:
        """The translated kind of an entity (translated once per language)."""
        names = self._kind_names
        if names is None:
            names = self._kind_names = {
                EntityKind.ENTERPRISE: self.tr("enterprise"),
                EntityKind.PROJECT: self.tr("project"),
                EntityKind.BASE: self.tr("industrial base"),
            }
        return names[kind]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def review_id(self, row: int) -> str:
        return self._rows[row].enterprise.id

    def row_at(self, row: int) -> AchievementRow:
        """The achievement shown in ``row``."""
        return self._rows[row]

    def figures(self, row: AchievementRow) -> str:
        """The values of the facts an achievement states, e.g. '第6位'. A count is the size of the group the
        item is one of (3 enterprises with revenue over 100 billion yuan): said so, 'one of 3 enterprises',
        not as if the company itself were '3 enterprises'."""
        lang = self._context.lang
        out = []
        for fact_id in row.achievement.facts:
            fact = self._fact(fact_id)
            if fact is None:
                continue
            value = fact_value(fact, lang)
            out.append(fill(self.tr("one of %1"), value) if fact.kind == FactKind.COUNT else value)
        return listed(lang, out, strong=True)

    def _sort_key(self, item: object, column: int, lang: str) -> object:
        assert isinstance(item, AchievementRow)
        if column == 3:
            facts = [f for f in (self._fact(i) for i in item.achievement.facts) if f is not None]
            return facts[0].value if facts else -1.0
        return self._text(item, column, lang) if 0 <= column < 4 else None

    # The base class knows rows only as objects; this table's rows are AchievementRows.
    def _display(self, row: AchievementRow, column: int, lang: str) -> object:  # type: ignore[override]
        if column == 0:
            return self._badged(row, row.enterprise.id, row.enterprise.name.get(lang))
        if column == 1:
            return self.kind_name(row.enterprise.kind)
        if column == 2:
            return row.achievement.text.get(lang)
        return self.figures(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        lang = self._context.lang
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and 0 <= column < 4:
            return self._text(row, column, lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return review_tooltip(self._context, row.enterprise.id) or row.enterprise.name.get(lang)
            if column == 2:
                return row.achievement.quote
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Role.SORT_KEY:
            return self._sort_key(row, column, lang)
        if role == Role.KEY:
            return row.key
        if role == Role.QUOTE:
            return row.achievement.quote
        return None


class HonourTableModel(ReportTableModel):
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

    def _sort_key(self, item: object, column: int, lang: str) -> object:
        assert isinstance(item, Honour)
        if column == 1:
            count = self._fact(item.count_fact)
            return count.value if count else -1.0
        if column == 2:
            # Unranked honours sort after every ranked one.
            rank = self._fact(item.rank_fact)
            return rank.value if rank else 1e9
        return self._text(item, column, lang) if 0 <= column < 4 else None

    # The base class knows rows only as objects; this table's rows are Honours.
    def _display(self, honour: Honour, column: int, lang: str) -> object:  # type: ignore[override]
        if column == 0:
            return self._badged(honour, honour.id, honour.title.get(lang))
        count = self._fact(honour.count_fact)
        if column == 2:
            rank = self._fact(honour.rank_fact)
            return fact_value(rank, lang) if rank else ""
        if count is None:
            return ""
        return fact_value(count, lang) if column == 1 else period_text(count, lang)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        honour = self._rows[index.row()]
        lang = self._context.lang
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and 0 <= column < 4:
            return self._text(honour, column, lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return review_tooltip(self._context, honour.id) or honour.title.get(lang)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Asked for every painted cell: answered before the fact look-ups below.
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column in (1, 2) else None
        if role == Role.SORT_KEY:
            return self._sort_key(honour, column, lang)
        if role == Role.KEY:
            return honour.id
        if role == Role.QUOTE:
            count = self._fact(honour.count_fact)
            return count.quote if count else ""
        return None
