"""The whole report as one A4 PDF: overview, every chart (vector), tables, checklist, marked source text.

Text parts are QTextDocuments laid out on the PDF device (text stays text: selectable, the bundled font
embedded as a subset); charts are their scenes painted straight onto the PDF painter (vector). Every page
gets a header (report title, part) and a footer with 'page N of M'.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from viewer.charts.definitions import chart_specs
from viewer.charts.files import write_atomic
from viewer.charts.font import bundled_font
from viewer.charts.render import chart_scene, paint_scene
from viewer.charts.report_html import label, overview_html, source_html, tables_html, tasks_html
from viewer.charts.sizes import RenderSize
from viewer.charts.spec import ChartSpec
from viewer.model.loader import LoadedReport
from viewer.model.texts import message
from viewer.model.types import Report

PDF_DPI = 300
MARGIN_MM = 16.0
HEADER_MM = 9.0
FOOTER_MM = 9.0
CHARTS_PER_PAGE = 2


def checklist_statuses(report: Report, state: object | None) -> dict[str, str]:
    """Each action's status key ('todo', 'doing', 'done', 'blocked') from a checklist state.

    ``state`` is anything with ``status(action_id)`` returning a status with a ``.value`` (the state
    model's ``ReportState``), or with ``is_done(action_id)``; None means nothing started yet.
    """
    statuses: dict[str, str] = {}
    for _, action in report.actions():
        if state is None:
            statuses[action.id] = "todo"
        elif hasattr(state, "status"):
            status = state.status(action.id)
            statuses[action.id] = getattr(status, "value", str(status))
        else:
            statuses[action.id] = "done" if state.is_done(action.id) else "todo"  # type: ignore[attr-defined]
    return statuses


@dataclass
class _Part:
    """A run of pages: a text document or a list of charts, with the name shown in the header."""

    title: str
    document: QTextDocument | None = None
    charts: tuple[ChartSpec, ...] = ()

    def page_count(self) -> int:
        if self.document is not None:
            return max(1, self.document.pageCount())
        return max(1, -(-len(self.charts) // CHARTS_PER_PAGE))


class _Pages:
    def __init__(self, writer: QPdfWriter, lang: str) -> None:
        self.writer = writer
        self.mm = PDF_DPI / 25.4
        self.width = writer.width()
        self.height = writer.height()
        margin = MARGIN_MM * self.mm
        self.body = QRectF(margin, margin + HEADER_MM * self.mm, self.width - 2 * margin,
                           self.height - 2 * margin - (HEADER_MM + FOOTER_MM) * self.mm)
        self.header_font = bundled_font(8.5, lang=lang)
        self.text_font = bundled_font(10, lang=lang)
        self.chinese_font = bundled_font(10, lang="zh")  # the source text is Chinese in either language

    def document(self, html: str, *, chinese: bool = False) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultFont(self.chinese_font if chinese else self.text_font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet("h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 11.5pt; }"
                                 "table { margin-top: 4px; margin-bottom: 8px; } th { font-weight: bold; }")
        doc.setHtml(html)
        doc.setPageSize(QSizeF(self.body.width(), self.body.height()))
        return doc

    def decorate(self, painter: QPainter, report_title: str, part: str, page: int, total: int, lang: str) -> None:
        margin = MARGIN_MM * self.mm
        painter.save()
        painter.setFont(self.header_font)
        painter.setPen(QColor("#555555"))
        top = QRectF(margin, margin, self.width - 2 * margin, HEADER_MM * self.mm * 0.7)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), report_title)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), part)
        painter.setPen(QPen(QColor("#999999"), 0.25 * self.mm))
        painter.drawLine(QPointF(top.left(), top.bottom()), QPointF(top.right(), top.bottom()))
        number = message("pdf.page", lang, page=page, total=total)
        bottom = QRectF(margin, self.height - margin - FOOTER_MM * self.mm * 0.6, self.width - 2 * margin,
                        FOOTER_MM * self.mm * 0.6)
        painter.setPen(QColor("#555555"))
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), number)
        painter.restore()


def report_pdf_bytes(loaded: LoadedReport, lang: str = "zh", statuses: Mapping[str, str] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> tuple[bytes, int]:
    """The report as PDF bytes and its page count (needs a QApplication)."""
    report = loaded.report
    statuses = statuses if statuses is not None else checklist_statuses(report, None)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    title = report.meta.title.get(lang)
    writer.setTitle(title)
    writer.setCreator("Industry Report Viewer")
    pages = _Pages(writer, lang)
    parts = [_Part(label("overview", lang), pages.document(overview_html(report, lang)))]
    specs = chart_specs(report, lang)
    if specs:
        parts.append(_Part(label("charts", lang), charts=tuple(specs)))
    if report.enterprises or report.honours:
        parts.append(_Part(label("enterprises", lang), pages.document(tables_html(report, lang))))
    if report.tasks:
        parts.append(_Part(label("tasks", lang), pages.document(tasks_html(report, lang, statuses))))
    if loaded.source_text:
        parts.append(_Part(label("source", lang), pages.document(source_html(report, loaded.source_text, lang),
                                                                          chinese=True)))
    total = sum(p.page_count() for p in parts)

    painter = QPainter(writer)
    page = 0
    try:
        for part in parts:
            for i in range(part.page_count()):
                if cancelled is not None and cancelled():
                    raise InterruptedError("PDF export cancelled")
                if page:
                    writer.newPage()
                page += 1
                pages.decorate(painter, title, part.title, page, total, lang)
                if part.document is not None:
                    _draw_document_page(painter, part.document, pages.body, i)
                else:
                    _draw_chart_page(painter, part.charts[i * CHARTS_PER_PAGE:(i + 1) * CHARTS_PER_PAGE], pages.body)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), total


def _draw_document_page(painter: QPainter, doc: QTextDocument, body: QRectF, index: int) -> None:
    page_h = body.height()
    painter.save()
    painter.translate(body.left(), body.top() - index * page_h)
    doc.drawContents(painter, QRectF(0, index * page_h, body.width(), page_h))
    painter.restore()


def _draw_chart_page(painter: QPainter, specs: tuple[ChartSpec, ...], body: QRectF) -> None:
    gap = body.height() * 0.04
    slot_h = (body.height() - gap * (CHARTS_PER_PAGE - 1)) / CHARTS_PER_PAGE
    for i, spec in enumerate(specs):
        target = QRectF(body.left(), body.top() + i * (slot_h + gap), body.width(), slot_h)
        # The chart is laid out at the printed size and resolution, so fonts and lines come out as in
        # a 300 dpi export of that physical size; painting it is vector drawing, not an image.
        size = RenderSize(round(target.width()), round(target.height()), PDF_DPI)
        paint_scene(chart_scene(spec, size), painter, target)


def write_report_pdf(loaded: LoadedReport, path: Path, lang: str = "zh", state: object | None = None,
                     overwrite: bool = False) -> int:
    """Write the report PDF to ``path`` atomically; returns the number of pages."""
    data, pages = report_pdf_bytes(loaded, lang, checklist_statuses(loaded.report, state))
    write_atomic(path, data, overwrite)
    return pages


__all__ = ["checklist_statuses", "report_pdf_bytes", "write_report_pdf"]
