"""The edit panel of a large draft fills without a signal per cell: its rows are made outside the tree, their
problems written in, and added at once; a panel made when edit mode starts is filled once, not twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.model.draft_samples.samples import NATIONAL
from viewer.model.draft import draft_file
from viewer.ui.edit.panel import EditPanel


@pytest.fixture(autouse=True)
def discard_at_close(monkeypatch) -> None:
    from viewer.ui.edit.session import EditSession

    monkeypatch.setattr(EditSession, "ask_unsaved", lambda _self, _parent: QMessageBox.StandardButton.Discard)


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    source = tmp_path / "national.txt"
    source.write_text(NATIONAL.text, encoding="utf-8")
    return draft_file(source, tmp_path / "national.yaml").yaml_path


def _rows(panel: EditPanel) -> list[tuple[str, ...]]:
    out, stack = [], [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    while stack:
        node = stack.pop()
        out.append((*(node.text(c) for c in range(4)), node.toolTip(panel.PROBLEM), str(node.isExpanded())))
        stack += [node.child(i) for i in range(node.childCount())]
    return out


def test_the_panel_is_filled_once_and_without_a_signal_per_cell(make_main_window, drafted, monkeypatch):
    fills: list[int] = []
    real = EditPanel.refill
    monkeypatch.setattr(EditPanel, "refill", lambda self: (fills.append(1), real(self))[1])
    window = make_main_window(drafted)  # a draft opens in edit mode
    panel = window.findChild(EditPanel)
    assert panel is not None and window.context.editor.active
    assert len(fills) == 1  # made and filled (the old code filled it a second time as it was shown)
    assert panel.set_text("meta", "published", panel.ZH, "not a date") is False  # refused: a problem to show
    changed: list[object] = []
    panel.tree.itemChanged.connect(lambda *args: changed.append(args))
    before = _rows(panel)
    assert any(row[3] for row in before)
    panel.refill()
    assert changed == []  # the old code emitted itemChanged for every text, tooltip and problem set
    assert _rows(panel) == before
    panel._show_problems()  # nothing changed: nothing set
    assert changed == []


def test_closed_groups_stay_closed_and_problems_follow_edits(make_main_window, drafted):
    window = make_main_window(drafted)
    panel = window.findChild(EditPanel)
    group = panel.tree.topLevelItem(1)
    group.setExpanded(False)
    panel.refill()
    assert not panel.tree.topLevelItem(1).isExpanded() and panel.tree.topLevelItem(0).isExpanded()
    assert panel.tree.topLevelItem(0).isFirstColumnSpanned()
    row = panel.find_row("meta", "published")
    assert row is not None and row.text(panel.PROBLEM) == ""
    assert panel.set_text("meta", "published", panel.ZH, "not a date") is False  # refused: its problem shows
    row = panel.find_row("meta", "published")
    assert row is not None and row.text(panel.PROBLEM) != ""
