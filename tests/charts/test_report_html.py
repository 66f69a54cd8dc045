"""The report's printed parts as HTML: a long table is cut into pieces Qt can draw a page of cheaply."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextTable

from viewer.charts.report_html import ROWS_PER_TABLE, label, overview_html


def _tables(doc: QTextDocument) -> list[QTextTable]:
    return [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def _row_text(table: QTextTable, row: int) -> list[str]:
    out = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
        out.append(cursor.selectedText())
    return out


def test_a_long_table_is_pieces_each_with_the_header_and_every_row_once(qapp, many):
    facts = many.report.facts
    assert len(facts) > 2 * ROWS_PER_TABLE  # the report is long enough to need three pieces
    doc = QTextDocument()
    doc.setHtml(overview_html(many.report, "en"))
    header = [label(k, "en") for k in ("label", "value", "period", "change")]
    pieces = [t for t in _tables(doc) if _row_text(t, 0) == header]
    # Qt draws a page of a table by going over all its cells: no piece longer than ROWS_PER_TABLE rows.
    assert len(pieces) == -(-len(facts) // ROWS_PER_TABLE)
    assert all(t.rows() - 1 <= ROWS_PER_TABLE for t in pieces)
    assert all(t.format().headerRowCount() == 1 for t in pieces)  # the header repeats on every page
    labels = [_row_text(t, r)[0] for t in pieces for r in range(1, t.rows())]
    assert labels == [f.label.get("en") for f in facts]
