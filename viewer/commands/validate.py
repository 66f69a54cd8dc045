"""`report-viewer validate PATH...`: check report files, listing every problem."""

from __future__ import annotations

import argparse
import sys

from viewer.model.errors import ReportError


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate each file; print every problem as FILE:LINE:COLUMN: field: message."""
    from viewer.model.loader import load_report

    status = 0
    for path in args.paths:
        try:
            loaded = load_report(path)
        except ReportError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            status = 1
        else:
            r = loaded.report
            if not args.quiet:
                print(f"{path}: OK ({len(r.facts)} facts, {len(r.enterprises)} enterprises, "
                      f"{len(r.honours)} honours, {len(r.tasks)} tasks, {len(r.actions())} actions)")
    return status



def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `validate` (its line in `report-viewer --help` is in viewer.cli.COMMANDS)."""
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid files")
    p.set_defaults(handler=cmd_validate)
