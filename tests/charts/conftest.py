"""Fixtures for the chart tests: the bundled report and two small reports written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from tests.charts.many import write_many_items_report
from viewer.model.loader import LoadedReport, load_report
from viewer.model.paths import default_report_path

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def fujian() -> LoadedReport:
    """The bundled Fujian 2023 report."""
    return load_report(default_report_path())


@pytest.fixture(scope="session")
def mini() -> LoadedReport:
    """A small report on part of the Fujian text, written for these tests."""
    return load_report(DATA / "mini.yaml")


@pytest.fixture(scope="session")
def second() -> LoadedReport:
    """Another small report (another city and year, a negative growth rate, no honours)."""
    return load_report(DATA / "second.yaml")


@pytest.fixture(scope="session")
def many(tmp_path_factory) -> LoadedReport:
    """A synthetic report with 250 items in every chart (500 national ranks): far more than a chart draws."""
    return load_report(write_many_items_report(tmp_path_factory.mktemp("many"), 250))


@pytest.fixture
def qt_user_paths(tmp_path, tmp_path_factory, monkeypatch) -> None:
    """Qt's user folders and settings, and the checklist state, in temporary places (for the window's tabs)."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("settings")))
    monkeypatch.setenv("REPORT_VIEWER_STATE_DIR", str(tmp_path / "state"))


def open_statistics_tab(qtbot, loaded: LoadedReport, lang: str = "zh"):
    """A Statistics tab on ``loaded``, shown at a usual size, once its chart list is filled."""
    from viewer.ui.context import AppContext
    from viewer.ui.statistics.tab import StatisticsTab

    tab = StatisticsTab(AppContext(loaded, lang))
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.list.count() > 0)
    return tab
