"""UI test fixtures: isolated settings, translators removed after each test, windows over small reports.

Every test gets its own QSettings folder in tmp_path and QStandardPaths test mode, so nothing reads or
writes the real user's settings or recent-file list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.loader import LoadedReport, load_report
from viewer.model.paths import default_report_path
from viewer.ui.app.run import make_window, setup_application
from viewer.ui.common.i18n import Translations
from viewer.ui.window.main_window import MainWindow

# The small report of tests/conftest.py plus an honour, so every table of the window has rows.
UI_REPORT = MINI_REPORT + """\
honours:
  - id: key-projects
    title: {zh: 重点项目荣誉, en: Key project honour}
    count_fact: projects-done
    rank_fact: growth-rank
"""

# Labels that look like markup: they must show literally, never as bold text or an image.
HTML_NAME = "<img src=x>"
HTML_LABEL = "<b>增长</b>"
HTML_REPORT = UI_REPORT.replace(
    "name: {zh: 星海电子, en: Xinghai Electronics}", f'name: {{zh: "{HTML_NAME}", en: "{HTML_NAME}"}}'
).replace(
    "label: {zh: 规上工业增加值增长, en: Industrial value added growth}",
    f'label: {{zh: "{HTML_LABEL}", en: "{HTML_LABEL}"}}',
)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """QSettings in a temporary folder, standard paths in test mode; translators removed afterwards."""
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    setup_application(qapp)
    yield folder
    # The pointer is application-wide too: a test that moved it over a widget would leave the next test's window
    # under it, and a view under the pointer paints live and keeps no cached picture (hover feedback).
    QCursor.setPos(-10_000, -10_000)
    # Translators are application-wide: leave none behind for the next test.
    for translations in _translations:
        translations.remove()
    _translations.clear()


_translations: list[Translations] = []


@pytest.fixture
def ui_report_path(tmp_path: Path) -> Path:
    """The small second report (two tasks, three facts, one enterprise, one honour)."""
    return write_mini_report(tmp_path / "ui-report", UI_REPORT)


@pytest.fixture
def html_report_path(tmp_path: Path) -> Path:
    """The small report with markup-like labels."""
    return write_mini_report(tmp_path / "html-report", HTML_REPORT)


@pytest.fixture(params=["bundled", "small"])
def any_report(request: pytest.FixtureRequest, tmp_path: Path) -> LoadedReport:
    """Each test using this runs with the bundled Fujian report and with the small second report."""
    if request.param == "bundled":
        return load_report(default_report_path())
    return load_report(write_mini_report(tmp_path / "ui-report", UI_REPORT))


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_main_window(qtbot) -> WindowFactory:
    """Build a shown main window over a report (a LoadedReport or a path) in a language."""

    def build(
        report: LoadedReport | Path | str | None = None, lang: str = "zh", size: tuple[int, int] | None = (1280, 820)
    ) -> MainWindow:
        loaded = report if isinstance(report, LoadedReport) else load_report(report or default_report_path())
        translations = Translations()
        window = make_window(loaded, lang, translations)
        _translations.append(translations)
        qtbot.addWidget(window)
        if size is not None:  # None: keep the geometry the window restored from its settings
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return build
