"""A drafted report opens with charts in the Statistics tab and exports them; a report with nothing a chart
can show says so instead of a blank page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage

from tests.charts.conftest import open_statistics_tab
from tests.model.draft_samples.classes import CLASS_SAMPLES
from viewer.cli import main
from viewer.model.draft import draft_file
from viewer.model.loader import LoadedReport, load_report
from viewer.model.paths import data_dir
from viewer.ui.context import AppContext
from viewer.ui.statistics.tab import StatisticsTab

pytestmark = pytest.mark.usefixtures("qt_user_paths")
FUJIAN_TEXT = data_dir() / "sources" / "fujian-2023-industry-it-work-conference.txt"


def _drafted(folder: Path, name: str, text: str) -> LoadedReport:
    source = folder / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    return load_report(draft_file(source).yaml_path)


def test_a_drafted_fujian_report_opens_with_every_chart(qtbot, tmp_path: Path):
    drafted = _drafted(tmp_path, "fujian", FUJIAN_TEXT.read_text(encoding="utf-8"))
    tab = open_statistics_tab(qtbot, drafted)
    assert tab.list.count() == 7 and tab.view.chart is not None
    assert not tab.no_charts.isVisible() and tab.export_all_action.isEnabled()


@pytest.mark.parametrize("sample", CLASS_SAMPLES, ids=lambda s: s.name)
def test_drafted_samples_open_with_charts_and_export_them(qtbot, tmp_path: Path, capsys, sample):
    drafted = _drafted(tmp_path, sample.name, sample.text)
    tab = open_statistics_tab(qtbot, drafted, "en")
    assert tab.view.chart is not None and not tab.no_charts.isVisible()
    out = tmp_path / "charts"
    assert main(["export", "--report", str(drafted.path), "--out", str(out), "--format", "png,csv",
                 "--size", "640x400"]) == 0
    written = sorted(out.iterdir())
    assert len(written) == 2 * tab.list.count()
    image = QImage()
    assert image.loadFromData(QByteArray(next(p for p in written if p.suffix == ".png").read_bytes()), "PNG")
    assert capsys.readouterr().out


def test_a_report_with_nothing_to_chart_says_so(qtbot, mini: LoadedReport):
    bare = replace(mini, report=replace(mini.report, facts=(), honours=(), enterprises=()))
    tab = StatisticsTab(AppContext(bare, "en"))
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.no_charts.isVisible())
    assert "no figures a chart can show" in tab.no_charts.text()
    assert not tab.splitter.isVisible() and not tab.export_all_action.isEnabled()
