"""The window on the large report, action by action: the longest UI stall and the settled time of each.

``python bench/ui_stalls.py --dir DIR [--only NAME ...]`` (DIR holds ``large.yaml`` from make_large_report.py)
opens the window on the bundled report as the app starts, then, in one process, as a user would: opens the large
report from File -> Open with an empty cache, visits every tab for the first time, opens it again (every tab
built, cache warm), switches language and theme back and forth, shows a figure in the source, types a search,
opens the export dialog, and runs the long jobs (report PDF, every chart exported, a checklist imported, a
report drafted from a text). Each is measured by bench/ui_probe.py; modal message boxes are answered at once,
the report PDF's progress dialog is left to run (a user waits for it) and a file dialog is refused (the bench
names its files: one asking is a mistake of the bench, not a wait for a user).
Prints one JSON object: action -> {stall_ms, settled_ms, done_ms}, plus the resident memory after every tab
(``rss_kib``, ``peak_kib``); ``--rss``: only the open and the tabs (the memory section).

Hang guards: each action has ``--timeout`` seconds (long jobs ``--long-timeout``) to settle; one that does not is
recorded as ``{"error": ...}``, its running jobs are cancelled and the next action runs. A UI thread that never
returns to the event loop (where that deadline is checked) is caught by ``faulthandler``: the stacks are
printed, the results so far written to stdout, and the process exits 3.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import sys
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox  # noqa: E402
from ui_probe import Probe, rss_kib  # noqa: E402

from viewer.ui.app.pyside_features import skip_feature_scan  # noqa: E402

# As the app starts (viewer.cli): PySide6 reads no module's source to look for a ``__feature__`` selection. Without
# this the bench's window held every imported module's source lines (linecache: 500 files, some 20 MiB after all
# tabs) that the app's window never reads, and its memory rows read that much too high.
skip_feature_scan()

ACTIONS = ("open", "tabs", "reopen", "language", "theme", "show-in-source", "search", "export-dialog",
           "pdf", "export-all", "import", "draft")
# Dialogs a user leaves alone: the export dialog (the bench drives it) and the report PDF's progress (accepting it
# hid it while the job ran on; the bench waits for the job instead).
LEFT_RUNNING = ("exportDialog", "reportPdfProgress")


def answer_modal_boxes() -> QTimer:
    """Accept every modal message box or dialog as soon as it shows (a user clicking OK / Apply)."""
    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            button = (modal.button(QMessageBox.StandardButton.Apply) or modal.button(QMessageBox.StandardButton.Yes)
                      or modal.button(QMessageBox.StandardButton.Ok))
            if button is not None:
                button.click()
            else:
                modal.reject()
        elif isinstance(modal, QFileDialog):
            print(f"a file dialog asked ({modal.windowTitle()!r}): refused", file=sys.stderr, flush=True)
            modal.reject()
        elif isinstance(modal, QDialog) and modal.objectName() not in LEFT_RUNNING:
            modal.accept()
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(answer)
    timer.start()
    return timer


class HangGuard:
    """The hang guard of one action: a UI thread that has not come back to the event loop ``limit`` seconds (plus
    a minute) after the action began never will. A watchdog thread then prints every thread's stack and the
    results so far (the hung action as an error) and ends the process; should the stuck thread hold Python's
    lock, faulthandler (no lock needed) prints the stacks and ends it a minute later."""

    def __init__(self, name: str, limit: float, out: dict) -> None:
        self._done = threading.Event()
        grace = limit + 60.0
        faulthandler.dump_traceback_later(grace + 60.0, exit=True)

        def watch() -> None:
            if self._done.wait(grace):
                return
            print(f"{name}: the UI thread did not come back to the event loop in {grace:.0f} s; stacks:",
                  file=sys.stderr, flush=True)
            faulthandler.dump_traceback(sys.stderr, all_threads=True)
            out[name] = {"error": f"hung (no event-loop turn for {grace:.0f} s)"}
            print(json.dumps(out), flush=True)
            os._exit(3)

        threading.Thread(target=watch, name=f"hang guard: {name}", daemon=True).start()

    def cancel(self) -> None:
        self._done.set()
        faulthandler.cancel_dump_traceback_later()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--only", action="append", choices=ACTIONS)
    parser.add_argument("--cache", type=Path, help="the report cache's folder (default: a new, empty one)")
    parser.add_argument("--rss", action="store_true", help="open and visit every tab only; print the memory")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds an action has to settle")
    parser.add_argument("--long-timeout", type=float, default=900.0, help="the same for a long job")
    args = parser.parse_args()
    wanted = {"open", "tabs"} if args.rss else set(args.only or ACTIONS)
    work = Path(tempfile.mkdtemp(prefix="bench-stalls-"))
    os.environ["REPORT_VIEWER_CACHE_DIR"] = str(args.cache or work / "cache")  # empty: the first open parses

    from workers import isolated_app, own_settings

    from viewer.model.loader import load_report
    from viewer.model.paths import default_report_path
    from viewer.ui.app.run import make_window
    from viewer.ui.export.report_pdf_job import running_jobs, stop_all

    isolated_app()
    own_settings(work / "settings")  # every run starts on the Overview, as a first start does
    probe = Probe()
    boxes = answer_modal_boxes()  # noqa: F841 - kept alive while the actions run
    large = args.dir / "large.yaml"
    window = make_window(load_report(default_report_path()), "zh")
    window.show()
    probe.measure(lambda: None)
    out: dict = {}

    def busy() -> bool:
        return bool(running_jobs()) or window.busy()  # a long job, or a report still opening

    def measure(name: str, action, until=None, record: bool = True) -> dict:
        limit = args.long_timeout if "long job" in name else args.timeout
        guard = HangGuard(name, limit, out)
        try:
            result = probe.measure(action, busy=lambda: busy() or (until is not None and not until()),
                                   timeout_s=limit)
        except TimeoutError:
            stop_all()  # a report PDF still running stops before its next page
            result = {"error": f"did not settle in {limit:.0f} s"}
            print(f"{name:<34} DID NOT SETTLE in {limit:.0f} s", file=sys.stderr, flush=True)
        else:
            print(f"{name:<34} stall {result['stall_ms']:8.1f} ms  settled {result['settled_ms']:8.1f} ms",
                  file=sys.stderr, flush=True)
        finally:
            guard.cancel()
        if record or "error" in result:
            out[name] = result
        return result

    def showing(loaded) -> bool:
        return window.context.loaded is not loaded and window.context.report.meta.id == "large-synthetic"

    before = window.context.loaded
    measure("open (from the window, first)", lambda: window.open_report(large, wait=False), lambda: showing(before))
    keys = window.tab_keys()
    for key in [*keys[1:], keys[0]]:
        measure(f"first visit: {key}", lambda key=key: window.set_current_tab(key))
    out["rss_kib"], out["peak_kib"] = rss_kib()
    if "reopen" in wanted:
        before = window.context.loaded
        measure("reopen (every tab built)", lambda: window.open_report(large, wait=False), lambda: showing(before))
    if "language" in wanted:
        measure("language: English", lambda: window.set_language("en"))
        measure("language: Chinese", lambda: window.set_language("zh"))
    if "theme" in wanted:
        measure("theme: dark", lambda: window.set_theme("dark"))
        measure("theme: light", lambda: window.set_theme("light"))
    if "show-in-source" in wanted:
        window.set_current_tab("overview")
        fact = window.context.report.facts[-1].id
        measure("show in source", lambda: window.context.show_source.emit(fact))
    if "search" in wanted:
        measure("search: open", window.show_search)
        dock = window.search_panel
        worst: dict = {"stall_ms": 0.0, "settled_ms": 0.0, "done_ms": 0.0}
        query = ""
        for ch in "电子信息第12项指标":
            query += ch
            r = measure(f"search: keystroke {len(query)}", lambda q=query: dock.box.setText(q), record=False)
            if "error" in r:
                worst = r
                break
            worst = {k: max(worst[k], r[k]) for k in worst}
        out["search: a keystroke (worst)"] = worst
        print(f"{'search: a keystroke (worst)':<34} stall {worst.get('stall_ms', 0):8.1f} ms", file=sys.stderr)
    if "export-dialog" in wanted:
        measure("export dialog: open", window.context.export_requested.emit)
        for dialog in window.findChildren(QDialog, "exportDialog"):
            dialog.close()
    if "pdf" in wanted:
        from viewer.ui.export.dialog import export_report_pdf

        measure("report PDF (long job)", lambda: export_report_pdf(window.context, window, str(work / "r.pdf")),
                lambda: (work / "r.pdf").is_file())
    if "export-all" in wanted:
        from viewer.ui.export.dialog import ExportDialog

        dialog = ExportDialog(window.context, parent=window)
        dialog.folder_edit.setText(str(work / "charts"))
        measure("export all charts (long job)", dialog.run)
        dialog.close()
    if "import" in wanted:
        from viewer.model.state.exchange import EXPORT_FORMAT, EXPORT_VERSION

        tasks = window.set_current_tab("tasks")
        report = window.context.report
        rows = [{"id": action.id, "status": "done", "note": "", "owner": "", "due": None,
                 "updated": "2024-01-02T03:04:05.000000+00:00"} for _, action in report.actions()[::2]]
        exported = work / "checklist.json"
        exported.write_text(json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "report_id": report.meta.id,
                                        "items": rows, "reviews": []}), encoding="utf-8")
        # As the Import… button does: the file read in a worker thread, until the import is applied.
        measure(f"import a checklist of {len(rows)} (long job)",
                lambda: tasks.import_from(exported, confirm=lambda _p: True, wait=False),
                lambda: not tasks.transfer.importing())
    if "draft" in wanted:
        from viewer.ui.window.draft_from_text import new_report_from_text

        text = work / "draft-text.txt"
        text.write_text((args.dir / "large-source.txt").read_text(encoding="utf-8")[:400_000], encoding="utf-8")
        before = window.context.loaded
        measure("draft from a 400 kB text (long job)", lambda: new_report_from_text(window, window.open_report, text),
                lambda: window.context.loaded is not before)
    window.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
