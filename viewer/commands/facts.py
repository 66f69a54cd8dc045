"""`report-viewer facts`: every fact of a report as a table, JSON or CSV."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from viewer.cli import add_report_option, load_report_arg
from viewer.model.csv_safe import csv_text

FACT_COLUMNS = ("id", "label", "label_en", "value", "unit", "period", "kind", "scope", "qualifier",
                "from", "to", "tags", "quote")


def fact_rows(report) -> list[dict[str, object]]:
    """Facts as flat dicts, the shape of `facts --format json`."""
    rows = []
    for f in report.facts:
        rows.append({
            "id": f.id, "label": f.label.zh, "label_en": f.label.en, "value": f.value, "unit": f.unit,
            "period": f.period or (f.period_label.zh if f.period_label else None), "kind": f.kind.value,
            "scope": f.scope.value, "qualifier": f.qualifier.value,
            "from": f.comparison.from_value if f.comparison else None,
            "to": f.comparison.to_value if f.comparison else None,
            "tags": list(f.tags), "quote": f.quote,
        })
    return rows


def _table(rows: list[dict[str, object]], columns: Sequence[str]) -> str:
    from viewer.model.format import display_width, pad

    def cell(v: object) -> str:
        if isinstance(v, list):
            return ",".join(map(str, v))
        if isinstance(v, float):
            return f"{v:g}"
        return "" if v is None else str(v)

    cells = [[cell(r[c]) for c in columns] for r in rows]
    widths = [max([display_width(c)] + [display_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += ["  ".join(pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def write_rows(rows: list[dict[str, object]], columns: Sequence[str], fmt: str, out=None) -> None:
    """Print rows as json, csv or an aligned table."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        flat = ({k: (";".join(v) if isinstance(v, list) else v) for k, v in r.items()} for r in rows)
        out.write(csv_text(flat, columns, lineterminator="\r\n"))  # the formula guard on every text cell
    else:
        out.write(_table(rows, [c for c in columns if c != "quote"]) + "\n")


def cmd_facts(args: argparse.Namespace) -> int:
    loaded = load_report_arg(args.report)
    write_rows(fact_rows(loaded.report), FACT_COLUMNS, args.format)
    return 0



def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `facts` (its line in `report-viewer --help` is in viewer.cli.COMMANDS)."""
    add_report_option(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(handler=cmd_facts)
