"""OffsetMap: Python offsets to QTextDocument positions and back, checked against the document itself.

The map keeps only where astral characters and '\\r\\n' pairs stand; it must agree with the
position-per-character table it replaced (kept here as the reference) and with what Qt makes of the text.
"""

from __future__ import annotations

import bisect

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from viewer.ui.source.offsets import OffsetMap

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
texts = st.text(alphabet="a中😀\r\n\u2029", max_size=40)


def reference_positions(text: str) -> list[int]:
    """The document position of every offset 0..len(text), one character at a time (the old table)."""
    table: list[int] = []
    pos = 0
    previous = ""
    for ch in text:
        if ch == "\n" and previous == "\r":
            table.append(pos - 1)
        else:
            table.append(pos)
            pos += 2 if ord(ch) >= 0x10000 else 1
        previous = ch
    table.append(pos)
    return table


@SETTINGS
@given(text=texts)
def test_offsets_agree_with_the_per_character_table(text: str) -> None:
    table = reference_positions(text)
    mapping = OffsetMap(text)
    # The identity map (no astral character, no '\r\n') passes even out-of-range values through unchanged.
    outside = 0 if table == list(range(len(text) + 1)) else 2
    for offset in range(-outside, len(text) + 1 + outside):
        assert mapping.to_document(offset) == table[max(0, min(offset, len(table) - 1))]
    for position in range(-outside, table[-1] + 1 + outside):
        assert mapping.from_document(position) == max(0, bisect.bisect_right(table, position) - 1)


@SETTINGS
@given(text=texts)
def test_every_character_lands_where_qt_puts_it(qapp, text: str) -> None:
    doc = QTextDocument()
    doc.setPlainText(text)
    mapping = OffsetMap(text)
    assert mapping.to_document(len(text)) == doc.characterCount() - 1
    for offset, ch in enumerate(text):
        if ch == "\n" and offset > 0 and text[offset - 1] == "\r":
            continue  # shares the break of its '\r'
        position = mapping.to_document(offset)
        shown = doc.characterAt(position)
        if ch in "\r\n\u2029":
            assert shown == "\u2029"
        elif ord(ch) >= 0x10000:
            assert shown == ch.encode("utf-16-le")[:2].decode("utf-16-le", "surrogatepass")
        else:
            assert shown == ch
        # A '\r\n' is one position: it maps back to the '\n', the last character written there.
        assert mapping.from_document(position) == offset + (1 if text.startswith("\r\n", offset) else 0)


def test_a_plain_text_maps_to_itself() -> None:
    mapping = OffsetMap("第一段\n第二段")
    assert [mapping.to_document(i) for i in range(7)] == list(range(7))
    assert mapping.from_document(5) == 5
