"""How costs grow with the report: one report per run, in its own process (bench/run.py, section ``growth``).

``python bench/growth.py REPORT [--pdf] [--window]`` prints one JSON object (milliseconds, KiB):

- ``validate_ms``: load_report without a cache (read, parse, validate, check quotes), as ``validate`` does;
- ``first_open_ms``: the same through an empty cache (the entry written too), then the window built and shown
  until it has settled (bench/ui_probe.py); ``reopen_ms``: the same again from the cache, in a new window; both
  windows start on the Overview (settings of the run's own, as on a first start);
- ``pdf_ms``, ``pdf_pages``: the whole-report PDF in memory (viewer.charts.report_pdf), with ``--pdf``;
- ``peak_rss_kib``: the process's peak resident memory at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report", type=Path)
    parser.add_argument("--pdf", action="store_true")
    parser.add_argument("--window", action="store_true")
    args = parser.parse_args()

    from viewer.model.cache import ReportCache
    from viewer.model.loader import load_report

    out: dict = {}
    start = time.perf_counter()
    loaded = load_report(args.report)
    out["validate_ms"] = round((time.perf_counter() - start) * 1000.0, 1)
    del loaded
    cache = ReportCache(tempfile.mkdtemp(prefix="bench-growth-"))
    if args.window:
        from ui_probe import Probe
        from workers import _close, isolated_app, own_settings

        from viewer.ui.app.run import make_window

        isolated_app()
        own_settings(Path(tempfile.mkdtemp(prefix="bench-growth-settings-")))  # every open starts on the Overview
        probe = Probe()
        for key in ("first_open_ms", "reopen_ms"):
            holder: dict = {}

            def open_window(holder=holder) -> None:
                holder["window"] = make_window(load_report(args.report, cache), "zh")
                holder["window"].show()
            out[key] = probe.measure(open_window)["settled_ms"]
            _close(holder["window"])
    if args.pdf:
        from viewer.charts.qtapp import ensure_headless_app
        from viewer.charts.report_pdf import report_pdf_bytes

        ensure_headless_app()
        loaded = load_report(args.report, cache)
        start = time.perf_counter()
        _data, pages = report_pdf_bytes(loaded)
        out["pdf_ms"] = round((time.perf_counter() - start) * 1000.0, 1)
        out["pdf_pages"] = pages
    with open("/proc/self/status", encoding="ascii") as fh:
        out["peak_rss_kib"] = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
