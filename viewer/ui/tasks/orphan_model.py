"""The Tasks tab's list of orphaned checklist records: the ones whose action the report no longer has.

A table model over the records themselves, each cell worded when the view asks for it: a state of 300,000
orphans (a colleague's export of another version, a planted file) made 1.2 million items on the first visit
to the tab and again on every change (10–55 s, 1.3 GB). The rows are taken again only when the orphans or
the language changed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from viewer.model.state import Status
from viewer.model.state.records import ChecklistItem
from viewer.ui.common.roles import Role
from viewer.ui.context import AppContext

AnyIndex = QModelIndex | QPersistentModelIndex
DISPLAY, TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)


class OrphanModel(QAbstractTableModel):
    """Columns: id, status, note (on one line), when it changed."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._records: dict[str, ChecklistItem] = {}
        self._lang = ""

    def refresh(self, context: AppContext) -> int:
        """Take the orphans of ``context``'s state (the view is reset only if they or the language changed);
        returns how many there are."""
        state = context.state
        orphans = state.orphaned_checklist() if state is not None else {}
        if orphans != self._records or context.lang != self._lang:
            self.beginResetModel()
            self._records, self._ids, self._lang = orphans, list(orphans), context.lang
            self.endResetModel()
        return len(self._ids)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = DISPLAY) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        item_id = self._ids[index.row()]
        if role == int(Role.KEY):
            return item_id
        if role not in (DISPLAY, TOOLTIP):
            return None
        record = self._records[item_id]
        column = index.column()
        if column == 0:
            return item_id
        if column == 1:
            return Status(record.status).label(self._lang)
        if column == 2:
            return record.note if role == TOOLTIP else " ".join(record.note.split())
        return record.updated.astimezone().strftime("%Y-%m-%d %H:%M")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY or not 0 <= section < self.COLUMNS:
            return super().headerData(section, orientation, role)
        # The strings live in the ChecklistModel context, where the lists of this tab keep theirs (spelled out,
        # so that make translations finds them).
        names = (QCoreApplication.translate("ChecklistModel", "Id"),
                 QCoreApplication.translate("ChecklistModel", "Status"),
                 QCoreApplication.translate("ChecklistModel", "Note"),
                 QCoreApplication.translate("ChecklistModel", "Changed"))
        return names[section]
