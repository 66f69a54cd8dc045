"""Correcting a drafted report in the window: kind, labels, a date, a figure from a selection, accept, save.

The saved file validates with `report-viewer validate`, opens again with every change, keeps its comments,
and a kill during saving leaves the old file whole.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.model.draft_samples.samples import NATIONAL
from viewer.model.draft import draft_file
from viewer.model.loader import load_report
from viewer.model.types import FactKind
from viewer.ui.edit.panel import EditPanel
from viewer.ui.figures.model import FiguresModel


@pytest.fixture(autouse=True)
def discard_at_close(monkeypatch) -> None:
    """A window closed by the test's teardown with corrections unsaved discards them (no dialog)."""
    from viewer.ui.edit.session import EditSession

    monkeypatch.setattr(EditSession, "ask_unsaved", lambda _self, _parent: QMessageBox.StandardButton.Discard)


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    source = tmp_path / "national.txt"
    source.write_text(NATIONAL.text, encoding="utf-8")
    return draft_file(source, tmp_path / "national.yaml").yaml_path


def type_into(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def choose(combo, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_correct_a_draft_accept_all_save_and_reopen(make_main_window, drafted: Path, qtbot) -> None:
    window = make_main_window(drafted, "en")
    context = window.context
    editor = context.editor
    assert editor.active  # a report with drafts opens in edit mode
    panel = window.edit_actions.panel
    assert isinstance(panel, EditPanel) and panel.isVisible()
    figures = window.set_current_tab("figures")
    stack = context.undo_stack
    first = context.report.facts[0]
    assert figures.select_key(first.id)
    form = figures.form
    assert form is not None and not form.isHidden()
    assert form.edits["label.zh"].text() == first.label.zh

    steps = stack.count()
    choose(form.combos["kind"], "share")  # a kind
    assert stack.count() == steps + 1 and context.report.fact(first.id).kind is FactKind.SHARE
    type_into(form.edits["label.zh"], "规上工业增加值增速（全国）")  # a label
    type_into(form.edits["label.en"], "Industrial value added growth")  # an English label
    assert stack.count() == steps + 3
    assert figures.model.index(figures.model.row_of(first.id), FiguresModel.LABEL_EN).data() == \
        "Industrial value added growth"
    assert panel.set_text("meta", "meeting_date", EditPanel.ZH, "2022-12-27")  # a date
    assert context.report.meta.meeting_date.isoformat() == "2022-12-27"
    assert stack.count() == steps + 4

    # A refused input: the problem in the window's language on the row, nothing changed.
    type_into(form.edits["period"], "去年")
    assert context.report.fact(first.id).period == first.period
    assert "write a year" in figures.model.index(figures.model.row_of(first.id), 0).data(
        Qt.ItemDataRole.ToolTipRole)
    type_into(form.edits["period"], first.period or "2022")

    # A new figure from a selection in the Source tab: value and unit read from it, the quote verbatim (the
    # drafted one of this phrase deleted first: a figure already in the report is shown, not made again).
    phrase = "5G用户普及率超过40%"
    assert editor.delete([f.id for f in context.report.facts if f.quote == phrase])
    source = window.set_current_tab("source")
    start = context.loaded.source_text.index(phrase)
    source.show_span(start, start + len(phrase))
    assert source.new_figure_button.isVisible() and source.new_figure_button.isEnabled()
    before = {f.id for f in context.report.facts}
    source.new_figure_button.click()
    added = [f for f in context.report.facts if f.id not in before]
    assert len(added) == 1
    new = added[0]
    assert new.quote == phrase
    assert (new.value, new.unit, new.qualifier.value, new.draft) == (40, "%", "over", True)
    assert window.current_tab_key() == "figures" and figures.current_id() == new.id

    panel.accept_all_button.click()
    assert not any(f.draft for f in context.report.facts)
    assert not any(t.draft for t in context.report.tasks)
    assert editor.dirty and window.windowTitle().endswith(" *")
    window.edit_actions.save_action.trigger()
    assert not editor.dirty

    result = subprocess.run([sys.executable, "-m", "viewer", "validate", str(drafted)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = drafted.read_text(encoding="utf-8")
    assert text.startswith("# Drafted by `report-viewer draft`")  # the file's comments are kept
    reopened = load_report(drafted).report
    fact = reopened.fact(first.id)
    assert fact.kind is FactKind.SHARE and fact.label.zh == "规上工业增加值增速（全国）"
    assert fact.label.en == "Industrial value added growth"
    assert reopened.meta.meeting_date.isoformat() == "2022-12-27"
    assert reopened.fact(new.id).quote == phrase and reopened.fact(new.id).value == 40
    assert not any(f.draft for f in reopened.facts)


def test_each_edit_is_one_undo_step_and_marks_are_kept(make_main_window, drafted: Path) -> None:
    from viewer.model.state import Mark
    from viewer.ui.state.review_actions import set_review_mark

    window = make_main_window(drafted, "en")
    context = window.context
    figures = window.set_current_tab("figures")
    first, second = context.report.facts[0], context.report.facts[1]
    assert set_review_mark(context, second.id, Mark.CHECKED)
    figures.select_key(first.id)
    type_into(figures.form.edits["unit"], "个")
    assert context.report.fact(first.id).unit == "个"
    window.undo_action.trigger()
    assert context.report.fact(first.id).unit == first.unit
    window.redo_action.trigger()
    assert context.report.fact(first.id).unit == "个"
    figures.form.delete_button.click()
    assert all(f.id != first.id for f in context.report.facts)
    assert context.state.mark_of(second.id) is Mark.CHECKED  # the checklist of unchanged ids is kept
    window.undo_action.trigger()
    assert context.report.facts[0].id == first.id


def test_a_problem_shows_on_its_row_and_blocks_saving(make_main_window, drafted: Path) -> None:
    window = make_main_window(drafted, "zh")
    context = window.context
    figures = window.set_current_tab("figures")
    first = context.report.facts[0]
    figures.select_key(first.id)
    type_into(figures.form.edits["unit"], "xyz")  # not a known unit: allowed, flagged
    row = figures.model.row_of(first.id)
    problem = figures.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "不是已知单位" in problem  # in the window's language
    figures.review_filter.setCurrentIndex(figures.review_filter.findData("problems"))
    assert figures.proxy.rowCount() == 1
    before = drafted.read_bytes()
    assert not context.editor.save()
    assert drafted.read_bytes() == before


def test_unsaved_corrections_are_asked_about_on_close(make_main_window, drafted: Path, monkeypatch) -> None:
    window = make_main_window(drafted, "en")
    editor = window.context.editor
    figures = window.set_current_tab("figures")
    figures.select_key(window.context.report.facts[0].id)
    type_into(figures.form.edits["label.en"], "Growth")
    asked: list[bool] = []

    def cancel(_parent):
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(editor, "ask_unsaved", cancel)
    assert not window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(editor, "ask_unsaved", lambda _parent: QMessageBox.StandardButton.Save)
    assert window.close()
    assert load_report(drafted).report.facts[0].label.en == "Growth"


def test_any_report_can_be_corrected(make_main_window, tmp_path: Path) -> None:
    from tests.conftest import write_mini_report

    path = write_mini_report(tmp_path / "mini")
    window = make_main_window(path, "en")
    assert not window.context.editor.active  # no drafts: edit mode waits to be asked for
    window.edit_actions.mode_action.trigger()
    assert window.context.editor.active and window.edit_actions.panel.isVisible()
    panel = window.edit_actions.panel
    assert panel.set_text("review", "title", EditPanel.EN, "Review of 2023")
    assert panel.set_text("task-1", "aim", EditPanel.EN, "Stabilise industry")
    window.edit_actions.save_action.trigger()
    report = load_report(path).report
    assert report.sections[0].title.en == "Review of 2023" and report.tasks[0].aim.en == "Stabilise industry"


SAVE_LOOP = """
import sys
from viewer.model.edit import ReportDocument, edit_field
from viewer.model.loader import load_report
doc = ReportDocument.open(load_report(sys.argv[1]))
fact = doc.plain(("facts", 0, "id"))
n = 0
while True:
    doc.apply(edit_field(doc, fact, "label.en", "A" * (n % 2 + 1) * 200))
    print(n, flush=True)
    doc.save()
    n += 1
"""


@pytest.mark.slow
@pytest.mark.parametrize("saves", [3, 20])
def test_killing_the_process_while_saving_leaves_a_whole_file(drafted: Path, saves: int) -> None:
    """SIGKILL at some point of a loop of saves: the report is the old or the new version, never half."""
    process = subprocess.Popen([sys.executable, "-c", SAVE_LOOP, str(drafted)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for _ in range(saves):
        process.stdout.readline()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    report = load_report(drafted).report  # reads and validates
    assert report.facts[0].label.en in ("", "A" * 200, "AA" * 200)
    result = subprocess.run([sys.executable, "-m", "viewer", "validate", str(drafted)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_set_and_change_a_figure_s_indicator_and_the_library_compares_it(make_main_window, drafted: Path,
                                                                          tmp_path: Path, request) -> None:
    from viewer.model.library import queries
    from viewer.model.library.index import LibraryIndex

    window = make_main_window(drafted, "zh")
    context = window.context
    figures = window.set_current_tab("figures")
    growth = next(f for f in context.report.facts if f.label.zh.startswith("规模以上工业增加值") and f.unit == "%"
                  and f.kind is FactKind.GROWTH_RATE)
    assert growth.indicator == "industrial-va-growth"  # the drafter proposed it
    assert figures.select_key(growth.id)
    combo = figures.form.combos["indicator"]
    assert combo.currentData() == "industrial-va-growth"
    assert combo.itemText(1).endswith("（由名称推断）") and combo.itemData(1) == "industrial-va-growth"
    choose(combo, "manufacturing-va-growth")  # changed by the reviewer
    assert context.report.fact(growth.id).indicator == "manufacturing-va-growth"
    other = next(f for f in context.report.facts if f.id != growth.id)
    assert figures.select_key(other.id)
    choose(figures.form.combos["indicator"], "")  # none: the field leaves the file
    assert context.report.fact(other.id).indicator is None
    assert context.editor.save()
    text = drafted.read_text("utf-8")
    assert 'indicator: manufacturing-va-growth' in text or 'indicator: "manufacturing-va-growth"' in text
    # The library compares the figure under the indicator the reviewer set.
    index = LibraryIndex(tmp_path / "index.sqlite3")
    request.addfinalizer(index.close)
    index.refresh([drafted.parent])
    points = queries.indicator_points(index, "manufacturing-va-growth")
    assert [(p.fact.id, p.indicator_set) for p in points] == [(growth.id, True)]
    assert all(p.fact.id != growth.id for p in queries.indicator_points(index, "industrial-va-growth"))
