"""Export dialogs: charts to PNG/SVG/PDF and their data to CSV (one or all, with progress and cancel), and the
report as a PDF.

Nothing here imports pyqtgraph at module level, and the main window does not import this module at start-up:
it installs the File menu actions from ``viewer.ui.export.actions``, which loads this module (and the chart
definitions) when the user actually exports.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from viewer.charts.definitions import chart_specs, charts_made
from viewer.charts.files import DEFAULT_TEMPLATE, ExportError
from viewer.charts.sizes import DPI_PRESETS, MAX_PX, MIN_PX, RenderSize, SizeError
from viewer.charts.spec import ChartSpec
from viewer.ui.common.chart_preparation import ChartsPreparation, prepare_charts
from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext
from viewer.ui.export.settings import INCLUDE_REVIEW_KEY

if TYPE_CHECKING:
    from viewer.ui.export.report_pdf_job import ReportPdfJob

FORMATS = ("png", "svg", "pdf", "csv")  # csv: each chart's complete data, as `report-viewer export --format csv`


@dataclass
class ExportSettings:
    """What the dialog remembers between uses, kept in QSettings (group ``export``) across sessions."""

    folder: str = ""
    formats: tuple[str, ...] = ("png",)
    use_cm: bool = False
    width_px: int = 1600
    height_px: int = 1000
    width_cm: float = 16.0
    height_cm: float = 10.0
    dpi: int = 300
    template: str = DEFAULT_TEMPLATE


    def save(self) -> None:
        settings = QSettings()
        settings.beginGroup("export")
        for name, value in asdict(self).items():
            settings.setValue(name, ",".join(value) if isinstance(value, tuple) else value)
        settings.endGroup()

    @classmethod
    def load(cls) -> ExportSettings:
        """The remembered settings; a missing or damaged entry falls back to its default."""
        out = cls()
        settings = QSettings()
        settings.beginGroup("export")
        try:
            for name, default in asdict(out).items():
                if not settings.contains(name):
                    continue
                if isinstance(default, tuple):
                    text = str(settings.value(name, "", type=str))
                    value: object = tuple(f for f in text.split(",") if f in FORMATS) or default
                else:
                    value = settings.value(name, default, type=type(default))
                if isinstance(value, int | float) and not isinstance(value, bool) and value <= 0:
                    continue
                setattr(out, name, value)
        except (TypeError, ValueError):
            return cls()
        finally:
            settings.endGroup()
        return out


def default_folder() -> str:
    """The user's Pictures folder (or home) as the first suggestion."""
    for location in (QStandardPaths.StandardLocation.PicturesLocation, QStandardPaths.StandardLocation.HomeLocation):
        path = QStandardPaths.writableLocation(location)
        if path:
            return path
    return str(Path.home())


class ExportDialog(QDialog):
    """Choose charts, formats, size (pixels, or cm + DPI), folder and file names; then export with progress."""

    def __init__(self, context: AppContext | None, chart_id: str | None = None, fmt: str | None = None,
                 parent: QWidget | None = None, *, specs: list[ChartSpec] | None = None, later: bool = False) -> None:
        """``specs``: charts made elsewhere (the library's comparison); else every chart of the context's report,
        made now, or (``later``, File -> Export…) in a worker thread when not made yet: the dialog shows at once
        and its list fills (Export waits) when they are there (0.25 s of a frozen window on the 10k-fact report)."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.context = context
        self._chart_id = chart_id
        self._preparation: ChartsPreparation | None = None
        self.specs: list[ChartSpec] = []
        self.written: list[Path] = []
        s = ExportSettings.load()
        form = QFormLayout(self)

        self.chart_combo = QComboBox()
        self.chart_combo.addItem(self.tr("All charts"), None)
        form.addRow(self.tr("Charts:"), self.chart_combo)

        formats = QHBoxLayout()
        self.format_boxes: dict[str, QCheckBox] = {}
        for name in FORMATS:
            box = QCheckBox(name.upper())
            if name == "csv":
                box.setToolTip(self.tr("Each chart's complete data, also the items it does not draw"))
            box.setChecked(name == fmt if fmt else name in s.formats)
            self.format_boxes[name] = box
            formats.addWidget(box)
        form.addRow(self.tr("Formats:"), formats)

        self.px_radio = QRadioButton(self.tr("Pixels"))
        self.cm_radio = QRadioButton(self.tr("Centimetres"))
        group = QButtonGroup(self)
        group.addButton(self.px_radio)
        group.addButton(self.cm_radio)
        (self.cm_radio if s.use_cm else self.px_radio).setChecked(True)
        self.width_px = _spin(s.width_px)
        self.height_px = _spin(s.height_px)
        px_row = QHBoxLayout()
        for w in (self.px_radio, self.width_px, _times(), self.height_px):
            px_row.addWidget(w)
        form.addRow(self.tr("Size:"), px_row)
        self.width_cm = _cm_spin(s.width_cm)
        self.height_cm = _cm_spin(s.height_cm)
        cm_row = QHBoxLayout()
        for w in (self.cm_radio, self.width_cm, _times(), self.height_cm):
            cm_row.addWidget(w)
        form.addRow("", cm_row)
        self.dpi_combo = QComboBox()
        self.dpi_combo.setEditable(True)
        for dpi in DPI_PRESETS:
            self.dpi_combo.addItem(str(dpi))
        self.dpi_combo.setCurrentText(str(s.dpi if s.use_cm else 96))
        form.addRow(self.tr("DPI:"), self.dpi_combo)

        self.folder_edit = QLineEdit(s.folder or default_folder())
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder:"), folder_row)
        self.template_edit = QLineEdit(s.template)
        self.template_edit.setToolTip(self.tr("Fields: {index} {id} {ext} {lang} {title}"))
        form.addRow(self.tr("File names:"), self.template_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("Export charts"))
        if specs is not None:
            self._take_charts(specs)
        else:
            assert context is not None
            if later and not charts_made(context.report, context.lang):
                self.export_button.setEnabled(False)
                self._preparation = prepare_charts(context.report, context.lang, self, self._charts_made)
            else:
                self._charts_made()

    def preparing(self) -> bool:
        """Whether the report's charts are still being made in a worker (the list fills when they are there)."""
        return self._preparation is not None

    def _take_charts(self, specs: list[ChartSpec]) -> None:
        self.specs = specs
        for spec in specs:
            self.chart_combo.addItem(spec.title, spec.id)
        if self._chart_id is not None:
            self.chart_combo.setCurrentIndex(max(0, self.chart_combo.findData(self._chart_id)))
        self.export_button.setEnabled(True)

    @Slot()
    def _charts_made(self) -> None:
        """Take the context's charts (made by the worker, or now: kept by chart_specs either way)."""
        if self._preparation is not None:
            self._preparation.cancel()
            self._preparation.deleteLater()
            self._preparation = None
        elif self.specs:
            return
        assert self.context is not None
        self._take_charts(chart_specs(self.context.report, self.context.lang))

    # --- reading the form ----------------------------------------------------------------------------

    def render_size(self) -> RenderSize:
        """The size asked for (SizeError if it cannot be rendered)."""
        try:
            dpi = float(self.dpi_combo.currentText())
        except ValueError:
            raise SizeError(self.tr("DPI must be a number")) from None
        if self.cm_radio.isChecked():
            return RenderSize.from_cm(self.width_cm.value(), self.height_cm.value(), dpi)
        return RenderSize(self.width_px.value(), self.height_px.value(), dpi)

    def formats(self) -> tuple[str, ...]:
        return tuple(f for f, box in self.format_boxes.items() if box.isChecked())

    def chart_ids(self) -> list[str] | None:
        chart_id = self.chart_combo.currentData()
        return None if chart_id is None else [chart_id]

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    # --- exporting -----------------------------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        """Check the request, ask before overwriting, export with a cancellable progress dialog."""
        from viewer.charts.export import existing_files, plan_export

        if self._preparation is not None:
            self._charts_made()  # asked before the worker was done: made here
        try:
            size = self.render_size()
            formats = self.formats()
            if not formats:
                raise ExportError(self.tr("Choose at least one format."))
            folder = Path(self.folder_edit.text()).expanduser()
            jobs = plan_export(self.specs, folder, formats, chart_ids=self.chart_ids(),
                               template=self.template_edit.text(), overwrite=True)
        except (SizeError, ExportError) as exc:
            QMessageBox.warning(self, self.tr("Export charts"), str(exc))
            return
        existing = existing_files(jobs)
        if existing:
            question = fill(self.tr("%1 already exists. Overwrite it?"), existing[0].name) if len(existing) == 1 \
                else fill(self.tr("%1 files already exist, e.g. %2. Overwrite them?"), len(existing), existing[0].name)
            answer = QMessageBox.question(self, self.tr("Export charts"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._remember(size, formats)
        self.written = self._export(jobs, size)
        if self.written:
            # Said where the files went, with a way there: the dialog closing was all the user saw before.
            self.notice = show_written(self.parentWidget() or self, self.written, folder)
            self.accept()

    def _export(self, jobs, size: RenderSize) -> list[Path]:
        from viewer.charts.export import export_charts

        progress = QProgressDialog(self.tr("Exporting charts…"), self.tr("Cancel"), 0, len(jobs), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int, path: Path) -> bool:
            progress.setValue(done)
            # A turn of the event loop after each file (the progress dialog does so only once it shows, after
            # 300 ms): the window paints and its timers run; what the user types or clicks waits until the end.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            return not progress.wasCanceled()

        try:
            written = export_charts(jobs, size, overwrite=True, progress=step)
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Export charts"), str(exc))
            written = []
        finally:
            progress.close()
        return written

    def _remember(self, size: RenderSize, formats: tuple[str, ...]) -> None:
        ExportSettings(
            folder=self.folder_edit.text(), formats=formats, use_cm=self.cm_radio.isChecked(),
            width_px=self.width_px.value(), height_px=self.height_px.value(),
            width_cm=self.width_cm.value(), height_cm=self.height_cm.value(),
            dpi=round(size.dpi), template=self.template_edit.text(),
        ).save()


def show_written(parent: QWidget, written: list[Path], folder: Path) -> QMessageBox:
    """A message (not blocking) saying how many files were written where, with "Open folder"."""
    # Plurals by count in the code: English is the source language and has no translation file of its own.
    text = fill(QCoreApplication.translate("ExportDialog", "1 file written to %2"), 1, folder) if len(written) == 1 \
        else fill(QCoreApplication.translate("ExportDialog", "%1 files written to %2"), len(written), folder)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ExportDialog", "Export charts"),
                      text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("exportDone")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText("\n".join(p.name for p in written))
    open_button = box.addButton(QCoreApplication.translate("ExportDialog", "Open folder"),
                                QMessageBox.ButtonRole.ActionRole)
    open_button.setObjectName("openFolder")
    # An action button closes the box too; the folder opens in the system's file manager.
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _spin(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(MIN_PX, MAX_PX)
    box.setValue(value)
    box.setSuffix(" px")
    return box


def _cm_spin(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(1.0, 200.0)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setValue(value)
    box.setSuffix(" cm")
    return box


def _times() -> QWidget:
    from viewer.ui.common.widgets import plain_label

    return plain_label("×")


# --- the whole report as PDF ---------------------------------------------------------------------------

def export_report_pdf(context: AppContext, parent: QWidget | None = None,
                      path: str | None = None) -> ReportPdfJob | None:
    """Ask for a file (unless ``path`` is given) and start writing the report PDF in a worker thread, with a
    progress dialog and Cancel (viewer.ui.export.report_pdf_job); the running job, None when no file was chosen."""
    if path is None:
        suggestion = str(Path(ExportSettings.load().folder or default_folder()) / f"{context.report.meta.id}.pdf")
        title = QCoreApplication.translate("ExportActions", "Export report as PDF")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, "PDF (*.pdf)")
        if not path:
            return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    from viewer.charts.report_pdf import checklist_statuses, review_work
    from viewer.ui.export.report_pdf_job import start_report_pdf

    # Read from the state here, on the UI thread: the worker gets copies.
    include_review = bool(QSettings().value(INCLUDE_REVIEW_KEY, False, type=bool))
    work = review_work(context.state, context.lang) if include_review else None
    statuses = checklist_statuses(context.report, context.state)
    return start_report_pdf(context.loaded, target, context.lang, statuses, work, parent)
