"""Starting the GUI: the application object, fonts, translations, the first report and the window."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from viewer import APP_ID, __version__
from viewer.model.errors import ReportError
from viewer.model.loader import LoadedReport, load_report
from viewer.model.paths import APPLICATION, ORGANIZATION, default_report_path, resource
from viewer.ui.app.startup import FirstPaintReporter, after_first_paint
from viewer.ui.common.collector import gui_thread_collector
from viewer.ui.common.fonts import keep_system_families, use_language_font
from viewer.ui.common.i18n import Translations, system_language
from viewer.ui.common.report_cache import report_cache
from viewer.ui.context import LANGUAGES, AppContext

if TYPE_CHECKING:
    import argparse  # the window's start reads its options without argparse (viewer.cli._plain_window_args)

# The garbage collector, paused for the start (viewer.cli.cmd_gui), runs again (on the GUI thread only:
# viewer.ui.common.collector) after the first frame, or after this many ms when the window has not painted by then.
GC_FALLBACK_MS = 3000
# pyqtgraph (the charts) is imported in a worker thread this long after the first frame, while the window is idle,
# so the Statistics tab's first visit finds it loaded (viewer.ui.common.chart_preparation).
PRELOAD_CHARTS_MS = 1500


def setup_application(app: QApplication, collect: bool = True) -> str | None:
    """Names, version, icon, the bundled font and garbage collection on the GUI thread only (started unless
    ``collect`` is false: the window's start starts it after the first frame); returns the font family used (None:
    system font)."""
    gui_thread_collector(app, start=collect)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Industry Report Viewer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon_path = resource("icons/report-viewer.svg")
    if icon_path.is_file():
        app.setWindowIcon(QIcon(str(icon_path)))
    family = bundled_font_family()
    if family:
        keep_system_families(app)
        use_language_font("zh")
    return family


def bundled_font_family() -> str | None:
    """Register the bundled CJK font (viewer.charts.font, when present) and return its family name."""
    try:
        font_module = importlib.import_module("viewer.charts.font")
    except ModuleNotFoundError as exc:
        if exc.name != "viewer.charts.font":
            raise
        return None
    register = getattr(font_module, "register_bundled_font", None)
    if register is None:
        return None
    try:
        result = register()
    except RuntimeError as exc:
        # A missing or unreadable font file: the system fonts still work (Chinese may need a CJK font).
        print(f"report-viewer: warning: {exc}; using the system fonts", file=sys.stderr)
        return None
    if isinstance(result, str):
        return result or None
    if isinstance(result, list | tuple) and result and isinstance(result[0], str):
        return result[0]
    family = getattr(result, "family", None)
    if callable(family):
        return family()
    return family if isinstance(family, str) else None


def choose_language(requested: str | None) -> str:
    """The interface language: asked for, else remembered, else from the system locale."""
    if requested in LANGUAGES:
        return requested
    remembered = QSettings().value("ui/language", "", type=str)
    if remembered in LANGUAGES:
        return remembered
    return system_language()


def load_first_report(path: str | None) -> LoadedReport | None:
    """The report to show first: ``path``, or the bundled one; problems are shown in a dialog."""
    bundled = default_report_path()
    if path:
        try:
            return load_report(path, report_cache())
        except ReportError as exc:
            # The dialogs module loads only when there is something to show (not on a good start).
            from viewer.ui.window import dialogs

            dialogs.show_report_error(exc, None, note=QApplication.translate(
                "App", "The bundled report is opened instead."))
    try:
        return load_report(bundled, report_cache())
    except ReportError as exc:
        from viewer.ui.window import dialogs

        dialogs.show_report_error(exc, None, note=QApplication.translate(
            "App", "The bundled report cannot be opened."))
        return None


def first_report(path: str | None) -> tuple[LoadedReport | None, bool]:
    """The report to show first and whether it is checked: from the report cache (checked), or on a cold start
    built without validation and checks (False: ``viewer.ui.window.report_check`` checks it after the first
    frame); a report that cannot be built so is loaded and checked now (``load_first_report``)."""
    from viewer.model.unchecked import load_unchecked

    unchecked = load_unchecked(path or default_report_path(), report_cache())
    if unchecked is not None:
        return unchecked
    return load_first_report(path), True


def _add_recent(window, loaded: LoadedReport) -> None:
    """``loaded`` heads File -> Recent reports."""
    from viewer.ui.window.recent import add_recent, recent_reports

    settings = QSettings()
    add_recent(settings, loaded.path)
    window.menus.update_recent(recent_reports(settings))


def make_window(loaded: LoadedReport, lang: str, translations: Translations | None = None,
                state_dir: str | Path | None = None):
    """The main window over ``loaded`` in ``lang`` (translations installed when given).

    ``state_dir``: where checklist state lives (None: $REPORT_VIEWER_STATE_DIR, else AppDataLocation).
    """
    from viewer.ui.state.session import attach_state
    from viewer.ui.window.main_window import MainWindow

    if translations is not None:
        translations.install(lang)
    use_language_font(lang)
    context = AppContext(loaded, lang)
    attach_state(context, state_dir)
    from viewer.ui.edit.session import attach_editor

    attach_editor(context)  # edit mode (on at once for a report with draft items)
    window = MainWindow(context, translations)
    context.setParent(window)
    return window


def run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    """Open the window (``args.path``: report to open; ``args.lang``: 'zh', 'en' or None)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    setup_application(app, collect=False)
    from viewer.ui.app.crash_handler import CrashHandler

    crash_handler = CrashHandler(parent=app)
    crash_handler.install()
    lang = choose_language(getattr(args, "lang", None))
    translations = Translations()
    translations.install(lang)
    path = getattr(args, "path", None)
    loaded, checked = first_report(str(Path(path)) if path else None)
    if loaded is None:
        return 1
    window = make_window(loaded, lang, translations, getattr(args, "state_dir", None))
    named = path is not None and loaded.path == Path(path)
    check = None
    if not checked:
        # Shown before it is checked (a cold start): checked after the first frame, and named a recent report
        # once it passed, as a report that failed never was.
        from viewer.ui.window.report_check import ReportCheck

        check = ReportCheck(window, loaded, (lambda checked: _add_recent(window, checked)) if named else None)
    show_start_page(window, path)
    if getattr(args, "startup_report", False):
        # The figure is the first frame's; a check under way ends first (it fills the report cache: the next start
        # is a warm one, as after any start).
        FirstPaintReporter(window, quit_after=check is None)
        if check is not None:
            check.finished.connect(QApplication.quit)
    # Created after the reporter, so the start-up figure is taken before this runs.
    after_first_paint(window, _after_first_frame)
    if check is not None:
        after_first_paint(window, check.start)
    elif named:
        # File -> Recent reports is not in the first frame: updated after it (the settings written and the menu
        # rebuilt took ~5 ms before the first frame).
        after_first_paint(window, lambda: _add_recent(window, loaded))
    # A window that is never exposed (opened on another workspace) gets no paint: collect again regardless.
    QTimer.singleShot(GC_FALLBACK_MS, _after_first_frame)
    window.show()
    return app.exec()


def show_start_page(window, path: str | None) -> None:
    """No report named: the Library view is the start page (the bundled report stays open behind it), built once
    the window's first frame is painted."""
    if not path:
        window.library.show_at_start()


def _after_first_frame() -> None:
    """Work the first frame does not wait for: the garbage collector (paused by ``viewer.cli.cmd_gui``), from now
    on run by the GUI thread's timer; pyqtgraph's import in a worker thread a moment later."""
    global _preload_armed
    app = QApplication.instance()
    if app is not None:
        gui_thread_collector(app)
        if not _preload_armed:  # once, though the fallback calls this again
            _preload_armed = True
            QTimer.singleShot(PRELOAD_CHARTS_MS, _preload_charts)


_preload_armed = False


def _preload_charts() -> None:
    from viewer.ui.common.chart_preparation import preload_chart_modules

    preload_chart_modules()
