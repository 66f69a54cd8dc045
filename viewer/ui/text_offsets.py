"""Mapping between Python string offsets and positions in a Qt text document.

Provenance spans are Python ``str`` offsets (code points). A ``QTextDocument`` counts UTF-16 units and
turns ``\\r\\n`` into one paragraph break, so characters outside the Basic Multilingual Plane or Windows
line ends would shift every highlight after them. Most texts have neither: the map is then the identity.
"""

from __future__ import annotations

import bisect


class OffsetMap:
    """Converts offsets of ``text`` to and from document positions after ``setPlainText(text)``."""

    def __init__(self, text: str) -> None:
        self._identity = "\r\n" not in text and all(ord(ch) < 0x10000 for ch in text)
        self._qt: list[int] = []
        if self._identity:
            return
        pos = 0
        previous = ""
        for ch in text:
            if ch == "\n" and previous == "\r":
                self._qt.append(pos - 1)  # the '\n' of '\r\n' shares the break written for '\r'
            else:
                self._qt.append(pos)
                pos += 2 if ord(ch) >= 0x10000 else 1
            previous = ch
        self._qt.append(pos)

    def to_document(self, offset: int) -> int:
        """The document position of Python offset ``offset``."""
        if self._identity:
            return offset
        return self._qt[max(0, min(offset, len(self._qt) - 1))]

    def from_document(self, position: int) -> int:
        """The Python offset of document position ``position`` (the first character there)."""
        if self._identity:
            return position
        return max(0, bisect.bisect_right(self._qt, position) - 1)
