"""A chart's data as CSV: every item, also those the drawing leaves out, with the value as stated and its quote.

This is where a chart that shows 'the first 30 of 2,000' sends the reader for the rest. Pure Python.
"""

from __future__ import annotations

import csv
import io

from viewer.charts.spec import ChartSpec

CSV_COLUMNS: tuple[str, ...] = ("chart", "panel", "category", "series", "label", "value", "value_as_stated", "note",
                                "fact_id", "quote")
# A spreadsheet runs a cell starting with one of these as a formula; report text is data, never a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _number(value: float) -> int | float:
    # 2000 rather than 2000.0; no thousands separators, so a spreadsheet reads it as a number.
    return int(value) if value == int(value) and abs(value) < 1e15 else value


def csv_rows(spec: ChartSpec) -> list[dict[str, object]]:
    """One row per mark of the complete chart, in drawing order."""
    full = spec.complete()
    rows: list[dict[str, object]] = []
    for panel in full.panels:
        panel_name = panel.title or panel.value_axis
        for mark in panel.marks:
            category = panel.categories[mark.category] if 0 <= mark.category < len(panel.categories) else ""
            series = panel.series[mark.series] if 0 <= mark.series < len(panel.series) else ""
            rows.append({"chart": full.title, "panel": panel_name, "category": category, "series": series,
                         "label": mark.label, "value": _number(mark.value), "value_as_stated": mark.value_text,
                         "note": mark.note, "fact_id": mark.fact_id, "quote": mark.quote})
    return rows


def csv_text(spec: ChartSpec) -> str:
    """The complete chart's data as CSV text (header row first)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in csv_rows(spec):
        writer.writerow({k: _text(v) if isinstance(v, str) else v for k, v in row.items()})
    return buf.getvalue()


def csv_bytes(spec: ChartSpec) -> bytes:
    """The CSV as UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly."""
    return ("\ufeff" + csv_text(spec)).encode("utf-8")
