"""A new figure from a selection: one already in the report is shown, not made twice; a new one is written as
its neighbours are (flow-style labels, quoted strings); the drafter's header comment stays true on saving."""

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


def _select(window, phrase: str):
    source = window.set_current_tab("source")
    start = window.context.loaded.source_text.index(phrase)
    source.show_span(start, start + len(phrase))
    return source


def test_a_selected_figure_already_in_the_report_is_shown_not_made_twice(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "zh")
    context = window.context
    existing = next(f for f in context.report.facts if f.quote == "全国工业增加值年均增长6.0%")
    before = [f.id for f in context.report.facts]
    _select(window, "全国工业增加值年均增长6.0%").new_figure_button.click()
    assert [f.id for f in context.report.facts] == before and not context.editor.dirty
    assert existing.id in window.statusBar().currentMessage() and "已在报告中" in window.statusBar().currentMessage()
    figures = window.built_tab("figures")
    assert window.current_tab_key() == "figures" and figures.current_id() == existing.id


def test_a_new_figure_is_written_as_its_neighbours(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "en")
    context = window.context
    assert context.editor.delete([f.id for f in context.report.facts if f.quote == "5G用户普及率超过40%"])
    before = {f.id for f in context.report.facts}
    _select(window, "5G用户普及率超过40%").new_figure_button.click()
    [new_id] = [f.id for f in context.report.facts if f.id not in before]
    assert context.editor.save()
    text = drafted.read_text(encoding="utf-8")
    block = text[text.index(f'  - id: "{new_id}"\n'):]
    block = block[:block.index("\n  - ", 1)]
    assert '\n    label: {zh: "5G用户普及率", en: ""}\n' in block, block
    assert '\n    kind: "share"\n' in block and '\n    quote: "5G用户普及率超过40%"\n' in block, block


def test_the_drafters_header_stays_true(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "en")
    context = window.context
    header = drafted.read_text(encoding="utf-8").split("schema_version:")[0]
    assert "marked `draft: true`" in header and "to fill in" in header and ": format.\n" in header
    panel = window.edit_actions.panel
    assert panel.set_text("meta", "format", EditPanel.ZH, "视频会议")
    assert context.editor.save()
    header = drafted.read_text(encoding="utf-8").split("schema_version:")[0]
    assert "to fill in" not in header and "marked `draft: true`" in header
    panel.accept_all_button.click()
    assert context.editor.save()
    header = drafted.read_text(encoding="utf-8").split("schema_version:")[0]
    assert header.startswith("# Drafted by `report-viewer draft`") and "draft: true" not in header
