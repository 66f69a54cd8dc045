"""Where the report PDF's text documents break into pages: a heading stays on the page of what follows it, and a
table never leaves a page holding none of its rows.

Qt breaks a QTextDocument into pages line by line and table row by table row, and knows nothing of headings. It
also measures a table's frame (which decides on which pages the header row is repeated) with margins and
borders it did not keep room for when it placed the rows: a table whose last row ends at the foot of a page has
a frame that reaches into the next page, and Qt draws the header row again at the top of that page, over what
stands there. Likewise a table whose header and first row did not fit under its heading starts its frame on one
page and its rows on the next, which draws the header twice. ``keep_together`` finds each of these after the
layout and moves the page break: before the heading (with the lines that introduce a table, when they are on its
page), before the table, or before a table's last row.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable, QTextTableCellFormat

# A heading with less room than this under it (in lines of body text) starts the next page instead.
KEEP_LINES = 3
# How many blocks may stand between a heading and the table it introduces (a task's aim and progress).
LEAD_BLOCKS = 2

_ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


@dataclass
class _Item:
    """One thing of the document's top-level flow: a paragraph or heading, or a table."""

    block: QTextBlock | None = None
    table: QTextTable | None = None


def _flow(doc: QTextDocument) -> list[_Item]:
    items = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            items.append(_Item(table=frame))
        elif frame is None and it.currentBlock().text():
            items.append(_Item(block=it.currentBlock()))  # (empty blocks are Qt's own, around tables)
        it += 1
    return items


class _Pages:
    """Positions of a laid-out document, by page."""

    def __init__(self, doc: QTextDocument, page_height: float) -> None:
        self.layout = doc.documentLayout()
        self.height = page_height

    def page(self, top: float) -> int:
        """The page something starting at ``top`` is on (Qt's page tops may be a rounding step above the page's)."""
        return int((top + 1) // self.height)

    def page_of_end(self, bottom: float) -> int:
        """The page something ending at ``bottom`` is on."""
        return int((bottom - 1) // self.height)

    def frame_end_page(self, bottom: float) -> int:
        """The last page of a table frame ending at ``bottom``, counted as Qt counts it to repeat the header."""
        return int(bottom // self.height)

    def top(self, item: _Item) -> float:
        if item.table is not None:
            return self.layout.frameBoundingRect(item.table).top()
        assert item.block is not None
        return first_line_top(item.block)

    def starts_page(self, item: _Item) -> bool:
        return self.top(item) % self.height < 1

    def row_top(self, table: QTextTable, row: int) -> float:
        return min(self.layout.blockBoundingRect(table.cellAt(row, c).firstCursorPosition().block()).top()
                   for c in range(table.columns()))

    def row_bottom(self, table: QTextTable, row: int) -> float:
        return max(self.layout.blockBoundingRect(table.cellAt(row, c).lastCursorPosition().block()).bottom()
                   for c in range(table.columns()))


def first_line_top(block: QTextBlock) -> float:
    """Where the first line of a laid-out block stands (below the block's top margin, and on the next page when
    Qt moved it there)."""
    layout = block.layout()
    return layout.position().y() + (layout.lineAt(0).y() if layout.lineCount() else 0.0)


def _break_before(item: _Item) -> None:
    if item.table is not None:
        fmt = item.table.format()
        fmt.setPageBreakPolicy(_ALWAYS_BEFORE)
        item.table.setFormat(fmt)
    else:
        assert item.block is not None
        block_format = item.block.blockFormat()
        block_format.setPageBreakPolicy(_ALWAYS_BEFORE)
        QTextCursor(item.block).setBlockFormat(block_format)


def _breaks_before(item: _Item) -> bool:
    fmt = item.table.format() if item.table is not None else item.block.blockFormat() if item.block else None
    return fmt is not None and bool(fmt.pageBreakPolicy() & _ALWAYS_BEFORE)


def _lead(items: list[_Item], k: int, pages: _Pages) -> int:
    """The index the table ``items[k]`` should move to the next page from: its heading when the heading (and the
    lines between) stand on the table's page, else the table itself."""
    page = pages.page(pages.top(items[k]))
    for j in range(k - 1, max(-1, k - 1 - LEAD_BLOCKS), -1):
        block = items[j].block
        if block is None or pages.page(pages.top(items[j])) != page:
            break
        if block.blockFormat().headingLevel():
            return j if not pages.starts_page(items[j]) and not _breaks_before(items[j]) else k
    return k


def _introduced(items: list[_Item], k: int) -> _Item:
    """What heading ``items[k]`` introduces: the table after it and the lines that lead to that table (a task's
    aim and progress), else the item after it."""
    for j in range(k + 1, min(len(items), k + 2 + LEAD_BLOCKS)):
        if items[j].table is not None:
            return items[j]
        block = items[j].block
        if block is not None and block.blockFormat().headingLevel():
            break
    return items[k + 1]


def _heading_fix(items: list[_Item], k: int, pages: _Pages, line: float) -> int | None:
    """The index to break before when heading ``items[k]`` would stand at the foot of a page, else None."""
    item = items[k]
    if item.block is None or not item.block.blockFormat().headingLevel() or k + 1 >= len(items) \
            or _breaks_before(item) or pages.starts_page(item):
        return None
    rect = pages.layout.blockBoundingRect(item.block)
    nxt = _introduced(items, k)
    if nxt.table is not None:
        first_row = min(nxt.table.format().headerRowCount(), nxt.table.rows() - 1)
        alone = pages.page(pages.row_top(nxt.table, first_row)) != pages.page(pages.top(item))
    else:
        alone = pages.height - (rect.bottom() % pages.height) < KEEP_LINES * line
    return k if alone else None


def _table_fix(items: list[_Item], k: int, pages: _Pages) -> int | None:
    """For a table whose frame reaches a page none of its rows is on: the index to break before, or -1 when its
    last row was pushed to the next page instead; None for a table whose pages all hold rows of it."""
    table = items[k].table
    if table is None:
        return None
    frame = pages.layout.frameBoundingRect(table)
    last = table.rows() - 1
    first_page = pages.page(pages.row_top(table, 0))
    if pages.page(frame.top()) != first_page:  # Qt moved its rows on: the frame's page holds none of them
        lead = _lead(items, k, pages)
        return lead if not pages.starts_page(items[lead]) and not _breaks_before(items[lead]) else None
    last_page = pages.page_of_end(pages.row_bottom(table, last))
    if table.format().headerRowCount() == 0 or pages.frame_end_page(frame.bottom()) == last_page:
        return None
    # Its frame reaches past the page of its last row: the header would be drawn there again over what follows.
    lead = _lead(items, k, pages)
    if first_page == last_page and not pages.starts_page(items[lead]) \
            and not _breaks_before(items[lead]):
        return lead  # the whole table (with its heading) goes to the next page
    if last <= table.format().headerRowCount():
        return None
    if table.format().bottomMargin() > 0:
        # Its margin below is what reaches the next page, most often: at a page's foot it is no use anyway.
        fmt = table.format()
        fmt.setBottomMargin(0)
        table.setFormat(fmt)
        return -1
    # A table over several pages: its last row goes on to the next page (under the repeated header), pushed there
    # by more top padding: the least that moves the row's first line (less, and only its last lines would move: a
    # row cut in two; more, and the row stands lower under the header than it need).
    _push_row(table, last, last_page, pages)
    return -1


def _push_row(table: QTextTable, row: int, page: int, pages: _Pages) -> None:
    """Add top padding to ``row``'s cells, the least (within a few device pixels) that takes the row off
    ``page``: found by halving, as Qt moves a row whole only once its first line crosses the page's foot."""
    device = pages.layout.paintDevice()
    scale = device.logicalDpiY() / 96 if device is not None else 1.0  # padding is in CSS pixels
    cells = [table.cellAt(row, c) for c in range(table.columns())]
    paddings = [fmt.topPadding() if fmt.hasProperty(QTextFormat.Property.TableCellTopPadding)
                else table.format().cellPadding() for fmt in (cell.format().toTableCellFormat() for cell in cells)]

    edit = QTextCursor(table.document())

    def pad(extra: float) -> bool:
        edit.beginEditBlock()  # one relayout for the row, not one per cell
        for cell, padding in zip(cells, paddings, strict=True):
            fmt: QTextTableCellFormat = cell.format().toTableCellFormat()
            fmt.setTopPadding(padding + extra / scale)
            cell.setFormat(fmt)
        edit.endEditBlock()
        table.document().pageCount()
        return pages.page(pages.row_top(table, row)) > page

    low, high = 0.0, (page + 1) * pages.height - pages.row_top(table, row) + 1  # high always moves it
    while high - low > 4:
        middle = (low + high) / 2
        if pad(middle):
            high = middle
        else:
            low = middle
    pad(high)


def _flow_from(doc: QTextDocument, position: int) -> list[_Item]:
    """``_flow(doc)`` from the item at ``position`` on (where an item starts), without walking what is before."""
    tables = [frame for frame in doc.rootFrame().childFrames()
              if isinstance(frame, QTextTable) and frame.lastPosition() >= position]
    items, t = [], 0
    block = doc.findBlock(position)
    while block.isValid():
        if t < len(tables) and block.position() >= tables[t].firstPosition():
            items.append(_Item(table=tables[t]))
            block = doc.findBlock(tables[t].lastPosition() + 1)
            t += 1
        else:
            if block.text():
                items.append(_Item(block=block))
            block = block.next()
    return items


def _start(item: _Item) -> int:
    if item.table is not None:
        return item.table.firstPosition()
    assert item.block is not None
    return item.block.position()


class KeepTogether:
    """``keep_together`` for a document that grows at its end (a long text put in piece by piece, a piece per
    turn of the event loop): ``advance()`` after each piece looks at what has come in and leaves the last few
    items (whose fix depends on what follows them) for the next call; ``advance(final=True)`` at the end. The
    moves are the ones ``keep_together`` of the whole document makes (each shifts only what follows it)."""

    def __init__(self, doc: QTextDocument, page_height: float, rounds: int = 40) -> None:
        layout = doc.documentLayout()
        device = layout.paintDevice()
        self.line = doc.defaultFont().pointSizeF() * (device.logicalDpiY() / 72) * 1.4 if device is not None \
            else 40.0
        self.doc = doc
        self.pages = _Pages(doc, page_height)
        self.items: list[_Item] = []
        self.start = 0  # the first item not yet looked at since the last move
        self.moved = 0
        self.rounds = rounds  # moves at most (a safeguard: each shifts what follows)

    def advance(self, final: bool = False) -> int:
        """Look at the items that came in since the last call (all of them when ``final``); how many breaks
        were moved in all so far."""
        if self.items and self.start < len(self.items):
            kept = self.items[:self.start]  # fixed for good: the rest is read again (it may have grown)
            self.items = kept + _flow_from(self.doc, _start(self.items[self.start]))
        elif not self.items:
            self.items = _flow(self.doc)
        else:
            end = self.items[-1]
            last = end.table.lastPosition() + 1 if end.table is not None else \
                end.block.position() + end.block.length() if end.block is not None else 0
            self.items += _flow_from(self.doc, last)
        items = self.items
        stop = len(items) if final else max(0, len(items) - (LEAD_BLOCKS + 2))
        while self.moved < self.rounds:
            self.doc.pageCount()  # the layout runs lazily (and again after a move): finish it before measuring
            fix = None
            for k in range(self.start, stop):
                fix = _heading_fix(items, k, self.pages, self.line)
                if fix is None:
                    fix = _table_fix(items, k, self.pages)
                    if fix == -1:
                        fix = k
                        break
                if fix is not None:
                    _break_before(items[fix])
                    break
            if fix is None:
                self.start = max(self.start, stop)
                break
            self.moved += 1
            self.start = fix
        return self.moved


def keep_together(doc: QTextDocument, page_height: float, rounds: int = 40) -> int:
    """Move the page breaks of a laid-out document so that no heading stands at the foot of a page (less than
    ``KEEP_LINES`` lines of room under it, or the first row of its table on the next page) and no table's frame
    reaches a page without its rows; how many breaks were moved. Each move shifts what follows it, so the
    document is laid out again and looked at from the moved item on."""
    return KeepTogether(doc, page_height, rounds).advance(final=True)


__all__ = ["KEEP_LINES", "KeepTogether", "first_line_top", "keep_together"]
