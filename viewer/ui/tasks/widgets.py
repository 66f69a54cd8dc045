"""Widgets of the Tasks tab: the progress-bar delegate, the message bar, and the item editor form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from viewer.model.state import Status
from viewer.model.types import Action, Task
from viewer.ui.common.roles import Role
from viewer.ui.common.widgets import fill, plain_label
from viewer.ui.context import AppContext
from viewer.ui.tasks.tree_model import TaskTreeModel

NO_DATE = QDate(2000, 1, 1)  # the QDateEdit minimum, shown as "—": no due date
HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
HAS_CHECK = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
MOUSE_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)


class ChecklistDelegate(QStyledItemDelegate):
    """Fills a cell's style option from the task tree model in one call (text and check box).

    The default asks the model for eight roles one by one, and each is a call into Python; painting the
    tree when its tab is shown took most of a frame that way. Fonts, colours and alignment are the view's.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        if not isinstance(model, TaskTreeModel):
            super().initStyleOption(option, index)
            return
        text, check = model.cell(index)
        # Views pass a QModelIndex; the signature (the base class's) also allows a persistent one.
        option.index = index if isinstance(index, QModelIndex) else model.index(index.row(), index.column(),
                                                                                index.parent())
        features = option.features
        if check is not None:
            features |= HAS_CHECK
            option.checkState = check
        if text is not None:
            features |= HAS_DISPLAY
            option.text = str(text)
        option.features = features
        # As Qt's own: no style animations inside item views. Qt takes no object (nullptr) here, which the
        # PySide stub does not allow for.
        option.styleObject = None  # type: ignore[assignment]

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        # The task tree model leaves flags() to Qt (see TaskTreeModel), so its check boxes are not
        # ItemIsUserCheckable and Qt's delegate would ignore them: toggled here the way Qt's does it (a left
        # click released on the box; a press or double click there is taken so it neither selects nor edits).
        if not isinstance(model, TaskTreeModel) or not model.is_checkable(index):
            return super().editorEvent(event, model, option, index)
        if not option.state & QStyle.StateFlag.State_Enabled:
            return False
        kind = event.type()
        if kind in MOUSE_EVENTS:
            assert isinstance(event, QMouseEvent)
            cell = QStyleOptionViewItem(option)
            self.initStyleOption(cell, index)
            style = option.widget.style() if option.widget else QApplication.style()
            box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, cell, option.widget)
            if event.button() != Qt.MouseButton.LeftButton or not box.contains(event.position().toPoint()):
                return False
            if kind != QEvent.Type.MouseButtonRelease:
                return True
        elif kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or \
                event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        model.setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                      Qt.ItemDataRole.CheckStateRole)
        return True  # the model only requests the change (the state answers); the event is handled either way


class ProgressDelegate(ChecklistDelegate):
    """Draws a task row's (done, total) as a progress bar with "done/total" on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        progress = index.data(Role.PROGRESS)
        if not progress:
            super().paint(painter, option, index)
            return
        done, total = progress
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum = 0
        bar.maximum = max(total, 1)
        bar.progress = done
        bar.text = f"{done}/{total}"
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        # Qt 6 reads a progress bar's orientation from State_Horizontal: without it the bar is drawn vertically
        # (a strip along the bottom of the cell, its text cut), and without the cell's palette in the light colours.
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.direction = option.direction
        bar.fontMetrics = option.fontMetrics
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class MessageBar(QFrame):
    """A coloured strip with a message and up to two buttons (e.g. Retry, Dismiss); hidden when empty."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = plain_label(wrap=True)
        self.label.setObjectName(f"{object_name}Text")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.setObjectName(f"{object_name}Button")
        self.close_button = QToolButton()
        self.close_button.setObjectName(f"{object_name}Close")
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, button_text: str = "", *, closable: bool = True, warn: bool = True) -> None:
        """Show ``text`` (plain) with an optional button; empty text hides the bar."""
        self.label.setText(text)
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text))
        self.close_button.setVisible(closable)
        color = "#fff4ce" if warn else "#e5f1fb"
        self.setStyleSheet(f"#{self.objectName()} {{ background: {color}; color: #1f1f1f; }}"
                           f"#{self.objectName()} QLabel {{ color: #1f1f1f; }}")
        self.setVisible(bool(text))


class NoteEdit(QPlainTextEdit):
    """The note editor: commits when focus leaves or on Ctrl+Enter; Escape reverts."""

    commit_requested = Signal()
    cancel_requested = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_requested.emit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            self.commit_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_requested.emit()
            return
        super().keyPressEvent(event)


class ItemEditor(QWidget):
    """Status, owner, due date and note of the selected action; every edit is one undo step."""

    finished = Signal()  # editing the note ended (focus goes back to the tree)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._action: Action | None = None
        self.status = QComboBox()
        self.status.setObjectName("statusEditor")
        self.owner = QLineEdit()
        self.owner.setObjectName("ownerEditor")
        self.owner.setMaxLength(200)
        self.due = QDateEdit()
        self.due.setObjectName("dueEditor")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText("—")
        self.clear_due = QToolButton()
        self.clear_due.setText("×")
        self.note = NoteEdit()
        self.note.setObjectName("noteEditor")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(160)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.clear_due)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._captions = [plain_label() for _ in range(4)]
        self.form.addRow(self._captions[0], self.status)
        self.form.addRow(self._captions[1], self.owner)
        self.form.addRow(self._captions[2], due_row)
        self.form.addRow(self._captions[3], self.note)

        self.status.activated.connect(self._on_status)
        self.owner.editingFinished.connect(self._on_owner)
        self.due.editingFinished.connect(self._on_due)
        self.clear_due.clicked.connect(self._on_clear_due)
        self.note.commit_requested.connect(self._on_note)
        self.note.cancel_requested.connect(self._on_note_cancel)
        context.state_changed.connect(self.refresh)
        context.language_changed.connect(self._on_language_changed)
        self._retranslate()
        self.set_action(None)

    # --- showing -------------------------------------------------------------------------------------------

    def set_action(self, action: Action | None, task: Task | None = None) -> None:
        """Edit ``action`` (None: nothing to edit, the form is disabled)."""
        if self._action is not None and action is not self._action:
            self._on_note()  # a note being typed is kept when the selection moves on
        self._action = action
        self.refresh()

    def refresh(self) -> None:
        """Show the state's values (a note being typed is left alone)."""
        state = self._context.state
        action = self._action
        writable = action is not None and state is not None and not state.read_only
        for widget in (self.status, self.owner, self.due, self.clear_due, self.note):
            widget.setEnabled(writable)
        record = state.item(action.id) if state is not None and action is not None else None
        self.status.setCurrentIndex(list(Status).index(state.status(action.id)) if state and action else 0)
        if not self.owner.hasFocus():
            self.owner.setText(record.owner if record else "")
        self.due.setDate(QDate(record.due.year, record.due.month, record.due.day) if record and record.due
                         else NO_DATE)
        if not (self.note.hasFocus() and self.note.document().isModified()):
            self.note.setPlainText(record.note if record else "")
            self.note.document().setModified(False)

    def edit_note(self) -> None:
        """Put the cursor at the end of the note (Enter in the tree)."""
        if self.note.isEnabled():
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)

    # --- committing ----------------------------------------------------------------------------------------

    def _name(self) -> str:
        return self._action.text.get(self._context.lang) if self._action else ""

    def _set(self, template: str, **fields: object) -> None:
        session = self._context.session
        if session is not None and self._action is not None:
            session.set_item(self._action.id, fill(template, self._name()), **fields)

    @Slot(int)
    def _on_status(self, row: int) -> None:
        status = list(Status)[row]
        self._set(self.tr("Set “%1” to %2").replace("%2", status.label(self._context.lang)), status=status)

    @Slot()
    def _on_owner(self) -> None:
        self._set(self.tr("Change the owner of “%1”"), owner=self.owner.text().strip())

    @Slot()
    def _on_due(self) -> None:
        date = self.due.date()
        due = None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
        self._set(self.tr("Change the due date of “%1”"), due=due)

    @Slot()
    def _on_clear_due(self) -> None:
        self.due.setDate(NO_DATE)
        self._on_due()

    @Slot()
    def _on_note(self) -> None:
        if self._action is None or not self.note.document().isModified():
            return
        self.note.document().setModified(False)
        self._set(self.tr("Edit the note of “%1”"), note=self.note.toPlainText())
        self.finished.emit()

    @Slot()
    def _on_note_cancel(self) -> None:
        self.note.document().setModified(False)
        self.refresh()
        self.finished.emit()

    # --- language ------------------------------------------------------------------------------------------

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for caption, text in zip(self._captions, (self.tr("Status"), self.tr("Owner"), self.tr("Due date"),
                                                  self.tr("Note")), strict=True):
            caption.setText(text)
        current = self.status.currentIndex()
        self.status.clear()
        self.status.addItems([s.label(self._context.lang) for s in Status])
        self.status.setCurrentIndex(max(current, 0))
        self.note.setPlaceholderText(self.tr("Note (Ctrl+Enter saves, Esc cancels)"))
        self.status.setAccessibleName(self.tr("Status of the action"))
        self.status.setAccessibleDescription(self.tr("Not started, in progress, done or blocked."))
        self.owner.setAccessibleName(self.tr("Owner of the action"))
        self.owner.setAccessibleDescription(self.tr("Who is responsible; saved when you leave the field."))
        self.due.setAccessibleName(self.tr("Due date of the action"))
        self.due.setAccessibleDescription(self.tr("The earliest date means no due date."))
        self.clear_due.setAccessibleName(self.tr("No due date"))
        self.note.setAccessibleName(self.tr("Note on the action"))
        self.note.setAccessibleDescription(self.tr("Ctrl+Enter saves, Esc cancels, Tab leaves the note."))
        self.clear_due.setToolTip(self.tr("No due date"))


def status_filter_entries(lang: str) -> list[tuple[str, frozenset[str] | str | None]]:
    """The status filter's choices: (label, statuses); the special value 'review' lists questioned items."""
    return [
        (QCoreApplication.translate("TasksTab", "All actions"), None),
        (QCoreApplication.translate("TasksTab", "Not done"),
         frozenset({Status.TODO.value, Status.DOING.value, Status.BLOCKED.value})),
        *[(s.label(lang), frozenset({s.value})) for s in Status],
        (QCoreApplication.translate("TasksTab", "Review: questioned items"), "review"),
    ]
