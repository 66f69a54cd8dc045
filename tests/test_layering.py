"""Imports point one way: ui -> charts -> model (the model's Qt-freedom is tests/model/test_model_has_no_qt.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import viewer

PACKAGE = Path(viewer.__file__).parent


def _imports(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path.name, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                found += [(path.name, node.module)]
    return found


def test_charts_never_import_the_ui() -> None:
    assert [(f, m) for f, m in _imports(PACKAGE / "charts") if m.startswith(("viewer.ui", "viewer.commands"))] == []


def test_model_never_imports_charts_ui_or_commands() -> None:
    bad = ("viewer.ui", "viewer.charts", "viewer.commands", "viewer.cli")
    assert [(f, m) for f, m in _imports(PACKAGE / "model") if m.startswith(bad)] == []
