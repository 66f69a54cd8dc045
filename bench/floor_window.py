"""The start-up floor: a bare ``QMainWindow`` holding one pyqtgraph ``PlotWidget``, shown once.

Prints the milliseconds from process start to the window's first painted frame, measured exactly as
``report-viewer --startup-report`` measures it (``viewer.ui.app.startup``), then exits. ``--bare`` leaves out
pyqtgraph (an empty ``QMainWindow``): the least any PySide6 window can take, shown for reference.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from viewer.ui.app.startup import report_first_paint


def main() -> int:
    bare = "--bare" in sys.argv[1:]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1280, 820)
    if bare:
        window.setCentralWidget(QLabel("floor"))
    else:
        import pyqtgraph as pg

        window.setCentralWidget(pg.PlotWidget())
    report_first_paint(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
