"""A chart's data as CSV: every item, also those the drawing leaves out, with the value as stated and its quote.

This is where a chart that shows 'the first 30 of 2,000' sends the reader for the rest. Pure Python.
"""

from __future__ import annotations

from viewer.charts.spec import ChartSpec
from viewer.model.csv_safe import csv_text

CSV_COLUMNS: tuple[str, ...] = ("chart", "panel", "category", "series", "label", "value", "value_as_stated", "note",
                                "fact_id", "quote")
# A chart across reports (viewer.charts.compare) also says each value's period, qualifier and report file.
ACROSS_REPORTS_COLUMNS: tuple[str, ...] = (*CSV_COLUMNS, "period", "qualifier", "report")


def _across_reports(spec: ChartSpec) -> bool:
    return any(m.source for p in spec.complete().panels for m in (*p.marks, *p.listed))


def _number(value: float) -> int | float:
    # 2000 rather than 2000.0; no thousands separators, so a spreadsheet reads it as a number.
    return int(value) if value == int(value) and abs(value) < 1e15 else value


def csv_rows(spec: ChartSpec) -> list[dict[str, object]]:
    """One row per mark of the complete chart, in drawing order; a chart across reports adds each value's period,
    qualifier and report, the statements it lists but does not draw, and a row per gap (no value)."""
    full = spec.complete()
    across = _across_reports(spec)
    rows: list[dict[str, object]] = []
    for panel in full.panels:
        panel_name = panel.title or panel.value_axis
        for mark in (*panel.marks, *panel.listed):
            category = panel.categories[mark.category] if 0 <= mark.category < len(panel.categories) else ""
            series = panel.series[mark.series] if 0 <= mark.series < len(panel.series) else ""
            row: dict[str, object] = {
                "chart": full.title, "panel": panel_name, "category": category, "series": series, "label": mark.label,
                "value": _number(mark.value), "value_as_stated": mark.value_text, "note": mark.note,
                "fact_id": mark.fact_id, "quote": mark.quote}
            if across:
                row.update(period=mark.period, qualifier=mark.qualifier, report=mark.source)
            rows.append(row)
        for index, text in panel.gaps:
            category = panel.categories[index] if 0 <= index < len(panel.categories) else ""
            rows.append({"chart": full.title, "panel": panel_name, "category": category, "note": text})
    return rows


def chart_csv_text(spec: ChartSpec) -> str:
    """The complete chart's data as CSV text (header row first)."""
    # Report text is data, never a formula: viewer.model.csv_safe guards every text cell.
    return csv_text(csv_rows(spec), ACROSS_REPORTS_COLUMNS if _across_reports(spec) else CSV_COLUMNS)


def csv_bytes(spec: ChartSpec) -> bytes:
    """The CSV as UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly."""
    return ("\ufeff" + chart_csv_text(spec)).encode("utf-8")
