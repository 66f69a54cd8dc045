"""The sections of `make bench` that measure how the window feels on big reports (bench/run.py's Bench):

- ``stalls``: the longest UI-thread stall and the settled time of each action on the 10k-fact report
  (bench/ui_stalls.py, bench/ui_probe.py);
- ``growth``: 1k / 10k / 40k facts (validate, first open, reopen, report PDF, peak RSS) and the report PDF's
  time per page from the bundled report and 100 facts to 10k facts and a one-line source (bench/growth.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable


class FeelSections:
    """Mixed into Bench: uses its run(), add(), work and large_folder()."""

    work: Path
    extra: dict
    growth_facts: tuple[int, ...] = (1_000, 10_000, 40_000)
    pdf_facts: tuple[int, ...] = (100, 1_000, 10_000)  # the first is the per-page baseline
    line_facts = 3_000  # a one-line source of about 1 MB

    def stalls(self) -> None:
        """The longest UI stall of each action on the large report (bench/ui_stalls.py), and its settled time."""
        folder = self.large_folder()
        # Exit 3: an action hung; the results so far (it as an error) are still printed.
        _, out = self.run([PY, str(HERE / "ui_stalls.py"), "--dir", str(folder)], timeout=3600, ok=(0, 3))
        r = json.loads(out.strip().splitlines()[-1])
        for name, m in r.items():
            if not isinstance(m, dict):
                continue
            if "error" in m:
                self.add("stalls", f"{name} ({m['error']})", float("nan"), None, goal="<100 ms")
                self.rows[-1]["met"] = False
                continue
            settled = m["settled_ms"] if m["settled_ms"] < 10_000 else m["settled_ms"] / 1000.0
            unit = "ms" if m["settled_ms"] < 10_000 else "s"
            self.add("stalls", f"{name} (settled {settled:.0f} {unit})", m["stall_ms"], None, goal="<100 ms")
        self.extra["stalls"] = r

    def growth(self) -> None:
        """1k / 10k / 40k facts: validate, first open, reopen, report PDF, peak RSS; PDF ms per page from the
        bundled report and 100 facts to 10k facts and a one-line source."""
        from make_large_report import write_large_report as write

        rows = {}
        for facts in self.growth_facts:
            path = write(self.work / f"growth-{facts}", facts)
            _, out = self.run([PY, str(HERE / "growth.py"), str(path), "--window", "--pdf"], timeout=3600)
            r = rows[facts] = json.loads(out.strip().splitlines()[-1])
            mb = (path.stat().st_size + (path.parent / "large-source.txt").stat().st_size) / 2**20
            for key, what in (("validate_ms", "validate"), ("first_open_ms", "first open (empty cache) to settled"),
                              ("reopen_ms", "reopen (cache) to settled"), ("pdf_ms", "report PDF")):
                self.add("growth", f"{facts:,} facts ({mb:.1f} MB): {what}", r[key], None)
            self.add("growth", f"{facts:,} facts: peak RSS", r["peak_rss_kib"] / 1024, None, unit="MiB")
            rows[facts]["mb"] = mb
        per_page: dict[str, float] = {}
        pdf_runs: dict[str, dict] = {"bundled": self.pdf_run(ROOT / "data" / "fujian-2023.yaml")}
        for facts in self.pdf_facts:
            name = f"{facts:,} facts"
            pdf_runs[name] = rows[facts] if facts in rows else self.pdf_run(write(self.work / f"growth-{facts}", facts))
        line = write(self.work / "growth-line", self.line_facts, one_line=True)
        line_mb = (line.parent / "large-source.txt").stat().st_size / 2**20
        pdf_runs[f"{self.line_facts:,} facts, one-line source of {line_mb:.1f} MB"] = self.pdf_run(line)
        for name, r in pdf_runs.items():
            per_page[name] = r["pdf_ms"] / r["pdf_pages"]
        base_name = f"{self.pdf_facts[0]:,} facts"
        for name, value in per_page.items():
            if name == "bundled":
                self.add("growth", f"report PDF per page: bundled ({pdf_runs[name]['pdf_pages']} pages)", value, None)
                continue
            self.add("growth", f"report PDF per page: {name} ({pdf_runs[name]['pdf_pages']} pages)", value,
                     per_page[base_name], goal="" if name == base_name else "<=1.5x",
                     base_what=f"{base_name}, per page")
        big = f"{self.pdf_facts[-1]:,} facts"
        self.add("growth", f"report PDF per page: {big} against the bundled report's", per_page[big],
                 per_page["bundled"], goal="<=10x", base_what="bundled report, per page")
        self.extra["growth"] = {"rows": {str(k): v for k, v in rows.items()}, "pdf_ms_per_page": per_page}

    def pdf_run(self, path: Path) -> dict:
        """bench/growth.py --pdf on one report: {pdf_ms, pdf_pages, ...}."""
        _, out = self.run([PY, str(HERE / "growth.py"), str(path), "--pdf"], timeout=3600)
        return json.loads(out.strip().splitlines()[-1])
