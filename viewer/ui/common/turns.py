"""Work handed to a later turn of the event loop, after the timers and input already waiting.

``QTimer.singleShot(0, fn)`` posts an event, and Qt handles posted events before any timer: work handed on that
way runs in the same turn as far as a timer (the bench's heartbeat, a blinking cursor, an animation) can tell, so
two steps of 60 ms chained so are one stall of 120 ms. A zero-interval ``QTimer`` object waits its turn among the
timers that are due: ``next_turn`` is that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def next_turn(owner: QObject, work: Callable[[], object]) -> QTimer:
    """Run ``work`` in a later turn of the event loop (not if ``owner`` is deleted first); the timer is returned."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(work)
    timer.timeout.connect(timer.deleteLater)
    timer.start()
    return timer
