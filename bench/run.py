"""`make bench`: the performance goals of the viewer, each as a ratio against a baseline from the same run.

Sections (see the README's "Performance" section for a table from a real run):

1. start-up    `report-viewer --startup-report` (process start to first paint of the main window with the
               bundled report), warm (report cache filled) and cold (empty cache), and the default start (the
               Library view) vs bench/floor_window.py (bare QMainWindow + one pyqtgraph PlotWidget; goal <= 0.6x)
               and vs a bare QMainWindow (goal <= 1.5x).
2. export      `report-viewer export` of every chart (PNG 1600x1000, PNG A5 at 300 dpi, SVG) vs
               bench/matplotlib_charts.py, whole process and in-process per chart; goal <= 0.7x.
3. large       a ~10 MB synthetic report (bench/make_large_report.py): first open + every tab shown vs a bare
               CSafeLoader parse (goal <= 1.2x); reopen (cache) vs json.load of the same data (goal <= 3x);
               sort/filter/scroll and a search keystroke, medians (goal < 50 ms).
4. memory      peak RSS of the GUI with the bundled report vs the floor's (goal <= 1.3x); RSS of the window on
               the large report after every tab was shown, cold and warm cache (goal <= 1.5x the floor's);
               peak RSS of `validate` of the large report less the interpreter's vs the file's size (goal <= 6x).
5. interaction tab switch and checklist change on the bundled report through the event loop (goal < 16 ms).
6. library     a synthetic library of 500 reports (bench/make_library.py; drafted-size and bundled-size mixed):
               indexing (cold, stated; a refresh with nothing changed), the Library view opened with a warm
               index (goal < 1 s, also the whole start-up on it), a search keystroke across the library (median,
               goal < 50 ms), a comparison chart across every report (goal < 100 ms), indexing one new report by
               its size (time per byte, largest vs smallest: goal <= 1.5x, i.e. linear), peak allocations while
               indexing all reports vs the first 50 (goal <= 1.5x: bounded) and the window's peak RSS (stated).
7. stalls      the longest UI-thread stall (gap between event-loop turns) of each action on the large report
               (bench/ui_stalls.py; goal < 100 ms), with the time until it has settled (nothing painted or
               pending for 300 ms) in its name.
8. growth      1k / 10k / 40k facts: validate, first open and reopen to settled, report PDF, peak RSS (stated);
               report PDF time per page vs the bundled report's (goal <= 1.5x: linear), one-line source too.

Figures are medians over ``--reps`` runs (default 5, at most 3 for the large report; ``--quick``: 2);
every child process gets its own settings, state and cache folders under one temporary folder, and the
report cache is warm unless a figure says "first". Prints a table and writes bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
sys.path.insert(0, str(HERE))

from feel import FeelSections  # noqa: E402
from make_large_report import write_large_report  # noqa: E402
from make_library import write_library  # noqa: E402

EXPORT_VARIANTS = {  # name -> (viewer export options, matplotlib options)
    "png 1600x1000": (["--format", "png", "--size", "1600x1000"], ["--format", "png", "--size", "1600x1000"]),
    "png A5 300 dpi": (["--format", "png", "--width-cm", "21", "--height-cm", "14.8", "--dpi", "300"],
                       ["--format", "png", "--size", "2480x1748", "--dpi", "300"]),
    "svg": (["--format", "svg", "--size", "1600x1000"], ["--format", "svg", "--size", "1600x1000"]),
}


class Bench(FeelSections):
    def __init__(self, reps: int, work: Path) -> None:
        self.reps = reps
        self.work = work
        self.rows: list[dict] = []
        self.extra: dict = {}
        self.env = dict(os.environ)
        self.env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "PYQTGRAPH_QT_LIB": "PySide6",
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_DATA_HOME": str(work / "data"),
            "XDG_CACHE_HOME": str(work / "cache"),
            "REPORT_VIEWER_CACHE_DIR": str(work / "report-cache"),
            "REPORT_VIEWER_STATE_DIR": str(work / "state"),
            "MPLCONFIGDIR": str(work / "mpl"),
            "PYTHONDONTWRITEBYTECODE": "0",
        })

    # --- running children --------------------------------------------------------------------------

    def run(self, args: list[str], timeout: float = 300, ok: tuple[int, ...] = (0,)) -> tuple[float, str]:
        """(wall ms, stdout) of one child process; raises when it fails (exits with a code not in ``ok``)."""
        start = time.perf_counter()
        proc = subprocess.run(args, cwd=ROOT, env=self.env, capture_output=True, timeout=timeout, check=False)
        wall = (time.perf_counter() - start) * 1000.0
        if proc.returncode not in ok:
            raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr.decode(errors='replace')}")
        return wall, proc.stdout.decode()

    def run_rss(self, args: list[str]) -> tuple[str, int]:
        """stdout and peak RSS (KiB) of one child process, taken by bench/peak_rss.py: a child forked from the
        bench itself would start from the bench's own size (Linux keeps the highest RSS across exec)."""
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            try:
                os.chdir(ROOT)
                out = os.open(str(self.work / "rss-out.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(out, 1)
                os.dup2(null, 2)
                os.execve(PY, [PY, str(HERE / "peak_rss.py"), str(self.work / "rss-peak.txt"), *args], self.env)
            finally:
                os._exit(127)
        _, status, _usage = os.wait4(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(args)} failed")
        return (self.work / "rss-out.txt").read_text(), int((self.work / "rss-peak.txt").read_text())

    def worker(self, name: str, *extra: str, reps: int | None = None) -> dict:
        reps = self.reps if reps is None else reps
        _, out = self.run([PY, str(HERE / "workers.py"), name, "--reps", str(reps), *extra], timeout=900)
        return json.loads(out.strip().splitlines()[-1])

    def add(self, section: str, what: str, value: float, baseline: float | None, unit: str = "ms",
            goal: str = "", base_what: str = "") -> None:
        ratio = value / baseline if baseline else None
        met = None
        if goal.startswith("<=") and ratio is not None and goal.endswith("x"):
            met = ratio <= float(goal[2:-1])
        elif goal.startswith("<") and unit == "ms":
            met = value < float(goal[1:].split()[0])
        self.rows.append({"section": section, "what": what, "value": round(value, 1), "unit": unit,
                          "baseline": None if baseline is None else round(baseline, 1), "baseline_what": base_what,
                          "ratio": None if ratio is None else round(ratio, 3), "goal": goal, "met": met})
        self.print_row(self.rows[-1])

    @staticmethod
    def print_row(r: dict) -> None:
        base = "" if r["baseline"] is None else f"{r['baseline']:>9.1f}"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        met = {True: "yes", False: "NO", None: ""}[r["met"]]
        print(f"{r['section']:<12} {r['what']:<44} {r['value']:>9.1f} {r['unit']:<3} {base:>9} {ratio:>7} "
              f"{r['goal']:<9} {met}", flush=True)

    # --- sections ------------------------------------------------------------------------------------

    def startup(self) -> None:
        """Warm starts (the report cache holds the report), cold starts (an empty cache: the report is parsed,
        validated and checked, as on a first run or after an upgrade or an edit), against the floor windows."""
        default = [PY, "-m", "viewer", "--startup-report"]
        named = [*default, str(ROOT / "data" / "fujian-2023.yaml")]
        floor = [PY, str(HERE / "floor_window.py")]
        bare = [*floor, "--bare"]
        runs: dict[str, list[float]] = {"default": [], "named": [], "cold": [], "floor": [], "bare": []}
        walls: dict[str, list[float]] = {"default": [], "floor": []}
        self.run(default)  # warm-up: the report cache, the OS file cache
        self.run(named)
        self.run(floor)
        self.run(bare)
        cache = self.env["REPORT_VIEWER_CACHE_DIR"]
        for i in range(self.reps):  # interleaved, so drift in machine load hits all alike
            for name, cmd in (("default", default), ("named", named), ("floor", floor), ("bare", bare)):
                wall, out = self.run(cmd)
                runs[name].append(float(out.split()[-1]))
                if name in walls:
                    walls[name].append(wall)
            self.env["REPORT_VIEWER_CACHE_DIR"] = str(self.work / f"cold-cache-{i}")  # empty: a first start
            try:
                runs["cold"].append(float(self.run(named)[1].split()[-1]))
            finally:
                self.env["REPORT_VIEWER_CACHE_DIR"] = cache
        med = {name: statistics.median(values) for name, values in runs.items()}
        floor_what, bare_what = "bare QMainWindow + PlotWidget", "bare QMainWindow"
        self.add("start-up", "first paint, warm, bundled report named (process age)", med["named"], med["floor"],
                 goal="<=0.6x", base_what=floor_what)
        self.add("start-up", "  same against a bare QMainWindow", med["named"], med["bare"], goal="<=1.5x",
                 base_what=bare_what)
        self.add("start-up", "first paint, cold (empty report cache), bundled report", med["cold"], med["floor"],
                 goal="<=0.6x", base_what=floor_what)
        self.add("start-up", "first paint, warm, default start (Library view)", med["default"], med["floor"],
                 goal="<=0.6x", base_what=floor_what)
        self.add("start-up", "  same against a bare QMainWindow", med["default"], med["bare"], goal="<=1.5x",
                 base_what=bare_what)
        self.add("start-up", "  default start, wall clock to exit (for reference)",
                 statistics.median(walls["default"]), statistics.median(walls["floor"]), base_what="floor, wall clock")
        self.add("start-up", "  bare QMainWindow, no pyqtgraph (reference)", med["bare"], med["floor"],
                 base_what=floor_what)

    def export(self) -> None:
        out_v, out_m = self.work / "export-viewer", self.work / "export-mpl"
        for name, (v_opts, m_opts) in EXPORT_VARIANTS.items():
            viewer = [PY, "-m", "viewer", "export", "--out", str(out_v), "--force", *v_opts]
            mpl = [PY, str(HERE / "matplotlib_charts.py"), "--out", str(out_m), *m_opts]
            self.run(viewer)  # warm-up (matplotlib builds its font cache on its first run)
            self.run(mpl)
            vs, ms_ = [], []
            for _ in range(self.reps):
                vs.append(self.run(viewer)[0])
                ms_.append(self.run(mpl)[0])
            self.add("export", f"whole process, all charts, {name}", statistics.median(vs), statistics.median(ms_),
                     goal="<=0.7x", base_what="matplotlib script")
        per_chart = self.worker("export")
        for name, rows in per_chart.items():
            label = {"png": "png 1600x1000", "png-a5-300dpi": "png A5 300 dpi", "svg": "svg"}[name]
            v = sum(r["viewer_ms"] for r in rows)
            m = sum(r["matplotlib_ms"] for r in rows)
            self.add("export", f"in-process, sum of {len(rows)} charts, {label}", v, m, goal="<=0.7x",
                     base_what="matplotlib in-process")
            worst = max(rows, key=lambda r: r["viewer_ms"] / r["matplotlib_ms"])
            self.add("export", f"  worst chart ({worst['chart']}), {label}", worst["viewer_ms"],
                     worst["matplotlib_ms"], goal="<=0.7x", base_what="matplotlib in-process")
        self.extra = getattr(self, "extra", {})
        self.extra["export_per_chart"] = per_chart

    def large(self) -> None:
        folder = self.large_folder()
        # Each first open of the large report takes seconds: at most 3 runs keep `make bench` near 5 minutes.
        r = self.worker("large", "--dir", str(folder), reps=min(self.reps, 3))
        mb = (r["report_bytes"] + r["source_bytes"]) / 2**20
        self.add("large", f"first open + every tab ({mb:.1f} MB)", r["first_open_all_tabs_ms"], r["csafe_ms"],
                 goal="<=1.2x", base_what="yaml CSafeLoader parse")
        if "csafe_no_gc_ms" in r:
            self.add("large", "  same against the parse with garbage collection off", r["first_open_all_tabs_ms"],
                     r["csafe_no_gc_ms"], base_what="yaml CSafeLoader parse, collector off")
        self.add("large", "reopen (from the cache)", r["reopen_model_ms"], r["json_ms"], goal="<=3x",
                 base_what="json.load of the same data")
        if "json_no_gc_ms" in r:
            self.add("large", "  same against json.load with garbage collection off", r["reopen_model_ms"],
                     r["json_no_gc_ms"], base_what="json.load of the same data, collector off")
        self.add("large", "  reopen + every tab shown", r["reopen_all_tabs_ms"], r["json_ms"],
                 base_what="json.load of the same data")
        for key, what in (("sort_ms", "sort enterprise table"), ("filter_ms", "filter enterprise table"),
                          ("scroll_ms", "scroll enterprise table"), ("task_filter_ms", "filter task tree"),
                          ("search_keystroke_ms", "search keystroke")):
            self.add("large", f"{what} ({r['rows']} rows)" if key == "sort_ms" else what, r[key], None, goal="<50 ms")
        self.extra = getattr(self, "extra", {})
        self.extra["large"] = r

    def large_folder(self) -> Path:
        folder = self.work / "large"
        if not (folder / "large.yaml").is_file():
            write_large_report(folder)
        return folder

    def memory(self) -> None:
        """Peak RSS of the window (bundled report), of the window on the large report after every tab has been
        shown (cold and warm cache), and of ``validate`` against the file's size, each against its floor."""
        app = [PY, "-m", "viewer", "--startup-report", str(ROOT / "data" / "fujian-2023.yaml")]
        floor = [PY, str(HERE / "floor_window.py")]
        apps, floors = [], []
        for _ in range(max(2, self.reps // 2)):
            apps.append(self.run_rss(app)[1])
            floors.append(self.run_rss(floor)[1])
        floor_mib = statistics.median(floors) / 1024
        self.add("memory", "peak RSS, bundled report", statistics.median(apps) / 1024, floor_mib,
                 unit="MiB", goal="<=1.3x", base_what="floor window")
        folder = self.large_folder()
        large = folder / "large.yaml"
        tabs = [PY, str(HERE / "ui_stalls.py"), "--dir", str(folder), "--rss", "--cache", str(self.work / "rss-cache")]
        for label in ("cold", "warm"):  # the first run fills the cache the second reads
            rss = json.loads(self.run(tabs, timeout=900)[1].strip().splitlines()[-1])
            self.add("memory", f"RSS after every tab shown, large report ({label} cache)", rss["rss_kib"] / 1024,
                     floor_mib, unit="MiB", goal="<=1.5x", base_what="floor window (peak)")
            self.add("memory", f"  peak RSS of the same ({label})", rss["peak_kib"] / 1024, floor_mib, unit="MiB",
                     base_what="floor window (peak)")
        base = statistics.median(self.run_rss([PY, "-m", "viewer", "validate", "-q",
                                              str(ROOT / "data" / "fujian-2023.yaml")])[1] for _ in range(2)) / 1024
        peak = self.run_rss([PY, "-m", "viewer", "validate", "-q", str(large)])[1] / 1024
        size = large.stat().st_size / 2**20
        self.add("memory", f"validate, large report ({size:.1f} MiB): peak RSS less the interpreter's",
                 peak - base, size, unit="MiB", goal="<=6x",
                 base_what=f"file size (interpreter + modules: {base:.0f} MiB, validate of the bundled report)")

    def library(self) -> None:
        folder = self.work / "library"
        write_library(folder / "reports")
        r = self.worker("library", "--dir", str(folder), reps=min(self.reps, 3))
        n = r["reports"]
        self.add("library", f"index {n} reports, cold (stated)", r["cold_index_ms"], None)
        self.add("library", "  refresh, nothing changed", r["warm_refresh_ms"], None)
        self.add("library", f"open the Library view, warm index ({r['listed']} reports)", r["open_first_ms"], None,
                 goal="<1000 ms")
        self.add("library", "  open it again", r["open_ms"], None, goal="<1000 ms")
        # The whole start on the library: process start to the first frame of the Library view (warm index).
        env = dict(self.env, REPORT_VIEWER_LIBRARY_DIR=str(folder / "reports"),
                   REPORT_VIEWER_LIBRARY_INDEX_DIR=str(folder / "index"))
        app = [PY, "-m", "viewer", "--startup-report"]
        saved, self.env = self.env, env
        try:
            self.run(app)  # warm-up: the bundled reports join the index
            starts = [float(self.run(app)[1].split()[-1]) for _ in range(self.reps)]
            rss = [self.run_rss(app)[1] for _ in range(max(2, self.reps // 2))]
        finally:
            self.env = saved
        self.add("library", "  start-up on the library: first paint (process age)", statistics.median(starts), None,
                 goal="<1000 ms")
        self.add("library", f"search keystroke across {n} reports (median of {r['keystrokes']})",
                 r["search_keystroke_ms"], None, goal="<50 ms")
        self.add("library", f"comparison chart across {n} reports ({r['points']} figures)", r["compare_chart_ms"],
                 None, goal="<100 ms")
        self.add("library", "  both comparisons (years, regions): model and chart definitions", r["compare_model_ms"],
                 None)
        small, big = r["scaled"][0], r["scaled"][-1]
        self.add("library", f"index a new report: ms per MB at {big['bytes'] / 2**20:.1f} MB",
                 big["ms"] / (big["bytes"] / 2**20), small["ms"] / (small["bytes"] / 2**20), unit="ms/MB",
                 goal="<=1.5x", base_what=f"ms per MB at {small['bytes'] / 2**10:.0f} KB")
        m = self.worker("library-memory", "--dir", str(folder), reps=1)["peak_mib"]
        (few, few_mib), (many, many_mib) = sorted(m.items(), key=lambda kv: int(kv[0]))
        self.add("library", f"peak allocations indexing {many} reports", many_mib, few_mib, unit="MiB", goal="<=1.5x",
                 base_what=f"indexing {few}")
        self.add("library", "  peak RSS, window on the library (stated)", statistics.median(rss) / 1024, None,
                 unit="MiB")
        self.extra = getattr(self, "extra", {})
        self.extra["library"] = r

    def interaction(self) -> None:
        r = self.worker("interaction")
        self.add("interaction", "switch tab (tabs built)", r["tab_switch_ms"], None, goal="<16 ms")
        self.add("interaction", "change a checklist item", r["checklist_change_ms"], None, goal="<16 ms")
        for key, value in r["first_visit_ms"].items():
            self.add("interaction", f"  first visit of a tab: {key} (builds it)", value, None)


def machine() -> dict:
    import pyqtgraph
    import PySide6

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu or platform.processor(), "python": platform.python_version(),
            "pyside6": PySide6.__version__, "qt": PySide6.QtCore.qVersion(), "pyqtgraph": pyqtgraph.__version__,
            "platform": platform.platform(), "load_average_at_start": os.getloadavg()}


SECTIONS = ("startup", "export", "large", "memory", "interaction", "library", "stalls", "growth")


def markdown(result: dict) -> str:
    """The README table of a results.json."""
    info = result["machine"]
    lines = [
        f"Machine: {info['nproc']} cores ({info['cpu']}), Python {info['python']}, Qt {info['qt']} "
        f"(PySide6 {info['pyside6']}), pyqtgraph {info['pyqtgraph']}, offscreen; {result['reps']} runs per figure "
        f"(medians), {result['seconds']:.0f} s in all.",
        "",
        "| section | measure | value | baseline (same run) | ratio | goal | met |",
        "| --- | --- | ---: | --- | ---: | --- | --- |",
    ]
    for r in result["rows"]:
        base = "" if r["baseline"] is None else f"{r['baseline']:.1f} {r['unit']} ({r['baseline_what']})"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        met = {True: "yes", False: "**no**", None: ""}[r["met"]]
        lines.append(f"| {r['section']} | {r['what'].strip()} | {r['value']:.1f} {r['unit']} | {base} | {ratio} "
                     f"| {r['goal']} | {met} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 runs per figure instead of 5")
    parser.add_argument("--reps", type=int, help="runs per figure (default 5, 2 with --quick)")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run only this section (repeatable)")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--markdown", type=Path, metavar="RESULTS",
                        help="print the README table of a results.json instead of running")
    args = parser.parse_args(argv)
    if args.markdown:
        print(markdown(json.loads(args.markdown.read_text(encoding="utf-8"))))
        return 0
    reps = args.reps or (2 if args.quick else 5)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="report-viewer-bench-") as tmp:
        bench = Bench(reps, Path(tmp))
        info = machine()
        print(f"machine: {info['nproc']} x {info['cpu']}, Python {info['python']}, Qt {info['qt']} "
              f"(PySide6 {info['pyside6']}), pyqtgraph {info['pyqtgraph']}; {reps} runs per figure")
        print(f"{'section':<12} {'measure':<44} {'value':>9} {'':<3} {'baseline':>9} {'ratio':>7} {'goal':<9} met")
        for name in args.only or SECTIONS:
            getattr(bench, name)()
        result = {"machine": info, "reps": reps, "seconds": round(time.perf_counter() - started, 1),
                  "rows": bench.rows, "details": getattr(bench, "extra", {})}
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({result['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
