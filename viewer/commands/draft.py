"""`report-viewer draft SOURCE.txt [--out FILE.yaml] [--id ID] [--title TITLE]`: draft a report data
file from a report's text, every figure a fact with its quote, every item marked as a draft."""

from __future__ import annotations

import argparse

from viewer.cli import error


def cmd_draft(args: argparse.Namespace) -> int:
    """Draft, write, and say what was found and where it went; one-line errors, exit 1."""
    from viewer.model.draft import DraftError, draft_file

    try:
        # A folder named with --out must exist (as for `pdf`): a mistyped one is not made.
        drafted = draft_file(args.source, args.out, report_id=args.id, title=args.title, overwrite=args.force,
                             make_folder=False)
    except DraftError as exc:
        error(f"draft: {exc}")
        return 1
    summary = drafted.result.summary
    print(f"{args.source}: drafted {summary.lines()[0]}")
    print(f"wrote {drafted.yaml_path} (source text: {drafted.source_path}"
          f"{'' if drafted.encoding == 'utf-8' else f', converted from {drafted.encoding} to UTF-8'})")
    for line in summary.lines()[1:]:
        print(line)
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `draft` (its line in `report-viewer --help` is in viewer.cli.COMMANDS)."""
    p.add_argument("source", metavar="SOURCE.txt", help="the report text (UTF-8, GBK/GB18030, BOM or not)")
    p.add_argument("--out", metavar="FILE.yaml", help="where to write the draft (default: SOURCE with .yaml)")
    p.add_argument("--id", help="the report id (default: from the file name)")
    p.add_argument("--title", help="the report title (default: the text's first line)")
    p.add_argument("--force", action="store_true", help="replace FILE.yaml if it exists")
    p.set_defaults(handler=cmd_draft)
