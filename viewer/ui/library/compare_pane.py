"""The Library view's Compare page: an indicator's values across the library as a chart, over the years for one
region or across regions for one year; each mark's tooltip gives its value, period, qualifier, report and
sentence, and a click (or Enter) opens that report at the sentence. Exports as every other chart: PNG, SVG, PDF
and the chart's data as CSV (with every report and quote), and the chart as a table.

Built when the page is first shown (the chart view loads pyqtgraph then, not with the window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from viewer.charts.compare import comparison_chart
from viewer.charts.spec import ChartSpec, Mark
from viewer.charts.style import DARK, PRINT
from viewer.model.library import queries
from viewer.model.library.compare import Comparison, across_regions, over_years, regions, years
from viewer.model.library.index import LibraryIndex
from viewer.model.library.indicators import default_vocabulary
from viewer.model.library.records import IndicatorPoint
from viewer.ui.common.theme import is_dark
from viewer.ui.common.widgets import fill, plain_label
from viewer.ui.statistics.chart_view import ChartView, mark_summary

DATA_FOLDER_KEY = "statistics/dataFolder"


class ComparePane(QWidget):
    """Indicator, axis (years or regions) and subject; the chart; its exports.

    Signals:
        open_fact(object, str): open the report at a path at a fact (a mark was clicked).
    """

    open_fact = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: LibraryIndex | None = None
        self.lang = "zh"
        self.points: list[IndicatorPoint] = []
        self.comparison: Comparison | None = None
        self.spec: ChartSpec | None = None
        self.indicator_combo = QComboBox()
        self.indicator_combo.setObjectName("compareIndicator")
        self.indicator_combo.currentIndexChanged.connect(self._on_indicator)
        self.years_radio = QRadioButton()
        self.years_radio.setObjectName("compareOverYears")
        self.regions_radio = QRadioButton()
        self.regions_radio.setObjectName("compareAcrossRegions")
        self.years_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.years_radio)
        group.addButton(self.regions_radio)
        self.years_radio.toggled.connect(self._on_mode)
        self.subject_combo = QComboBox()
        self.subject_combo.setObjectName("compareSubject")
        self.subject_combo.currentIndexChanged.connect(self._redraw)
        self.view = ChartView()
        self.view.setObjectName("compareChart")
        self.view.mark_activated.connect(self._on_mark)
        self.view.current_mark_changed.connect(self._on_current_mark)
        self.mark_line = plain_label(wrap=True)
        self.mark_line.setObjectName("compareMarkLine")
        self.mark_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = plain_label(wrap=True)
        self.empty.setObjectName("compareEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.export_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for fmt in ("png", "svg", "pdf", "csv", "pptx", "xlsx"):
            button = QPushButton()
            button.setObjectName(f"compareExport{fmt.upper()}")
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            buttons.addWidget(button)
        self.table_button = QPushButton()
        self.table_button.setObjectName("compareTable")
        self.table_button.clicked.connect(self.show_table)
        buttons.addWidget(self.table_button)
        buttons.addStretch(1)
        choose = QHBoxLayout()
        self.indicator_label = plain_label()
        choose.addWidget(self.indicator_label)
        choose.addWidget(self.indicator_combo, 2)
        choose.addWidget(self.years_radio)
        choose.addWidget(self.regions_radio)
        choose.addWidget(self.subject_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.mark_line)
        layout.addLayout(buttons)
        self.table_dialog: QWidget | None = None
        self.retranslate()

    # --- filling ----------------------------------------------------------------------------------------

    def is_settled(self) -> bool:
        """Whether the chart is drawn at the pane's present size (what a render waits for)."""
        return self.view.is_laid_out()

    def set_index(self, index: LibraryIndex, lang: str) -> None:
        """Show the indicators of ``index`` (the chosen one kept when it is still there)."""
        self.index, self.lang = index, lang
        vocabulary = default_vocabulary()
        in_use = queries.indicators_in_use(index)
        current = self.indicator_combo.currentData()
        order = {i.id: n for n, i in enumerate(vocabulary.all())}
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        for indicator_id in sorted(in_use, key=lambda k: (-in_use[k], order.get(k, len(order)), k)):
            name = vocabulary.name(indicator_id, lang)
            self.indicator_combo.addItem(fill(self.tr("%1 (%2 reports)"), name, in_use[indicator_id]), indicator_id)
        found = self.indicator_combo.findData(current)
        self.indicator_combo.setCurrentIndex(found if found >= 0 else 0 if in_use else -1)
        self.indicator_combo.blockSignals(False)
        self._on_indicator()

    def choose(self, indicator_id: str, *, over_years_of: str | None = None, in_year: int | None = None) -> bool:
        """Show ``indicator_id`` over the years of a region (its Chinese name) or across regions in a year."""
        found = self.indicator_combo.findData(indicator_id)
        if found < 0:
            return False
        self.indicator_combo.setCurrentIndex(found)
        (self.regions_radio if in_year is not None else self.years_radio).setChecked(True)
        subject = in_year if in_year is not None else over_years_of
        if subject is not None:
            at = self.subject_combo.findData(subject)
            if at < 0:
                return False
            self.subject_combo.setCurrentIndex(at)
        return True

    @Slot()
    def _on_indicator(self) -> None:
        indicator_id = self.indicator_combo.currentData()
        self.points = queries.indicator_points(self.index, indicator_id) if self.index and indicator_id else []
        self._fill_subjects()

    @Slot(bool)
    def _on_mode(self, _checked: bool) -> None:
        self._fill_subjects()

    def _fill_subjects(self) -> None:
        current = self.subject_combo.currentData()
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        if self.years_radio.isChecked():
            for region in regions(self.points):
                self.subject_combo.addItem(region.get(self.lang), region.zh)
        else:
            # Across regions a chart shows results: the years some report states a result for.
            for year in years(p for p in self.points if not p.is_target):
                self.subject_combo.addItem(str(year), year)
        found = self.subject_combo.findData(current)
        self.subject_combo.setCurrentIndex(found if found >= 0 else 0 if self.subject_combo.count() else -1)
        self.subject_combo.blockSignals(False)
        self._redraw()

    @Slot()
    def _redraw(self) -> None:
        indicator_id = self.indicator_combo.currentData()
        subject = self.subject_combo.currentData()
        self.comparison = self.spec = None
        if self.index is not None and indicator_id and subject is not None:
            reports = queries.list_reports(self.index)
            vocabulary = default_vocabulary()
            indicator = vocabulary.get(indicator_id)
            family = indicator.unit_family if indicator else None
            if self.years_radio.isChecked():
                region = next(r for r in regions(self.points) if r.zh == subject)
                self.comparison = over_years(indicator_id, self.points, region, reports, family)
            else:
                self.comparison = across_regions(indicator_id, self.points, int(subject), reports, family)
            self.spec = comparison_chart(self.comparison, indicator, self.lang) if self.comparison.slots else None
            if self.spec is not None and not self.spec.marks():
                self.spec = None  # every slot a gap (another unit, a year only targets name): nothing to draw
        self.view.set_chart(self.spec, DARK if is_dark(self.palette()) else PRINT)
        self.view.setVisible(self.spec is not None)
        self.empty.setVisible(self.spec is None)
        for button in (*self.export_buttons.values(), self.table_button):
            button.setEnabled(self.spec is not None)
        self._on_current_mark(None)

    # --- marks ------------------------------------------------------------------------------------------

    @Slot(object)
    def _on_mark(self, mark: Mark) -> None:
        if mark.source:
            self.open_fact.emit(Path(mark.source), mark.fact_id)

    @Slot(object)
    def _on_current_mark(self, mark: Mark | None) -> None:
        if mark is not None:
            self.mark_line.setText(f"{mark_summary(mark)} — “{mark.quote}”")
        else:
            self.mark_line.setText(self.tr("Point at a mark, or use the arrow keys in the chart, to read its value, "
                                       "report and sentence; click it (or press Enter) to open the report there."))

    # --- exports ----------------------------------------------------------------------------------------

    @Slot()
    def export(self, fmt: str) -> None:
        """PNG/SVG/PDF through the export dialog; CSV (every statement, also those not drawn) to a file."""
        if self.spec is None:
            return
        if fmt == "csv":
            self.export_data()
            return
        if fmt in ("pptx", "xlsx"):
            self.export_office(fmt)
            return
        from viewer.ui.export.dialog import ExportDialog

        ExportDialog(None, self.spec.id, fmt, self, specs=[self.spec]).exec()

    def export_data(self, path: Path | None = None) -> str | None:
        """Write the chart's data as CSV (asking where unless ``path`` is given); the error message, or None."""
        from viewer.ui.statistics.chart_exports import write_chart_data

        if self.spec is None:
            return None
        if path is None:
            settings = QSettings()
            folder = str(settings.value(DATA_FOLDER_KEY, "", type=str)) or \
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export comparison data"),
                                                    str(Path(folder) / f"{self.spec.id}.csv"), self.tr("CSV (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen) if chosen.lower().endswith(".csv") else Path(chosen + ".csv")
        error = write_chart_data(self.spec, path)
        if error is not None:
            QMessageBox.warning(self, self.tr("Export comparison data"), error)
        return error

    def export_office(self, fmt: str, path: Path | None = None) -> Path | None:
        """The chart as a PowerPoint slide (an editable chart; ``fmt`` 'pptx') or its data as an Excel sheet ('xlsx'),
        asking where unless ``path`` is given; the file written, or None."""
        from viewer.charts.compare import comparison_report
        from viewer.ui.export.office import export_office

        if self.spec is None:
            return None
        reports = len({m.source for m in self.spec.marks() if m.source})
        return export_office(None, fmt, self, path, specs=[self.spec], report=comparison_report(self.spec, reports))

    @Slot()
    def show_table(self) -> None:
        from viewer.ui.statistics.chart_table import ChartTableDialog

        if self.spec is None:
            return
        if self.table_dialog is not None:
            self.table_dialog.close()
        self.table_dialog = ChartTableDialog(self.spec, self)
        self.table_dialog.show()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        if self.index is not None:
            self.set_index(self.index, lang)

    def retranslate(self) -> None:
        self.indicator_label.setText(self.tr("Indicator:"))
        self.indicator_combo.setAccessibleName(self.tr("Indicator to compare"))
        self.years_radio.setText(self.tr("Over the years of"))
        self.regions_radio.setText(self.tr("Across regions in"))
        self.subject_combo.setAccessibleName(self.tr("Region or year"))
        names = {"png": self.tr("Export PNG…"), "svg": self.tr("Export SVG…"), "pdf": self.tr("Export PDF…"),
                 "csv": self.tr("Export data (CSV)…"), "pptx": self.tr("PowerPoint…"), "xlsx": self.tr("Excel…")}
        for fmt, button in self.export_buttons.items():
            button.setText(names[fmt])
        self.table_button.setText(self.tr("Show as table"))
        self.empty.setText(self.tr("No figure of the library states an indicator yet. Figures get one when a report "
                               "names it (indicator: in the file, or set in the Figures tab), and the library "
                               "proposes one from a figure's label."))
        self._on_current_mark(None)
