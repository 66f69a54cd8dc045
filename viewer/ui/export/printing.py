"""Printing: the whole report (File -> Print… and Print preview…) and the chart shown (Statistics -> Print…).

The report prints the very pages of the report PDF (viewer.charts.report_pages): they are laid out once against
a 300-dpi PDF writer and painted onto the printer scaled to its resolution, so a page breaks where the PDF's does
and print and PDF never differ. The reviewer's work (owners, due dates, notes, marks and comments) is printed when
File -> Include review work is ticked, as in the PDF export. A chart prints on one A4 landscape page, drawn as
in its PDF export. QtPrintSupport is part of PySide6-Essentials; it loads when the user first prints.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSettings
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from viewer.charts.report_pages import PDF_DPI, ReportPages
from viewer.charts.report_pdf import a4_writer, checklist_statuses, review_work
from viewer.charts.spec import ChartSpec
from viewer.ui.context import AppContext
from viewer.ui.export.settings import INCLUDE_REVIEW_KEY

CHART_MARGIN_MM = 12.0


def include_review() -> bool:
    """Whether the report's PDF and print carry the reviewer's work (File -> Include review work)."""
    return bool(QSettings().value(INCLUDE_REVIEW_KEY, False, type=bool))


def new_printer(landscape: bool = False) -> QPrinter:
    """A printer set to A4 without margins (the pages draw their own)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))
    return printer


class ReportPrint:
    """The report's pages for a printer: laid out once (against a scratch 300-dpi PDF writer), painted on demand."""

    def __init__(self, context: AppContext, with_review: bool | None = None) -> None:
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._writer = a4_writer(self._buffer)  # what the pages are laid out against; nothing is written to it
        wanted = include_review() if with_review is None else with_review
        work = review_work(context.state, context.lang) if wanted else None
        self.pages = ReportPages(context.loaded, context.lang, checklist_statuses(context.report, context.state),
                                 self._writer, work)
        self.title = context.report.meta.title.get(context.lang)

    def paint(self, printer: QPrinter) -> int:
        """Paint the pages the printer asks for (all, or its from-to range); how many were painted."""
        printer.setDocName(self.title)
        total = self.pages.total
        first = max(1, printer.fromPage() or 1)
        last = min(total, printer.toPage() or total)
        scale = min(printer.width() / self.pages.width, printer.height() / self.pages.height)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        painted = 0
        try:
            for number in range(first, last + 1):
                if painted:
                    printer.newPage()
                self.pages.paint_page(painter, number - 1, scale)
                painted += 1
        finally:
            painter.end()
        return painted


def paint_chart(spec: ChartSpec, printer: QPrinter) -> None:
    """The chart on one page, inside the margins, drawn at the printed size as its PDF export is."""
    from viewer.charts.render import chart_scene, paint_scene
    from viewer.charts.sizes import RenderSize

    printer.setDocName(spec.title)
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        dpi = printer.resolution()
        margin = CHART_MARGIN_MM / 25.4 * dpi
        target = QRectF(margin, margin, printer.width() - 2 * margin, printer.height() - 2 * margin)
        # Laid out in 300-dpi units of the page's size, then drawn scaled: the same picture on any printer.
        scale = dpi / PDF_DPI
        size = RenderSize(round(target.width() / scale), round(target.height() / scale), PDF_DPI)
        paint_scene(chart_scene(spec, size), painter, target)
    finally:
        painter.end()


def preview_report(context: AppContext, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """File -> Print preview…: the report's pages, with a button to print them."""
    job = ReportPrint(context)
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("reportPrintPreview")
    dialog.paintRequested.connect(job.paint)
    # The dialog does not own the printer: both live as long as the dialog (a printer gone first crashes it).
    dialog._keep = (printer, job)  # type: ignore[attr-defined]
    return dialog


def print_report(context: AppContext, parent: QWidget | None = None, printer: QPrinter | None = None) -> int:
    """File -> Print…: the printer dialog, then the report; the number of pages printed (0: cancelled)."""
    printer = printer or new_printer()
    job = ReportPrint(context)
    printer.setFromTo(1, job.pages.total)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, job.pages.total)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return job.paint(printer)


def preview_chart(spec: ChartSpec, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Statistics -> Print…: the chart shown, on an A4 landscape page, previewed with a button to print it."""
    printer = new_printer(landscape=True)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("chartPrintPreview")
    dialog.paintRequested.connect(lambda device: paint_chart(spec, device))
    dialog._keep = printer  # type: ignore[attr-defined]  # the dialog does not own it
    return dialog
