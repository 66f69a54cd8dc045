"""`report-viewer pdf`: the whole report as one A4 PDF (headless)."""

from __future__ import annotations

import argparse
import sys

from viewer.cli import add_report_option, error, load_report_arg


def open_state(report, state_dir: str | None):
    """The checklist state to print (read-only, never locked); None when there is none to read."""
    try:
        from viewer.model.state import ReportState, resolve_state_dir
        from viewer.model.state.changes import ReadOnlyKind
    except ImportError:
        return None
    try:
        state = ReportState.open(report, resolve_state_dir(state_dir), read_only=True)
        if state.read_only_kind == ReadOnlyKind.UNREADABLE:
            print(f"report-viewer: checklist state not read ({state.read_only_reason}); tasks are shown as "
                  "not started", file=sys.stderr)
        for notice in state.notices:
            print(f"report-viewer: {notice.message}", file=sys.stderr)
        return state
    except Exception as exc:  # a broken state must not stop the PDF; it prints as 'not started'
        print(f"report-viewer: checklist state not read ({exc}); tasks are shown as not started", file=sys.stderr)
        return None


def cmd_pdf(args: argparse.Namespace) -> int:
    from pathlib import Path

    from viewer.charts.files import ExportError, check_output_dir
    from viewer.model.atomic_file import TargetExistsError, check_target, describe_write_error

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        error(f"the output file must end in .pdf: {out}")
        return 1
    try:
        check_output_dir(out.parent if str(out.parent) else Path("."), create=False)
    except ExportError as exc:
        error(str(exc))
        return 1
    try:
        check_target(out, overwrite=args.force)  # before the work: a name too long, a link, an existing file
    except TargetExistsError:
        error(f"file exists: {out}; use --force to overwrite")
        return 1
    except OSError as exc:
        error(f"cannot write {out}: {describe_write_error(exc, out)}")
        return 1
    loaded = load_report_arg(args.report)
    state = open_state(loaded.report, getattr(args, "state_dir", None))
    from viewer.charts.qtapp import ensure_headless_app

    ensure_headless_app()
    from viewer.charts.report_pdf import write_report_pdf

    try:
        pages = write_report_pdf(loaded, out, args.lang, state, overwrite=args.force, include_review=args.review)
    except FileExistsError:
        error(f"file exists: {out}; use --force to overwrite")
        return 1
    except ExportError as exc:
        error(str(exc))
        return 1
    finally:
        if state is not None and hasattr(state, "close"):
            state.close()
    print(f"{out} ({pages} pages)")
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `pdf` (its line in `report-viewer --help` is in viewer.cli.COMMANDS)."""
    add_report_option(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language (default: zh)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.add_argument("--review", action="store_true",
                   help="print the reviewer's work too: owners, due dates and notes of the checklist, review marks "
                   "and comments")
    p.set_defaults(handler=cmd_pdf)
