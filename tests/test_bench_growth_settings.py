"""bench/growth.py's windows keep their settings to the run: Qt's test-mode settings are one file for every process
on the machine, and the window starts on the tab last saved there, so the growth rows' opens built the Overview in
one run and a cheap tab in another (the 10k report's reopen to settled 0.76 s or 2.5 s)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_growth_windows_neither_read_nor_write_the_shared_settings(tmp_path):
    home = tmp_path / "home"
    shared = home / ".qttest" / "config" / "IndustryReportViewer" / "report-viewer.conf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(tmp_path / "config"),
               REPORT_VIEWER_STATE_DIR=str(tmp_path / "state"), TMPDIR=str(tmp_path))
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "growth.py"), str(ROOT / "data" / "fujian-2023.yaml"),
                           "--window"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["reopen_ms"] > 0
    assert not shared.exists()  # the windows closed: their tab was saved in the run's own settings
    saved = [p for p in tmp_path.glob("bench-growth-settings-*/**/*") if p.is_file()]
    assert saved and "tab=" in saved[0].read_text()
