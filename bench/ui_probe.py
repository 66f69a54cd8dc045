"""How an action feels in the window: the longest stall of the UI thread while it runs, and when it has settled.

``Probe.measure(action)`` schedules ``action`` on the event loop and runs the loop until the window is settled:
the action (and any work it started, ``busy()``) is done and nothing has been painted for ``quiet_ms``. It
returns

- ``stall_ms``: the longest gap between two turns of the event loop while the action ran (a heartbeat timer
  ticks every ``TICK_MS``; a gap is the time between two ticks less one tick). The action's own synchronous
  part is such a gap. This is what a user feels as a frozen window: over 100 ms is noticed.
- ``settled_ms``: from the action until the end of its last painted frame (the first heartbeat after the last
  paint event) or of its last piece of work over 16 ms that painted nothing, whichever is later — every
  deferred part of its work (lazy layout, a chart drawn after the first paint, thumbnails one per turn)
  included, not only the first paint.
- ``done_ms``: until ``busy()`` turned false (long work run in the background), else ``settled_ms``.

Paint events are seen by an application-wide event filter (bench only: it makes PySide wrap every event, which
costs the window a little and makes these figures slightly pessimistic).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 4
WORK_GAP_S = 0.016  # a longer gap between turns is work of the action's, painted or not


class Probe(QObject):
    """Heartbeat and paint watch over the whole application (one per process)."""

    def __init__(self) -> None:
        super().__init__()
        self.app = QApplication.instance()
        self.app.setCursorFlashTime(0)  # a blinking cursor would paint forever
        self._last_paint = 0.0
        self._paint_seen = False
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._loop: QEventLoop | None = None

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._last_paint = time.perf_counter()
            self._paint_seen = True
        return False

    def measure(self, action: Callable[[], object], *, busy: Callable[[], bool] | None = None,
                quiet_ms: float = 300.0, timeout_s: float = 900.0) -> dict:
        """Run ``action`` through the event loop until settled; see the module docstring."""
        app = self.app
        for _ in range(3):
            app.processEvents()
        self._start = 0.0
        self._prev_tick = 0.0
        self._max_gap = 0.0
        self._after_paint: float | None = None
        self._done_at: float | None = None
        self._busy = busy
        self._quiet = quiet_ms / 1000.0
        self._deadline = time.perf_counter() + timeout_s
        self._error: BaseException | None = None
        self._paint_seen = False
        self._last_paint = 0.0
        self._last_work = 0.0

        def run() -> None:
            self._start = self._prev_tick = time.perf_counter()
            try:
                action()
            except BaseException as exc:  # reported after the loop
                self._error = exc

        loop = QEventLoop()
        self._loop = loop
        app.installEventFilter(self)
        self._timer.start()
        QTimer.singleShot(0, run)
        try:
            loop.exec()
        finally:
            self._timer.stop()
            app.removeEventFilter(self)
            self._loop = None
        if self._error is not None:
            raise self._error
        end = max(self._after_paint if self._after_paint is not None else self._start, self._last_work)
        done = self._done_at if self._done_at is not None else end
        return {"stall_ms": round(self._max_gap * 1000.0, 1),
                "settled_ms": round((max(end, done) - self._start) * 1000.0, 1),
                "done_ms": round((done - self._start) * 1000.0, 1),
                "painted": self._paint_seen}

    def _tick(self) -> None:
        now = time.perf_counter()
        if not self._start:
            return
        gap = now - self._prev_tick - TICK_MS / 1000.0
        self._max_gap = max(self._max_gap, gap)
        self._prev_tick = now
        if gap > WORK_GAP_S:
            self._last_work = now  # deferred work that painted nothing (a tab built after its first frame)
        if self._paint_seen and self._last_paint >= (self._after_paint or 0.0):
            self._after_paint = now  # the frame holding the last paint event has finished by this turn
        busy = self._busy is not None and self._busy()
        if not busy and self._done_at is None:
            self._done_at = now
        if busy:
            self._done_at = None
        last = max(self._last_paint, self._last_work, self._done_at or 0.0, self._start)
        if (not busy and now - last >= self._quiet) or now > self._deadline:
            if now > self._deadline:
                self._error = TimeoutError("the action did not settle")
            assert self._loop is not None
            self._loop.quit()


def rss_kib() -> tuple[int, int]:
    """(current, peak) resident memory of this process in KiB (Linux: /proc/self/status)."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values.get("VmRSS", 0), values.get("VmHWM", 0)
