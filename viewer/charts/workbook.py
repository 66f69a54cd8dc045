"""Excel workbooks (.xlsx): the charts' data, the facts, the checklist and review marks; one sheet per table.

Every sheet is a plain table a spreadsheet can sort and filter: a bold header row that stays in view (frozen)
with an autofilter, numbers written as numbers with their unit in a column of its own, dates and times as Excel
dates (times in UTC, said in the header), text as text. Report text is data, never a formula: every string is
written as a string cell (XlsxWriter's ``strings_to_formulas`` off) and one that starts like a formula (=, +, -,
@) also gets Excel's quote prefix, so editing the cell later does not turn it into one either. Column widths
follow the longest entry (Chinese characters count twice), capped, and long text (quotes) wraps.

XlsxWriter writes the files: it writes only (nothing here reads a workbook), types every cell explicitly, keeps
memory flat, has no dependencies of its own, and python-pptx already needs it for the charts' embedded data.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from viewer.charts.spec import ChartSpec
from viewer.model.format import display_width, fact_value, period_text
from viewer.model.texts import message
from viewer.model.types import Report

if TYPE_CHECKING:
    from viewer.model.state.state_view import StateView

MAX_WIDTH = 50
WRAP_WIDTH = 60
LINE_HEIGHT = 15  # points: one line of the default 11-point font
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SHEET_FORBIDDEN = '[]:*?/\\'

Cell = str | int | float | bool | dt.date | dt.datetime | None


@dataclass
class Column:
    """A column: its header, and whether its text wraps (quotes) instead of widening the column."""

    header: str
    wrap: bool = False


@dataclass
class Table:
    """One sheet: a name, columns and rows of cells (str, number, bool, date, time or None)."""

    name: str
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    title: str = ""  # printed in the page header


def workbook_bytes(tables: Sequence[Table], title: str = "") -> bytes:
    """The tables as an .xlsx file's bytes, one sheet each."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    })
    book.set_properties({"title": title, "comments": "Industry Report Viewer"})
    header = book.add_format({"bold": True, "bg_color": "#EEEEEE", "bottom": 1, "valign": "top"})
    formats: dict[tuple[str, bool, bool], Any] = {}

    def fmt(kind: str, wrap: bool, literal: bool) -> Any:
        key = (kind, wrap, literal)
        if key not in formats:
            props: dict[str, Any] = {"valign": "top"}
            if wrap:
                props["text_wrap"] = True
            if literal:
                props["quote_prefix"] = True
            if kind == "date":
                props["num_format"] = "yyyy-mm-dd"
            elif kind == "datetime":
                props["num_format"] = "yyyy-mm-dd hh:mm:ss"
            elif kind == "bool":
                props["num_format"] = '"TRUE";"TRUE";"FALSE"'  # LibreOffice shows a bare boolean as 0 / 1
            formats[key] = book.add_format(props)
        return formats[key]

    names: set[str] = set()
    for table in tables:
        sheet = book.add_worksheet(sheet_name(table.name, names))
        # Widths first: a column whose longest entry is wider than the cap wraps, never runs under its neighbour.
        needed = [max([display_width(c.header), *(_width(row[i]) for row in table.rows)])
                  for i, c in enumerate(table.columns)]
        wraps = [c.wrap or n > MAX_WIDTH for c, n in zip(table.columns, needed, strict=True)]
        widths = [min(n, WRAP_WIDTH if w else MAX_WIDTH) for n, w in zip(needed, wraps, strict=True)]
        for col, column in enumerate(table.columns):
            sheet.write_string(0, col, column.header, header)
            sheet.set_column(col, col, widths[col] + 2)
        for r, row in enumerate(table.rows, start=1):
            lines = 1
            for col, value in enumerate(row):
                _write(sheet, r, col, value, wraps[col], fmt)
                if wraps[col]:
                    lines = max(lines, _lines(value, widths[col]))
            if lines > 1:
                # Set, not left to the program that opens it: not every one fits wrapped rows on loading.
                sheet.set_row(r, LINE_HEIGHT * lines)
        sheet.freeze_panes(1, 0)
        if table.rows:
            sheet.autofilter(0, 0, len(table.rows), len(table.columns) - 1)
        if table.title:
            sheet.set_header("&C" + table.title.replace("&", "&&"))
        sheet.set_footer("&C&P / &N")
        # Printed: A4 landscape, every column on the page (rows run on), the header row on every page.
        sheet.set_paper(9)
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
    book.close()
    return out.getvalue()


def _number(value: int | float) -> int | float:
    return int(value) if isinstance(value, float) and value.is_integer() and abs(value) < 1e15 else value


def _width(value: Cell) -> int:
    """The columns a cell's entry takes (Chinese characters count twice)."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return 5
    if isinstance(value, int | float):
        return len(f"{_number(value):g}") if isinstance(_number(value), float) else len(str(_number(value)))
    if isinstance(value, dt.datetime):
        return 19
    if isinstance(value, dt.date):
        return 10
    return max((display_width(line) for line in str(value).splitlines()), default=0)


def _lines(value: Cell, width: int) -> int:
    """How many lines a wrapped text cell takes in a column ``width`` wide."""
    if not isinstance(value, str) or not value:
        return 1
    return sum(max(1, -(-display_width(line) // max(1, width))) for line in value.splitlines() or [""])


def _write(sheet: Any, row: int, col: int, value: Cell, wrap: bool, fmt: Callable[[str, bool, bool], Any]) -> None:
    """Write one typed cell."""
    if value is None or value == "":
        sheet.write_blank(row, col, None)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value, fmt("bool", False, False))
    elif isinstance(value, int | float):
        sheet.write_number(row, col, _number(value))
    elif isinstance(value, dt.datetime):
        naive = value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
        sheet.write_datetime(row, col, naive, fmt("datetime", False, False))
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, col, dt.datetime(value.year, value.month, value.day), fmt("date", False, False))
    else:
        text = str(value)
        sheet.write_string(row, col, text, fmt("text", wrap, text.startswith(_FORMULA_START)))


def sheet_name(name: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (at most 31 characters, none of []:*?/\\, not starting or ending with '),
    unique within the workbook (case-insensitively)."""
    clean = "".join("_" if ch in _SHEET_FORBIDDEN else ch for ch in name).strip("'").strip() or "Sheet"
    clean = clean[:31]
    candidate, n = clean, 1
    while candidate.lower() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = clean[:31 - len(suffix)] + suffix
    taken.add(candidate.lower())
    return candidate


def _t(key: str, lang: str) -> str:
    return message(f"xlsx.{key}", lang)


# --- the tables --------------------------------------------------------------------------------------------

def chart_table(spec: ChartSpec) -> Table:
    """The complete data of a chart (every item, also those a drawing leaves out)."""
    full = spec.complete()
    lang = spec.lang
    columns = [Column(_t(k, lang)) for k in ("panel", "item", "series", "label", "value", "unit", "as_stated",
                                             "period", "note", "fact_id")] + [Column(_t("quote", lang), wrap=True)]
    rows: list[list[Cell]] = []
    for panel in full.panels:
        for mark in panel.marks:
            category = panel.categories[mark.category] if 0 <= mark.category < len(panel.categories) else ""
            series = panel.series[mark.series] if 0 <= mark.series < len(panel.series) else ""
            rows.append([panel.title or panel.value_axis, category, series, mark.label, mark.value, panel.unit,
                         mark.value_text, mark.period, mark.note, mark.fact_id, mark.quote])
    return Table(full.title, columns, rows, full.title)


def charts_workbook(specs: Sequence[ChartSpec], title: str = "") -> bytes:
    """One sheet per chart."""
    return workbook_bytes([chart_table(s) for s in specs], title)




def report_table(report: Report, lang: str) -> Table:
    """The report's meta data, one row per field (the dates as dates)."""
    meta = report.meta
    rows: list[list[Cell]] = [
        [_t("title", lang), meta.title.get(lang)],
        [_t("publisher", lang), meta.publisher.get(lang) if meta.publisher else None],
        [_t("published", lang), meta.published],
        [_t("meeting_date", lang), meta.meeting_date],
        [_t("place", lang), meta.place.get(lang) if meta.place else None],
        [_t("source", lang), meta.source],
        [_t("source_url", lang), meta.source_url],
        [_t("report_id", lang), meta.id],
    ]
    return Table(_t("report_sheet", lang), [Column(_t("field", lang)), Column(_t("content", lang), wrap=True)],
                 rows, meta.title.get(lang))


def facts_table(report: Report, lang: str) -> Table:
    """Every fact: labels, the value as a number with its unit, period, kind, scope, change and quote."""
    keys = ("fact_id", "label_zh", "label_en", "value", "unit", "as_stated", "period", "kind", "scope",
            "qualifier", "from", "to", "section", "tags", "draft")
    columns = [Column(_t(k, lang)) for k in keys] + [Column(_t("quote", lang), wrap=True)]
    rows: list[list[Cell]] = []
    for f in report.facts:
        c = f.comparison
        rows.append([f.id, f.label.zh, f.label.en, f.value, f.unit, fact_value(f, lang), period_text(f, lang),
                     f.kind.value, f.scope.value, f.qualifier.value, c.from_value if c else None,
                     c.to_value if c else None, f.section, ", ".join(f.tags), f.draft, f.quote])
    return Table(_t("facts_sheet", lang), columns, rows, report.meta.title.get(lang))


def facts_workbook(report: Report, lang: str) -> bytes:
    """The facts, with the report's meta data on a sheet of its own."""
    return workbook_bytes([facts_table(report, lang), report_table(report, lang)], report.meta.title.get(lang))


def checklist_tables(state: StateView, lang: str) -> list[Table]:
    """The checklist (every action: status, owner, due date, note, when it changed) and the review marks."""
    from viewer.model.state.exchange import item_rows, review_rows

    title = state.report.meta.title.get(lang)
    item_keys = ("item_id", "task", "task_number", "action", "status", "owner", "due", "updated")
    items = Table(_t("checklist_sheet", lang), [Column(_t(k, lang), wrap=k == "action") for k in item_keys]
                  + [Column(_t("note", lang), wrap=True), Column(_t("orphaned", lang))], title=title)
    for row in item_rows(state, lang):
        items.rows.append([row["id"], row["task"], row["task_number"], row["action"],
                           message(f"status.{row['status']}", lang), row["owner"], _date(row["due"]),
                           _time(row["updated"]), row["note"], row["orphaned"]])
    review_keys = ("item_id", "kind", "label", "mark", "updated")
    reviews = Table(_t("review_sheet", lang), [Column(_t(k, lang)) for k in review_keys]
                    + [Column(_t("comment", lang), wrap=True), Column(_t("orphaned", lang))], title=title)
    for row in review_rows(state, lang):
        reviews.rows.append([row["id"], row["kind"], row["label"], message(f"mark.{row['mark']}", lang),
                             _time(row["updated"]), row["comment"], row["orphaned"]])
    return [items, reviews]


def checklist_workbook(state: StateView, lang: str) -> bytes:
    return workbook_bytes(checklist_tables(state, lang), state.report.meta.title.get(lang))


def _date(text: object) -> dt.date | None:
    return dt.date.fromisoformat(text) if isinstance(text, str) and text else None


def _time(text: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")) if isinstance(text, str) and text else None


__all__ = ["Column", "Table", "chart_table", "charts_workbook", "checklist_workbook", "facts_workbook",
           "sheet_name", "workbook_bytes"]
