"""The Statistics tab: chart thumbnails, one chart enlarged, hover for value and quote, click for the source.

Charts are built after the tab's first paint (a zero-delay timer), so opening the tab shows at once;
the enlarged chart is re-laid out at the view's size when it is resized, so text never scales blurrily.
Exports always use the print theme, whatever the screen theme.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QIcon,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from viewer.charts.definitions import chart_specs
from viewer.charts.render import render_image
from viewer.charts.scene import ChartScene, build_chart
from viewer.charts.sizes import RenderSize
from viewer.charts.spec import ChartSpec, Mark
from viewer.charts.style import DARK, PRINT, ChartStyle, Theme
from viewer.ui.context import AppContext
from viewer.ui.theme import is_dark

THUMB_SIZE = QSize(240, 150)
CLIPBOARD_SIZE = RenderSize(1600, 1000, 144)  # 1.5x text and lines: readable when pasted into a document


def tooltip_html(mark: Mark) -> str:
    """The tooltip of a mark: what it is, the exact value as stated, and the quote (all escaped)."""
    note = f"（{escape(mark.note)}）" if mark.note else ""
    return (f"<b>{escape(mark.label)}</b><br/>{escape(mark.value_text)}{note}"
            f"<br/><i>“{escape(mark.quote)}”</i>")


class ChartView(QGraphicsView):
    """One chart, laid out at the view's size; hover shows a mark's value and quote, click its source."""

    mark_clicked = Signal(str)
    context_menu_requested = Signal(object)  # QPoint (global)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMouseTracking(True)
        self.spec: ChartSpec | None = None
        self.theme: Theme = PRINT
        self.chart: ChartScene | None = None
        self._hover: QGraphicsRectItem | None = None
        self._hover_mark: Mark | None = None
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(60)
        self._relayout.timeout.connect(self.rebuild)

    def set_chart(self, spec: ChartSpec | None, theme: Theme) -> None:
        """Show ``spec`` drawn with ``theme`` (None: nothing)."""
        self.spec, self.theme = spec, theme
        self.rebuild()

    @Slot()
    def rebuild(self) -> None:
        """Lay the chart out again at the current size."""
        self._hover = None
        self._hover_mark = None
        if self.spec is None:
            self.setScene(None)
            self.chart = None
            return
        size = self.viewport().size()
        width, height = max(320, size.width()), max(220, size.height())
        self.chart = build_chart(self.spec, width, height, ChartStyle(self.theme))
        self.setScene(self.chart.scene)
        self.setSceneRect(0, 0, width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.spec is not None:
            self._relayout.start()

    def mark_at(self, pos) -> Mark | None:
        """The mark under viewport position ``pos``."""
        if self.chart is None:
            return None
        return self.chart.mark_at(self.mapToScene(pos))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position().toPoint())
        self._set_hover(mark)
        if mark is not None:
            QToolTip.showText(event.globalPosition().toPoint(), tooltip_html(mark), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def _set_hover(self, mark: Mark | None) -> None:
        if mark is self._hover_mark or self.chart is None:
            return
        self._hover_mark = mark
        if self._hover is not None:
            self.chart.scene.removeItem(self._hover)
            self._hover = None
        rect = self.chart.hit_rect(mark) if mark is not None else None
        if rect is not None:
            self._hover = QGraphicsRectItem(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
            self._hover.setPen(QPen(QColor(self.theme.highlight), 2))
            self._hover.setZValue(10)
            self.chart.scene.addItem(self._hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor if mark is not None else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            mark = self.mark_at(event.position().toPoint())
            if mark is not None:
                self.mark_clicked.emit(mark.fact_id)
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu_requested.emit(event.globalPos())


class StatisticsTab(QWidget):
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
        self.copy_action = QAction(self)
        self.copy_action.setObjectName("copyChartAction")
        self.copy_action.triggered.connect(self.copy_current)
        self.toolbar.addAction(self.copy_action)
        self.toolbar.addSeparator()
        self.export_all_action = QAction(self)
        self.export_all_action.setObjectName("exportAllAction")
        self.export_all_action.triggered.connect(self.export_all)
        self.toolbar.addAction(self.export_all_action)

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
        self.list.setMinimumWidth(THUMB_SIZE.width() + 40)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.view = ChartView()
        self.view.mark_clicked.connect(context.show_source)
        self.view.context_menu_requested.connect(self._show_menu)

        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter)

        context.report_changed.connect(self._on_report_changed)
        context.language_changed.connect(self._on_language_changed)
        self._retranslate()

    # --- building ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:
            # After this paint: the tab appears at once, the charts a moment later.
            QTimer.singleShot(0, self.build)

    def screen_theme(self) -> Theme:
        """The chart colours for the screen: dark charts on a dark palette."""
        return DARK if is_dark(self.palette()) else PRINT

    @Slot()
    def build(self) -> None:
        """Build the chart list (thumbnails) and show the selected chart."""
        self._built = True
        current = self.current_spec().id if self.current_spec() else None
        self.specs = chart_specs(self.context.report, self.context.lang)
        self.list.blockSignals(True)
        self.list.clear()
        for spec in self.specs:
            item = QListWidgetItem(self._thumbnail(spec), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.id)
            item.setToolTip(spec.title)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [s.id for s in self.specs]
        row = ids.index(current) if current in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._on_row_changed(row)
        enabled = bool(self.specs)
        for action in (*self.export_actions.values(), self.copy_action, self.export_all_action):
            action.setEnabled(enabled)

    def _thumbnail(self, spec: ChartSpec) -> QIcon:
        # A small render of the real chart at a larger layout size, scaled down, so thumbnails are recognisable.
        image = render_image(spec, RenderSize(THUMB_SIZE.width() * 3, THUMB_SIZE.height() * 3, 144))
        pixmap = QPixmap.fromImage(image).scaled(THUMB_SIZE * self.devicePixelRatioF(),
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        return QIcon(pixmap)

    def current_spec(self) -> ChartSpec | None:
        """The chart shown enlarged."""
        row = self.list.currentRow()
        return self.specs[row] if 0 <= row < len(self.specs) else None

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

    @Slot()
    def _on_report_changed(self) -> None:
        if self._built:
            self.build()

    @Slot(str)
    def _on_language_changed(self, lang: str) -> None:
        self._retranslate()
        if self._built:
            self.build()

    # --- export --------------------------------------------------------------------------------------

    @Slot()
    def export_current(self, fmt: str) -> None:
        """Open the export dialog for the chart shown, in format ``fmt``."""
        from viewer.ui.export_dialog import ExportDialog

        spec = self.current_spec()
        if spec is not None:
            ExportDialog(self.context, spec.id, fmt, self).exec()

    @Slot()
    def export_all(self) -> None:
        """Open the export dialog for every chart."""
        from viewer.ui.export_dialog import ExportDialog

        ExportDialog(self.context, None, None, self).exec()

    @Slot()
    def copy_current(self) -> None:
        """Put the chart shown on the clipboard as an image (print theme)."""
        spec = self.current_spec()
        if spec is not None:
            QGuiApplication.clipboard().setImage(render_image(spec, CLIPBOARD_SIZE, PRINT))

    def _show_menu(self, global_pos) -> None:
        if self.current_spec() is None:
            return
        menu = QMenu(self)
        for action in self.export_actions.values():
            menu.addAction(action)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addAction(self.export_all_action)
        menu.popup(global_pos)

    def _retranslate(self) -> None:
        self.export_actions["png"].setText(self.tr("Export PNG…"))
        self.export_actions["svg"].setText(self.tr("Export SVG…"))
        self.export_actions["pdf"].setText(self.tr("Export PDF…"))
        self.copy_action.setText(self.tr("Copy to clipboard"))
        self.export_all_action.setText(self.tr("Export all charts…"))


__all__ = ["ChartView", "StatisticsTab", "tooltip_html"]
