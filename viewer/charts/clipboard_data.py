"""A table as a spreadsheet reads it from the clipboard: an HTML table and tab-separated text (pure Python).

Copying a chart (or rows of a table) puts both on the clipboard with the picture: a spreadsheet takes the numbers
(as numbers), a slide or a document the picture. Text is data, never a formula, in either form: a text cell that
starts like one (=, +, -, @) is marked as text for Excel in the HTML (``mso-number-format: "\\@"``) and gets a
leading apostrophe in the tab-separated text, which spreadsheets read as "this is text" and do not show.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from viewer.charts.spec import ChartSpec
from viewer.model.csv_safe import FORMULA_START, safe_cell
from viewer.model.texts import message

Row = Sequence[object]


def _number(value: float) -> int | float:
    return int(value) if value == int(value) and abs(value) < 1e15 else value


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return repr(_number(value)) if isinstance(_number(value), float) else str(_number(value))
    return str(value)


def html_table(headers: Sequence[str], rows: Sequence[Row], caption: str = "") -> str:
    """A complete HTML document holding one table (UTF-8), numbers right-aligned and unformatted."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for value in row:
            text = escape(_shown(value))
            if isinstance(value, int | float) and not isinstance(value, bool):
                cells.append(f'<td align="right">{text}</td>')
            elif isinstance(value, str) and value.startswith(FORMULA_START):
                cells.append(f"<td style='mso-number-format:\"\\@\"'>{text}</td>")
            else:
                cells.append(f"<td>{text.replace(chr(10), '<br>')}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    title = f"<caption>{escape(caption)}</caption>" if caption else ""
    return ('<html><head><meta charset="utf-8"></head><body><table border="1" cellspacing="0">'
            f"{title}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></body></html>")


def tsv_text(headers: Sequence[str], rows: Sequence[Row]) -> str:
    """Tab-separated text: a header line, then a line per row; tabs and line breaks inside a cell become spaces."""
    def cell(value: object) -> str:
        text = _shown(safe_cell(value))
        return " ".join(text.replace("\t", " ").splitlines())

    lines: list[Sequence[object]] = [list(headers), *rows]
    return "\n".join("\t".join(cell(v) for v in line) for line in lines) + "\n"


def chart_data(spec: ChartSpec) -> tuple[list[str], list[list[object]]]:
    """The complete chart's data (every item, also those it does not draw) with headers in its language."""
    lang = spec.lang
    keys = ("panel", "item", "series", "label", "value", "unit", "as_stated", "period", "note", "fact_id", "quote")
    headers = [message(f"xlsx.{k}", lang) for k in keys]
    rows: list[list[object]] = []
    full = spec.complete()
    for panel in full.panels:
        for mark in panel.marks:
            category = panel.categories[mark.category] if 0 <= mark.category < len(panel.categories) else ""
            series = panel.series[mark.series] if 0 <= mark.series < len(panel.series) else ""
            rows.append([panel.title or panel.value_axis, category, series, mark.label, _number(mark.value),
                         panel.unit, mark.value_text, mark.period, mark.note, mark.fact_id, mark.quote])
    return headers, rows


__all__ = ["chart_data", "html_table", "tsv_text"]
