"""A long text goes into its paged document piece by piece (a piece per turn of the event loop while the report
PDF is laid out) and comes out the document ``setHtml`` of the whole text and ``keep_together`` give: the same
blocks, formats and page breaks moved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSizeF

from viewer.charts.font import bundled_font
from viewer.charts.page_breaks import _flow, _flow_from, _start, keep_together
from viewer.charts.paged_text import fill_steps, html_pieces
from viewer.charts.report_html import ReviewWork, _table, overview_html, source_html_parts, tables_html, tasks_html
from viewer.charts.report_pages import text_document
from viewer.charts.report_pdf import a4_writer, checklist_statuses

MIXED = "".join(
    f"<h2>Part {i}</h2><p style=\"margin-top: 0px;\">text {i} " + "word " * 40 + "</p>"
    + f"<table border=\"1\"><thead><tr><th>a</th><th>b</th></tr></thead><tr><td><p>cell {i}</p></td><td>x</td></tr>"
    + "</table>" + f"<h3>Sub {i}</h3><p>after {i}</p>"
    for i in range(60))
LONG_TABLE = "".join(
    f"<h2>A long table {t}</h2><p>Its introduction.</p>" + _table(
        ["Figure", "Value", "Period", "Change"],
        [[f"row {i}" + (" with a longer label that wraps onto a second line" if i % 3 == 0 else ""), "12", "2022",
          "1 → 2" if i % 4 == 0 else ""] for i in range(25 + 7 * t)], [46, 20, 14, 20]) + "<h3>What follows</h3>"
    + "".join(f"<p>line {j} of what follows</p>" for j in range(t % 4))
    for t in range(8))


@pytest.fixture(scope="module")
def device(qapp):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return a4_writer(buffer)


def _texts(loaded, lang: str) -> dict[str, str]:
    report = loaded.report
    statuses = checklist_statuses(report, None)
    work = ReviewWork({a.id: ("Li Lei", "2024-06-30", "a note " * 30) for _, a in report.actions()[:6]}, [])
    in_a_row = "<h2>Tables in a row</h2>" + "".join(
        _table(["Name", "Said"], [[f"name {t}-{i}", "said " * (i % 5)] for i in range(30)], [40, 60])
        for t in range(4)) + "<h3>After them</h3><p>More.</p>"
    return {"mixed": MIXED, "long tables": LONG_TABLE, "tables in a row": in_a_row,
            "overview": overview_html(report, lang),
            "tasks": tasks_html(report, lang, statuses, work), "enterprises": tables_html(report, lang),
            "source": source_html_parts(report, loaded.source_text, lang)[0]}


def test_pieces_join_to_the_text_and_never_cut_a_table():
    pieces = html_pieces(MIXED, 500)
    assert len(pieces) > 10 and "".join(pieces) == MIXED
    assert all(p.count("<table") == p.count("</table>") for p in pieces)
    assert all(p.startswith(("<h2", "<h3", "<p", "<table")) for p in pieces)
    assert not any(p.startswith("<h3>Sub") for p in pieces)  # never cut right after a table


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_piece_by_piece_gives_the_document_of_the_whole_text(device, fujian, lang):
    font = bundled_font(10, lang=lang)
    width = device.width() * 0.85
    moved_somewhere = 0
    for name, html in _texts(fujian, lang).items():
        # Page heights a table row apart: the page ends at a table's foot, under a heading, in a table's rows.
        for height in (device.height() * 0.85, device.height() * 0.85 - 41, 1000, 962):
            size = QSizeF(width, height)
            whole = text_document(html, font, device, size)
            moved = keep_together(whole, height)
            pieces = text_document("", font, device, size)
            steps = list(fill_steps(pieces, html, height, size=300))  # small pieces: many joins
            assert len(steps) == len(html_pieces(html, 300)) > 1, name
            assert steps[-1] == moved, (name, height)
            assert pieces.toHtml() == whole.toHtml(), (name, height)
            assert pieces.pageCount() == whole.pageCount(), (name, height)
            moved_somewhere += moved
    assert moved_somewhere  # the page heights do move breaks (headings and tables)


def test_the_flow_read_from_an_item_on_is_the_tail_of_the_whole_flow(device, fujian):
    doc = text_document(LONG_TABLE + MIXED + overview_html(fujian.report, "en"), bundled_font(10, lang="en"),
                        device, QSizeF(1500, 2000))
    whole = [(_start(item), item.table is not None) for item in _flow(doc)]
    assert sum(table for _, table in whole) > 60
    for k in (0, 1, 2, 5, 37, len(whole) // 2, len(whole) - 1):
        tail = [(_start(item), item.table is not None) for item in _flow_from(doc, whole[k][0])]
        assert tail == whole[k:], k
