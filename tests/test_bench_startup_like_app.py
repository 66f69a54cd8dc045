"""bench/ui_stalls.py starts the window as the app does: PySide6's ``__feature__`` check reads no module's source
(viewer.ui.app.pyside_features, called by viewer.cli). Without it the bench's window kept the source lines of
every module imported after PySide6 (about 500 files, 20 MiB of the memory row) that the app never holds."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent("""
    import linecache, sys
    sys.path.insert(0, "bench")
    import ui_stalls  # noqa: F401
    import json.tool, pydoc  # imported after PySide6, as the window's modules are
    print(sorted(f for f in linecache.cache if f.endswith(("json/tool.py", "pydoc.py"))))
""")


def test_the_stalls_bench_reads_no_module_source_as_the_app_does() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
