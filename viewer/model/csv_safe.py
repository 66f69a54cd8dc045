"""The one CSV writer: text cells a spreadsheet would run as a formula are written as text.

A spreadsheet treats a cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before
one) as a formula: a label, note or quote such as ``=HYPERLINK(...)`` would run when the file is opened.
Every text cell starting so gets a leading apostrophe, which spreadsheets show as text and do not display.
Numbers are written as numbers. Used by chart data (``export --format csv``), ``facts --format csv`` and
the checklist's CSV export.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A cell value as written: text starting like a formula gets a leading apostrophe; the rest is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_text(rows: Iterable[Mapping[str, object]], columns: Sequence[str], *, lineterminator: str = "\n") -> str:
    """``rows`` as CSV text with a header row of ``columns`` (keys not among them are left out)."""
    # The csv module quotes a cell holding a line break only if the break is part of its own line terminator:
    # each row is written ending '\r\n' (so a cell with '\r' or '\n' is quoted) and given ``lineterminator``.
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\r\n")
    out: list[str] = []

    def take() -> None:
        out.append(buf.getvalue().removesuffix("\r\n") + lineterminator)
        buf.seek(0)
        buf.truncate()

    writer.writeheader()
    take()
    for row in rows:
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
        take()
    return "".join(out)
