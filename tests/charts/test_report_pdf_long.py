"""A source too long for one text layout is printed whole: Qt lays out a QTextDocument no taller than 2^23
pixels (about 2,880 A4 pages at 300 dpi) and silently drops what follows (issue 15)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPainter

from tests.conftest import MINI_REPORT, MINI_SOURCE, write_mini_report
from viewer.charts.report_pages import ReportPages
from viewer.charts.report_pdf import a4_writer, checklist_statuses
from viewer.model.loader import load_report


def _page_text(pages: ReportPages, index: int) -> str:
    """The text of page ``index`` alone, painted into a one-page PDF."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer)
    painter = QPainter(writer)
    pages.paint_page(painter, index)
    painter.end()
    buffer.close()
    return "".join(PdfReader(io.BytesIO(bytes(data.data()))).pages[0].extract_text().split())


def test_a_source_of_120000_lines_is_printed_to_its_last_line(qapp, tmp_path: Path) -> None:
    lines = "".join(f"第{i}行。\n" for i in range(120_000))
    loaded = load_report(write_mini_report(tmp_path, MINI_REPORT, MINI_SOURCE + lines + "最后一行END\n"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = ReportPages(loaded, "zh", checklist_statuses(loaded.report, None), a4_writer(buffer))
    assert pages.total > 3000  # 120,000 paragraphs do not fit on the 2,880 pages one document can hold
    assert "最后一行END" in _page_text(pages, pages.total - 1)
    assert "第119999行" in _page_text(pages, pages.total - 1) + _page_text(pages, pages.total - 2)
    middle = _page_text(pages, pages.total // 2)
    assert "行。" in middle and "第" in middle
    # The source is one part of the outline however many documents carry it.
    assert [e.title for e in pages.outline if e.level == 0].count(pages.parts[-1].title) == 1
    buffer.close()
