"""The Figures tab's side pane at work: the selected figure's quote, values, review mark and comment, the review
buttons enabled where the checklist can be written, the fact form in edit mode (made when edit mode first starts)
and the pane under the table in a narrow tab.

``FigurePane`` is a base class of ``FiguresTab`` (this part of its methods, no widget of its own): the tab builds
the widgets named below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget

from viewer.model.format import comparison_text, fact_value, period_text
from viewer.model.texts import labelled
from viewer.ui.common.fact_names import kind_label, scope_label
from viewer.ui.common.widgets import QuotePane
from viewer.ui.figures.model import FiguresModel
from viewer.ui.figures.proxy import FiguresProxy

if TYPE_CHECKING:
    from viewer.ui.context import AppContext
    from viewer.ui.edit.fact_form import FactForm

NARROW_PX = 760  # a tab narrower than this shows the side pane under the table


class FigurePane(QWidget):
    """What the side pane shows and enables, in step with the table's current row and edit mode."""

    _context: AppContext
    model: FiguresModel
    proxy: FiguresProxy
    table: QTableView
    splitter: QSplitter
    side_layout: QVBoxLayout
    detail: QuotePane
    comment_label: QLabel
    check_button: QPushButton
    question_button: QPushButton
    clear_button: QPushButton
    comment_button: QPushButton
    form: FactForm | None
    _form_area: QScrollArea | None

    if TYPE_CHECKING:  # the tab's (FiguresTab)
        def current_id(self) -> str | None: ...
        def _fill_filters(self) -> None: ...

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A narrow window puts the side pane under the table: beside it, both were squeezed to slivers.
        orientation = Qt.Orientation.Vertical if self.width() < NARROW_PX else Qt.Orientation.Horizontal
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            along = self.splitter.height() if orientation == Qt.Orientation.Vertical else self.splitter.width()
            self.splitter.setSizes([along * 3 // 5, along - along * 3 // 5])

    @Slot(bool)
    def _on_edit_mode(self, on: bool) -> None:
        if on and self.form is None:
            from viewer.ui.edit.choices import ChoiceDelegate
            from viewer.ui.edit.fact_form import FactForm

            self.form = FactForm(self._context)
            # Scrolled when the window is short (1366×768): its eleven fields would set the window's height.
            self._form_area = QScrollArea()
            self._form_area.setObjectName("factFormArea")
            self._form_area.setWidgetResizable(True)
            self._form_area.setFrameShape(QFrame.Shape.NoFrame)
            self._form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._form_area.setWidget(self.form)
            self.side_layout.insertWidget(1, self._form_area, 2)
            self.table.setItemDelegate(ChoiceDelegate(self.model.choices, self.table))
        if self._form_area is not None:
            self._form_area.setVisible(on)
        self.table.setColumnHidden(FiguresModel.UNIT, not on)
        # The quote needs little room while the form is shown.
        self.detail.quote.setMaximumHeight(120 if on else 16777215)
        self._fill_filters()
        self._on_problems()

    @Slot()
    def _on_problems(self) -> None:
        editor = self._context.editor
        problems: dict[str, str] = {}
        if editor is not None and editor.active:
            for fact in self._context.report.facts:
                lines = editor.problem_lines(fact.id)
                if lines:
                    problems[fact.id] = "\n".join(lines)
        self.model.set_problems(problems)
        if self.proxy.is_filtering():
            self.proxy.refilter()
        self._show_current()

    def _show_current(self) -> None:
        key = self.current_id()
        row = self.model.row_of(key) if key else -1
        if row < 0:
            self.detail.clear()
            self.comment_label.setText("")
            self._enable_buttons(False)
            if self.form is not None:
                self.form.show_fact(None)
            return
        fact = self.model.fact(row)
        lang = self._context.lang
        lines = [fact_value(fact, lang), kind_label(fact.kind) + " · " + scope_label(fact.scope)]
        period = period_text(fact, lang)
        if period:
            lines.append(period)
        comparison = comparison_text(fact, lang)
        if comparison:
            lines.append(comparison)
        self.detail.show_item(fact.id, fact.label.zh, fact.quote, "\n".join(lines), fact.label.en)
        comment = self.model.comment(fact.id)
        mark = self.model.mark(fact.id)
        status = f"{mark.badge} {mark.label(lang)}".strip()
        self.comment_label.setText(labelled(lang, status, comment) if comment else status)
        self._enable_buttons(True)
        if self.form is not None and not self.form.isHidden():
            self.form.show_fact(fact)

    def _enable_buttons(self, enabled: bool) -> None:
        state = self._context.state
        writable = enabled and state is not None and self._context.session is not None and not state.read_only
        for button in (self.check_button, self.question_button, self.clear_button, self.comment_button):
            button.setEnabled(writable)
