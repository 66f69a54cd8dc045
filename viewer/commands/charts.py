"""`report-viewer charts`: the charts a report offers, with their ids and titles (no Qt needed)."""

from __future__ import annotations

import argparse

from viewer.cli import add_report_option, load_report_arg


def cmd_charts(args: argparse.Namespace) -> int:
    from viewer.charts.definitions import chart_specs
    from viewer.model.format import pad

    loaded = load_report_arg(args.report)
    specs = chart_specs(loaded.report, args.lang)
    width = max((len(s.id) for s in specs), default=0)
    for spec in specs:
        print(f"{pad(spec.id, width)}  {spec.title}")
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `charts` (its line in `report-viewer --help` is in viewer.cli.COMMANDS)."""
    add_report_option(p)
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the titles (default: zh)")
    p.set_defaults(handler=cmd_charts)
