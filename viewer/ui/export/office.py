"""Charts to PowerPoint and Excel from the window: a deck (a slide per chart, native editable charts) or a
workbook (a sheet per chart's data), written where the user chooses. Loaded when first used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.charts.spec import ChartSpec
from viewer.model.types import Report
from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext

FOLDER_KEY = "export/officeFolder"  # QSettings: where a deck or workbook was last saved


def export_office(context: AppContext | None, fmt: str, parent: QWidget | None = None, path: str | Path | None = None,
                  chart_ids: list[str] | None = None, *, specs: list[ChartSpec] | None = None,
                  report: Report | None = None) -> Path | None:
    """Write the report's charts (``chart_ids``: those only) as a deck (``fmt`` 'pptx') or a workbook ('xlsx'),
    asking for the file unless ``path`` is given; the path written, or None (cancelled, or the error shown)."""
    from viewer.charts.definitions import chart_specs
    from viewer.charts.export import ExportJob, collection_bytes, collection_name, select_charts
    from viewer.charts.files import ExportError, write_atomic

    title = QCoreApplication.translate("OfficeExport", "Export to PowerPoint") if fmt == "pptx" else \
        QCoreApplication.translate("OfficeExport", "Export chart data to Excel")
    # ``specs`` and ``report``: charts made elsewhere (the library's comparison) and the report their deck is of.
    if specs is None:
        assert context is not None
        specs = chart_specs(context.report, context.lang)
    if report is None:
        assert context is not None
        report = context.report
    if not specs:
        return None
    if path is None:
        settings = QSettings()
        folder = str(settings.value(FOLDER_KEY, "", type=str)) or \
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        kinds = QCoreApplication.translate("OfficeExport", "PowerPoint (*.pptx)") if fmt == "pptx" else \
            QCoreApplication.translate("OfficeExport", "Excel workbook (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / collection_name(report, fmt)),
                                                kinds)
        if not chosen:
            return None
        path = chosen
    target = Path(path)
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(f"{target.name}.{fmt}")
        if target.exists() and QMessageBox.question(
                parent, title, fill(QCoreApplication.translate("OfficeExport", "%1 already exists. Replace it?"),
                                    target.name)) != QMessageBox.StandardButton.Yes:
            return None
    try:
        chosen_specs = select_charts(specs, chart_ids)
        job = ExportJob(chosen_specs[0][1], chosen_specs[0][0], fmt, target, tuple(s for _, s in chosen_specs),
                        report)
        # The file dialog (or the question above) asked before replacing a file: that is the consent.
        write_atomic(target, collection_bytes(job), overwrite=True)
    except ExportError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    QSettings().setValue(FOLDER_KEY, str(target.parent))
    return target
