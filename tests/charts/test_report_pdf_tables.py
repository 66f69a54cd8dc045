"""The report PDF's tables as drawn: a table that goes on to the next page draws nothing below its last row on the
page it leaves (Qt drew the table's outer frame on down to the page's foot: a stray rule beside empty space)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter, QTextTable

from viewer.charts.report_pages import ReportPages, _draw_document_page
from viewer.charts.report_pdf import a4_writer, checklist_statuses

SCALE = 1 / 3  # the 300-dpi page drawn at 100 dpi


def _tables(doc):
    it = doc.rootFrame().begin()
    while not it.atEnd():
        if isinstance(it.currentFrame(), QTextTable):
            yield it.currentFrame()
        it += 1


def _row_bottom(layout, table, row):
    return max(layout.blockBoundingRect(table.cellAt(row, c).lastCursorPosition().block()).bottom()
               for c in range(table.columns()))


def _page_image(pages, doc, index):
    body = pages.body
    image = QImage(int(body.width() * SCALE) + 1, int(body.height() * SCALE) + 1, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(SCALE, SCALE)
    painter.translate(-body.left(), -body.top())
    _draw_document_page(painter, doc, body, index)
    painter.end()
    return image


def _blank_rows(image, top):
    """The rows of pixels from ``top`` down that hold anything but white."""
    white = QImage(image)
    return [y for y in range(max(0, top), image.height())
            if any(white.pixelColor(x, y).lightness() < 250 for x in range(0, image.width(), 2))]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_table_going_on_to_the_next_page_draws_nothing_below_its_last_row(qapp, fujian, lang):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = ReportPages(fujian, lang, checklist_statuses(fujian.report, None), a4_writer(buffer))
    height = pages.body.height()
    checked = 0
    for part in pages.parts:
        doc = part.document
        if doc is None:
            continue
        layout = doc.documentLayout()
        for table in _tables(doc):
            for row in range(table.rows() - 1):
                page = int(_row_bottom(layout, table, row) // height)
                if int(_row_bottom(layout, table, row + 1) // height) == page:
                    continue  # the page breaks after this row: it is the last of its page
                foot = _row_bottom(layout, table, row) - page * height + 40  # under its padding and rule
                image = _page_image(pages, doc, page)
                assert _blank_rows(image, int(foot * SCALE)) == [], (part.title, page)
                checked += 1
    assert checked  # the report does have tables that go on to the next page
