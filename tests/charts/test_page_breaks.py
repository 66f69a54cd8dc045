"""The report PDF's page breaks: a heading stays on the page of what follows it (text or a table's first row), and
a table never reaches a page that holds none of its rows, where Qt would draw its header row again over what
stands there. Checked for the bundled report's overview and checklist in both languages with the page ending at
every place a break can fall."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSizeF
from PySide6.QtGui import QTextDocument, QTextTable

from viewer.charts.font import bundled_font
from viewer.charts.page_breaks import KEEP_LINES, keep_together
from viewer.charts.report_html import ReviewWork, _table, overview_html, tasks_html
from viewer.charts.report_pages import headings, text_document
from viewer.charts.report_pdf import a4_writer, checklist_statuses


@pytest.fixture(scope="module")
def device(qapp):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return a4_writer(buffer)


def _flow(doc: QTextDocument):
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            yield frame
        elif frame is None and it.currentBlock().text():
            yield it.currentBlock()
        it += 1


def _cell_blocks(table: QTextTable, row: int):
    for c in range(table.columns()):
        cell = table.cellAt(row, c)
        yield cell.firstCursorPosition().block(), cell.lastCursorPosition().block()


def _problems(doc: QTextDocument, height: float) -> list[str]:
    """Every heading alone at the foot of a page and every table whose frame reaches a page without its rows."""
    layout = doc.documentLayout()
    page = lambda top: int((top + 1) // height)  # noqa: E731  (Qt's page tops may be a rounding step above)
    end = lambda bottom: int((bottom - 1) // height)  # noqa: E731
    items = list(_flow(doc))
    out = []
    for k, item in enumerate(items):
        if isinstance(item, QTextTable):
            frame = layout.frameBoundingRect(item)
            first = min(layout.blockBoundingRect(b).top() for b, _ in _cell_blocks(item, 0))
            last = max(layout.blockBoundingRect(b).bottom() for _, b in _cell_blocks(item, item.rows() - 1))
            if page(frame.top()) != page(first):
                out.append(f"table {k} starts on page {page(frame.top())}, its rows on {page(first)}")
            # Qt repeats the header on every page up to the one the frame's bottom is on, counted so:
            if item.format().headerRowCount() and int(frame.bottom() // height) != end(last):
                out.append(f"table {k} reaches page {int(frame.bottom() // height)}, its last row is on {end(last)}")
        elif item.blockFormat().headingLevel() and k + 1 < len(items):
            top = item.layout().position().y() + item.layout().lineAt(0).y()
            # What it introduces: the table after its lead lines (a task's aim and progress), else the next line.
            nxt = items[k + 1]
            for later in items[k + 1:k + 4]:
                if isinstance(later, QTextTable):
                    nxt = later
                    break
                if later.blockFormat().headingLevel():
                    break
            if isinstance(nxt, QTextTable):
                row = min(nxt.format().headerRowCount(), nxt.rows() - 1)
                follows = min(layout.blockBoundingRect(b).top() for b, _ in _cell_blocks(nxt, row))
            else:
                follows = nxt.layout().position().y() + nxt.layout().lineAt(0).rect().bottom()
            if end(follows) != page(top):
                out.append(f"heading {item.text()!r} on page {page(top)}, what follows on {end(follows)}")
    return out


def _texts(fujian, lang):
    report = fujian.report
    statuses = checklist_statuses(report, None)
    work = ReviewWork({a.id: ("Li", "2023-06-30", "a note") for _, a in report.actions()})
    return {"overview": overview_html(report, lang), "tasks": tasks_html(report, lang, statuses),
            "tasks with work": tasks_html(report, lang, statuses, work)}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_table_or_heading_is_cut_from_its_rows_wherever_the_page_ends(device, fujian, lang):
    font = bundled_font(10, lang=lang)
    width = device.width() * 0.85
    full = device.height() * 0.85
    found_before = 0
    for name, html in _texts(fujian, lang).items():
        # Page heights 13 device pixels apart, over more than a table row: the page ends at every kind of place,
        # a table's foot, a heading, a table's first rows.
        for height in [full - step * 13 for step in range(20)]:
            doc = text_document(html, font, device, QSizeF(width, height))
            found_before += bool(_problems(doc, height))
            keep_together(doc, height)
            doc.pageCount()
            assert _problems(doc, height) == [], (name, height)
    assert found_before  # the page heights do hit the cases Qt gets wrong on its own


def _line_pages(block, height):
    """The pages the lines of a table cell's block are on (its lines stand where its bounding rectangle begins)."""
    layout, top = block.layout(), block.document().documentLayout().blockBoundingRect(block).top()
    return {int((top + layout.lineAt(i).y() + 1) // height) for i in range(layout.lineCount())}


def test_a_table_over_pages_that_ends_at_a_page_foot_keeps_its_last_row_whole(device):
    # Rows of one and two lines, some cells empty: a table as the overview's key figures.
    rows = [[f"row {i}" + (" with a longer label that wraps onto a second line" if i % 3 == 0 else ""), "12",
             "2022", "1 → 2" if i % 4 == 0 else ""] for i in range(40)]
    html = "<h2>A long table</h2>" + _table(["Figure", "Value", "Period", "Change"], rows, [46, 20, 14, 20]) + \
        "<h3>What follows</h3><p>More.</p>"
    font = bundled_font(10, lang="en")
    width = device.width() * 0.85
    found, rows_moved = 0, 0
    for height in range(880, 1080, 2):  # over a row's height: some of them end a page at the table's foot
        doc = text_document(html, font, device, QSizeF(width, height))
        if not any(p.startswith("table") for p in _problems(doc, height)):
            continue
        found += 1
        table = next(t for t in _flow(doc) if isinstance(t, QTextTable))
        before = _line_pages(next(_cell_blocks(table, table.rows() - 2))[0], height)
        assert keep_together(doc, height) >= 1
        doc.pageCount()
        assert _problems(doc, height) == []
        last = next(_cell_blocks(table, table.rows() - 1))[0]
        # The last row is not cut in two: either it stays where it was (the table's margin below it no longer
        # reaches the next page) or it opens the next page whole, under the repeated header.
        assert len(_line_pages(last, height)) == 1, height
        rows_moved += _line_pages(last, height) != before
        # The rows before stay where they were.
        assert _line_pages(next(_cell_blocks(table, table.rows() - 2))[0], height) == before
    assert found and rows_moved


def test_a_heading_with_little_room_under_it_opens_the_next_page(qapp):
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml("".join(f"<p>line {i}</p>" for i in range(38)) + "<h2>A heading</h2>" +
                "".join(f"<p>after {i}</p>" for i in range(10)))
    doc.setPageSize(QSizeF(400, 1e6))
    line = doc.documentLayout().blockBoundingRect(doc.begin()).height()
    heading = next(b for b in _flow(doc) if not isinstance(b, QTextTable) and b.blockFormat().headingLevel())
    # A page that ends just under the heading.
    height = doc.documentLayout().blockBoundingRect(heading).bottom() + line / 2
    doc.setPageSize(QSizeF(400, height))
    room = height - doc.documentLayout().blockBoundingRect(heading).bottom() % height
    assert room < KEEP_LINES * line  # the page breaks right under the heading: it would stand alone
    assert keep_together(doc, height) == 1
    rect = doc.documentLayout().blockBoundingRect(heading)
    assert rect.top() % height < 2 * line and headings(doc, height)[0][2] == 1  # it opens the next page
