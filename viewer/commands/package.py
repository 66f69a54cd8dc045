"""`report-viewer pack` and `unpack`: a report as one file (a report package, ``*.irv``) and back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viewer.cli import add_report_option, error, load_report_arg


def cmd_pack(args: argparse.Namespace) -> int:
    from viewer.model.atomic_file import TargetExistsError, check_target, describe_write_error
    from viewer.model.package import SUFFIX, PackageError
    from viewer.model.packing import packed_report, write_package

    out = Path(args.out)
    if out.suffix.lower() != SUFFIX:
        error(f"a report package's name ends in {SUFFIX}: {out}")
        return 1
    try:
        check_target(out, overwrite=args.force)
    except TargetExistsError:
        error(f"file exists: {out}; use --force to overwrite")
        return 1
    except OSError as exc:
        error(f"cannot write {out}: {describe_write_error(exc, out)}")
        return 1
    loaded = load_report_arg(args.report)
    review = None
    if args.review:
        from viewer.commands.pdf import open_state
        from viewer.model.state.exchange import export_json

        state = open_state(loaded.report, getattr(args, "state_dir", None))
        if state is not None:
            try:
                review = export_json(state)
            finally:
                state.close()
    try:
        data = packed_report(loaded, review)
        write_package(out, data, overwrite=args.force)
    except PackageError as exc:
        error(str(exc))
        return 1
    except TargetExistsError:
        error(f"file exists: {out}; use --force to overwrite")
        return 1
    except OSError as exc:
        error(f"cannot write {out}: {describe_write_error(exc, out)}")
        return 1
    print(f"{out} ({len(data)} bytes" + (", with the review state)" if review is not None else ")"))
    return 0


def cmd_unpack(args: argparse.Namespace) -> int:
    from viewer.model.atomic_file import TargetExistsError
    from viewer.model.package import PackageError
    from viewer.model.packing import describe_unpack_error, unpack

    package = Path(args.package)
    out = Path(args.out)
    try:
        result = unpack(package, out, overwrite=args.force)
    except PackageError as exc:
        error(f"{package}: {exc}")
        return 1
    except TargetExistsError as exc:
        error(f"file exists: {exc.filename}; use --force to overwrite")
        return 1
    except OSError as exc:
        target = Path(exc.filename) if exc.filename else out
        error(f"cannot write {target}: {describe_unpack_error(exc, target)}")
        return 1
    print(result.report)
    print(result.source)
    if result.review is not None:
        print(result.review)
        if not args.no_review:
            return _import_review(result, getattr(args, "state_dir", None))
    return 0


def _import_review(result, state_dir: str | None) -> int:
    """Merge the package's review state into the reader's checklist (the later change wins per item)."""
    from viewer.model.state import ReportState, resolve_state_dir
    from viewer.model.state.exchange import ImportFileError, preview_import

    state = ReportState.open(result.loaded.report, resolve_state_dir(state_dir))
    try:
        if state.read_only:
            error(f"review state not merged: {state.read_only_reason}")
            return 1
        try:
            preview = preview_import(state, result.loaded.review or "")
        except ImportFileError as exc:
            error(f"review state not merged: {exc}")
            return 1
        for problem in preview.problems:
            print(f"report-viewer: review state: skipped: {problem}", file=sys.stderr)
        changes = preview.changes()
        if changes and not state.apply(changes):
            error(f"review state not merged: {state.save_error}")
            return 1
        print(f"review state merged: {preview.summary()}")
    finally:
        state.close()
    return 0


def add_pack_arguments(p: argparse.ArgumentParser) -> None:
    add_report_option(p)
    p.add_argument("--out", required=True, metavar="FILE.irv", help="the package to write")
    p.add_argument("--review", action="store_true",
                   help="include the review state: marks, comments, checklist statuses, notes, owners, due dates")
    p.add_argument("--state-dir", metavar="DIR", help="where the review state is (default: as for `tasks`)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=cmd_pack)


def add_unpack_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("package", metavar="PACKAGE.irv", help="the report package to unpack")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if missing)")
    p.add_argument("--no-review", action="store_true",
                   help="do not merge the package's review state into your checklist (it is still written out)")
    p.add_argument("--state-dir", metavar="DIR", help="whose checklist to merge into (default: as for `tasks`)")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.set_defaults(handler=cmd_unpack)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """`pack` or `unpack` (chosen by the parser's prog name; their lines are in viewer.cli.COMMANDS)."""
    if p.prog.endswith("unpack"):
        add_unpack_arguments(p)
    else:
        add_pack_arguments(p)
