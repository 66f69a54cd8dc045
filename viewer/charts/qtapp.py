"""The Qt application for headless chart work: offscreen when there is no display, never a window."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication


def ensure_app() -> QApplication:
    """The running QApplication, or a new one on the offscreen platform when no display is available.

    pyqtgraph's items are QGraphicsWidgets, which need a QApplication (a QGuiApplication is not enough).
    """
    app = QApplication.instance()
    if app is not None:
        # instance() is typed QCoreApplication; the app makes a QApplication (charts need one, see above).
        return app  # type: ignore[return-value]
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
            and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(sys.argv[:1])


def ensure_headless_app() -> QApplication:
    """A QApplication for export commands: always offscreen (unless one is running), so no window can appear."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return ensure_app()
