"""Colouring quoted passages of a plain-text view, a page at a time as the pages come into view.

The colours are character formats set in the view's document by cursor (the text itself is set with
``setPlainText``, so nothing in it is read as markup). Colouring every quote of a large source up front
(20,000 quotes in 1.2 M characters) takes a few hundred milliseconds that the first show of the text need not
wait for: the text is cut into pages of ``PAGE`` characters and a page is coloured when any of it is about to be
shown (scrolling, resizing, a jump to a quote) or asked about. Each page is coloured with every quote that
touches it, clipped to the page, in the quotes' order, so where quotes overlap the later one is on top exactly
as if all had been coloured at once.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from viewer.ui.source.offsets import OffsetMap, SourceMap

# Characters per page: a screenful is a few thousand, so one or two pages cover what is shown (each some
# hundreds of quotes, a few milliseconds to colour).
PAGE = 16_384


class QuoteHighlighter(QObject):
    """Background colours for ``(start, end)`` spans (Python offsets) of the text of ``edit``, alternating shades."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        # Each span's start and end, in two lists of the ints the provenance holds: no tuple per span (20,000 on
        # the 10k-fact report's source, 1 MiB).
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0
        self._length = 0
        self._map: OffsetMap | SourceMap = OffsetMap("")
        self._formats: list[QTextCharFormat] = []
        self._coloured: set[int] = set()
        edit.updateRequest.connect(self._on_update_request)
        edit.viewport().installEventFilter(self)

    def reset(self, spans: Iterable[tuple[int, int]], offsets: OffsetMap | SourceMap, length: int,
              shades: Sequence[QColor]) -> None:
        """Colour ``spans`` (ordered by start; later ones over earlier) of the text of ``length`` characters just set.

        Neighbouring spans alternate between ``shades``. Any colour from before is cleared, so this also
        recolours after a palette change.
        """
        starts: list[int] = []
        ends: list[int] = []
        for start, end in spans:  # read once: may be a generator
            starts.append(start)
            ends.append(end)
        self._starts, self._ends = starts, ends
        self._longest = max(map(int.__sub__, ends, starts), default=0)
        self._length = length
        self._map = offsets
        self._formats = []
        for shade in shades:
            fmt = QTextCharFormat()
            fmt.setBackground(shade)
            self._formats.append(fmt)
        doc = self._edit.document()
        # Colours are not edits the user could undo; without this the undo stack would hold every one.
        doc.setUndoRedoEnabled(False)
        if self._coloured:
            cursor = QTextCursor(doc)
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.setCharFormat(QTextCharFormat())
        self._coloured = set()
        self.colour_visible()

    def colour(self, start: int, end: int) -> None:
        """Make sure the pages holding characters ``start:end`` (Python offsets) are coloured."""
        page = PAGE  # read at call time, so a test can make pages small
        first, last = max(start, 0) // page, (min(max(end, start + 1), self._length) - 1) // page
        todo = [number for number in range(first, last + 1) if number not in self._coloured]
        if not todo or not self._formats:
            return
        cursor = QTextCursor(self._edit.document())
        # One edit block: the layout hears of one change, and the cursor skips measuring x positions.
        cursor.beginEditBlock()
        to_document, keep, shades = self._map.to_document, QTextCursor.MoveMode.KeepAnchor, len(self._formats)
        starts, ends = self._starts, self._ends
        for number in todo:
            self._coloured.add(number)
            lo, hi = number * page, min((number + 1) * page, self._length)
            # Spans start in order, and none is longer than the longest: only these can reach into the page.
            reach = bisect.bisect_left(starts, lo - self._longest + 1)
            for i in range(reach, bisect.bisect_left(starts, hi)):
                a, b = max(starts[i], lo), min(ends[i], hi)
                if a < b:
                    cursor.setPosition(to_document(a))
                    cursor.setPosition(to_document(b), keep)
                    cursor.setCharFormat(self._formats[i % shades])
        cursor.endEditBlock()

    def colour_visible(self) -> None:
        """Colour the pages the view shows now."""
        edit = self._edit
        top = edit.firstVisibleBlock().position()
        viewport = edit.viewport().rect()
        bottom = edit.cursorForPosition(QPoint(viewport.right(), viewport.bottom())).position()
        self.colour(self._map.from_document(top), self._map.from_document(max(top, bottom)) + 1)

    def colour_at(self, offset: int) -> QColor | None:
        """The highlight colour of character ``offset`` (Python offset), None where nothing is quoted."""
        self.colour(offset, offset + 1)
        position = self._map.to_document(offset)
        block = self._edit.document().findBlock(position)
        position -= block.position()
        for fragment in block.textFormats():
            if fragment.start <= position < fragment.start + fragment.length:
                brush = fragment.format.background()
                return None if brush.style() == Qt.BrushStyle.NoBrush else brush.color()
        return None

    def coloured_pages(self) -> frozenset[int]:
        """The pages coloured so far (page ``n`` holds characters from ``n * PAGE``); the rest wait to be shown."""
        return frozenset(self._coloured)

    @Slot(QRect, int)
    def _on_update_request(self, _rect: QRect, _dy: int) -> None:
        # Scrolling emits this before the newly exposed lines are painted.
        self.colour_visible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # a taller view shows lines further down
            self.colour_visible()
        return False
