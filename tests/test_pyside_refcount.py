"""Regression guard for the PySide6 6.12.0 / CPython 3.11 reference-count bug.

PySide6 6.12.0 on Python 3.11 drops a reference to None/True on every call of a Qt method that returns
nothing and on every Signal.emit() from Python; after about 5,000 of them the interpreter aborts with
`Fatal Python error: none_dealloc` (or `bool_dealloc`; this probe aborts after well under 50,000 calls
there, checked with 6.12.0). On 3.12+ None and True are immortal, so the same bug is harmless.
pyproject keeps 3.11 off that release; this test catches a future release that still has the bug.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

REPO = Path(__file__).resolve().parents[1]
CALLS = 50_000

# Runs in a fresh interpreter so that an abort kills only the child, and the test can report it.
PROBE = r"""
import sys
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

CALLS = int(sys.argv[1])


class Emitter(QObject):
    changed = Signal(int)
    ping = Signal()


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.total = 0

    @Slot(int)
    def on_changed(self, value):
        self.total += value


app = QApplication(sys.argv)
widget = QWidget()
widget.show()
timer = QTimer()
obj = QObject()
emitter = Emitter()
receiver = Receiver()
emitter.changed.connect(receiver.on_changed)
# With 3.12+ getrefcount(None) is a constant (immortal objects) and this check is trivially true.
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)

for i in range(CALLS):
    obj.setObjectName("name")
    widget.setToolTip("tip")
    timer.stop()
    emitter.changed.emit(1)
    emitter.ping.emit()  # nobody connected: emit still goes through the binding

drift_none = none_before - sys.getrefcount(None)
drift_true = true_before - sys.getrefcount(True)
widget.close()
print(f"calls={CALLS} received={receiver.total} drift_none={drift_none} drift_true={drift_true}")
# A leak of one reference per call would show as a drift of CALLS or more; allow normal churn.
if receiver.total == CALLS and drift_none < CALLS // 10 and drift_true < CALLS // 10:
    print("OK")
"""


@pytest.mark.slow
def test_void_calls_and_emits_do_not_crash_the_interpreter(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(CALLS)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    assert "Fatal Python error" not in result.stderr, result.stderr[-2000:]  # none_dealloc or bool_dealloc
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.split()
    assert f"received={CALLS}" in lines, result.stdout
    assert lines[-1] == "OK", result.stdout


def _pyside_requirements() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(text) for text in project["dependencies"]]
    return [req for req in requirements if req.name.lower() == "pyside6-essentials"]


@pytest.mark.parametrize(
    ("python", "version", "allowed"),
    [
        ("3.11", "6.12.0", False),
        ("3.11", "6.11.3", True),
        ("3.12", "6.12.0", True),
        ("3.13", "6.12.0", True),
    ],
)
def test_pyproject_keeps_python_311_off_pyside_612(python: str, version: str, allowed: bool) -> None:
    applicable = [req for req in _pyside_requirements() if req.marker is None or req.marker.evaluate(
        {"python_version": python, "python_full_version": f"{python}.0"})]
    assert applicable, f"no PySide6-Essentials requirement applies on Python {python}"
    assert all(req.specifier.contains(Version(version)) for req in applicable) is allowed


def test_only_pyside6_essentials_is_required() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {Requirement(text).name.lower() for text in project["dependencies"]}
    assert "pyside6" not in names  # the full PySide6 (Addons) is not needed
    assert "pyside6-essentials" in names
