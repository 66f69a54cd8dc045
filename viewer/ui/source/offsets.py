"""Mapping between Python string offsets and positions in a Qt text document.

Provenance spans are Python ``str`` offsets (code points). A ``QTextDocument`` counts UTF-16 units and
turns ``\\r\\n`` into one paragraph break, so characters outside the Basic Multilingual Plane or Windows
line ends would shift every highlight after them. Most texts have neither: the map is then the identity.
Otherwise only where those characters stand is kept (not a position per character): a source of a
million characters maps in milliseconds.
"""

from __future__ import annotations

import bisect
import re

from viewer.model.source_display import SourceDisplay

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets of ``text`` to and from document positions after ``setPlainText(text)``."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Offsets of characters that take two UTF-16 units, and of the '\n' of each '\r\n' (it shares the
        # paragraph break written for the '\r', so it takes no position of its own).
        # Encoding is the quickest test for astral characters (a regex scan is three times slower, max() 25).
        has_astral = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if has_astral else []
        self._joined = [m.start() + 1 for m in re.finditer("\r\n", text)] if "\r\n" in text else []
        self._identity = not self._astral and not self._joined

    def to_document(self, offset: int) -> int:
        """The document position of Python offset ``offset``."""
        if self._identity:
            return offset
        offset = max(0, min(offset, self._length))
        # One more unit per astral character before ``offset``; one less per '\r\n' whose '\n' is at or before
        # it (the '\n' itself maps to the break of its '\r').
        return offset + bisect.bisect_left(self._astral, offset) - bisect.bisect_right(self._joined, offset)

    def from_document(self, position: int) -> int:
        """The Python offset of document position ``position`` (the last character mapped to or before it)."""
        if self._identity:
            return position
        # to_document never decreases with the offset: find the last offset that maps to ``position`` or before.
        lo, hi = 0, self._length
        if self.to_document(0) > position:
            return 0
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_document(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo


class SourceMap:
    """Source offsets to and from positions in a document holding the source as shown
    (viewer.model.source_display: hidden characters as ⟨U+XXXX⟩, long lines cut into blocks)."""

    def __init__(self, display: SourceDisplay) -> None:
        self._display = display
        self._units = OffsetMap(display.shown)

    def to_document(self, offset: int) -> int:
        """The document position of source offset ``offset``."""
        return self._units.to_document(self._display.to_shown(offset))

    def from_document(self, position: int) -> int:
        """The source offset of the character at document position ``position``."""
        return self._display.from_shown(self._units.from_document(position))
