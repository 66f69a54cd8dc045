"""The Statistics tab's exports of its charts: the export dialog (one chart or all), PowerPoint and Excel, the
print preview, the chart's complete data as CSV and the chart on the clipboard (picture and data).

``ChartExports`` is a base class of ``StatisticsTab`` (this part of its methods, no widget of its own); the tab
provides ``context`` and ``current_spec``. Its texts are translated in the ``StatisticsTab`` context: ``self.tr``
looks up the class of the object while lupdate files a string under the class it is written in, so the texts
here name their context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.charts.sizes import RenderSize
from viewer.charts.spec import ChartSpec
from viewer.charts.style import PRINT

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from viewer.ui.context import AppContext

CLIPBOARD_SIZE = RenderSize(1600, 1000, 144)  # 1.5x text and lines: readable when pasted into a document
DATA_FOLDER_KEY = "statistics/dataFolder"  # QSettings: where chart data was last saved


class ChartExports(QWidget):
    """Exporting, printing and copying the chart shown (``current_spec``) or every chart."""

    context: AppContext
    print_dialog: QPrintPreviewDialog | None

    if TYPE_CHECKING:  # the tab's (StatisticsTab)
        def current_spec(self) -> ChartSpec | None: ...

    @Slot()
    def export_current(self, fmt: str) -> None:
        """Open the export dialog for the chart shown, in format ``fmt``."""
        from viewer.ui.export.dialog import ExportDialog

        spec = self.current_spec()
        if spec is not None:
            ExportDialog(self.context, spec.id, fmt, self).exec()

    @Slot()
    def export_office(self, fmt: str, path: str | Path | None = None) -> Path | None:
        """Every chart as a PowerPoint deck (``fmt`` 'pptx') or their data as an Excel workbook ('xlsx')."""
        from viewer.ui.export.office import export_office

        return export_office(self.context, fmt, self, path)

    @Slot()
    def print_current(self) -> None:
        """Preview the chart shown on an A4 landscape page, with a button to print it."""
        from viewer.ui.export.printing import preview_chart

        spec = self.current_spec()
        if spec is not None:
            self.print_dialog = preview_chart(spec, self)
            self.print_dialog.open()

    @Slot()
    def export_all(self) -> None:
        """Open the export dialog for every chart."""
        from viewer.ui.export.dialog import ExportDialog

        ExportDialog(self.context, None, None, self).exec()

    @Slot()
    def export_data(self) -> None:
        """Ask where to save the shown chart's complete data (every item, also those not drawn) as CSV."""
        spec = self.current_spec()
        if spec is None:
            return
        settings = QSettings()
        folder = str(settings.value(DATA_FOLDER_KEY, "", type=str)) or \
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = QCoreApplication.translate("StatisticsTab", "Export chart data")
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / f"{spec.id}.csv"),
                                                QCoreApplication.translate("StatisticsTab", "CSV (*.csv)"))
        if not chosen:
            return
        path = Path(chosen)
        # The dialog asked before overwriting the name it was given; a suffix added here was never asked about.
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
            if path.exists() and QMessageBox.question(
                self, title,
                QCoreApplication.translate("StatisticsTab", "%1 already exists. Replace it?").replace("%1", path.name)
            ) != QMessageBox.StandardButton.Yes:
                return
        error = write_chart_data(spec, path)
        if error is not None:
            QMessageBox.warning(self, title, error)
            return
        settings.setValue(DATA_FOLDER_KEY, str(path.parent))

    @Slot()
    def copy_current(self) -> None:
        """Put the chart shown on the clipboard as a picture (PNG and SVG, print theme) and as its data (an HTML
        table and tab-separated text): a spreadsheet pastes the numbers, a slide or a document the picture."""
        from viewer.charts.clipboard_data import chart_data
        from viewer.charts.render import image_png_bytes, render_image, svg_bytes
        from viewer.ui.common.clipboard import put_on_clipboard, rich_mime

        spec = self.current_spec()
        if spec is None:
            return
        image = render_image(spec, CLIPBOARD_SIZE, PRINT)
        headers, rows = chart_data(spec)
        put_on_clipboard(rich_mime(headers, rows, image=image, png=image_png_bytes(image),
                                   svg=svg_bytes(spec, CLIPBOARD_SIZE, PRINT), caption=spec.title))


def write_chart_data(spec: ChartSpec, path: Path) -> str | None:
    """Write ``spec``'s complete data to ``path`` as CSV, replacing a file there (the caller asked);
    the error message for the user, or None."""
    from viewer.charts.data_csv import csv_bytes
    from viewer.charts.files import ExportError, write_atomic

    try:
        write_atomic(path, csv_bytes(spec), overwrite=True)
    except ExportError as exc:
        return str(exc)
    return None
