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
    if args.format == "xlsx" and not args.out:
        from viewer.cli import error

        error("--format xlsx writes a workbook: give it a file with --out FILE.xlsx")
        return 1
    loaded = load_report_arg(args.report)
    if args.out:
        return _write_file(args, loaded.report)
    write_rows(fact_rows(loaded.report), FACT_COLUMNS, args.format)
    return 0


def _write_file(args: argparse.Namespace, report) -> int:
    """--out FILE: the facts as a workbook (xlsx, a sheet of facts and one of the report's details) or as text."""
    from pathlib import Path

    from viewer.cli import error
    from viewer.model.atomic_file import TargetExistsError, atomic_write, describe_write_error

    out = Path(args.out)
    if args.format == "xlsx":
        from viewer.charts.workbook import facts_workbook

        data = facts_workbook(report, args.lang)
    else:
        import io

        buffer = io.StringIO()
        write_rows(fact_rows(report), FACT_COLUMNS, args.format, buffer)
        data = buffer.getvalue().encode("utf-8")
    try:
        atomic_write(out, data, overwrite=args.force, shared=True)
    except TargetExistsError:
        error(f"file exists: {out}; use --force to overwrite")
        return 1
    except OSError as exc:
        error(f"cannot write {out}: {describe_write_error(exc, out)}")
        return 1
    print(out)
    return 0



def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `facts` (its line in `report-viewer --help` is in viewer.cli.COMMANDS)."""
    add_report_option(p)
    p.add_argument("--format", choices=("table", "json", "csv", "xlsx"), default="table",
                   help="table, json or csv to the terminal (or --out); xlsx: an Excel workbook (needs --out)")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of the terminal")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the workbook's headers")
    p.add_argument("--force", action="store_true", help="with --out: overwrite an existing file")
    p.set_defaults(handler=cmd_facts)
