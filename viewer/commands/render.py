"""`report-viewer render`: the whole window at one tab, rendered offscreen to a PNG (README screenshots)."""

from __future__ import annotations

import argparse
import os
import re
import struct
import sys
import tempfile
from pathlib import Path

from viewer.cli import add_report_option, error, load_report_arg
from viewer.model.atomic_file import TargetExistsError, atomic_write, check_target, describe_write_error
from viewer.model.paths import ENV_LIBRARY_INDEX_DIR

TABS = ("overview", "statistics", "enterprises", "tasks", "source", "figures")
# The Library view's pages (rendered over the bundled reports only, with an index of the render's own).
LIBRARY_PAGES = {"library": "reports", "compare": "compare", "side-by-side": "side", "carried-over": "carried"}
ALL_TABS = TABS + tuple(LIBRARY_PAGES)
THEMES = ("light", "dark")
SETTLE_SECONDS = 60.0  # a render waits at most this long for the tab to finish drawing (a worker thread included)
DEFAULT_SIZE = (1280, 820)
MIN_SIDE, MAX_SIDE = 320, 8192


def parse_size(text: str) -> tuple[int, int]:
    """'1280x800' -> (1280, 800); ValueError with a message for anything else."""
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if match is None:
        raise ValueError(f"--size must be WIDTHxHEIGHT in pixels, like 1280x800, not {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    for side in (width, height):
        if not MIN_SIDE <= side <= MAX_SIDE:
            raise ValueError(f"--size sides must be between {MIN_SIDE} and {MAX_SIDE} pixels, not {side}")
    return width, height


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `render` (its line in `report-viewer --help` is in viewer.cli.COMMANDS)."""
    parser.description = "Render the whole window at one tab offscreen and save it as a PNG."
    # Checked in cmd_render, not by argparse, so a bad value is one line and exit status 1.
    parser.add_argument("--tab", metavar="TAB", help=f"the tab to show: {', '.join(ALL_TABS)}")
    parser.add_argument("--out", metavar="FILE.png", help="the PNG file to write")
    parser.add_argument("--force", action="store_true", help="replace FILE.png if it exists")
    parser.add_argument("--lang", metavar="LANG", default="zh", help="interface language: zh (default) or en")
    parser.add_argument("--size", metavar="WxH", default="x".join(map(str, DEFAULT_SIZE)),
                        help="window size in pixels (default: %(default)s)")
    parser.add_argument("--theme", metavar="THEME", default="light", help="colours: light (default) or dark")
    add_report_option(parser)
    parser.set_defaults(handler=cmd_render)


def _check_args(args: argparse.Namespace) -> tuple[str, Path, str, tuple[int, int]] | str:
    """The validated (tab, out, lang, size), or the message for the first bad argument (the theme is checked too)."""
    if not args.tab:
        return f"render needs --tab ({', '.join(ALL_TABS)})"
    if args.tab not in ALL_TABS:
        return f"unknown tab {args.tab!r} (known: {', '.join(ALL_TABS)})"
    if not args.out:
        return "render needs --out FILE.png"
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        return f"--out must name a .png file, not {args.out!r}"
    if not out.parent.is_dir():
        return f"cannot write {args.out}: the folder {out.parent} does not exist"
    try:
        check_target(out, overwrite=args.force)
    except TargetExistsError:
        return f"{out} already exists; use --force to replace it"
    except OSError as exc:
        return f"cannot write {out}: {describe_write_error(exc, out)}"
    if args.lang not in ("zh", "en"):
        return f"unknown language {args.lang!r} (known: zh, en)"
    if args.theme not in THEMES:
        return f"unknown theme {args.theme!r} (known: {', '.join(THEMES)})"
    try:
        size = parse_size(args.size)
    except ValueError as exc:
        return str(exc)
    return args.tab, out, args.lang, size


def cmd_render(args: argparse.Namespace) -> int:
    checked = _check_args(args)
    if isinstance(checked, str):
        error(checked)
        return 1
    tab, out, lang, size = checked
    loaded = load_report_arg(args.report)  # a broken report: the CLI prints every problem, exit 1
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="report-viewer-render-") as settings_dir:
        png = render_window(loaded, tab, lang, size, Path(settings_dir), args.theme)
    if png is None:
        error(f"cannot write {out}: the window could not be rendered as PNG")
        return 1
    try:
        # Atomic: a full disk leaves the old file (or none), never a truncated PNG in its place.
        atomic_write(out, png, overwrite=args.force, shared=True)
    except TargetExistsError:
        error(f"{out} already exists; use --force to replace it")
        return 1
    except OSError as exc:
        error(f"cannot write {out}: {describe_write_error(exc, out)}")
        return 1
    drawn = png_size(png)
    if drawn != size:
        print(f"report-viewer: note: the window cannot be {size[0]}x{size[1]} at the tab {tab}; rendered at "
              f"{drawn[0]}x{drawn[1]}", file=sys.stderr)
    print(out)
    return 0


def png_size(png: bytes) -> tuple[int, int]:
    """A PNG's width and height, from its header chunk."""
    width, height = struct.unpack(">II", png[16:24])
    return width, height


# What Qt's offscreen platform prints whenever a window with a minimum size (every window with a layout) is shown.
_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"
_previous_handler: object = None
_quiet_installed = False


def quiet_offscreen_size_hints() -> None:
    """Drop the offscreen plugin's propagateSizeHints() warning (it means nothing for an image); every other
    Qt message still goes where it went before."""
    global _previous_handler, _quiet_installed
    from PySide6.QtCore import qInstallMessageHandler

    if _quiet_installed:
        return

    def handler(mode, context, message: str) -> None:
        if message == _OFFSCREEN_NOISE:
            return
        if callable(_previous_handler):
            _previous_handler(mode, context, message)
        else:
            print(message, file=sys.stderr)

    _previous_handler = qInstallMessageHandler(handler)
    _quiet_installed = True


def render_window(loaded, tab: str, lang: str, size: tuple[int, int], settings_dir: Path,
                  theme: str = "light") -> bytes | None:
    """Build the window over ``loaded`` at ``tab`` in ``theme``; its ``size`` PNG as bytes (None: not encoded).

    Settings and checklist state live in ``settings_dir`` (a temporary folder), never the user's own.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings
    from PySide6.QtWidgets import QApplication

    from viewer.ui.app.run import make_window, setup_application
    from viewer.ui.common.i18n import Translations
    from viewer.ui.common.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    quiet_offscreen_size_hints()
    # Never read or write the user's real settings (window geometry, recent files) from a render.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    setup_application(app)
    translations = Translations()
    # The checklist state too: a render shows a fresh checklist and never touches the user's.
    window = make_window(loaded, lang, translations, state_dir=settings_dir / "state")
    # The library too: the bundled reports only (the settings name no folder of the user's), its own index.
    index_dir = os.environ.get(ENV_LIBRARY_INDEX_DIR)
    os.environ[ENV_LIBRARY_INDEX_DIR] = str(settings_dir / "library-index")
    QSettings().setValue("library/folders", [str(settings_dir / "library")])
    try:
        window.set_theme(theme)
        shown = window.show_library() if tab in LIBRARY_PAGES else window.set_current_tab(tab)
        window.resize(*size)
        window.show()
        # Let layouts (and charts, which lay out after they are shown) settle before grabbing.
        for _ in range(5):
            app.processEvents()
        if tab in LIBRARY_PAGES:
            wait_until(app, shown.is_settled)  # the refresh (a worker thread)
            shown.show_page(LIBRARY_PAGES[tab])
            for _ in range(5):
                app.processEvents()
        window.resize(*size)
        if tab in LIBRARY_PAGES:
            wait_until(app, shown.is_settled)  # the chart laid out at its size
        else:
            settle(app, shown)
        # Never scaled to the size asked: a window that cannot be that small is drawn at its smallest (scaling
        # resampled every glyph into a blur); cmd_render says so.
        image = window.grab().toImage()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data()) if ok else None
    finally:
        if index_dir is None:
            os.environ.pop(ENV_LIBRARY_INDEX_DIR, None)
        else:
            os.environ[ENV_LIBRARY_INDEX_DIR] = index_dir
        window.close()
        window.deleteLater()
        translations.remove()  # leave no translator on a shared application (tests)
        apply_theme("light")  # the palette is the application's: leave it as it was for the next render (tests)
        app.processEvents()


def wait_until(app, done, seconds: float = 120.0) -> bool:
    """Run the event loop, waiting for events (a worker thread's signals), until ``done()``; at most ``seconds``."""
    import time

    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return True


def settle(app, tab) -> bool:
    """Run the event loop until ``tab`` has drawn everything it draws after being shown (a Statistics tab makes
    its charts in a worker thread first, then draws its thumbnails one per event-loop turn), at most
    SETTLE_SECONDS; whether it did."""
    import time

    from PySide6.QtCore import QEventLoop

    done = getattr(tab, "is_settled", None)
    end = time.monotonic() + SETTLE_SECONDS
    while True:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 25)
        if not callable(done) or done():
            app.processEvents()
            return True
        if time.monotonic() > end:
            return False
        time.sleep(0.002)  # a worker's turn: the tab's timer polls for its result
