"""A PDF's outline (the bookmarks a PDF reader lists beside the pages), added to a finished file.

Qt's PDF writer has no outline; pypdf adds one to the file Qt wrote without touching its pages: each entry opens
its page, entries of a deeper level nest under the last entry one level up.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from viewer.charts.report_pages import OutlineEntry


def with_outline(pdf: bytes, entries: Sequence[OutlineEntry]) -> bytes:
    """``pdf`` with ``entries`` as its outline, shown open when the file is opened (pages unchanged)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import IndirectObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    parents: list[IndirectObject] = []
    for entry in entries:
        del parents[entry.level:]
        parent = parents[-1] if parents else None
        item = writer.add_outline_item(title=entry.title, page_number=min(entry.page, len(writer.pages) - 1),
                                       parent=parent)
        parents.append(item)
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
