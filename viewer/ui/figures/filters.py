"""The Figures tab's filter bar at work: the kinds and sections the report has and the review states offered in
the combo boxes (in the current language, the choice kept), the filters handed to the proxy, and the count of
figures shown and not yet reviewed.

``FigureFilters`` is a base class of ``FiguresTab`` (this part of its methods, no widget of its own): the tab builds
the widgets named below. Its texts are translated in the ``FiguresTab`` context: ``self.tr`` looks up the class of
the object while lupdate files a string under the class it is written in, so the texts here name their context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from viewer.model.types import FactKind
from viewer.ui.common.fact_names import kind_label
from viewer.ui.common.widgets import fill
from viewer.ui.figures.model import FiguresModel
from viewer.ui.figures.proxy import FiguresProxy, ReviewFilter

if TYPE_CHECKING:
    from viewer.ui.context import AppContext


class FigureFilters(QWidget):
    """The filters of the table and the count beside them."""

    _context: AppContext
    model: FiguresModel
    proxy: FiguresProxy
    text_filter: QLineEdit
    kind_filter: QComboBox
    section_filter: QComboBox
    review_filter: QComboBox
    count: QLabel

    def clear_filters(self) -> None:
        for combo in (self.kind_filter, self.section_filter, self.review_filter):
            combo.setCurrentIndex(0)
        self.text_filter.clear()

    @Slot()
    def _on_filter_changed(self) -> None:
        self.proxy.set_kind(self.kind_filter.currentData())
        self.proxy.set_section(self.section_filter.currentData())
        self.proxy.set_review(ReviewFilter(self.review_filter.currentData() or ReviewFilter.ALL))
        self._update_count()

    def _fill_filters(self) -> None:
        """The kinds and sections this report has, and the review states, in the current language."""
        report = self._context.report
        lang = self._context.lang
        # One pass over the facts (was one per kind and one per section: 160,000 steps on the 10k report).
        used_kinds = {f.kind for f in report.facts}
        used_sections = {f.section for f in report.facts}
        kinds = [k for k in FactKind if k in used_kinds]
        sections = [s for s in report.sections if s.id in used_sections]
        editor = getattr(self._context, "editor", None)  # Figures edit mode, when it is on (not yet built)
        editing = editor is not None and editor.active
        reviews: list[tuple[str, object]] = [
            (QCoreApplication.translate("FiguresTab", "All review states"), ReviewFilter.ALL),
            (QCoreApplication.translate("FiguresTab", "Not yet reviewed"), ReviewFilter.UNREVIEWED),
            (QCoreApplication.translate("FiguresTab", "Questioned"), ReviewFilter.QUESTIONED),
            (QCoreApplication.translate("FiguresTab", "Checked"), ReviewFilter.CHECKED),
            (QCoreApplication.translate("FiguresTab", "Drafts (not accepted)"), ReviewFilter.DRAFT)]
        if editing:
            reviews.append((QCoreApplication.translate("FiguresTab", "With a problem"), ReviewFilter.PROBLEMS))
        entries: dict[QComboBox, list[tuple[str, object]]] = {
            self.kind_filter: [(QCoreApplication.translate("FiguresTab", "All kinds"), None)]
            + [(kind_label(k), k) for k in kinds],
            self.section_filter: [(QCoreApplication.translate("FiguresTab", "All sections"), None)]
            + [(s.title.get(lang), s.id) for s in sections],
            self.review_filter: reviews,
        }
        for combo, items in entries.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self._on_filter_changed()

    @Slot()
    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        state = self._context.state
        # Over the marks recorded, not the rows: a mark looked up per figure took 10,000 calls on the 10k-fact report,
        # twice in the tab's first visit.
        unreviewed = total - state.marked_among(self.model.fact_ids()) if state is not None else total
        text = fill(QCoreApplication.translate("FiguresTab", "%1 of %2 figures · %3 not yet reviewed"), shown, total,
                    unreviewed)
        self.count.setText(text)
        # At most two lines: where the bar is short of room, the filters give up width before the count does.
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(text) // 2 + 8)
