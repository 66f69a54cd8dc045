"""The whole report laid out on A4 pages, once, and painted page by page onto any paged device: the PDF writer
(viewer.charts.report_pdf) and a printer or the print preview (viewer.ui.export.printing) get the same pages.

Pages are laid out against a 300-dpi PDF writer whatever the output: the text documents break into pages there,
and a printer of another resolution gets the same page drawn scaled (``paint_page(..., scale)``), so print and
PDF never differ in what falls on which page. Text parts are QTextDocuments (text stays text, the bundled font
embedded); charts are their scenes painted as vector drawing. Every page gets a header (report title, part) and
a footer 'page N of M'. A heading never stands alone at the foot of a page, nor a table's header without its
rows (viewer.charts.page_breaks). ``outline`` lists each part, section, task and chart with its page, for the
PDF's bookmarks.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen, QTextDocument

from viewer.charts.definitions import chart_specs
from viewer.charts.font import bundled_font
from viewer.charts.paged_text import fill_steps
from viewer.charts.render import chart_scene, paint_scene
from viewer.charts.report_html import (
    ReviewWork,
    label,
    overview_html,
    review_html,
    source_html_parts,
    tables_html,
    tasks_html,
)
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
# Builds a part's HTML and the PDF's outline (pure Python, no Qt) while the UI thread's event loop turns.
_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-pdf-python")
T = TypeVar("T")


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark: its title, the page it opens (0-based) and its depth (0: a part of the report)."""

    title: str
    page: int
    level: int


@dataclass
class _Part:
    """A run of pages: a text document or a list of charts, with the name shown in the header."""

    title: str
    document: QTextDocument | None = None
    charts: tuple[ChartSpec, ...] = ()
    # The part goes on from the one before (a long source text is laid out as several documents).
    continued: bool = False

    def page_count(self) -> int:
        if self.document is not None:
            return max(1, self.document.pageCount())
        return max(1, -(-len(self.charts) // CHARTS_PER_PAGE))


class ReportPages:
    """The report's pages: how many, what the outline holds, and each page painted on request.

    ``device`` is the 300-dpi A4 PDF writer the pages are laid out against (the PDF's own, or a scratch one
    when printing). ``work``: the reviewer's work to print (owners, due dates, notes, marks), or None;
    ``cancelled``: asked before each part is laid out (InterruptedError when it says so).
    """

    def __init__(self, loaded: LoadedReport, lang: str, statuses: Mapping[str, str], device: QPagedPaintDevice,
                 work: ReviewWork | None = None, cancelled: Callable[[], bool] | None = None,
                 turn: Callable[[], object] | None = None) -> None:
        report = loaded.report
        self.lang = lang
        self.title = report.meta.title.get(lang)
        self.mm = PDF_DPI / 25.4
        self.width = device.width()
        self.height = device.height()
        margin = MARGIN_MM * self.mm
        self.body = QRectF(margin, margin + HEADER_MM * self.mm, self.width - 2 * margin,
                           self.height - 2 * margin - (HEADER_MM + FOOTER_MM) * self.mm)
        # In pixels of the 300-dpi page, not points: a printer of another resolution gets the page scaled.
        self.header_font = bundled_font(8.5, lang=lang)
        self.header_font.setPixelSize(round(8.5 * PDF_DPI / 72))
        self.text_font = bundled_font(10, lang=lang)
        self.chinese_font = bundled_font(10, lang="zh")  # the source text is Chinese in either language
        # No ligatures: the PDF maps a ligature glyph (fi, fl) to no text, so 'five' would copy and search as '&ve'.
        for font in (self.text_font, self.chinese_font):
            for feature in ("liga", "clig"):
                font.setFeature(QFont.Tag(feature), 0)
        self._device = device
        self.parts: list[_Part] = []
        for _ in self._layout(loaded, statuses, work):
            # Between steps (a piece of text, a part): the caller's turn of the event loop, then Cancel heard.
            if turn is not None:
                turn()
            if cancelled is not None and cancelled():
                raise InterruptedError("cancelled")
        self.pages: list[tuple[_Part, int]] = [(part, i) for part in self.parts for i in range(part.page_count())]
        self.outline = self._outline()

    @property
    def total(self) -> int:
        """How many pages the report has."""
        return len(self.pages)

    # --- layout ----------------------------------------------------------------------------------------

    def _layout(self, loaded: LoadedReport, statuses: Mapping[str, str], work: ReviewWork | None) -> Iterator[None]:
        """Lay the parts out into ``self.parts``, yielding between steps of a bounded time (a piece of text laid
        out; a wait for a part's HTML, which is pure Python and built in a thread: seconds on a 10,000-fact
        report). Nothing runs in that thread while this one lays text out: PySide gives up Python's lock in its
        calls, and a busy thread made each call wait for it (the layout took 27 s instead of 2 s)."""
        report, lang, parts = loaded.report, self.lang, self.parts
        html = yield from in_thread(overview_html, report, lang)
        overview = yield from self._document(html)
        parts.append(_Part(label("overview", lang), overview))
        yield
        specs = chart_specs(report, lang)
        if specs:
            parts.append(_Part(label("charts", lang), charts=tuple(specs)))
        if report.enterprises or report.honours:
            html = yield from in_thread(tables_html, report, lang)
            tables = yield from self._document(html)
            parts.append(_Part(label("enterprises", lang), tables))
        if report.tasks or (work is not None and work.marks):
            html = yield from in_thread(_tasks_and_review_html, report, lang, statuses, work)
            tasks = yield from self._document(html)
            parts.append(_Part(label("tasks", lang), tasks))
        if loaded.source_text:
            sources = yield from in_thread(source_html_parts, report, loaded.source_text, lang)
            # Several documents for a long text: one is laid out no taller than about 2,880 pages.
            for i, html in enumerate(sources):
                doc = yield from self._document(html, chinese=True)
                parts.append(_Part(label("source", lang), doc, continued=i > 0))

    def _document(self, html: str, *, chinese: bool = False) -> Generator[None, None, QTextDocument]:
        doc = text_document("", self.chinese_font if chinese else self.text_font, self._device,
                            QSizeF(self.body.width(), self.body.height()))
        for _ in fill_steps(doc, html, self.body.height()):
            yield
        return doc

    def _outline(self) -> list[OutlineEntry]:
        entries: list[OutlineEntry] = []
        first = 0
        for part in self.parts:
            if not part.continued:
                entries.append(OutlineEntry(part.title, first, 0))
            if part.document is not None:
                depth = 0
                for text, level, page in headings(part.document, self.body.height()):
                    if text and text != part.title and level >= 2:
                        # One level deeper than the entry before at most (a task's <h3> right under the part).
                        depth = min(level - 1, depth + 1)
                        entries.append(OutlineEntry(text, first + page, depth))
            else:
                entries += [OutlineEntry(spec.title, first + i // CHARTS_PER_PAGE, 1)
                            for i, spec in enumerate(part.charts)]
            first += part.page_count()
        return entries

    # --- painting --------------------------------------------------------------------------------------

    def paint_page(self, painter: QPainter, index: int, scale: float = 1.0) -> None:
        """Paint page ``index`` (0-based) with ``painter`` on a fresh page; ``scale`` maps the 300-dpi layout
        onto the device (a printer of another resolution)."""
        part, i = self.pages[index]
        painter.save()
        if scale != 1.0:
            painter.scale(scale, scale)
        self._decorate(painter, part.title, index + 1)
        if part.document is not None:
            _draw_document_page(painter, part.document, self.body, i)
        else:
            _draw_chart_page(painter, part.charts[i * CHARTS_PER_PAGE:(i + 1) * CHARTS_PER_PAGE], self.body)
        painter.restore()

    def _decorate(self, painter: QPainter, part: str, page: int) -> None:
        margin = MARGIN_MM * self.mm
        painter.save()
        painter.setFont(self.header_font)
        painter.setPen(QColor("#555555"))
        top = QRectF(margin, margin, self.width - 2 * margin, HEADER_MM * self.mm * 0.7)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.title)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), part)
        painter.setPen(QPen(QColor("#999999"), 0.25 * self.mm))
        painter.drawLine(QPointF(top.left(), top.bottom()), QPointF(top.right(), top.bottom()))
        number = message("pdf.page", self.lang, page=page, total=self.total)
        bottom = QRectF(margin, self.height - margin - FOOTER_MM * self.mm * 0.6, self.width - 2 * margin,
                        FOOTER_MM * self.mm * 0.6)
        painter.setPen(QColor("#555555"))
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), number)
        painter.restore()


def in_thread(function: Callable[..., T], *args: object) -> Generator[None, None, T]:
    """``function(*args)`` (pure Python: no Qt) run in a thread, yielding every 20 ms until it is done; its
    result (or its exception raised here)."""
    future = _POOL.submit(function, *args)
    try:
        while not future.done():
            wait([future], timeout=0.02)
            yield
    finally:
        future.cancel()
    return future.result()


def _tasks_and_review_html(report: Report, lang: str, statuses: Mapping[str, str], work: ReviewWork | None) -> str:
    return (tasks_html(report, lang, statuses, work) if report.tasks else "") + \
        (review_html(work, lang) if work is not None else "")


def text_document(html: str, font: QFont, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    """``html`` laid out in pages of size ``page`` on ``device`` with the PDF's font and styles (page breaks as Qt
    puts them: ``keep_together`` moves them)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet("h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 11.5pt; }"
                             "table { margin-top: 4px; margin-bottom: 8px; } th { font-weight: bold; }")
    doc.setPageSize(page)
    doc.setHtml(html)
    return doc


def headings(doc: QTextDocument, page_height: float) -> list[tuple[str, int, int]]:
    """(text, level, page) of every heading block of a laid-out document (level 1 for <h1>)."""
    out = []
    layout = doc.documentLayout()
    doc.pageCount()  # the layout runs lazily: finish it before asking where blocks are
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            out.append((block.text().strip(), level, int(layout.blockBoundingRect(block).top() // page_height)))
        block = block.next()
    return out


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


__all__ = ["CHARTS_PER_PAGE", "PDF_DPI", "OutlineEntry", "ReportPages", "headings", "in_thread", "text_document"]
