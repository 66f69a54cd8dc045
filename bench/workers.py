"""In-process measurements of `make bench`, each run in its own subprocess by bench/run.py.

``python bench/workers.py NAME --reps N [--dir DIR]`` prints one JSON object of timings (milliseconds) to
stdout. Workers: ``export`` (per chart, viewer vs matplotlib), ``large`` (open/reopen/tables/search on the
large synthetic report in DIR), ``interaction`` (tab switches and checklist changes on the bundled report),
``library`` and ``library-memory`` (the synthetic library of bench/make_library.py in DIR/reports).
Everything goes through the real objects the app uses (loader, cache, MainWindow, Qt models); UI timings
run through the event loop until the affected widgets have painted.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZES = {  # name -> (width px, height px, dpi); A5 landscape is 21.0 x 14.8 cm
    "png": (1600, 1000, 96.0),
    "png-a5-300dpi": (2480, 1748, 300.0),
    "svg": (1600, 1000, 96.0),
}


def ms(fn: Callable[[], object]) -> float:
    """Milliseconds of ``fn()``; its result is freed after the clock stops (the app keeps what it loads)."""
    start = time.perf_counter()
    result = fn()
    elapsed = (time.perf_counter() - start) * 1000.0
    del result
    return elapsed


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# --- waiting for paint through the event loop ---------------------------------------------------------

class PaintWatch(QObject):
    """Sees the paint events of ``root`` and every widget inside it."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.root = root
        self.painted = False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and (
            watched is self.root or self.root.isAncestorOf(watched)
        ):
            self.painted = True
        return False

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self)


def through_event_loop(root: QWidget, action: Callable[[], object], timeout_ms: int = 10_000) -> float:
    """Milliseconds from ``action()`` until the event loop has painted something inside ``root``."""
    app = QApplication.instance()
    app.processEvents()  # nothing pending before the clock starts
    watch = PaintWatch(root)
    clock = QElapsedTimer()
    try:
        start = time.perf_counter()
        action()
        clock.start()
        while not watch.painted and clock.elapsed() < timeout_ms:
            app.processEvents()
        if not watch.painted:
            raise RuntimeError("nothing was painted")
        return (time.perf_counter() - start) * 1000.0
    finally:
        watch.close()


@contextmanager
def automatic_collection() -> Iterator[None]:
    """Python's automatic garbage collection on for the block, as in a default interpreter; restored after."""
    enabled = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not enabled:
            gc.disable()


def isolated_app() -> QApplication:
    from PySide6.QtCore import QStandardPaths

    from viewer.ui.app.run import setup_application

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    return app


def own_settings(folder: Path) -> None:
    """The window's settings live in ``folder`` for this run. Qt's test-mode settings (``isolated_app``) are one file
    for every process on the machine, and the window starts on the tab it (or any other run, test or helper) was
    last closed on: the growth rows' opens built the Overview in one run and a cheap tab in the next (the 10k
    report's reopen to settled 0.76 s on one, 2.5 s on the other), a stalls run's 'first visit' was a mere switch."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


# --- export --------------------------------------------------------------------------------------------

def work_export(reps: int, _folder: Path | None) -> dict:
    """Per chart and format: viewer (scene -> bytes -> file) vs matplotlib (figure -> file), in-process."""
    import matplotlib_charts as mpl  # bench/matplotlib_charts.py
    from matplotlib import pyplot as plt

    from viewer.charts.definitions import chart_specs
    from viewer.charts.font import register_bundled_font
    from viewer.charts.qtapp import ensure_headless_app
    from viewer.charts.render import render_bytes
    from viewer.charts.sizes import RenderSize
    from viewer.model.loader import load_report
    from viewer.model.paths import default_report_path

    ensure_headless_app()
    register_bundled_font()
    mpl.use_bundled_font()
    specs = chart_specs(load_report(default_report_path()).report, "zh")
    out = Path(tempfile.mkdtemp(prefix="bench-export-"))
    result: dict = {}
    for name, (w, h, dpi) in SIZES.items():
        fmt = "svg" if name == "svg" else "png"
        size = RenderSize(w, h, dpi)
        rows = []
        for spec in specs:
            path = out / f"{spec.id}.{fmt}"

            def viewer_once(spec=spec, path=path, size=size, fmt=fmt) -> None:
                path.write_bytes(render_bytes(spec, size, fmt))

            def mpl_once(spec=spec, path=path, w=w, h=h, dpi=dpi, fmt=fmt) -> None:
                fig = mpl.draw(spec, w, h, dpi)
                fig.savefig(path, dpi=dpi, format=fmt)
                plt.close(fig)

            viewer_once()  # warm-up: fonts, glyph caches
            mpl_once()
            v = median([ms(viewer_once) for _ in range(reps)])
            m = median([ms(mpl_once) for _ in range(reps)])
            rows.append({"chart": spec.id, "viewer_ms": v, "matplotlib_ms": m})
        result[name] = rows
    return result


# --- the large report ------------------------------------------------------------------------------------

def _open_and_show_all(path: Path, cache_dir: Path) -> tuple[float, object]:
    """Load ``path`` through a cache in ``cache_dir``, build the window, show every tab painted; (ms, window)."""
    from viewer.model.cache import ReportCache
    from viewer.model.loader import load_report
    from viewer.ui.app.run import make_window

    app = QApplication.instance()
    start = time.perf_counter()
    loaded = load_report(path, ReportCache(cache_dir))
    window = make_window(loaded, "zh")
    window.show()
    for key in window.tab_keys():
        through_event_loop(window, lambda key=key: window.set_current_tab(key))
    elapsed = (time.perf_counter() - start) * 1000.0
    app.processEvents()
    return elapsed, window


def _close(window) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.instance().processEvents()


def work_large(reps: int, folder: Path | None) -> dict:
    import yaml

    from viewer.model.cache import ReportCache
    from viewer.model.loader import load_report

    assert folder is not None
    isolated_app()
    path = folder / "large.yaml"
    json_path = folder / "large.json"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def csafe() -> object:
        with path.open("rb") as fh:
            return yaml.load(fh, Loader=loader)

    data = csafe()
    json_path.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    del data

    def json_load() -> object:
        with json_path.open("rb") as fh:
            return json.load(fh)

    r: dict = {"report_bytes": path.stat().st_size, "source_bytes": (folder / "large-source.txt").stat().st_size}
    # The baselines are the bare calls as a default interpreter makes them: automatic garbage collection on.
    # This process has it off (the window's collector, viewer.ui.common.collector, made by isolated_app), which
    # halves CSafeLoader's time on this file; that figure is kept beside it.
    with automatic_collection():
        r["csafe_ms"] = median([ms(csafe) for _ in range(reps)])
    r["csafe_no_gc_ms"] = median([ms(csafe) for _ in range(reps)])
    # Reopening is timed next to its baseline, in the same process state (before any window exists, after the
    # cache was filled): each reopen right after a json.load of each kind, so both meet the heap the same way.
    warm = folder / "cache-warm"
    load_report(path, ReportCache(warm))
    json_gc, json_no_gc, reopen = [], [], []
    for _ in range(max(reps, 5)):
        with automatic_collection():
            json_gc.append(ms(json_load))
        json_no_gc.append(ms(json_load))
        reopen.append(ms(lambda: load_report(path, ReportCache(warm))))
    r["json_ms"], r["json_no_gc_ms"], r["reopen_model_ms"] = median(json_gc), median(json_no_gc), median(reopen)
    first = []
    for i in range(reps):
        elapsed, window = _open_and_show_all(path, folder / f"cache-first-{i}")
        first.append(elapsed)
        _close(window)
    r["first_open_all_tabs_ms"] = median(first)
    reopen = []
    window = None
    for _ in range(reps):
        if window is not None:
            _close(window)
        elapsed, window = _open_and_show_all(path, warm)
        reopen.append(elapsed)
    r["reopen_all_tabs_ms"] = median(reopen)
    r.update(_table_ops(window, reps))
    _close(window)
    return r


def _table_ops(window, reps: int) -> dict:
    """Sorting, filtering and scrolling the large report's tables, and search keystrokes (ms, medians)."""
    from PySide6.QtCore import Qt

    ent = window.set_current_tab("enterprises")
    QApplication.instance().processEvents()
    view, proxy = ent.enterprise_view, ent.enterprise_proxy
    sorts, filters, scrolls, task_filters, searches = [], [], [], [], []
    columns = proxy.columnCount()
    for i in range(max(reps * 2, 6)):
        order = Qt.SortOrder.AscendingOrder if i % 2 == 0 else Qt.SortOrder.DescendingOrder
        sorts.append(through_event_loop(view, lambda c=i % columns, o=order: view.sortByColumn(c, o)))
    for text in ("福州", "第1", "第12号", "电子", "", "宁德第3", "x-no-match", ""):
        filters.append(through_event_loop(ent, lambda t=text: ent.set_filter(t)))
    bar = view.verticalScrollBar()
    for i in range(max(reps * 2, 8)):
        target = (bar.maximum() * (i * 37 % 100)) // 100
        scrolls.append(through_event_loop(view, lambda v=target: bar.setValue(v)))
    tasks = window.set_current_tab("tasks")
    QApplication.instance().processEvents()
    for text in ("推进", "第12", "平台第3", "", "x-no-match", ""):
        task_filters.append(through_event_loop(tasks, lambda t=text: tasks.text_filter.setText(t)))
    dock = window.show_search()
    QApplication.instance().processEvents()
    query = ""
    for ch in "电子信息第12项指标":  # one keystroke at a time, as typed
        query += ch
        searches.append(through_event_loop(dock, lambda q=query: dock.box.setText(q)))
    return {
        "sort_ms": median(sorts), "filter_ms": median(filters), "scroll_ms": median(scrolls),
        "task_filter_ms": median(task_filters), "search_keystroke_ms": median(searches),
        "rows": proxy.rowCount(),
    }


# --- interaction -------------------------------------------------------------------------------------------

def work_interaction(reps: int, _folder: Path | None) -> dict:
    from viewer.model.loader import load_report
    from viewer.model.paths import default_report_path
    from viewer.ui.app.run import make_window

    isolated_app()
    window = make_window(load_report(default_report_path()), "zh")
    window.show()
    QApplication.instance().processEvents()
    keys = window.tab_keys()
    first_visit = {}
    for key in keys[1:] + keys[:1]:
        first_visit[key] = through_event_loop(window, lambda key=key: window.set_current_tab(key))
    switches = []
    for i in range(max(reps * 4, 20)):
        key = keys[i % len(keys)]
        if key == window.current_tab_key():
            continue
        switches.append(through_event_loop(window, lambda key=key: window.set_current_tab(key)))
    tasks = window.set_current_tab("tasks")
    QApplication.instance().processEvents()
    session = window.context.session
    action_id = window.context.report.tasks[0].actions[0].id
    checks = []
    for _ in range(max(reps * 2, 10)):
        checks.append(through_event_loop(tasks, lambda: session.toggle_done(action_id, "bench")))
    _close(window)
    return {"tab_switch_ms": median(switches), "first_visit_ms": first_visit, "checklist_change_ms": median(checks),
            "checklist_available": session is not None}


# --- library --------------------------------------------------------------------------------------------

LIBRARY_QUERIES = ("数字经济", "工业投资", "规上工业增加值", "企业上云", "5G基站", "growth", "2万", "技改")


def _scaled_report(folder: Path, copies: int) -> Path:
    """The bundled report ``copies`` times over (every section, figure, enterprise, honour and task repeated with
    new ids, sharing the one source text): a report ``copies`` times the size, of the same make-up."""
    import yaml

    from viewer.model.draft.emit import dump
    from viewer.model.paths import default_report_path

    template = default_report_path()
    data = yaml.safe_load(template.read_text("utf-8"))
    source = template.parent / data["meta"]["source"]

    def renamed(item: dict, n: int, *keys: str) -> dict:
        out = dict(item)
        for key in keys:
            if isinstance(out.get(key), str):
                out[key] = f"{out[key]}-{n}"
        return out

    scaled: dict = {"schema_version": data["schema_version"], "meta": data["meta"]}
    scaled["sections"] = [renamed(s, n, "id") for n in range(copies) for s in data["sections"]]
    scaled["facts"] = [renamed(f, n, "id", "section") for n in range(copies) for f in data["facts"]]
    scaled["enterprises"] = [
        {**renamed(e, n, "id"), "achievements": [{**renamed(a, n, "section"), "facts": [f"{f}-{n}" for f in
                                                                                    a.get("facts", [])]}
                                                  for a in e["achievements"]]}
        for n in range(copies) for e in data["enterprises"]]
    scaled["honours"] = [renamed(h, n, "id", "count_fact", "rank_fact") for n in range(copies) for h in data["honours"]]
    scaled["tasks"] = [{**renamed(t, n, "id"), "number": 1 + (i + n * len(data["tasks"])) % 99,
                        "actions": [renamed(a, n, "id") for a in t["actions"]]}
                       for n in range(copies) for i, t in enumerate(data["tasks"])]
    scaled["meta"] = {**data["meta"], "id": f"scaled-{copies}", "source": "source.txt"}
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "source.txt").write_bytes(source.read_bytes())
    path = folder / f"scaled-{copies}.yaml"
    path.write_text(dump(scaled), "utf-8")
    return path


def work_library(reps: int, folder: Path | None) -> dict:
    """The library of bench/make_library.py in ``folder/reports``: cold and warm indexing, the Library view opened
    with a warm index, search keystrokes, a comparison chart across every report, indexing reports of growing
    size."""
    assert folder is not None
    from PySide6.QtCore import QSettings

    from viewer.charts.compare import comparison_chart
    from viewer.model.library import queries
    from viewer.model.library.compare import across_regions, over_years, regions, years
    from viewer.model.library.index import LibraryIndex
    from viewer.model.library.indicators import load_vocabulary
    from viewer.model.loader import load_report
    from viewer.model.paths import ENV_LIBRARY_INDEX_DIR, default_report_path
    from viewer.ui.app.run import make_window

    reports = folder / "reports"
    index_dir = folder / "index"
    count = len(list(reports.glob("*.yaml")))
    index = LibraryIndex(index_dir / "index.sqlite3")
    cold = ms(lambda: index.refresh([reports]))
    warm = median([ms(lambda: index.refresh([reports])) for _ in range(reps)])
    listed = len(queries.list_reports(index))
    list_ms = median([ms(lambda: queries.list_reports(index)) for _ in range(reps)])

    # The comparison, model and chart spec (no drawing): the indicator stated in most reports.
    in_use = queries.indicators_in_use(index)
    indicator_id = max(in_use, key=lambda k: in_use[k])
    vocabulary = load_vocabulary()
    all_reports = queries.list_reports(index)

    def compare_model() -> object:
        points = queries.indicator_points(index, indicator_id)
        region = regions(points)[0]
        chart = comparison_chart(over_years(indicator_id, points, region, all_reports), vocabulary.get(indicator_id))
        return chart, comparison_chart(across_regions(indicator_id, points, years(points)[0], all_reports),
                                       vocabulary.get(indicator_id))

    compare_model_ms = median([ms(compare_model) for _ in range(reps)])
    points = len(queries.indicator_points(index, indicator_id))
    index.close()

    # The window: the Library view opened with the warm index, then searched and compared through the event loop.
    os.environ[ENV_LIBRARY_INDEX_DIR] = str(index_dir)
    app = isolated_app()
    QSettings().setValue("library/folders", [str(reports)])
    QSettings().setValue("library/bundled", False)
    window = make_window(load_report(default_report_path()), "zh")
    window.resize(1280, 820)
    window.show()
    app.processEvents()
    first_open = through_event_loop(window, window.show_library)
    page = window.library.page
    while not page.is_settled():  # its refresh (nothing changed) in its thread
        app.processEvents()
    reopen = []
    for _ in range(reps):
        window.set_current_tab("overview")
        app.processEvents()
        reopen.append(through_event_loop(window, window.show_library))
    pane = page.reports_pane
    keystrokes = []
    for query in LIBRARY_QUERIES:
        for n in range(1, len(query) + 1):
            keystrokes.append(through_event_loop(pane, lambda n=n, query=query: pane.box.setText(query[:n])))
    pane.box.clear()
    compare = page.show_page("compare")
    app.processEvents()
    region = regions(queries.indicator_points(page.service.index, indicator_id))[0].zh
    year = years(queries.indicator_points(page.service.index, indicator_id))[0]
    chart_ms = []
    for _ in range(reps):
        chart_ms.append(through_event_loop(compare, lambda: compare.choose(indicator_id, in_year=year)))
        chart_ms.append(through_event_loop(compare, lambda: compare.choose(indicator_id, over_years_of=region)))
    _close(window)

    # Indexing one new report, by its size: the bundled report with its figures 1, 4, 16 and 64 times.
    scaled = []
    for copies in (1, 4, 16, 64):
        path = _scaled_report(folder / f"scaled-{copies}", copies)
        times = []
        for rep in range(max(2, reps)):
            one = LibraryIndex(folder / f"scaled-{copies}" / f"index-{rep}.sqlite3")
            times.append(ms(lambda path=path, one=one: one.index_file(path)))
            one.close()
        t = median(times)
        scaled.append({"copies": copies, "bytes": path.stat().st_size, "ms": t})
    return {"reports": count, "listed": listed, "cold_index_ms": cold, "warm_refresh_ms": warm,
            "list_query_ms": list_ms, "open_first_ms": first_open, "open_ms": median(reopen),
            "search_keystroke_ms": median(keystrokes), "keystrokes": len(keystrokes),
            "compare_model_ms": compare_model_ms, "compare_chart_ms": median(chart_ms), "indicator": indicator_id,
            "points": points, "scaled": scaled}


def work_library_memory(reps: int, folder: Path | None) -> dict:
    """Peak Python allocations (tracemalloc) of indexing the first 50 and then all reports of ``folder/reports``
    into fresh indexes: bounded memory means the two peaks are alike (reports are never held together)."""
    import tracemalloc

    from viewer.model.library.index import LibraryIndex

    assert folder is not None
    reports = folder / "reports"
    # Imports and first-use caches (the YAML parser, the validators) are made before anything is measured.
    LibraryIndex(folder / "memory-warm" / "index.sqlite3").refresh([reports], progress=lambda done, *_: done < 5)
    out = {}
    for limit in (50, 10**9):
        index = LibraryIndex(folder / f"memory-{limit}" / "index.sqlite3")
        tracemalloc.start()
        summary = index.refresh([reports], progress=lambda done, _total, _path, limit=limit: done < limit)
        _size, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        index.close()
        out[str(min(limit, summary.added))] = peak / 2**20
    return {"peak_mib": out}


WORKERS = {"export": work_export, "large": work_large, "interaction": work_interaction, "library": work_library,
           "library-memory": work_library_memory}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("worker", choices=sorted(WORKERS))
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    result = WORKERS[args.worker](args.reps, args.dir)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
