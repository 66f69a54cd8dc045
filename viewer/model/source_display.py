"""The source text as the Source tab and the PDF show it: hidden characters seen, not obeyed; no endless lines.

Provenance spans are offsets into the source text as read. What is shown differs from it in three ways:

- every hidden character (viewer.model.sanitise: bidi overrides, zero-width characters, controls, ...) is
  shown as ``⟨U+202E⟩``, so ``增长‮%1.2-‬`` reads as it is written, never as "增长-2.1%";
- a Windows line end (``\\r\\n``) is one line break;
- a line longer than ``BLOCK`` characters is cut into blocks of at most that many (at a space or a Chinese
  punctuation mark near the limit where there is one): text layout (Qt's, for the tab and the PDF) costs
  more than linear time in the length of one paragraph, so a one-line 30 MB source would take minutes.

``SourceDisplay`` builds the shown text in one pass and maps offsets both ways in logarithmic time; it keeps
only the places where the two differ.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import accumulate

from viewer.model.sanitise import TERMINAL, find_hidden, hidden_pattern, marker

BLOCK = 2000
# Where a block may end near the limit: after a space or a Chinese punctuation mark (never inside "8.2").
_SOFT_BREAK = re.compile(r"[ \t，。；：！？、）】》]")
_SOFT_REACH = 200


def long_lines(text: str, block: int) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of ``text`` longer than ``block`` characters, in order: the matches of
    ``[^\n]{block+1,}``, found in linear time. That pattern is tried again from every character of a shorter line
    (0.1 s of the Source tab's first visit on the 10k-fact report's 1.2M characters in 60-character lines); here a
    window of ``block + 1`` characters jumps past its last line break, so short lines are crossed ``block`` at a
    time and only a window without one is a long line's start."""
    n, width, at = len(text), block + 1, 0
    while at + width <= n:
        newline = text.rfind("\n", at, at + width)
        if newline >= 0:
            at = newline + 1
            continue
        end = text.find("\n", at + width)
        end = n if end < 0 else end
        yield at, end
        at = end + 1


class SourceDisplay:
    """``text`` as shown (``shown``), with offsets mapped between the two."""

    def __init__(self, text: str, block: int = BLOCK) -> None:
        self.source = text
        self.block = block
        # Per source offset whose shown form is not the character itself: its replacement ('' drops it).
        replace: dict[int, str] = {}
        if find_hidden(text, TERMINAL) is not None:
            for m in hidden_pattern(TERMINAL).finditer(text):
                at = m.start()
                replace[at] = "" if m.group() == "\r" and text.startswith("\n", at + 1) else marker(m.group())
        # Source offsets after which a block ends inside a line (the shown text gets a line break there).
        self._cuts: list[int] = []
        for start, end in long_lines(text, block):
            self._cut_line(start, end)
        cut_set = set(self._cuts)
        points = sorted(set(replace) | cut_set)
        self._points = points
        widths = [len(replace.get(p, text[p])) + (1 if p in cut_set else 0) for p in points]
        self._widths = widths
        # Shown offset where each point's shown form starts.
        extra = list(accumulate((w - 1 for w in widths), initial=0))
        self._starts = [p + e for p, e in zip(points, extra, strict=False)]
        self._extra = extra
        parts: list[str] = []
        pos = 0
        for p in points:
            parts.append(text[pos:p])
            parts.append(replace.get(p, text[p]))
            if p in cut_set:
                parts.append("\n")
            pos = p + 1
        parts.append(text[pos:])
        self.shown = "".join(parts)
        # Shown offsets of the line breaks that were added (they end a block, not a line of the source).
        self._breaks = [self.to_shown(p) + len(replace.get(p, text[p])) for p in self._cuts]
        self.added_breaks = frozenset(self._breaks)

    def _cut_line(self, start: int, end: int) -> None:
        text, block = self.source, self.block
        at = start
        while end - at > block:
            limit = at + block
            cut = limit
            soft = None
            for m in _SOFT_BREAK.finditer(text, max(at + 1, limit - _SOFT_REACH), limit):
                soft = m.end()
            if soft is not None:
                cut = soft
            self._cuts.append(cut - 1)  # the block ends after this character
            at = cut

    def to_shown(self, offset: int) -> int:
        """The shown offset where source character ``offset`` starts (the end for ``len(source)``)."""
        offset = max(0, min(offset, len(self.source)))
        k = bisect.bisect_left(self._points, offset)
        return offset + self._extra[k]

    def from_shown(self, position: int) -> int:
        """The source offset of the character shown at ``position`` (inside a marker: its character)."""
        position = max(0, min(position, len(self.shown)))
        k = bisect.bisect_right(self._starts, position) - 1
        if k < 0:
            return position
        start, width, point = self._starts[k], self._widths[k], self._points[k]
        if position < start + width:
            return point
        return min(point + 1 + (position - start - width), len(self.source))

    def visible(self, start: int, end: int) -> str:
        """Source characters ``start:end`` as shown, without the added block breaks (what a copy gives)."""
        a, b = self.to_shown(start), self.to_shown(end)
        lo, hi = bisect.bisect_left(self._breaks, a), bisect.bisect_left(self._breaks, b)
        pieces, pos = [], a
        for at in self._breaks[lo:hi]:
            pieces.append(self.shown[pos:at])
            pos = at + 1
        pieces.append(self.shown[pos:b])
        return "".join(pieces)

    def blocks(self) -> Iterator[tuple[int, int, bool]]:
        """``(start, end, continued)`` per block of the shown text (shown offsets, without the line break);
        ``continued`` when the next block goes on with the same line of the source."""
        shown = self.shown
        pos = 0
        while True:
            nl = shown.find("\n", pos)
            if nl < 0:
                yield pos, len(shown), False
                return
            yield pos, nl, nl in self.added_breaks
            pos = nl + 1
