"""The command line: ``report-viewer`` opens the window; subcommands work headless.

One parser reads every command line (``parse_args``)::

    report-viewer [--lang zh|en] [--state-dir DIR] [--startup-report] [PATH]     the window
    report-viewer [--lang zh|en] [--state-dir DIR] COMMAND [command options]      a command

The options before the word are the global ones; a command takes them as its defaults (``--lang en charts``
lists English titles, ``--state-dir D tasks`` reads D). The word is a command when it names one (``COMMANDS``),
else a report file when one exists at that path; anything else is an error with a suggestion (exit status 2),
never a window. A command's module (``viewer.commands.<name>``) is imported only when that command is chosen:
its ``add_arguments(parser)`` adds the command's options and sets its ``handler``.

``report-viewer`` with window options and at most a report file (how the desktop and ``make bench`` start it)
skips argparse: ``_plain_window_args`` reads them (see there why); tests/cli/test_command_line.py proves it
agrees with the parser.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, NoReturn, cast

from viewer import __version__
from viewer.model.errors import ReportError
from viewer.model.paths import default_report_path

if TYPE_CHECKING:
    # argparse is imported where the parser is built: the plain window start (``_plain_window_args``) needs none.
    import argparse

    Handler = Callable[[argparse.Namespace], int]

# Every subcommand: its name, the module that implements it, and its line in ``report-viewer --help``.
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("viewer.commands.validate", "check report files; exit 1 listing every problem"),
    "facts": ("viewer.commands.facts", "print every fact of a report"),
    "charts": ("viewer.commands.charts", "list the charts of a report (ids and titles)"),
    "export": ("viewer.commands.export", "export charts to PNG, SVG, PDF, CSV, a PowerPoint deck or an Excel "
               "workbook (headless)"),
    "pdf": ("viewer.commands.pdf", "the whole report as one A4 PDF"),
    "render": ("viewer.commands.render", "render the window at one tab to a PNG (offscreen)"),
    "tasks": ("viewer.commands.tasks", "print or change the task checklist and review marks"),
    "pack": ("viewer.commands.package", "the report, its source text and (--review) the review state as one "
             "file, a report package (.irv)"),
    "unpack": ("viewer.commands.package", "write a report package's files into a folder and merge its review state"),
    "draft": ("viewer.commands.draft", "draft a report data file from a report's text (every item marked draft)"),
    "install-desktop": ("viewer.commands.desktop", "add the app to this user's Linux desktop menu (entry, icon, "
                        "file types, AppStream metadata)"),
    "uninstall-desktop": ("viewer.commands.desktop", "remove what install-desktop added"),
}

# The window's interface languages (``--lang``); viewer.ui.context.LANGUAGES, without importing Qt here.
GUI_LANGUAGES = ("zh", "en")
# The options before the word, with their value when absent. Commands that have an option of the same dest
# (``--lang``) take the global value as their default.
GLOBAL_DEFAULTS = {"lang": None, "state_dir": None, "startup_report": False}


def error(message: str) -> None:
    """Print a one-line error for the user."""
    print(f"report-viewer: {message}", file=sys.stderr)


def load_report_arg(path: str | None):
    """The report named by --report, or the bundled one."""
    from viewer.model.cache import default_cache
    from viewer.model.loader import load_report

    return load_report(Path(path) if path else default_report_path(), default_cache())


def add_report_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--report", metavar="PATH", help="report file (default: the bundled Fujian 2023 report)")


# --- gui ------------------------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    # Start-up creates many long-lived objects (classes, Qt wrappers, the report) and hardly any garbage, so
    # the collector's full passes over them (20-30 ms) are pure delay before the first frame. The window has
    # garbage collected again once its first frame is painted, by a timer of the GUI thread
    # (viewer.ui.app.run.run_gui, viewer.ui.common.collector); ``finally`` gives automatic collection back.
    gc.disable()
    try:
        from viewer.ui.app.pyside_features import skip_feature_scan

        skip_feature_scan()  # PySide6 reads no module's source to see whether it selects a __feature__ (see there)
        from viewer.ui.app.run import run_gui

        return run_gui(args)
    finally:
        gc.enable()


# --- the parser -----------------------------------------------------------------------------------

def add_global_options(parser: argparse.ArgumentParser, suppress: bool = False) -> None:
    """The options before the word: the window's, and the defaults of the commands that share them.

    ``suppress``: no defaults (the options after a report path only change what was given before it).
    """
    import argparse

    def default(dest: str) -> object:
        return argparse.SUPPRESS if suppress else GLOBAL_DEFAULTS[dest]

    parser.add_argument("--lang", choices=GUI_LANGUAGES, default=default("lang"),
                        help="interface language (default: remembered, else system; commands: zh)")
    parser.add_argument("--state-dir", metavar="DIR", default=default("state_dir"),
                        help="folder of checklist/review state (default: $REPORT_VIEWER_STATE_DIR, else the user "
                        "data folder)")
    parser.add_argument("--startup-report", action="store_true", default=default("startup_report"),
                        help="open the window, print the milliseconds from process start to its first paint, "
                        "and exit (used by `make bench`)")


def parser_class() -> type[argparse.ArgumentParser]:
    """An ArgumentParser whose error for an unknown option names the option most likely meant."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            super().error(option_suggestion(message, self))

    return Parser


def option_suggestion(message: str, parser: argparse.ArgumentParser) -> str:
    """argparse's ``message``, or for an unrecognized option 'unknown option --lnag; did you mean --lang?'."""
    import difflib

    prefix = "unrecognized arguments: "
    if not message.startswith(prefix):
        return message
    options = [o for action in parser._actions for o in action.option_strings if o.startswith("--")]
    for token in message[len(prefix):].split():
        name = token.split("=", 1)[0]
        if name.startswith("--"):
            close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
            return f"unknown option {name}" + (f"; did you mean {close[0]}?" if close else
                                                f" (options: {', '.join(options)})")
    return message


def unknown_global_option(argv: Sequence[str]) -> str | None:
    """The first option before the word that is none of the global ones (nor an abbreviation of one), or None.
    (The parser would otherwise read the option's value as the word: '--lnag en' said 'en' is no command.)"""
    known = ("--lang", "--state-dir", "--startup-report", "--version", "--help", "-h")
    tokens = iter(argv)
    for token in tokens:
        if token == "--" or not token.startswith("-"):
            return None
        name, has_value, _ = token.partition("=")
        full = [option for option in known if option.startswith(name)]
        if not full:
            return name
        if len(full) == 1 and full[0] in ("--lang", "--state-dir") and not has_value:
            next(tokens, None)  # its value
    return None


def build_parser() -> argparse.ArgumentParser:
    """The one parser of ``report-viewer``; a command's parser is built (and its module imported) when chosen."""
    import argparse

    class Word(argparse.Action):
        """The first word and all after it: a command and its options, or a report file and window options."""

        def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                     values: object, _option_string: str | None = None) -> None:
            assert isinstance(values, list)  # nargs=PARSER: the word and every argument after it
            words = [str(value) for value in values]
            if words[:1] == ["--"]:  # Python < 3.12 passes on the '--' before the word
                words = words[1:]
            word, rest = words[0], words[1:]
            if word in COMMANDS:
                if namespace.startup_report:
                    parser.error(f"--startup-report opens the window; it does not go with the command {word!r}")
                # Parsed apart, so the command's defaults (``handler``, ``lang``) replace the window's.
                vars(namespace).update(vars(command_parser(word, namespace).parse_args(rest)), command=word)
            elif Path(word).is_file():
                namespace.path = word
                window = parser_class()(prog="report-viewer", usage="%(prog)s [options] PATH [options]")
                add_global_options(window, suppress=True)  # given again after the path, the later one wins
                window.parse_args(rest, namespace)
            else:
                parser.error(not_a_command_or_file(word))

    width = max(map(len, COMMANDS))
    parser = parser_class()(
        prog="report-viewer",
        usage="%(prog)s [options] [PATH]\n       %(prog)s [options] COMMAND [command options]",
        description="Industry Report Viewer: review an industry & IT work report offline.\n"
        "With no command, opens the window (on the report file PATH, if given).",
        epilog="commands (`report-viewer COMMAND --help` describes one):\n"
        + "".join(f"  {name:<{width}}  {line}\n" for name, (_module, line) in COMMANDS.items())
        + "\nA word that names a command is that command: open a report file of that name as ./NAME.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_global_options(parser)
    word = parser.add_argument("word", nargs=argparse.PARSER, action=Word, metavar="PATH | COMMAND",
                               default=argparse.SUPPRESS, help="a report file to open, or a command and its options")
    word.required = False  # no word: the window with the last (or the bundled) report
    parser.set_defaults(command=None, handler=cmd_gui, path=None)
    return parser


def command_parser(name: str, defaults: argparse.Namespace) -> argparse.ArgumentParser:
    """The parser of the command ``name``: its module adds its options; the global options given before it are
    the defaults of its options of the same name (``--lang en charts`` lists English titles)."""
    import importlib

    line = COMMANDS[name][1]
    parser = parser_class()(prog=f"report-viewer {name}", description=line[:1].upper() + line[1:] + ".")
    importlib.import_module(COMMANDS[name][0]).add_arguments(parser)
    parser.set_defaults(**{dest: getattr(defaults, dest) for dest in ("lang", "state_dir")
                           if getattr(defaults, dest) is not None})
    return parser


def not_a_command_or_file(word: str) -> str:
    """Why ``word`` is neither a command nor a report file, with the command it most likely meant."""
    import difflib

    from viewer.model.safe_read import special_kind

    path = Path(word)
    kind = special_kind(path)
    if kind is not None:
        return f"{word} is {kind}, not a report file"
    if "/" in word or "\\" in word or path.suffix:
        return f"no such report file: {word}"
    close = difflib.get_close_matches(word.lower(), COMMANDS, n=2, cutoff=0.6)
    message = f"{word!r} is neither a command nor a report file"
    if close:
        return message + "; did you mean " + " or ".join(repr(c) for c in close) + "?"
    return message + f" (commands: {', '.join(COMMANDS)})"


def parse_args(argv: Sequence[str]) -> argparse.Namespace | SimpleNamespace:
    """The command line read by the one parser (exits with status 2 and a message when it is wrong)."""
    plain = _plain_window_args(argv)
    if plain is not None:
        return plain
    parser = build_parser()
    unknown = unknown_global_option(argv)
    if unknown is not None:
        parser.error(f"unrecognized arguments: {unknown}")
    return parser.parse_args(argv)


def _plain_window_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The window's options when ``argv`` spells only them, in full and valid; None sends it to the parser.

    This is how the window is started (from the desktop entry, a file manager's "open with", ``make bench``),
    and it needs no parser: argparse and its help formatter cost ~15 ms before the first frame. It accepts a
    subset of what the parser accepts and reads it the same way (a hypothesis test runs both on generated
    command lines): window options in full, and at most one word that is an existing file and no command name.
    Anything else (a command, a word that is no file, an abbreviation, a bad value, a missing one, help) goes to
    the parser.
    """
    values: dict[str, object] = dict(GLOBAL_DEFAULTS)
    path: str | None = None
    tokens = iter(argv)
    for token in tokens:
        name, has_value, value = token.partition("=")
        if path is None and token[:1] not in ("", "-") and token not in COMMANDS:
            if not Path(token).is_file():
                return None  # the parser says why (no such file, a folder, a mistyped command)
            path = token  # a report file to open; window options may follow it
        elif token == "--startup-report":
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
    return SimpleNamespace(command=None, handler=cmd_gui, path=path, **values)


def main(argv: Sequence[str] | None = None) -> int:
    from viewer.model.sanitise import TerminalText

    # Everything printed (argparse's messages included) shows hidden characters (escape sequences, carriage
    # returns, bidi overrides) as ⟨U+XXXX⟩: a file name or a value can never repaint the user's terminal.
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalText(stdout), TerminalText(stderr)
    try:
        return _run(parse_args(list(sys.argv[1:] if argv is None else argv)))
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(args: argparse.Namespace | SimpleNamespace) -> int:
    """Run the handler of the parsed command line; report errors the user can act on without a traceback."""
    handler: Handler = args.handler
    try:
        # Only the window's handler gets the fast path's SimpleNamespace (the same attributes as a Namespace).
        return handler(cast("argparse.Namespace", args))
    except ReportError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
