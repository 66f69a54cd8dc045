"""`report-viewer export`: charts to PNG/SVG/PDF files, headless (offscreen; no window is ever shown)."""

from __future__ import annotations

import argparse

from viewer.cli import add_report_option, error, load_report_arg


def _number(text: str | None, what: str) -> float | None:
    from viewer.charts.sizes import SizeError

    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        raise SizeError(f"{what} must be a number, not {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise SizeError(f"{what} must be a finite number, not {text!r}")
    return value


def size_from_args(args: argparse.Namespace):
    """The RenderSize asked for by --size / --width-cm --height-cm / --dpi (SizeError if inconsistent)."""
    from viewer.charts.sizes import DEFAULT_SIZE, RenderSize, SizeError

    dpi = _number(args.dpi, "--dpi")
    width_cm = _number(args.width_cm, "--width-cm")
    height_cm = _number(args.height_cm, "--height-cm")
    if args.size is not None:
        if width_cm is not None or height_cm is not None:
            raise SizeError("give either --size or --width-cm/--height-cm, not both")
        return RenderSize.parse(args.size, dpi if dpi is not None else DEFAULT_SIZE.dpi)
    if width_cm is not None or height_cm is not None:
        if width_cm is None or height_cm is None:
            raise SizeError("--width-cm and --height-cm go together")
        return RenderSize.from_cm(width_cm, height_cm, dpi if dpi is not None else 300)
    if dpi is not None:
        # A DPI alone keeps the default physical size (1600x1000 px at 96 dpi).
        return RenderSize.from_cm(DEFAULT_SIZE.width_cm, DEFAULT_SIZE.height_cm, dpi)
    return DEFAULT_SIZE


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from viewer.charts.export import parse_formats, plan_export
    from viewer.charts.files import ExportError
    from viewer.charts.sizes import SizeError

    try:
        size = size_from_args(args)
        formats = parse_formats(args.format)
    except (SizeError, ExportError) as exc:
        error(str(exc))
        return 1
    loaded = load_report_arg(args.report)
    from viewer.charts.definitions import chart_specs

    specs = chart_specs(loaded.report, args.lang)
    try:
        jobs = plan_export(specs, Path(args.out), formats, chart_ids=args.chart, template=args.template,
                           overwrite=args.force, report=loaded.report)
    except ExportError as exc:
        error(str(exc))
        return 1
    if not jobs:
        error("this report offers no charts")
        return 1
    from viewer.charts.qtapp import ensure_headless_app

    ensure_headless_app()
    from viewer.charts.export import export_charts

    def report_path(done: int, total: int, path: Path) -> bool:
        print(path, flush=True)
        return True

    try:
        export_charts(jobs, size, overwrite=args.force, progress=report_path)
    except ExportError as exc:
        error(str(exc))
        return 1
    return 0


def add_size_options(p: argparse.ArgumentParser) -> None:
    """--size / --width-cm / --height-cm / --dpi (checked by ``size_from_args``)."""
    p.add_argument("--size", metavar="WxH", help="size in pixels (default 1600x1000 at 96 dpi)")
    p.add_argument("--width-cm", metavar="W", help="physical width in centimetres (with --height-cm)")
    p.add_argument("--height-cm", metavar="H", help="physical height in centimetres (with --width-cm)")
    p.add_argument("--dpi", metavar="D", help="resolution: 96, 150, 300, 600 … (default 96 with --size, 300 with cm)")


# What each --format writes (the help's list of formats).
FORMAT_HELP = (
    ("png", "a picture of each chart (pixels; --dpi sets its resolution)"),
    ("svg", "a vector drawing of each chart, text as outlines"),
    ("pdf", "a one-page vector PDF of each chart, its font embedded"),
    ("csv", "each chart's complete data, also the items it does not draw"),
    ("pptx", "one PowerPoint deck of every chart chosen (native, editable charts)"),
    ("xlsx", "one Excel workbook of their data (a sheet per chart)"),
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `export` (its line in `report-viewer --help` is in viewer.cli.COMMANDS)."""
    from viewer.charts.files import DEFAULT_TEMPLATE

    add_report_option(p)
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if missing)")
    p.add_argument("--format", default="png", metavar="png,svg,pdf,csv,pptx,xlsx",
                   help="one or more formats, comma-separated (default: png; see formats below)")
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = "formats:\n" + "".join(f"  {name:<5} {what}\n" for name, what in FORMAT_HELP)
    add_size_options(p)
    p.add_argument("--chart", action="append", metavar="ID", help="only this chart (repeatable; see `charts`)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the charts (default: zh)")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.add_argument("--template", default=DEFAULT_TEMPLATE, metavar="T",
                   help="file names, with {index} {id} {ext} {lang} {title} (default: %(default)s)")
    p.set_defaults(handler=cmd_export)
