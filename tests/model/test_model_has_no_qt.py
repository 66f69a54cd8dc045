"""viewer/model stays pure Python: no Qt import, directly or through another package."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import viewer.model

MODEL_DIR = Path(viewer.model.__file__).parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "viewer.ui", "viewer.charts")


def test_no_module_in_viewer_model_imports_qt() -> None:
    offenders = []
    for path in MODEL_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(FORBIDDEN)]
    assert offenders == []


def test_importing_every_model_module_loads_no_qt() -> None:
    modules = sorted(
        "viewer.model." + ".".join(p.relative_to(MODEL_DIR).with_suffix("").parts)
        for p in MODEL_DIR.rglob("*.py") if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = [m for m in sys.modules if m.startswith({FORBIDDEN!r})]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
