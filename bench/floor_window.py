"""The start-up floor: a bare ``QMainWindow`` holding one pyqtgraph ``PlotWidget``, shown once.

Prints the milliseconds from process start to the window's first painted frame, measured exactly as
``report-viewer --startup-report`` measures it (``viewer.ui.startup``), then exits. With ``--hold`` it keeps
running until stdin closes (the memory benchmark reads its peak RSS).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from viewer.ui.startup import report_first_paint


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1280, 820)
    window.setCentralWidget(pg.PlotWidget())
    report_first_paint(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
