"""`report-viewer tasks`: print, change, export and import the checklist and review marks headless.

Reading never takes the state file's lock (it opens read-only), so printing works while the window is
open. Writing (``--set``, ``--mark``, ``--import``) takes the lock and refuses, with one line and exit
status 1, when another instance holds it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viewer.cli import add_report_option, error, load_report_arg
from viewer.model.atomic_file import TargetExistsError
from viewer.model.state import (
    Changes,
    ReportState,
    StateError,
    Status,
    parse_mark,
    parse_status,
    resolve_state_dir,
)
from viewer.model.state.changes import NoticeKind, ReadOnlyKind
from viewer.model.state.exchange import (
    EXPORTERS,
    ImportFileError,
    item_rows,
    preview_import,
    read_import_file,
    review_rows,
)
from viewer.model.state.records import RecordError
from viewer.model.state.storage import atomic_write, describe_os_error
from viewer.model.texts import keeps_source_wording

FORMATS = ("table", "md", "csv", "json", "xlsx")


class _Fail(Exception):
    """A problem to print as one line before exiting with status 1."""


def state_dir_of(args: argparse.Namespace) -> Path:
    """``tasks --state-dir``, else the window's ``--state-dir``, else the environment, else the data dir."""
    return resolve_state_dir(getattr(args, "tasks_state_dir", None) or getattr(args, "state_dir", None))


def cmd_tasks(args: argparse.Namespace) -> int:
    loaded = load_report_arg(args.report)
    writes = bool(args.set or args.mark or args.import_file)
    state = ReportState.open(loaded.report, state_dir_of(args), read_only=not writes)
    try:
        if not args.set and any(getattr(args, n) is not None for n in ("note", "owner", "due")):
            raise _Fail("--note, --owner and --due go with --set ITEM_ID STATUS")
        if not args.mark and args.comment is not None:
            raise _Fail("--comment goes with --mark ITEM_ID MARK")
        if args.force and not args.export:
            raise _Fail("--force goes with --export FILE")
        for notice in state.notices:
            print(f"report-viewer: {notice.message}", file=sys.stderr)
        if writes and state.read_only:
            raise _Fail(f"not changed: {state.read_only_reason}")
        if state.read_only_kind == ReadOnlyKind.UNREADABLE or any(
                n.kind == NoticeKind.PROBLEMS_READ_ONLY and n.recovered is None for n in state.notices):
            # Never list (or export) a checklist that could not be read as if nothing had been done.
            raise _Fail(f"{state.read_only_reason or 'the checklist file cannot be read'}; nothing is shown (open "
                        "the report or change the checklist with --set: the file is then moved aside and kept)")
        if args.set:
            _set(state, args)
        if args.mark:
            _mark(state, args)
        if args.import_file:
            _import(state, args)
        if args.export:
            _export(state, args)
        elif not writes:
            _print(state, args.format, args.lang)
    except _Fail as exc:
        error(str(exc))
        return 1
    finally:
        state.close()
    return 0


def _apply(state: ReportState, changes: Changes) -> None:
    if changes and not state.apply(changes):
        # The command ends here: what is in memory goes with it, so say plainly that nothing was saved.
        raise _Fail(f"the change was NOT saved: {state.save_error_reason or state.save_error or 'unknown error'}")


def _set(state: ReportState, args: argparse.Namespace) -> None:
    item_id, status_text = args.set
    fields: dict[str, object] = {}
    try:
        fields["status"] = parse_status(status_text)
    except RecordError as exc:
        raise _Fail(str(exc)) from None
    for name in ("note", "owner", "due"):
        value = getattr(args, name)
        if value is not None:
            fields[name] = value
    try:
        changes = state.plan_item(item_id, **fields)
    except StateError as exc:
        raise _Fail(str(exc)) from None
    _apply(state, changes)
    status = state.status(item_id)
    print(f"{item_id}: {status.value} ({status.label(args.lang)})" + ("" if changes else " (unchanged)"))


def _mark(state: ReportState, args: argparse.Namespace) -> None:
    item_id, mark_text = args.mark
    try:
        changes = state.plan_mark(item_id, parse_mark(mark_text), args.comment)
    except (RecordError, StateError) as exc:
        raise _Fail(str(exc)) from None
    _apply(state, changes)
    mark = state.mark_of(item_id)
    print(f"{item_id}: {mark.value} ({mark.label(args.lang)})" + ("" if changes else " (unchanged)"))


def _import(state: ReportState, args: argparse.Namespace) -> None:
    path = Path(args.import_file)
    try:
        preview = preview_import(state, read_import_file(path))
    except ImportFileError as exc:
        raise _Fail(f"{path}: {exc}") from None
    for problem in preview.problems:
        print(f"report-viewer: {path}: skipped: {problem}", file=sys.stderr)
    print(f"import {path}: {preview.summary()}")
    if args.dry_run:
        print("dry run: nothing changed")
        return
    changes = preview.changes()
    _apply(state, changes)
    print(f"applied {len(changes.checklist) + len(changes.review)} records" if changes else "nothing to apply")


def _export(state: ReportState, args: argparse.Namespace) -> None:
    path = Path(args.export)
    fmt = args.format if args.format != "table" else \
        {".md": "md", ".csv": "csv", ".xlsx": "xlsx"}.get(path.suffix.lower(), "json")
    if fmt == "xlsx":
        from viewer.charts.workbook import checklist_workbook

        data = checklist_workbook(state, args.lang)  # a sheet of checklist items, one of review marks
    else:
        data = EXPORTERS[fmt](state, args.lang).encode("utf-8")
    try:
        atomic_write(path, data, shared=True, overwrite=args.force)
    except TargetExistsError:
        raise _Fail(f"{path} already exists; use --force to replace it") from None
    except OSError as exc:
        raise _Fail(f"cannot write {path}: {describe_os_error(exc, path)}") from None
    print(f"exported {fmt} to {path}")


def _print(state: ReportState, fmt: str, lang: str) -> None:
    if fmt == "xlsx":
        raise _Fail("--format xlsx writes a workbook: give it a file with --export FILE.xlsx")
    if fmt != "table":
        sys.stdout.write(EXPORTERS[fmt](state, lang).lstrip("\ufeff"))
        return
    from viewer.model.format import display_width, pad

    columns = ("id", "status", "owner", "due", "updated", "note")
    cells = []
    for row in item_rows(state, lang):
        # Chinese shows the status's name, English its key (what --set takes).
        status = row["status_zh"] if keeps_source_wording(lang) else row["status"]
        note = " ".join(row["note"].split())
        cells.append([row["id"] + (" (orphaned)" if row["orphaned"] else ""), status, row["owner"],
                      row["due"] or "", (row["updated"] or "")[:19].replace("T", " "),
                      note[:40] + ("…" if len(note) > 40 else "")])
    widths = [max([display_width(c)] + [display_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out = ["  ".join(pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    out += ["  ".join(pad(v, w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    done, total = state.overall_progress()
    counts = state.review_counts()
    out.append("")
    out.append(f"done {done} of {total}; review: {counts.checked} checked, {counts.questioned} questioned, "
               f"{counts.unreviewed} not reviewed")
    for row in review_rows(state, lang):
        if row["mark"] == "questioned":
            out.append(f"questioned: {row['id']}: {' '.join(row['comment'].split())}")
    sys.stdout.write("\n".join(out) + "\n")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `tasks` (its line in `report-viewer --help` is in viewer.cli.COMMANDS)."""
    p.description = ("Print the checklist (every task action) and review marks of a report, change one item, "
                     "or export/import them. State lives in --state-dir, else $REPORT_VIEWER_STATE_DIR, else the "
                     "user's data folder (~/.local/share/IndustryReportViewer/report-viewer on Linux).")
    add_report_option(p)
    p.add_argument("--state-dir", dest="tasks_state_dir", metavar="DIR",
                   help="folder of checklist state files (default: $REPORT_VIEWER_STATE_DIR or the user data folder)")
    p.add_argument("--format", choices=FORMATS, default="table", help="output (and --export) format")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of titles and status names")
    p.add_argument("--set", nargs=2, metavar=("ITEM_ID", "STATUS"),
                   help=f"set an action's status: {', '.join(Status)} (or {', '.join(s.zh for s in Status)})")
    p.add_argument("--note", help="with --set: the note")
    p.add_argument("--owner", help="with --set: who is responsible")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="with --set: the due date ('' clears it)")
    p.add_argument("--mark", nargs=2, metavar=("ITEM_ID", "MARK"),
                   help="review mark of a fact, enterprise, honour or task: checked, questioned or unreviewed")
    p.add_argument("--comment", help="with --mark: the reviewer's comment")
    p.add_argument("--import", dest="import_file", metavar="FILE",
                   help="merge a colleague's JSON export (the later change wins per item); prints a summary first")
    p.add_argument("--dry-run", action="store_true", help="with --import: print the summary, change nothing")
    p.add_argument("--export", metavar="FILE",
                   help="write the state as --format md, csv, json or xlsx (an Excel workbook) to FILE")
    p.add_argument("--force", action="store_true", help="with --export: replace FILE if it exists")
    p.set_defaults(handler=cmd_tasks)

