"""Long lines of a source found in linear time, the same as the pattern ``[^\\n]{block+1,}`` finds them (that
pattern, tried again from every character of a short line, took 0.1 s of the Source tab's first visit on the
10,000-fact report)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.model import source_display
from viewer.model.source_display import SourceDisplay, long_lines


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["\n", "\r\n", "\n\n", "。"])), max_size=30),
       st.integers(1, 12))
def test_long_lines_are_the_matches_of_the_pattern(pieces, block):
    text = "".join("字" * n + end for n, end in pieces)
    expected = [(m.start(), m.end()) for m in re.finditer(rf"[^\n]{{{block + 1},}}", text)]
    assert list(long_lines(text, block)) == expected


def test_edges() -> None:
    for text, block in (("", 3), ("abcd", 3), ("abc", 3), ("\nabcd", 3), ("abcd\n", 3), ("ab\ncd\nefgh\nij", 3),
                        ("a" * 10, 2), ("\n" * 5, 1)):
        expected = [(m.start(), m.end()) for m in re.finditer(rf"[^\n]{{{block + 1},}}", text)]
        assert list(long_lines(text, block)) == expected, (text, block)


def test_the_display_cuts_the_long_lines_it_finds_that_way(monkeypatch) -> None:
    asked: list[int] = []
    real = source_display.long_lines
    monkeypatch.setattr(source_display, "long_lines", lambda text, block: asked.append(block) or real(text, block))
    text = "短句。\n" * 50 + "长" * 25 + "\n"
    display = SourceDisplay(text, block=10)
    assert asked == [10]
    assert display.shown.split("\n")[-4:-1] == ["长" * 10, "长" * 10, "长" * 5]
