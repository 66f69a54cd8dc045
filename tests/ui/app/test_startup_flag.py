"""`report-viewer --startup-report`: opens the window, prints ms from process start to its first paint, exits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from tests.conftest import isolated_env
from viewer.ui.app.startup import FirstPaintReporter, process_age_ms

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_startup_report_prints_a_positive_number_and_exits(tmp_path: Path, temporary_cache_dir: Path) -> None:
    env = isolated_env(tmp_path)
    figures = []
    for _ in range(2):  # the first run fills the report cache, the second opens from it
        result = subprocess.run([sys.executable, "-m", "viewer", "--startup-report"], capture_output=True, text=True,
                                cwd=ROOT, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        figures.append(float(result.stdout.strip().splitlines()[-1]))
    assert all(0 < f < 120_000 for f in figures)
    # The window loaded the bundled report through the cache in REPORT_VIEWER_CACHE_DIR.
    assert [p for p in temporary_cache_dir.iterdir() if p.suffix == ".json"]


def test_process_age_is_positive_and_grows() -> None:
    first = process_age_ms()
    assert first > 0
    assert process_age_ms() >= first


def test_reporter_records_the_first_paint(qtbot, capsys: pytest.CaptureFixture[str]) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("x"))
    qtbot.addWidget(window)
    reporter = FirstPaintReporter(window, quit_after=False)
    assert reporter.elapsed_ms is None
    window.show()
    qtbot.waitUntil(lambda: reporter.elapsed_ms is not None)
    assert reporter.elapsed_ms > 0
    assert capsys.readouterr().out.strip() == f"{reporter.elapsed_ms:.1f}"
