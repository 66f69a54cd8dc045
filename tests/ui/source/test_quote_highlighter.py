"""QuoteHighlighter: pages coloured as they come into view give the same colours as colouring every quote at once."""

from __future__ import annotations

from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPlainTextEdit

from viewer.ui.source import highlighter as quote_highlighter
from viewer.ui.source.highlighter import PAGE, QuoteHighlighter
from viewer.ui.source.offsets import OffsetMap

SHADES = (QColor(255, 236, 150), QColor(255, 214, 120))


def _expected(length: int, spans: list[tuple[int, int]]) -> list[int | None]:
    """The shade index each character ends with when every span is coloured in order (later over earlier)."""
    shade: list[int | None] = [None] * length
    for i, (start, end) in enumerate(spans):
        shade[start:end] = [i % 2] * (end - start)
    return shade


def _shown(highlighter: QuoteHighlighter, length: int) -> list[int | None]:
    names = [c.name() for c in SHADES]
    colours = [highlighter.colour_at(offset) for offset in range(length)]
    return [None if c is None else names.index(c.name()) for c in colours]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), length=st.integers(1, 60), page=st.integers(1, 9))
def test_any_order_of_pages_gives_the_all_at_once_colours(qapp, data: st.DataObject, length: int, page: int) -> None:
    # Random (overlapping, nested, page-straddling) spans over a text with astral characters and CRLFs.
    text = data.draw(st.text(alphabet="a中😀\r\n", min_size=length, max_size=length))
    bounds = st.tuples(st.integers(0, length), st.integers(0, 12)).map(lambda p: (p[0], min(length, p[0] + p[1])))
    spans = sorted(data.draw(st.lists(bounds, max_size=15)))
    edit = QPlainTextEdit()  # never shown, owned by this example only
    edit.setPlainText(text)
    # Nothing coloured up front (a text this short would be all in view): only the order below decides.
    with mock.patch.object(quote_highlighter, "PAGE", page), \
            mock.patch.object(QuoteHighlighter, "colour_visible", lambda _self: None):
        highlighter = QuoteHighlighter(edit)
        highlighter.reset(spans, OffsetMap(text), len(text), SHADES)
        # Pages asked for in a random order, as scrolling and jumps would.
        for offset in data.draw(st.permutations(range(length))):
            highlighter.colour(offset, offset + 1)
        shown = _shown(highlighter, length)
    expected = _expected(length, spans)
    # Line breaks become paragraph separators, which carry no visible colour: compare every other character.
    visible = [i for i in range(length) if text[i] not in "\r\n"]
    assert [shown[i] for i in visible] == [expected[i] for i in visible]


def test_only_what_is_shown_is_coloured_until_scrolled_to(qtbot) -> None:
    line = "一二三四五六七八九十" * 4 + "\n"
    text = line * (8 * PAGE // len(line))
    spans = [(i, i + 6) for i in range(0, len(text) - 6, 50)]
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.resize(600, 400)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setPlainText(text)
    highlighter = QuoteHighlighter(edit)
    highlighter.reset(spans, OffsetMap(text), len(text), SHADES)
    last_page = (len(text) - 1) // PAGE
    assert highlighter.coloured_pages() == {0}
    edit.verticalScrollBar().setValue(edit.verticalScrollBar().maximum())
    assert last_page in highlighter.coloured_pages()
    assert len(highlighter.coloured_pages()) <= 3  # the pages in between were never shown
    # A palette change recolours from scratch: back to what is in view.
    highlighter.reset(spans, OffsetMap(text), len(text), SHADES[::-1])
    assert last_page in highlighter.coloured_pages()
    assert 0 not in highlighter.coloured_pages()
    start, end = spans[-1]
    assert [highlighter.colour_at(i).name() for i in (start, end - 1)] == [SHADES[(len(spans) - 1) % 2 ^ 1].name()] * 2
    assert highlighter.colour_at(end) is None


def test_the_spans_are_kept_as_starts_and_ends_not_a_tuple_each(qapp) -> None:
    # 20,000 quotes on the 10k-fact report's source: a tuple each was 1 MiB of the window's memory.
    text = "一二三四五六七八九十" * 20
    edit = QPlainTextEdit()
    edit.setPlainText(text)
    highlighter = QuoteHighlighter(edit)
    spans = [(i, i + 4) for i in range(0, 150, 10)]
    highlighter.reset((span for span in spans), OffsetMap(text), len(text), SHADES)  # a generator is read once
    kept = [value for value in vars(highlighter).values() if isinstance(value, list)]
    assert not any(isinstance(item, tuple) for values in kept for item in values)
    assert [highlighter.colour_at(i) is not None for i in (0, 3, 4, 10)] == [True, True, False, True]
