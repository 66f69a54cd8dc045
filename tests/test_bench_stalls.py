"""bench/ui_stalls.py runs its long jobs to the end and writes a row for each (it hung on the report PDF's
progress dialog and on drafting, which asked for a file the bench never chose)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def test_the_long_jobs_finish_and_each_has_its_row(tmp_path):
    from make_large_report import write_large_report

    write_large_report(tmp_path / "report", 100)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               REPORT_VIEWER_STATE_DIR=str(tmp_path / "state"))
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "ui_stalls.py"), "--dir", str(tmp_path / "report"),
                           "--only", "pdf", "--only", "draft", "--timeout", "120", "--long-timeout", "240"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    for name in ("report PDF (long job)", "draft from a 400 kB text (long job)"):
        assert "error" not in out[name] and out[name]["stall_ms"] >= 0, (name, out[name])
    assert "file dialog" not in proc.stderr
    assert (tmp_path / "report" / "large.yaml").is_file()
