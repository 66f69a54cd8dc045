"""The start path loads only what the first frame needs: no charts, dialogs, other tabs or subcommands.

``report-viewer --startup-report`` with a warm report cache is run in a subprocess and the modules loaded by
the time the window has painted its first frame are listed; the test names the modules that must wait until
the user asks for them (each costs milliseconds before the first frame: pyqtgraph and numpy ~300 ms, the
chart definitions ~60 ms, pydantic ~150 ms, ...).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import isolated_env
from viewer import cli
from viewer.model.paths import default_report_path
from viewer.ui.app.startup import FirstPaint, after_first_paint
from viewer.ui.context import LANGUAGES

ROOT = Path(__file__).resolve().parents[3]

# Loaded on first use, never on the way to the first frame.
NOT_ON_THE_START_PATH = (
    "pyqtgraph",
    "numpy",
    "pydantic",
    "yaml",  # a warm cache is read as JSON; the YAML parser is for a changed or new file
    "viewer.charts.definitions",
    "viewer.charts.render",
    "viewer.commands",
    "viewer.model.library",  # the Library view of a default start is built after the first frame
    "viewer.ui.library",
    "sqlite3",
    "viewer.model.state.exchange",
    "viewer.model.packing",  # making and unpacking report packages
    "viewer.ui.window.dialogs",
    "viewer.ui.window.draft_from_text",
    "viewer.ui.enterprises.tab",
    "viewer.ui.export.dialog",
    "viewer.ui.window.search_panel",
    "viewer.ui.source.tab",
    "viewer.ui.statistics.tab",
    "viewer.ui.tasks.tab",
)

# Runs the real entry point; the modules are listed after the event loop returned, i.e. after the first frame
# (--startup-report quits right after it), so anything loaded before the first paint is in the list.
SCRIPT = textwrap.dedent("""
    import inspect, sys
    read = []  # modules whose source was read (PySide's __feature__ check: viewer.ui.app.pyside_features)
    getsource = inspect.getsource
    inspect.getsource = lambda obj: read.append(getattr(obj, "__name__", "?")) or getsource(obj)
    from viewer.cli import main
    code = main(["--startup-report", *sys.argv[1:]])
    import json
    import PySide6.QtWidgets
    # PySide creates a widget class's Python type (and its enums) when it is first used.
    print(json.dumps({"code": code, "modules": sorted(sys.modules), "widget_types": sorted(vars(PySide6.QtWidgets)),
                      "sources_read": read}))
""")

# Widget classes the app never uses on its way to the first frame. PySide creates their Python types only when
# it has to find the type of a widget object it has not seen (``QScrollArea.viewport()`` on the default
# viewport, say): it then goes through every QWidget subclass, creating each type and its enums (~30 ms).
NEVER_TOUCHED_WIDGET_TYPES = ("QWizard", "QFontDialog", "QColorDialog", "QCalendarWidget", "QFileDialog")


def _start(env: dict[str, str], *argv: str) -> dict:
    result = subprocess.run([sys.executable, "-c", SCRIPT, *argv], capture_output=True, text=True, cwd=ROOT,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    float(lines[0])  # the start-up figure comes first
    return json.loads(lines[-1])


@pytest.mark.slow
@pytest.mark.parametrize("argv", [(), (str(default_report_path()),)], ids=["default start", "report named"])
def test_a_warm_start_loads_nothing_the_first_frame_does_not_need(tmp_path: Path, argv: tuple[str, ...]) -> None:
    env = isolated_env(tmp_path)
    assert _start(env, *argv)["code"] == 0  # fills the report cache
    warm = _start(env, *argv)
    assert warm["code"] == 0
    loaded = set(warm["modules"])
    early = sorted(m for m in loaded if any(m == name or m.startswith(name + ".") for name in NOT_ON_THE_START_PATH))
    assert early == []
    # The window did show the report: its first tab and the state behind its progress bars are loaded.
    assert {"viewer.ui.overview.tab", "viewer.ui.state.session", "viewer.model.cache"} <= loaded
    assert [t for t in NEVER_TOUCHED_WIDGET_TYPES if t in warm["widget_types"]] == []
    # PySide's per-module __feature__ check reads no source: only those it checks while PySide itself is imported
    # (PySide6, shiboken6, enum), before the start answers it; unanswered it read ~110 modules' sources.
    assert not [m for m in warm["sources_read"] if m.startswith("viewer")]
    assert len(warm["sources_read"]) <= 3, warm["sources_read"]
    assert "QMainWindow" in warm["widget_types"]  # the list does show the types that were used


@pytest.mark.parametrize(("argv", "expected"), [
    ([], {"lang": None, "state_dir": None, "startup_report": False}),
    (["--startup-report"], {"lang": None, "state_dir": None, "startup_report": True}),
    (["--lang", "en", "--state-dir", "/tmp/s"], {"lang": "en", "state_dir": "/tmp/s", "startup_report": False}),
    (["--lang=zh", "--state-dir="], {"lang": "zh", "state_dir": "", "startup_report": False}),
    (["--lang", "en", "--lang", "zh"], {"lang": "zh", "state_dir": None, "startup_report": False}),
    (["--startup-report", "REPORT"], {"lang": None, "state_dir": None, "startup_report": True, "path": "REPORT"}),
    (["--lang", "en", "REPORT", "--lang=zh", "--startup-report"],
     {"lang": "zh", "state_dir": None, "startup_report": True, "path": "REPORT"}),
])
def test_plain_window_options_need_no_parser(argv: list[str], expected: dict) -> None:
    report = str(default_report_path())  # a report file (an existing one) is opened without the parser too
    args = cli._plain_window_args([report if a == "REPORT" else a for a in argv])
    assert args is not None
    expected = {"path": None, **expected}
    if expected["path"]:
        expected["path"] = report
    assert {k: getattr(args, k) for k in expected} == expected
    assert args.command is None and args.handler is cli.cmd_gui


@pytest.mark.parametrize("argv", [
    ["--lang", "fr"], ["--lang"], ["--lang", "--startup-report"], ["--la", "en"], ["--startup-report=1"],
    ["report.yaml"], ["validate", "x.yaml"], ["-h"], ["--version"], ["--"], ["data"], ["charts"],
    [str(default_report_path()), "more.yaml"], [str(default_report_path()), "--la", "en"],
])
def test_anything_else_goes_to_argparse(argv: list[str]) -> None:
    assert cli._plain_window_args(argv) is None


def test_argparse_still_explains_a_bad_window_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--lang", "fr"])
    assert exc.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_window_languages_match_the_context() -> None:
    assert cli.GUI_LANGUAGES == LANGUAGES


def test_work_after_the_first_frame_runs_once(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    window.setCentralWidget(QLabel("福建"))
    qtbot.addWidget(window)
    calls: list[bool] = []
    watcher = after_first_paint(window, lambda: calls.append(True))
    assert isinstance(watcher, FirstPaint) and not watcher.finished
    window.show()
    qtbot.waitUntil(lambda: watcher.finished)
    window.update()
    qtbot.waitExposed(window)
    assert calls == [True]


def test_first_paint_probe_watches_only_its_window(qtbot) -> None:
    """The probe must not see other objects' events: each event handed to Python costs start-up time."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel, QMainWindow

    seen: list[QObject] = []

    class CountingProbe(FirstPaint):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(watched)
            return super().eventFilter(watched, event)

    window = QMainWindow()
    window.setCentralWidget(QLabel("福建"))
    qtbot.addWidget(window)
    probe = CountingProbe(window)
    window.show()
    qtbot.waitUntil(lambda: probe.finished)
    # Before the frame was done the probe saw events of the window and its native window, nothing else (an
    # application-wide filter would have seen the label's paint, the style's, the application's, ...).
    assert seen and all(w is window or w is window.windowHandle() for w in seen)


GC_SCRIPT = textwrap.dedent("""
    import gc
    from PySide6.QtWidgets import QApplication
    import viewer.ui.app.run as app_module
    from viewer.ui.common.collector import gui_thread_collector
    seen = []
    resume = app_module._after_first_frame
    def collecting():
        return gc.isenabled() or gui_thread_collector(QApplication.instance(), start=False).running()
    def after_first_frame():
        seen.append(collecting())  # paused while the window was built and painted
        resume()
        seen.append(collecting())  # collecting again, on the GUI thread's timer
        seen.append(gc.isenabled())  # never in another thread
        QApplication.quit()
    app_module._after_first_frame = after_first_frame
    from viewer.cli import main
    code = main([])
    print(code, seen[:3], gc.isenabled())
""")


def test_the_garbage_collector_is_paused_until_the_first_frame_only(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", GC_SCRIPT], capture_output=True, text=True, cwd=ROOT,
                            env=isolated_env(tmp_path), timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "0 [False, True, False] True"


def test_no_module_selects_a_pyside_feature() -> None:
    """The start answers PySide's per-module __feature__ check without reading sources, which holds only as
    long as no module selects a feature (snake_case, true_property): viewer.ui.app.pyside_features."""
    users = [str(path.relative_to(ROOT)) for path in (ROOT / "viewer").rglob("*.py")
             if re.search(r"^\s*(from|import)\s+__feature__", path.read_text("utf-8"), re.MULTILINE)]
    assert users == []


# A cold start (empty report cache): what had been imported, and what the status bar said, at the first frame.
COLD_SCRIPT = textwrap.dedent("""
    import json, sys
    import viewer.ui.app.startup as startup
    seen = {}
    report = startup.FirstPaintReporter._report
    def at_first_frame(self):
        from PySide6.QtWidgets import QApplication, QLabel
        label = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"][0].findChild(
            QLabel, "checkingLabel")
        seen.update(modules=sorted(sys.modules), label=label.text() if label is not None else None)
        report(self)
    startup.FirstPaintReporter._report = at_first_frame
    from viewer.cli import main
    code = main(["--startup-report", "--lang", "en", *sys.argv[1:]])
    print(json.dumps({"code": code, **seen}))
""")

# What validates a report and words its problems: after a cold start's first frame (the checks the window relies on,
# ids, units and references, run before it: viewer.model.unchecked).
CHECKS = ("pydantic", "viewer.model.validation", "viewer.model.validation_problems")


@pytest.mark.slow
def test_a_cold_start_paints_before_it_checks_the_report(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    cache = Path(env["REPORT_VIEWER_CACHE_DIR"])
    report = default_report_path()

    def start() -> dict:
        result = subprocess.run([sys.executable, "-c", COLD_SCRIPT, str(report)], capture_output=True, text=True,
                                cwd=ROOT, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    cold = start()
    assert cold["code"] == 0
    assert [m for m in cold["modules"] if m.split(".")[0] in CHECKS or m in CHECKS] == []
    assert cold["label"] == "Checking…"
    # --startup-report ends after the check: it filled the cache, and the next start is a warm one.
    assert any(cache.iterdir())
    warm = start()
    assert warm["code"] == 0 and warm["label"] is None


RECENT_SCRIPT = textwrap.dedent("""
    import json, sys
    import viewer.ui.app.run as run
    import viewer.ui.app.startup as startup
    painted, seen = [], {}
    report = startup.FirstPaintReporter._report
    def at_first_frame(self):
        painted.append(True)
        report(self)
    startup.FirstPaintReporter._report = at_first_frame
    add_recent = run._add_recent
    def recorded(window, loaded):
        add_recent(window, loaded)
        from PySide6.QtCore import QSettings
        from viewer.ui.window.recent import recent_reports
        seen.update(after_first_frame=bool(painted), recent=recent_reports(QSettings()),
                    menu=[a.data() for a in window.menus.recent_menu.actions() if a.data()])
    run._add_recent = recorded
    from viewer.cli import main
    code = main(["--startup-report", *sys.argv[1:]])
    print(json.dumps({"code": code, **seen}))
""")


@pytest.mark.slow
@pytest.mark.parametrize("cache", ["warm", "cold"])
def test_the_named_report_becomes_a_recent_report_after_the_first_frame(tmp_path: Path, cache: str) -> None:
    env = isolated_env(tmp_path)
    report = str(default_report_path())

    def start() -> dict:
        result = subprocess.run([sys.executable, "-c", RECENT_SCRIPT, report], capture_output=True, text=True,
                                cwd=ROOT, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    if cache == "warm":
        start()  # fills the report cache
    started = start()
    assert started["code"] == 0
    assert started["after_first_frame"] is True  # the menu is not in the first frame
    assert started["recent"][:1] == [report] and started["menu"][:1] == [report]
