"""The whole report as one A4 PDF: overview, every chart (vector), tables, checklist, marked source text, and
(when asked) the reviewer's work; with an outline (bookmarks) for every part, section, task and chart.

The pages are viewer.charts.report_pages' (the printer paints the same ones); the outline is added after Qt has
written the file (viewer.charts.pdf_outline).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from viewer.charts.files import write_atomic
from viewer.charts.report_html import ReviewWork
from viewer.charts.report_pages import PDF_DPI, ReportPages, in_thread
from viewer.model.loader import LoadedReport
from viewer.model.types import Report

if TYPE_CHECKING:
    from viewer.model.state.state_view import StateView


def checklist_statuses(report: Report, state: StateView | None) -> dict[str, str]:
    """Each action's status key ('todo', 'doing', 'done', 'blocked') from a checklist state (None: nothing
    started yet)."""
    return {action.id: state.status(action.id).value if state is not None else "todo"
            for _, action in report.actions()}


def review_work(state: StateView | None, lang: str) -> ReviewWork | None:
    """The reviewer's work in a checklist state (owners, due dates, notes, review marks and comments), to print
    with the report; None without one."""
    from viewer.model.state import ReportState
    from viewer.model.state.exchange import item_rows, review_rows

    if not isinstance(state, ReportState):
        return None

    items = {row["id"]: (row["owner"] or "", row["due"] or "", row["note"] or "")
             for row in item_rows(state, lang) if not row["orphaned"]}
    marks = [(row["kind"] or "", row["label"] or row["id"], row["mark"], row["comment"] or "")
             for row in review_rows(state, lang) if not row["orphaned"]]
    return ReviewWork(items, marks)


# progress(pages painted, pages in all)
PageProgress = Callable[[int, int], None]


def report_pdf_bytes(loaded: LoadedReport, lang: str = "zh", statuses: Mapping[str, str] | None = None,
                     cancelled: Callable[[], bool] | None = None, work: ReviewWork | None = None,
                     outline: bool = True, progress: PageProgress | None = None,
                     turn: Callable[[], object] | None = None) -> tuple[bytes, int]:
    """The report as PDF bytes and its page count (needs a QApplication; runs in any thread); ``work``: the
    reviewer's work to print with it; ``outline``: bookmarks for every part, section, task and chart;
    ``progress`` is told after each page; ``turn`` is called between the steps of the layout (pieces of text
    of bounded time: the UI thread's event loop turns there); InterruptedError as soon as ``cancelled()`` says
    so (between those steps, between pages)."""
    report = loaded.report
    statuses = statuses if statuses is not None else checklist_statuses(report, None)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer)
    writer.setTitle(report.meta.title.get(lang))
    pages = ReportPages(loaded, lang, statuses, writer, work, cancelled, turn)
    painter = QPainter(writer)
    try:
        for index in range(pages.total):
            if cancelled is not None and cancelled():
                raise InterruptedError("PDF export cancelled")
            if index:
                writer.newPage()
            pages.paint_page(painter, index)
            if progress is not None:
                progress(index + 1, pages.total)
    finally:
        painter.end()
    buffer.close()
    pdf = bytes(data.data())
    if outline:
        from viewer.charts.pdf_outline import with_outline

        if turn is None:
            pdf = with_outline(pdf, pages.outline)
        else:  # pure Python, seconds for 1,700 pages: in a thread while the event loop turns
            steps = in_thread(with_outline, pdf, pages.outline)
            try:
                while True:
                    next(steps)
                    turn()
            except StopIteration as done:
                pdf = done.value
    return pdf, pages.total


def a4_writer(device: QIODevice) -> QPdfWriter:
    """A 300-dpi A4 portrait PDF writer without margins (the pages draw their own)."""
    writer = QPdfWriter(device)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setCreator("Industry Report Viewer")
    return writer


def write_report_pdf(loaded: LoadedReport, path: Path, lang: str = "zh", state: StateView | None = None,
                     overwrite: bool = False, include_review: bool = False) -> int:
    """Write the report PDF to ``path`` atomically; returns the number of pages. ``include_review``: print the
    reviewer's work from ``state`` too (owners, due dates, notes, review marks and comments)."""
    work = review_work(state, lang) if include_review else None
    return write_pdf_file(loaded, path, lang, checklist_statuses(loaded.report, state), work, overwrite)


def write_pdf_file(loaded: LoadedReport, path: Path, lang: str, statuses: Mapping[str, str],
                   work: ReviewWork | None, overwrite: bool = False, cancelled: Callable[[], bool] | None = None,
                   progress: PageProgress | None = None, turn: Callable[[], object] | None = None) -> int:
    """Build the whole PDF in memory, then write it to ``path`` atomically (a temporary file renamed): a
    cancelled or failed export leaves no file, not even a partial one; the number of pages."""
    data, pages = report_pdf_bytes(loaded, lang, statuses, cancelled, work, progress=progress, turn=turn)
    if cancelled is not None and cancelled():
        raise InterruptedError("PDF export cancelled")
    write_atomic(path, data, overwrite)
    return pages


__all__ = ["PageProgress", "a4_writer", "checklist_statuses", "report_pdf_bytes", "review_work", "write_pdf_file",
           "write_report_pdf"]
