"""Edit mode's dock: the report's meta, sections, tasks and actions, enterprises and honours, each text in
Chinese and English, editable in place; the problems of each item beside it; Accept all and Save.

Figures are corrected in the Figures tab (its table and the form under its pane); everything else here.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTime,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.model.types import Report, SectionKind, Text
from viewer.ui.common.fact_names import section_kind_label
from viewer.ui.common.roles import Role
from viewer.ui.common.widgets import fill, plain_label
from viewer.ui.context import AppContext
from viewer.ui.edit.choices import ChoiceDelegate


def _top_rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level rows (Qt's None is for an index out of range, which these never are)."""
    return [row for i in range(tree.topLevelItemCount()) if (row := tree.topLevelItem(i)) is not None]


def _children(node: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(node.childCount()) if (child := node.child(i)) is not None]


class EditPanel(QDockWidget):
    """Report details and items, editable, with their problems; Accept all drafts; Save."""

    FIELD, ZH, EN, PROBLEM = range(4)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editPanel")
        self._context = context
        self._filling = False
        self.status = plain_label(wrap=True)
        self.status.setObjectName("editStatus")
        self.accept_all_button = QPushButton()
        self.accept_all_button.setObjectName("acceptAll")
        self.accept_all_button.clicked.connect(lambda: context.editor.accept())
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(lambda: context.editor.save())
        self.tree = QTreeWidget()
        self.tree.setObjectName("editTree")
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        for column, width in ((self.FIELD, 150), (self.ZH, 170), (self.EN, 150)):
            self.tree.setColumnWidth(column, width)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.tree.setItemDelegate(ChoiceDelegate(self._choices, self.tree))
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_all_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.setMinimumWidth(360)
        context.report_changed.connect(self.refill)
        context.language_changed.connect(lambda _lang: self.refill())
        context.editor.problems_changed.connect(self._show_problems)
        context.editor.dirty_changed.connect(lambda _dirty: self._update_status())
        self._retranslate()
        self.refill()

    # --- filling -------------------------------------------------------------------------------------

    @Slot()
    def refill(self) -> None:
        """Rebuild the rows from the report shown (open groups and the current row stay).

        The rows are made outside the tree, their problems written in, and added in one call: made in the tree,
        each text and tooltip set emitted ``itemChanged`` into Python (a 4.5 MB draft's 36,000 rows: 3-6 s)."""
        current = self._row_key(self.tree.currentItem())
        closed = {group.text(0) for group in _top_rows(self.tree)
                  if not group.isExpanded() and group.childCount()}
        self._filling = True
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            groups = self._fill(self._context.report)
            for group in groups:
                self._write_problems(group)
            self.tree.addTopLevelItems(groups)
            self.tree.expandAll()  # every item's rows shown, as before; then the groups closed before
            for group in groups:
                group.setFirstColumnSpanned(True)
                if group.text(0) in closed:
                    group.setExpanded(False)
        finally:
            self.tree.setUpdatesEnabled(True)
            self._filling = False
        if current is not None:
            found = self.find_row(*current)
            if found is not None:
                self.tree.setCurrentItem(found)
        self._update_status()

    def _fill(self, report: Report) -> list[QTreeWidgetItem]:
        """The groups of rows of ``report``, made outside the tree."""
        lang = self._context.lang
        meta = report.meta
        groups = [group := self._group(self.tr("Report details"))]
        for base, name in (("title", self.tr("Title")), ("publisher", self.tr("Publisher")),
                           ("place", self.tr("Place")), ("format", self.tr("Format")),
                           ("reporter", self.tr("Reported by"))):
            self._text_row(group, "meta", base, name, getattr(meta, base))
        # Dates in the window's language; their editor starts from the date as typed (2022-12-27).
        locale = QLocale()
        day, published = meta.meeting_date, meta.published
        self._value_row(group, "meta", "meeting_date", self.tr("Meeting date"), "" if day is None else locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat), day.isoformat() if day else "")
        self._value_row(group, "meta", "published", self.tr("Published"), "" if published is None else
                        locale.toString(QDateTime(QDate(published.year, published.month, published.day),
                                                  QTime(published.hour, published.minute)),
                                        QLocale.FormatType.ShortFormat),
                        published.isoformat() if published else "")
        groups.append(group := self._group(self.tr("Sections")))
        for section in report.sections:
            node = self._item_node(group, section.id, section.title.get(lang), False)
            self._text_row(node, section.id, "title", self.tr("Title"), section.title)
            self._value_row(node, section.id, "kind", self.tr("Kind"), section_kind_label(section.kind),
                            section.kind.value)
            self._text_row(node, section.id, "summary", self.tr("Summary"), section.summary)
        groups.append(group := self._group(self.tr("Tasks and actions")))
        for task in report.tasks:
            node = self._item_node(group, task.id, f"{task.number}. {task.title.get(lang)}", task.draft)
            self._text_row(node, task.id, "title", self.tr("Title"), task.title)
            self._text_row(node, task.id, "aim", self.tr("Aim"), task.aim)
            for action in task.actions:
                self._text_row(node, action.id, "text", fill(self.tr("Action %1"), action.id), action.text,
                               draft=action.draft)
        if report.enterprises or report.honours:
            groups.append(group := self._group(self.tr("Enterprises and honours")))
            for enterprise in report.enterprises:
                node = self._item_node(group, enterprise.id, enterprise.name.get(lang), enterprise.draft)
                self._text_row(node, enterprise.id, "name", self.tr("Name"), enterprise.name)
            for honour in report.honours:
                node = self._item_node(group, honour.id, honour.title.get(lang), honour.draft)
                self._text_row(node, honour.id, "title", self.tr("Title"), honour.title)
        return groups

    def _group(self, title: str) -> QTreeWidgetItem:
        """A group's row, not yet in the tree (spanned once it is: Qt spans only rows of a tree)."""
        group = QTreeWidgetItem([title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        return group

    def _item_node(self, parent: QTreeWidgetItem, item_id: str, title: str, draft: bool) -> QTreeWidgetItem:
        text = f"{title} · {self.tr('draft')}" if draft else title
        node = QTreeWidgetItem(parent, [text])
        node.setData(0, Role.KEY, item_id)
        node.setToolTip(0, item_id)
        return node

    def _text_row(self, parent: QTreeWidgetItem, item_id: str, base: str, name: str, text: Text | None,
                  draft: bool = False) -> QTreeWidgetItem:
        row = QTreeWidgetItem(parent, [f"{name} · {self.tr('draft')}" if draft else name,
                                       text.zh if text else "", text.en if text else ""])
        row.setData(0, Role.KEY, item_id)
        row.setData(0, Role.FIELD, base)
        row.setData(0, Role.TEXT_PAIR, True)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        for column in (self.ZH, self.EN):
            row.setToolTip(column, row.text(column))
        return row

    def _value_row(self, parent: QTreeWidgetItem, item_id: str, field: str, name: str, shown: str, typed: str
                   ) -> QTreeWidgetItem:
        """A one-value row showing ``shown`` (a name, a date in the window's language), edited as ``typed``."""
        row = QTreeWidgetItem(parent, [name, shown, ""])
        row.setData(0, Role.KEY, item_id)
        row.setData(0, Role.FIELD, field)
        row.setData(0, Role.TEXT_PAIR, False)
        row.setData(self.ZH, Role.EDIT_TEXT, typed)
        row.setToolTip(self.ZH, typed)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        return row

    def _choices(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[str, str]] | None:
        """A section's kind is chosen from its translated names."""
        first = index.sibling(index.row(), self.FIELD)
        if index.column() == self.ZH and first.data(Role.FIELD) == "kind" and first.data(Role.KEY) != "meta":
            return [(section_kind_label(k), k.value) for k in SectionKind]
        return None

    def find_row(self, item_id: str, field: str) -> QTreeWidgetItem | None:
        """The row of field ``field`` ('title', 'kind', …) of item ``item_id``."""
        stack = _top_rows(self.tree)
        while stack:
            node = stack.pop()
            if node.data(0, Role.KEY) == item_id and node.data(0, Role.FIELD) == field:
                return node
            stack += _children(node)
        return None

    @staticmethod
    def _row_key(row: QTreeWidgetItem | None) -> tuple[str, str] | None:
        if row is None or row.data(0, Role.FIELD) is None:
            return None
        return row.data(0, Role.KEY), row.data(0, Role.FIELD)

    # --- editing -------------------------------------------------------------------------------------

    def set_text(self, item_id: str, field: str, column: int, text: str) -> bool:
        """Type ``text`` into a row's Chinese (ZH) or English (EN) cell, as the reviewer does."""
        row = self.find_row(item_id, field)
        if row is None:
            return False
        before = self._context.undo_stack.index()
        row.setText(column, text)
        return self._context.undo_stack.index() != before

    @Slot(QTreeWidgetItem, int)
    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._filling or column not in (self.ZH, self.EN) or row.data(0, Role.FIELD) is None:
            return
        item_id, base = row.data(0, Role.KEY), row.data(0, Role.FIELD)
        if row.data(0, Role.TEXT_PAIR):
            field = f"{base}.{'zh' if column == self.ZH else 'en'}"
        elif column == self.ZH:
            field = base
        else:
            return
        if not self._context.editor.edit(item_id, field, row.text(column)):
            self.refill()  # refused or unchanged: show the stored value again (the problem stays on the row)

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.row_menu(self.tree.itemAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))

    def row_menu(self, row: QTreeWidgetItem | None) -> QMenu | None:
        """Accept / Delete for the item of ``row`` (not for the report details)."""
        item_id = row.data(0, Role.KEY) if row is not None else None
        if not item_id or item_id == "meta":
            return None
        from viewer.ui.edit.menus import add_edit_actions

        menu = QMenu(self.tree)
        add_edit_actions(menu, self._context, [item_id], self)
        return menu

    # --- problems and status -------------------------------------------------------------------------

    @Slot()
    def _show_problems(self) -> None:
        self._filling = True
        self.tree.blockSignals(True)  # no itemChanged per text set (nothing is edited here)
        try:
            for group in _top_rows(self.tree):
                self._write_problems(group)
        finally:
            self.tree.blockSignals(False)
            self._filling = False
        self._update_status()

    def _write_problems(self, group: QTreeWidgetItem) -> None:
        """Write each row's problems under ``group`` into its Problem column (only where they changed)."""
        editor = self._context.editor
        if editor is None:
            return
        stack = [group]
        while stack:
            node = stack.pop()
            item_id, field = node.data(0, Role.KEY), node.data(0, Role.FIELD)
            if item_id is not None:
                parent = node.parent()
                if field is None or (parent is not None and parent.data(0, Role.KEY) != item_id):
                    lines = editor.problem_lines(item_id)  # an item's row (an action's): all of its problems
                else:
                    lines = editor.field_problem_lines(item_id, field)  # a field's row: those of the field
                text = "; ".join(lines)
                if node.text(self.PROBLEM) != text:
                    node.setText(self.PROBLEM, text)
                    node.setToolTip(self.PROBLEM, "\n".join(lines))
            stack += _children(node)

    def _update_status(self) -> None:
        editor = self._context.editor
        if editor is None or not editor.active:
            self.status.setText("")
            return
        from viewer.model.edit import draft_items

        drafts = len(draft_items(editor.document))
        problems = editor.problem_count()
        text = (self.tr("1 item still a draft") if drafts == 1 else self.tr("%n items still drafts", "", drafts)) \
            + " · " + (self.tr("1 problem") if problems == 1 else self.tr("%n problems", "", problems))
        if editor.dirty:
            text += " · " + self.tr("unsaved corrections")
        self.status.setText(text)
        self.accept_all_button.setEnabled(drafts > 0)
        self.save_button.setEnabled(editor.dirty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct the report"))
        self.tree.setHeaderLabels([self.tr("Item / field"), self.tr("Chinese"), self.tr("English"),
                                   self.tr("Problem")])
        self.accept_all_button.setText(self.tr("Accept all drafts"))
        self.save_button.setText(self.tr("Save"))
        self._update_status()

