"""Export as JSON / CSV / Markdown and import with merge by id (the later change wins)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT
from tests.model.state_helpers import FakeClock, mini_report, without_action
from viewer.model.state import Mark, ReportState, Status
from viewer.model.state.exchange import (
    ImportFileError,
    Outcome,
    export_csv,
    export_document,
    export_json,
    export_markdown,
    preview_import,
)


@pytest.fixture
def report(tmp_path: Path):
    return mini_report(tmp_path / "report")


def test_json_export_lists_every_action(report) -> None:
    state = ReportState.in_memory(report, clock=FakeClock())
    state.apply(state.plan_item("task-1.projects", status="done", note="完成"))
    state.apply(state.plan_mark("va-growth", Mark.QUESTIONED, "来源?"))
    doc = export_document(state)
    assert doc["report_id"] == "mini-2024" and doc["version"] == 1
    assert [row["id"] for row in doc["items"]] == ["task-1.projects", "task-1.monitoring", "task-2.cloud",
                                                   "task-2.platform"]
    first, second = doc["items"][:2]
    assert {k: first[k] for k in ("task", "status", "status_zh", "note")} == {
        "task": "task-1", "status": "done", "status_zh": "已完成", "note": "完成"}
    assert first["updated"].endswith("+00:00") and second["updated"] is None and second["status"] == "todo"
    assert doc["reviews"] == [{"id": "va-growth", "kind": "fact", "label": "规上工业增加值增长", "mark": "questioned",
                               "comment": "来源?", "updated": doc["reviews"][0]["updated"], "orphaned": False}]
    # Kinds are StrEnums in the code; the file says the same words as before.
    assert '"kind":"fact",' in export_json(state)


def test_csv_and_markdown_exports(report) -> None:
    state = ReportState.in_memory(report, clock=FakeClock())
    state.apply(state.plan_item("task-2.cloud", status="blocked", note="a|b *c*", owner="李四", due="2024-09-30"))
    state.apply(state.plan_mark("xinghai", Mark.CHECKED, "ok"))
    text = export_csv(state)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 5
    cloud = next(r for r in rows if r["id"] == "task-2.cloud")
    fields = (cloud["status"], cloud["note"], cloud["owner"], cloud["due"])
    assert fields == ("blocked", "a|b *c*", "李四", "2024-09-30")
    assert next(r for r in rows if r["id"] == "xinghai")["kind"] == "enterprise"

    md = export_markdown(state)
    assert "## 2. 把数字化转型作为重要抓手 (0/2)" in md
    assert "- [ ] 推动企业上云 — 受阻 · 负责人 李四 · 截止 2024-09-30" in md
    assert "a\\|b \\*c\\*" in md  # user text cannot break the Markdown
    assert "| xinghai | enterprise | 星海电子 | 已核对 | ok |" in md
    assert "Overall progress: 0/4" in export_markdown(state, "en")


def _two_people(report):
    """Two reviewers' states whose clocks interleave: later calls get later times."""
    clock = FakeClock()
    return ReportState.in_memory(report, clock=clock), ReportState.in_memory(report, clock=clock)


def test_import_merge_rules(report) -> None:
    mine, theirs = _two_people(report)
    mine.apply(mine.plan_item("task-1.projects", status="doing"))       # older than theirs -> changed
    theirs.apply(theirs.plan_item("task-1.projects", status="done"))
    theirs.apply(theirs.plan_item("task-1.monitoring", status="blocked"))  # mine is later -> ignored
    mine.apply(mine.plan_item("task-1.monitoring", status="done"))
    theirs.apply(theirs.plan_item("task-2.cloud", status="doing", note="同"))  # same content -> unchanged
    mine.apply(mine.plan_item("task-2.cloud", status="doing", note="同"))
    theirs.apply(theirs.plan_mark("va-growth", Mark.QUESTIONED, "?"))  # new -> added
    mine_before = (mine.checklist(), mine.review())

    preview = preview_import(mine, export_json(theirs))
    assert (mine.checklist(), mine.review()) == mine_before  # the preview changes nothing
    outcomes = {e.id: e.outcome for e in preview.entries}
    assert outcomes == {"task-1.projects": Outcome.CHANGED, "task-1.monitoring": Outcome.IGNORED_OLDER,
                        "task-2.cloud": Outcome.UNCHANGED, "va-growth": Outcome.ADDED}
    assert preview.counts() == {"added": 1, "changed": 1, "unchanged": 1, "ignored_older": 1, "orphaned": 0,
                                "invalid": 0}
    mine.apply(preview.changes())
    assert mine.status("task-1.projects") is Status.DONE
    assert mine.status("task-1.monitoring") is Status.DONE
    assert mine.mark_of("va-growth") is Mark.QUESTIONED
    # Importing the same file again changes nothing.
    again = preview_import(mine, export_json(theirs))
    assert again.count(Outcome.ADDED) == again.count(Outcome.CHANGED) == 0


def test_import_tie_keeps_ours(report) -> None:
    fixed = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    mine = ReportState.in_memory(report, clock=lambda: fixed)
    theirs = ReportState.in_memory(report, clock=lambda: fixed)
    mine.apply(mine.plan_item("task-1.projects", status="doing"))
    theirs.apply(theirs.plan_item("task-1.projects", status="done"))
    [entry] = preview_import(mine, export_json(theirs)).entries
    assert entry.outcome is Outcome.IGNORED_OLDER


def test_import_counts_orphans_and_invalid_rows(report, tmp_path: Path) -> None:
    newer = mini_report(tmp_path / "v2", without_action(MINI_REPORT, "task-1.projects", "推进项目建设"))
    mine = ReportState.in_memory(newer, clock=FakeClock())
    theirs = ReportState.in_memory(report, clock=FakeClock())
    theirs.apply(theirs.plan_item("task-1.projects", status="done"))
    doc = export_document(theirs)
    doc["items"][1] |= {"status": "finished", "updated": "2024-01-01T00:00:00+00:00"}
    preview = preview_import(mine, json.dumps(doc))
    assert preview.counts()["orphaned"] == 1 and preview.counts()["invalid"] == 1
    assert "finished" in preview.problems[0]
    mine.apply(preview.changes())
    assert "task-1.projects" in mine.orphaned_checklist()  # kept, shown as orphaned
    assert "orphaned 1, invalid 1" in preview.summary()


def test_import_accepts_a_state_file(report, tmp_path: Path) -> None:
    theirs = ReportState.open(report, tmp_path / "theirs", clock=FakeClock())
    theirs.apply(theirs.plan_item("task-2.platform", status="done"))
    theirs.close()
    text = (tmp_path / "theirs" / "mini-2024.json").read_text(encoding="utf-8")
    mine = ReportState.in_memory(report)
    assert preview_import(mine, text).count(Outcome.ADDED) == 1


@pytest.mark.parametrize(("text", "message"), [
    ("{nope", "not valid JSON"),
    ("[]", "expected a JSON object"),
    ('{"format": "something-else"}', "not an export"),
    ('{"format": "industry-report-viewer/export", "version": 7}', "version 7"),
    ('{"format": "industry-report-viewer/export", "version": 1, "report_id": "other"}', "for report 'other'"),
])
def test_unusable_import_files(report, text: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        preview_import(ReportState.in_memory(report), text)


def test_import_names_a_key_written_twice_in_one_row(report) -> None:
    theirs = ReportState.in_memory(report, clock=FakeClock())
    theirs.apply(theirs.plan_item("task-1.projects", status="done"))
    text = export_json(theirs).replace('"status":"done"', '"status":"blocked","status":"done"', 1)
    assert text.count('"status":"blocked","status":"done"') == 1
    preview = preview_import(ReportState.in_memory(report), text)
    # JSON's reader keeps the last value without a word; the user is told which row said two things.
    assert any("'status'" in p and "task-1.projects" in p and "twice" in p for p in preview.problems)
    [entry] = preview.entries
    assert entry.theirs.status is Status.DONE  # the last value, as before


def test_import_names_an_id_given_twice_and_takes_the_later_change(report) -> None:
    theirs = ReportState.in_memory(report, clock=FakeClock())
    theirs.apply(theirs.plan_item("task-1.projects", status="doing"))
    older = export_document(theirs)["items"][0]
    theirs.apply(theirs.plan_item("task-1.projects", status="done"))
    doc = export_document(theirs)
    doc["items"].append(older)  # the older change of the same action, listed after the newer one
    preview = preview_import(ReportState.in_memory(report), json.dumps(doc))
    assert any("task-1.projects" in p and "#1" in p and "#5" in p for p in preview.problems)
    [entry] = preview.entries
    assert entry.theirs.status is Status.DONE  # the later change wins, wherever its row stands


def test_state_file_with_an_item_written_twice_is_reported(report, tmp_path: Path) -> None:
    from viewer.model.state.document import decode

    theirs = ReportState.open(report, tmp_path / "s", clock=FakeClock())
    theirs.apply(theirs.plan_item("task-2.platform", status="done"))
    theirs.close()
    raw = (tmp_path / "s" / "mini-2024.json").read_text(encoding="utf-8")
    line = next(x for x in raw.splitlines() if x.startswith('"task-2.platform"'))
    doubled = raw.replace(line, line.replace('"done"', '"blocked"') + ",\n" + line, 1)
    decoded = decode(doubled.encode("utf-8"), "mini-2024")
    assert any("'task-2.platform'" in p and "twice" in p for p in decoded.problems)
