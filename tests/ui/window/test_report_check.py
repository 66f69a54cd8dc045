"""A cold start shows the report unchecked and checks it after the first frame (viewer.ui.window.report_check):
"Checking…" until done; a problem is shown with file, line and column as before and the report is not kept."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from tests.conftest import MINI_REPORT, write_mini_report
from tests.ui import conftest as ui_conftest
from viewer.model.cache import default_cache
from viewer.model.errors import ReportError
from viewer.model.loader import LoadedReport, load_report
from viewer.model.paths import default_report_path
from viewer.ui.app import run as app_module
from viewer.ui.app.startup import after_first_paint
from viewer.ui.common.i18n import Translations
from viewer.ui.window import dialogs, report_check
from viewer.ui.window.recent import recent_reports
from viewer.ui.window.report_check import ReportCheck


def _translations() -> Translations:
    """Translations removed after the test (tests/ui/conftest.py): they are application-wide."""
    translations = Translations()
    ui_conftest._translations.append(translations)
    return translations


def _start(qtbot, path: Path | None, on_checked=None):
    """As ``run_gui`` starts: the first report (unchecked on a cold cache), the window, the check after its first
    frame. Returns (window, check, what the first frame showed)."""
    loaded, checked = app_module.first_report(str(path) if path else None)
    assert loaded is not None and checked is False  # the cache is empty: a cold start
    window = app_module.make_window(loaded, "en", _translations())
    qtbot.addWidget(window)
    check = ReportCheck(window, loaded, on_checked)
    at_first_frame: dict[str, object] = {}

    def first_frame() -> None:
        label = window.statusBar().findChild(QLabel, "checkingLabel")
        at_first_frame["label"] = label.text() if label is not None and label.isVisible() else None
        at_first_frame["report"] = window.context.loaded
        at_first_frame["checked"] = not check.running

    after_first_paint(window, first_frame)
    after_first_paint(window, check.start)
    window.show()
    qtbot.waitUntil(lambda: "report" in at_first_frame)
    assert at_first_frame["checked"] is False  # the first frame came before the check
    return window, check, at_first_frame


def test_a_good_report_is_shown_checking_then_checked(qtbot, mini_report_path: Path) -> None:
    passed: list[LoadedReport] = []
    window, check, first = _start(qtbot, mini_report_path, passed.append)
    assert first["label"] == "Checking…"
    shown = window.context.loaded
    assert first["report"] is shown and shown.report.meta.id == "mini-2024"
    qtbot.waitUntil(lambda: not check.running, timeout=30000)
    assert not check.running
    assert window.statusBar().findChild(QLabel, "checkingLabel") is None or not check.label.isVisible()
    assert window.context.loaded is shown  # equal to the checked report: kept, nothing rebuilt
    assert len(passed) == 1 and passed[0].report == shown.report
    # The check filled the report cache: the next start is a warm one.
    again = app_module.first_report(str(mini_report_path))
    assert again[1] is True and again[0] is not None and again[0].report == shown.report


@pytest.mark.parametrize(("change", "field"), [
    (('period: "2023"', 'period: "2023-13"'), "facts[0].period"),
    (("number: 1\n", "number: 100\n"), "tasks[0].number"),
    (("quote: 规上工业增加值增长8.2%", "quote: 规上工业增加值增长9.9%"), "facts[0].quote"),
])
def test_a_report_with_an_error_is_refused_with_the_same_message(qtbot, tmp_path: Path, monkeypatch,
                                                                   change: tuple[str, str], field: str) -> None:
    broken = write_mini_report(tmp_path / "broken", MINI_REPORT.replace(*change, 1))
    with pytest.raises(ReportError) as expected:
        load_report(broken)  # as a start refused it before, and `report-viewer validate` still does
    shown: list[tuple[ReportError, object, str]] = []
    monkeypatch.setattr(dialogs, "show_report_error",
                        lambda error, parent=None, note="": shown.append((error, parent, note)))
    passed: list[LoadedReport] = []
    window, check, first = _start(qtbot, broken, passed.append)
    assert first["label"] == "Checking…"
    assert first["report"].path == broken  # shown in the first frame
    qtbot.waitUntil(lambda: not check.running, timeout=30000)
    assert len(shown) == 1
    error, parent, note = shown[0]
    assert str(error) == str(expected.value) and field in str(error)
    assert [(p.line, p.column) for p in error.problems] == [(p.line, p.column) for p in expected.value.problems]
    assert parent is window and note == "The bundled report is opened instead."
    assert window.context.loaded.path == default_report_path()  # the broken report is not kept
    assert passed == []  # and never became a recent report
    assert str(broken) not in recent_reports(QSettings())
    assert default_cache().get(broken.read_bytes()) is None


def test_a_checked_report_that_differs_replaces_the_one_shown(qtbot, mini_report_path: Path, monkeypatch) -> None:
    checked_load = report_check.load_report

    def other_title(path, cache=None) -> LoadedReport:
        loaded = checked_load(path, cache)
        meta = replace(loaded.report.meta, title=replace(loaded.report.meta.title, en="Read otherwise"))
        return replace(loaded, report=replace(loaded.report, meta=meta))

    monkeypatch.setattr(report_check, "load_report", other_title)
    window, check, _first = _start(qtbot, mini_report_path)
    qtbot.waitUntil(lambda: not check.running, timeout=30000)
    assert window.context.report.meta.title.en == "Read otherwise"
    assert window.windowTitle().startswith("Read otherwise")


def test_a_report_opened_meanwhile_wins(qtbot, mini_report_path: Path, monkeypatch) -> None:
    shown: list[ReportError] = []
    monkeypatch.setattr(dialogs, "show_report_error", lambda error, parent=None, note="": shown.append(error))
    opened = threading.Event()
    checked_load = report_check.load_report

    def after_the_open(path, cache=None) -> LoadedReport:
        opened.wait(30)  # the check ends only after the user opened another report
        return checked_load(path, cache)

    monkeypatch.setattr(report_check, "load_report", after_the_open)
    broken = write_mini_report(mini_report_path.parent / "broken",
                               MINI_REPORT.replace('period: "2023"', 'period: "2023-13"', 1))
    window, check, _first = _start(qtbot, broken)
    assert window.open_report(default_report_path())
    opened.set()
    qtbot.waitUntil(lambda: not check.running, timeout=30000)
    assert shown == [] and window.context.loaded.path == default_report_path()


CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.yaml")), ids=lambda p: p.name)
def test_every_report_shown_unchecked_builds_a_window(qtbot, path: Path, tmp_path: Path) -> None:
    """Whatever the first frame is shown before its check (the corpus of bad files included) builds the window:
    what validation or the checks would refuse must not break the window before they have said why."""
    from viewer.model.cache import ReportCache
    from viewer.model.unchecked import load_unchecked

    built = load_unchecked(path, ReportCache(tmp_path))
    if built is None:
        return  # loaded the checked way, as before
    window = app_module.make_window(built[0], "zh", _translations())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in window.tab_keys():
        window.set_current_tab(key)
    assert window.context.loaded is built[0]
