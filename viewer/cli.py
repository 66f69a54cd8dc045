"""The command line: ``report-viewer`` opens the GUI; subcommands work headless.

Subcommands register themselves in ``_COMMANDS`` through small ``add_*`` functions so each stays
next to its implementation; heavy imports (Qt, charts) happen inside the command that needs them.
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from viewer import __version__
from viewer.model.errors import ReportError
from viewer.model.paths import default_report_path

if TYPE_CHECKING:
    # argparse is imported where a parser is built: the plain window start (``_plain_window_args``) needs none.
    import argparse

    Handler = Callable[[argparse.Namespace], int]


def error(message: str) -> None:
    """Print a one-line error for the user."""
    print(f"report-viewer: {message}", file=sys.stderr)


def load_report_arg(path: str | None):
    """The report named by --report, or the bundled one."""
    from viewer.model.cache import ReportCache, default_cache_dir
    from viewer.model.loader import load_report

    return load_report(Path(path) if path else default_report_path(), ReportCache(default_cache_dir()))


def add_report_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--report", metavar="PATH", help="report file (default: the bundled Fujian 2023 report)")


# --- gui ------------------------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    # Start-up creates many long-lived objects (classes, Qt wrappers, the report) and hardly any garbage, so
    # the collector's full passes over them (20-30 ms) are pure delay before the first frame. The window turns
    # collection back on once its first frame is painted (viewer.ui.app.run.run_gui); ``finally`` makes sure.
    gc.disable()
    try:
        from viewer.ui.app.run import run_gui

        return run_gui(args)
    finally:
        gc.enable()


# --- parser ---------------------------------------------------------------------------------------

_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []


def command(register: Callable[[argparse._SubParsersAction], None]) -> Callable[[argparse._SubParsersAction], None]:
    """Decorator: ``register(subparsers)`` adds one subcommand (used by later modules too)."""
    _COMMANDS.append(register)
    return register


# The window's interface languages (``--lang``); viewer.ui.context.LANGUAGES, without importing Qt here.
GUI_LANGUAGES = ("zh", "en")


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    """Options of the window, accepted with or without a report path."""
    parser.add_argument("--lang", choices=GUI_LANGUAGES, help="interface language (default: remembered, else system)")
    parser.add_argument("--state-dir", metavar="DIR",
                        help="folder of checklist/review state (default: $REPORT_VIEWER_STATE_DIR, else the user "
                        "data folder)")
    parser.add_argument("--startup-report", action="store_true",
                        help="open the window, print the milliseconds from process start to its first paint, "
                        "and exit (used by `make bench`)")


# One module per subcommand; each registers itself with @command when imported.
COMMAND_MODULES = (
    "viewer.commands.validate",
    "viewer.commands.facts",
    "viewer.commands.render",
    "viewer.commands.tasks",
    "viewer.commands.charts",
    "viewer.commands.export",
    "viewer.commands.pdf",
    "viewer.commands.draft",
)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="report-viewer",
        description="Industry Report Viewer: review an industry & IT work report offline. "
        "With no subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_gui_options(parser)
    for module in COMMAND_MODULES:
        importlib.import_module(module)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in _COMMANDS:
        register(sub)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


# Window options that take a value (``--lang zh``): their value is not a report path or a subcommand.
_GUI_VALUE_OPTIONS = ("--lang", "--state-dir")


def _window_options_only(argv: Sequence[str]) -> bool:
    """Whether ``argv`` holds window options and nothing else: no subcommand, no report path, no help.

    Then the window opens without importing any subcommand module (they pull in the checklist exchange
    formats, csv, json, tempfile, ... that the first frame does not need). Anything else takes the full parser.
    """
    takes_value = False
    for token in argv:
        if takes_value:
            takes_value = False
            continue
        if token in ("-", "--", "-h") or not token.startswith("-"):
            return False
        if token.startswith("--") and "=" not in token:
            # argparse accepts unambiguous prefixes (``--ver``, ``--la en``): treat them as it would.
            if "--help".startswith(token) or "--version".startswith(token):
                return False
            takes_value = any(option.startswith(token) for option in _GUI_VALUE_OPTIONS)
    return True


def build_window_parser(with_path: bool) -> argparse.ArgumentParser:
    """The parser of the window alone (``report-viewer [options] [PATH]``), without subcommands."""
    import argparse

    parser = argparse.ArgumentParser(prog="report-viewer", description="Open PATH in the window." if with_path
                                     else "Open the window.")
    if with_path:
        parser.add_argument("path", metavar="PATH", help="report file to open")
    add_gui_options(parser)
    return parser


def _plain_window_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The window's options when ``argv`` spells only them, in full and valid; None sends it to argparse.

    This is how the window is started (from the desktop entry, by ``make bench``), and it needs no parser:
    argparse and its help formatter cost ~15 ms before the first frame. Anything else (an abbreviation, a bad
    value, a missing one, help) goes to argparse, which accepts it or explains the problem as before.
    """
    values: dict[str, object] = {"lang": None, "state_dir": None, "startup_report": False}
    tokens = iter(argv)
    for token in tokens:
        name, has_value, value = token.partition("=")
        if token == "--startup-report":
            values["startup_report"] = True
        elif name in ("--lang", "--state-dir"):
            if not has_value:
                value = next(tokens, "-")
                if value.startswith("-"):
                    return None
            if name == "--lang" and value not in GUI_LANGUAGES:
                return None
            values[name[2:].replace("-", "_")] = value
        else:
            return None
    return SimpleNamespace(command=None, handler=cmd_gui, path=None, **values)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    plain = _plain_window_args(argv)
    if plain is not None:
        return _run(plain)
    import argparse

    if _window_options_only(argv):
        args = build_window_parser(with_path=False).parse_args(
            argv, namespace=argparse.Namespace(command=None, handler=cmd_gui, path=None))
        return _run(args)
    parser = build_parser()
    # A bare path is the report to open; argparse would read it as an unknown subcommand.
    first = next((a for a in argv if not a.startswith("-")), None)
    if first is not None and first not in _command_names(parser):
        args = build_window_parser(with_path=True).parse_args(
            argv, namespace=argparse.Namespace(command=None, handler=cmd_gui))
    else:
        args = parser.parse_args(argv)
        args.path = getattr(args, "path", None)
    return _run(args)


def _run(args: argparse.Namespace | SimpleNamespace) -> int:
    """Run the handler of the parsed command line; report errors the user can act on without a traceback."""
    handler: Handler = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except ReportError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
