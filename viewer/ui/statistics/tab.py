"""The Statistics tab: chart thumbnails, one chart enlarged, hover for value and quote, click for the source.

Opening the tab paints at once: the charts are built after the first paint (a zero-delay timer), the
enlarged chart first, then the thumbnails one per event-loop turn (``ChartThumbnails``). pyqtgraph loads
with the first chart, not with this module, and in a worker thread with the report's charts when they are not
there yet (``viewer.ui.common.chart_preparation``), so the first visit never waits for them in one turn.
A chart of a large report draws only what can be read and says how many items it leaves out
(``viewer.charts.limits``); "Export data (CSV)" writes all of them.
Exports always use the print theme, whatever the screen theme (``viewer.ui.statistics.chart_exports``, the
tab's base class).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.charts.definitions import chart_specs, charts_made
from viewer.charts.spec import ChartSpec
from viewer.charts.style import DARK, PRINT, Theme
from viewer.ui.common.chart_preparation import ChartsPreparation, chart_modules_loaded, prepare_charts
from viewer.ui.common.roles import Role
from viewer.ui.common.side_pane import SidePaneSplitter
from viewer.ui.common.theme import is_dark
from viewer.ui.common.widgets import focusable_toolbar, plain_label
from viewer.ui.context import AppContext
from viewer.ui.state.review_actions import add_review_actions, badged, review_state, review_target
from viewer.ui.statistics.chart_exports import ChartExports
from viewer.ui.statistics.chart_view import ChartView, mark_summary, tooltip_html
from viewer.ui.statistics.thumbnails import THUMB_SIZE, AfterPaint, ChartThumbnails

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from viewer.ui.statistics.chart_table import ChartTableDialog

class StatisticsTab(ChartExports):
    """Thumbnails of every chart the report offers; the selected one enlarged, with export actions."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.specs: list[ChartSpec] = []
        self._built = False

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("chartToolbar")
        self.export_actions: dict[str, QAction] = {}
        for fmt in ("png", "svg", "pdf"):
            action = QAction(self)
            action.setObjectName(f"export{fmt.upper()}Action")
            action.triggered.connect(lambda _=False, f=fmt: self.export_current(f))
            self.export_actions[fmt] = action
            self.toolbar.addAction(action)
        self.data_action = QAction(self)
        self.data_action.setObjectName("exportDataAction")
        self.data_action.triggered.connect(self.export_data)
        self.toolbar.addAction(self.data_action)
        self.copy_action = QAction(self)
        self.copy_action.setObjectName("copyChartAction")
        self.copy_action.triggered.connect(self.copy_current)
        self.toolbar.addAction(self.copy_action)
        self.table_action = QAction(self)
        self.table_action.setObjectName("showTableAction")
        self.table_action.triggered.connect(self.show_table)
        self.toolbar.addAction(self.table_action)
        self.print_action = QAction(self)
        self.print_action.setObjectName("printChartAction")
        self.print_action.triggered.connect(self.print_current)
        self.toolbar.addAction(self.print_action)
        self.print_dialog: QPrintPreviewDialog | None = None
        self.table_dialog: ChartTableDialog | None = None
        self.toolbar.addSeparator()
        # A deck of every chart (native, editable PowerPoint charts) and a workbook of their data: in the menu of
        # "Export all charts…" (the button's arrow), so the toolbar keeps its width.
        self.office_actions: dict[str, QAction] = {}
        office_menu = QMenu(self)
        for fmt in ("pptx", "xlsx"):
            action = QAction(self)
            action.setObjectName(f"export{fmt.upper()}Action")
            action.triggered.connect(lambda _=False, f=fmt: self.export_office(f))
            self.office_actions[fmt] = action
            office_menu.addAction(action)
        self.export_all_action = QAction(self)
        self.export_all_action.setObjectName("exportAllAction")
        self.export_all_action.triggered.connect(self.export_all)
        self.export_all_action.setMenu(office_menu)
        self.toolbar.addAction(self.export_all_action)
        button = self.toolbar.widgetForAction(self.export_all_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

        self.list = QListWidget()
        self.list.setObjectName("chartList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB_SIZE)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        self.list.setFlow(QListWidget.Flow.TopToBottom)
        self.list.setWrapping(False)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.thumbnails = ChartThumbnails(self.list, self)
        self.view = ChartView()
        self.view.mark_clicked.connect(context.show_source)
        self.view.context_menu_requested.connect(self._show_menu)
        self.view.english_label = self._english_label
        self.view.review_of = lambda fact_id: review_state(context, fact_id)
        context.state_changed.connect(self.view.viewport().update)  # the marks' review badges
        # The mark under the pointer or chosen with the arrow keys, in words under the chart.
        self.mark_line = plain_label(wrap=True)
        self.mark_line.setObjectName("markLine")
        self.mark_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.current_mark_changed.connect(self._on_current_mark)
        chart_pane = QWidget()
        chart_layout = QVBoxLayout(chart_pane)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.view, 1)
        chart_layout.addWidget(self.mark_line)

        # The thumbnails fold away in a narrow window; the enlarged chart keeps the room.
        strip = THUMB_SIZE.width() + 40
        self.splitter = SidePaneSplitter(chart_pane, self.list, main_min=420, side_min=strip,
                                         side_width=strip, side_first=True)
        # Said instead of a blank page when the report has nothing a chart can show.
        self.no_charts = plain_label(wrap=True)
        self.no_charts.setObjectName("noChartsNote")
        self.no_charts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_charts.setContentsMargins(40, 40, 40, 40)
        self.no_charts.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter)
        layout.addWidget(self.no_charts, 1)
        focusable_toolbar(self.toolbar)
        self.setTabOrder(self.toolbar, self.list)
        self.setTabOrder(self.list, self.view)

        # After the chart area's first paint (the thumbnail strip may be folded away in a narrow window).
        self._preparation: ChartsPreparation | None = None
        self._build_after_paint = AfterPaint(self.view.viewport(), self._build_when_ready)
        context.report_changed.connect(self._on_report_changed)
        context.language_changed.connect(self._on_language_changed)
        self._retranslate()
        self._enable_actions()

    # --- building ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:
            # After the tab's first paint: the tab appears at once, the charts a moment later.
            self._build_after_paint.arm()

    def screen_theme(self) -> Theme:
        """The chart colours for the screen: dark charts on a dark palette."""
        return DARK if is_dark(self.palette()) else PRINT

    @Slot()
    def _build_when_ready(self) -> None:
        """Build now when pyqtgraph and this report's charts are there; else once a worker thread has made them
        (the tab stays as painted meanwhile, the event loop turning)."""
        report, lang = self.context.report, self.context.lang
        if chart_modules_loaded() and charts_made(report, lang):
            self.build()
            return
        if self._preparation is not None:
            self._preparation.cancel()
            self._preparation.deleteLater()
        self._preparation = prepare_charts(report, lang, self, self._prepared)

    @Slot()
    def _prepared(self) -> None:
        if self._preparation is not None:
            self._preparation.deleteLater()
            self._preparation = None
        if not self._built:
            self.build()

    def preparing(self) -> bool:
        """Whether a worker is making what the charts need (the tab builds them when it is done)."""
        return self._preparation is not None and self._preparation.pending()

    @Slot()
    def build(self) -> None:
        """Fill the chart list, show the selected chart enlarged, then draw the thumbnails (after it)."""
        self._build_after_paint.disarm()
        self._built = True
        self.thumbnails.set_theme(self.screen_theme())
        shown = self.current_spec()
        current = shown.id if shown else None
        self.specs = chart_specs(self.context.report, self.context.lang)
        items = []
        self.list.blockSignals(True)
        self.list.clear()
        for spec in self.specs:
            item = QListWidgetItem(self.thumbnails.icon(spec), spec.title)
            item.setData(Role.CHART_ID, spec.id)
            # A chart that leaves items out says so here too ('仅显示前30项（共2,000项）').
            item.setToolTip("\n".join((spec.title, *(p.note for p in spec.panels if p.note))))
            self.list.addItem(item)
            items.append((item, spec))
        ids = [s.id for s in self.specs]
        row = ids.index(current) if current in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._on_row_changed(row)  # once: the signal was blocked so the chart is not laid out twice
        self.splitter.setVisible(bool(self.specs))
        self.no_charts.setVisible(not self.specs)
        self._enable_actions()
        self.thumbnails.show_for(items)

    def is_settled(self) -> bool:
        """Whether the charts are built and every thumbnail shows its picture (what a render waits for)."""
        return self._built and self.thumbnails.pending == 0

    def _enable_actions(self) -> None:
        enabled = bool(self.specs)
        for action in (*self.export_actions.values(), self.data_action, self.copy_action, self.table_action,
                       self.export_all_action, self.print_action, *self.office_actions.values()):
            action.setEnabled(enabled)

    def current_spec(self) -> ChartSpec | None:
        """The chart shown enlarged."""
        row = self.list.currentRow()
        return self.specs[row] if 0 <= row < len(self.specs) else None

    def location(self) -> str | None:
        """The id of the chart shown, for Back and Forward."""
        spec = self.current_spec()
        return spec.id if spec is not None else None

    def go_to_location(self, chart_id: str) -> None:
        self.select_chart(chart_id)

    def select_chart(self, chart_id: str) -> bool:
        """Show chart ``chart_id``; False when this report has no such chart."""
        ids = [s.id for s in self.specs]
        if chart_id not in ids:
            return False
        self.list.setCurrentRow(ids.index(chart_id))
        return True

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        self.view.set_chart(self.specs[row] if 0 <= row < len(self.specs) else None, self.screen_theme())
        self._on_current_mark(None)

    @Slot(object)
    def _on_current_mark(self, mark) -> None:
        if mark is not None:
            self.mark_line.setText(f"{mark_summary(mark)} — “{mark.quote}”")
        else:
            self.mark_line.setText(self.tr("Point at a bar or marker, or use the arrow keys in the chart, "
                                           "to read its value, period and sentence."))

    @Slot()
    def show_table(self) -> None:
        """Show the chart's data as a table in a window of its own (every item, also those not drawn)."""
        from viewer.ui.statistics.chart_table import ChartTableDialog

        spec = self.current_spec()
        if spec is None:
            return
        if self.table_dialog is not None:
            self.table_dialog.close()
        self.table_dialog = ChartTableDialog(spec, self)
        self.table_dialog.destroyed.connect(self._forget_table)
        self.table_dialog.show()

    @Slot()
    def _forget_table(self) -> None:
        self.table_dialog = None

    @Slot()
    def _on_report_changed(self) -> None:
        self.thumbnails.clear()
        self._build_again()

    @Slot(str)
    def _on_language_changed(self, lang: str) -> None:
        self._retranslate()
        self._build_again()

    def _build_again(self) -> None:
        """Charts of the new report or language: now when the tab is shown, else after its next paint (as on a
        first visit), so opening a report or switching language does not wait for charts nobody sees."""
        if not self._built:
            return
        if self.isVisible():
            self.build()
        else:
            self._built = False

    def changeEvent(self, event: QEvent) -> None:
        # View -> Theme changes the application palette: the chart and its thumbnails take the new colours now.
        # A hidden tab builds again after its next paint, as on a new report (~20 ms the theme switch need not wait).
        if event.type() == QEvent.Type.PaletteChange and self._built and self.screen_theme() is not self.view.theme:
            if self.isVisibleTo(self.window()):
                self.build()
            else:
                self._built = False
        super().changeEvent(event)

    def _show_menu(self, global_pos) -> None:
        menu = self.chart_menu()
        if menu is not None:
            menu.popup(global_pos)

    def _english_label(self, fact_id: str) -> str:
        try:
            return self.context.report.fact(fact_id).label.en
        except KeyError:
            return ""

    def chart_menu(self) -> QMenu | None:
        """The chart's context menu: the review marks of the mark it was asked on, then the export actions."""
        if self.current_spec() is None:
            return None
        menu = QMenu(self)
        mark = self.view.menu_mark
        target = review_target(self.context, mark.fact_id) if mark is not None else None
        if mark is not None and target is not None:
            menu.addSection(badged(self.context, target, mark.label or target))
            add_review_actions(menu, self.context, target, self)
            menu.addSeparator()
        for action in self.export_actions.values():
            menu.addAction(action)
        menu.addAction(self.data_action)
        menu.addAction(self.copy_action)
        menu.addAction(self.table_action)
        menu.addAction(self.print_action)
        menu.addSeparator()
        menu.addAction(self.export_all_action)
        return menu

    def _retranslate(self) -> None:
        self.export_actions["png"].setText(self.tr("Export PNG…"))
        self.export_actions["svg"].setText(self.tr("Export SVG…"))
        self.export_actions["pdf"].setText(self.tr("Export PDF…"))
        self.data_action.setText(self.tr("Export data (CSV)…"))
        self.data_action.setToolTip(self.tr("Save every item of this chart, also those it does not draw, as CSV"))
        self.copy_action.setText(self.tr("Copy"))
        self.copy_action.setToolTip(self.tr("Copy the chart as a picture and its data as a table: paste it into a "
                                            "slide, a document or a spreadsheet"))
        self.export_all_action.setText(self.tr("Export all charts…"))
        self.print_action.setText(self.tr("Print…"))
        self.print_action.setToolTip(self.tr("Print this chart on an A4 page (a preview first)"))
        self.office_actions["pptx"].setText(self.tr("PowerPoint…"))
        self.office_actions["pptx"].setToolTip(self.tr("Every chart as a 16:9 PowerPoint deck: editable charts with "
                                                       "their data, sources as captions, quotes as speaker notes"))
        self.office_actions["xlsx"].setText(self.tr("Excel…"))
        self.office_actions["xlsx"].setToolTip(self.tr("Every chart's data as an Excel workbook, a sheet per chart"))
        self.table_action.setText(self.tr("Show as table"))
        self.table_action.setToolTip(self.tr("The chart's data as a table: every value with its period and sentence"))
        self.no_charts.setText(self.tr(
            "This report has no figures a chart can show. Charts are drawn from the growth rates of the year "
            "reviewed, before → after pairs, average annual growth, national ranks, honours, key projects and "
            "numbers of enterprises by size; add such facts to the report (or draft it again from its text) to "
            "see them here."))
        self.list.setAccessibleName(self.tr("Charts"))
        self.list.setAccessibleDescription(self.tr("Choose a chart to show it enlarged."))
        self.toolbar.setAccessibleName(self.tr("Chart actions"))
        self._on_current_mark(self.view.current_mark)


__all__ = ["ChartView", "StatisticsTab", "tooltip_html"]
