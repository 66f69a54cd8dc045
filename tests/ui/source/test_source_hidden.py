"""The Source tab shows hidden characters of the source as ⟨U+XXXX⟩ and keeps a one-line source in short blocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.conftest import MINI_REPORT, MINI_SOURCE, write_mini_report
from viewer.model.loader import load_report
from viewer.model.source_display import BLOCK


def test_a_bidi_override_in_the_source_is_seen_not_obeyed(make_main_window, tmp_path: Path) -> None:
    source = MINI_SOURCE.replace("会议指出", "会议指出：增长\u202e%1.2-\u202c")
    window = make_main_window(load_report(write_mini_report(tmp_path, MINI_REPORT, source)))
    tab = window.set_current_tab("source")
    shown = tab.text.toPlainText()
    assert "增长⟨U+202E⟩%1.2-⟨U+202C⟩" in shown
    assert "\u202e" not in shown and "\u202c" not in shown
    # Quotes after the marker are still highlighted on their own characters.
    spans = window.context.provenance.quote_spans()
    for span, key in spans:
        assert tab.show_key(key)
        assert tab.selected_text() == source[span.start:span.end]
        assert tab.highlight_at(span.start) is not None and tab.highlight_at(span.end - 1) is not None
    at = source.index("\u202e")
    cursor = tab.text.textCursor()
    cursor.setPosition(tab._map.to_document(at - 2))
    cursor.setPosition(tab._map.to_document(at + 6), QTextCursor.MoveMode.KeepAnchor)
    tab.text.setTextCursor(cursor)
    tab.text.copy()
    assert QApplication.clipboard().mimeData().text() == "增长⟨U+202E⟩%1.2-"


def test_a_one_line_source_is_laid_out_in_short_blocks(make_main_window, tmp_path: Path) -> None:
    line = MINI_SOURCE.replace("\n", " ") * 400  # one line of about 80,000 characters with the quotes in it
    window = make_main_window(load_report(write_mini_report(tmp_path, MINI_REPORT, line)))
    tab = window.set_current_tab("source")
    document = tab.text.document()
    assert document.blockCount() > len(line) // BLOCK
    block = document.begin()
    while block.isValid():
        assert block.length() <= BLOCK + 1
        block = block.next()
    for span, key in window.context.provenance.quote_spans():
        assert tab.show_key(key) and tab.selected_text() == line[span.start:span.end]
    cursor = tab.text.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    tab.text.setTextCursor(cursor)
    assert tab.selected_text() == line  # the blocks are shown, never copied
