"""A long HTML text put into its paged document piece by piece, so that no single step holds the UI thread for
long (the report PDF is laid out on the UI thread, a step per turn of the event loop: viewer.ui.export.
report_pdf_job).

``setHtml`` of the source text of a 10,000-fact report and every relayout after a heading was moved to the next
page (``viewer.charts.page_breaks``) took seconds each. Here the page size is set first, so each piece is laid
out as it goes in, the text goes in as pieces of about ``PIECE_CHARS`` characters cut between top-level
elements (never inside a table), and the page breaks of each piece are moved before the next comes in (a move
relays out only what follows it, which is not there yet). The document is the one ``setHtml`` of the whole text
and ``keep_together`` give: each piece's first block gets the block format that text would give it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from viewer.charts.page_breaks import KeepTogether

# About one table of the overview or the checklist (a table is never cut: Qt lays out ~200 rows in 0.3 s).
PIECE_CHARS = 8_000
_TOP = re.compile(r"<table\b|</table>|<h[1-6]\b|<p\b")


def html_pieces(html: str, size: int = PIECE_CHARS) -> list[str]:
    """``html`` cut before top-level paragraphs, headings and tables into pieces of at least ``size``
    characters (the last may be shorter); joined they are ``html``. Never right after a table but before
    another: whether Qt keeps an empty block after a table depends on the table (its last cell empty or
    not), so the paragraph or heading that follows a table goes in with it."""
    pieces, start, depth, table_end = [], 0, 0, -1
    for match in _TOP.finditer(html):
        tag = match.group(0)
        if tag == "</table>":
            depth -= 1
            table_end = match.end() if depth == 0 else table_end
            continue
        after_table = not html[table_end:match.start()].strip() if table_end >= 0 else False
        if depth == 0 and (tag == "<table" or not after_table) and match.start() - start >= size:
            pieces.append(html[start:match.start()])
            start = match.start()
        if tag == "<table":
            depth += 1
    pieces.append(html[start:])
    return pieces


def fill_steps(doc: QTextDocument, html: str, page_height: float, size: int | None = None) -> Iterator[int]:
    """Put ``html`` into ``doc`` (its page size, fonts and style sheet already set) piece by piece (of
    ``size`` characters, default ``PIECE_CHARS``), moving page breaks as ``keep_together`` does; yields after
    each piece (how many breaks were moved so far)."""
    pieces = html_pieces(html, PIECE_CHARS if size is None else size)
    doc.setHtml(pieces[0])
    keeper = KeepTogether(doc, page_height)
    yield keeper.advance(final=len(pieces) == 1)
    cursor = QTextCursor(doc)
    for i, piece in enumerate(pieces[1:], start=2):
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if not piece.startswith("<table"):
            # A new block with the format the piece's first paragraph or heading would have had: inserted HTML
            # joins its first block to the block it is put in (a table starts with a block of its own).
            cursor.insertBlock(_first_block_format(doc, piece))
        cursor.insertHtml(piece)
        yield keeper.advance(final=i == len(pieces))


def _first_block_format(doc: QTextDocument, piece: str) -> QTextBlockFormat:
    end = _TOP.search(piece, 1)
    scratch = QTextDocument()
    scratch.setDefaultStyleSheet(doc.defaultStyleSheet())
    scratch.setHtml(piece[:end.start()] if end else piece)
    return scratch.begin().blockFormat()


__all__ = ["PIECE_CHARS", "fill_steps", "html_pieces"]
