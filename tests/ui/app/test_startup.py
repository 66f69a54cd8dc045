"""Start-up: the first window paints without pyqtgraph; a broken report on start falls back to the bundled one."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.errors import ReportError
from viewer.model.paths import default_report_path
from viewer.ui.app import run as app_module
from viewer.ui.window import dialogs

ROOT = Path(__file__).resolve().parents[3]


def test_first_window_does_not_import_pyqtgraph(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QSettings, QStandardPaths
        from PySide6.QtWidgets import QApplication
        QStandardPaths.setTestModeEnabled(True)
        app = QApplication([])
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        from viewer.model.loader import load_report
        from viewer.model.paths import default_report_path
        from viewer.ui.app.run import make_window, setup_application
        from viewer.ui.common.i18n import Translations
        setup_application(app)
        window = make_window(load_report(default_report_path()), "zh", Translations())
        window.show()
        app.processEvents()
        print(window.current_tab_key())
        print(sorted(m for m in sys.modules if m.startswith(("pyqtgraph", "viewer.ui.statistics.tab"))))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines == ["overview", "[]"]


def test_broken_report_on_start_shows_problems_then_opens_the_bundled_one(tmp_path: Path, monkeypatch) -> None:
    shown: list[ReportError] = []
    monkeypatch.setattr(dialogs, "show_report_error", lambda error, parent=None, note="": shown.append(error))
    broken = write_mini_report(tmp_path, MINI_REPORT.replace("    unit: \"%\"\n", "    unit: \"%%\"\n"))
    loaded = app_module.load_first_report(str(broken))
    assert loaded is not None
    assert loaded.path == default_report_path()
    assert len(shown) == 1 and "facts[0].unit" in str(shown[0])


def test_good_report_on_start_is_opened(mini_report_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "show_report_error", lambda *a, **k: pytest.fail("no dialog expected"))
    loaded = app_module.load_first_report(str(mini_report_path))
    assert loaded is not None and loaded.report.meta.id == "mini-2024"


def test_bundled_font_is_the_application_font(qapp) -> None:
    from viewer.charts.font import register_bundled_font

    family = app_module.setup_application(qapp)
    assert family is not None and family == register_bundled_font()
    assert qapp.font().families()[0] == family
