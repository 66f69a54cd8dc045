"""The state format is always read back; unreadable files are moved aside with a message, never taken as empty;
times near the ends of the calendar and deep nesting give clean errors (issue 15)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.model.state_helpers import mini_report
from viewer.model.state import ReportState
from viewer.model.state import storage as storage_module
from viewer.model.state.document import Records, decode, encode
from viewer.model.state.exchange import ImportFileError, export_json, preview_import, read_import
from viewer.model.state.records import ChecklistItem, RecordError, Status, parse_time

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def report(tmp_path: Path):
    return mini_report(tmp_path / "report")


def _state_doc(checklist: dict) -> dict:
    return {"format": "industry-report-viewer/state", "version": 1, "report_id": "mini-2024",
            "checklist": checklist, "review": {}}


GOOD = {"status": "done", "note": "ok", "updated": "2024-03-01T08:15:00+00:00"}


@pytest.mark.parametrize("text", ["9999-12-31T23:59:59.999999+01:00", "9999-12-31T23:59:59.999999-01:00",
                                  "0001-01-01T00:00:00+01:00", "1969-12-31T23:59:59+00:00"])
def test_times_near_the_ends_of_the_calendar_are_refused_cleanly(text: str) -> None:
    with pytest.raises(RecordError, match="outside the years 1970–8999"):
        parse_time(text)


def test_a_state_file_with_a_time_past_the_end_opens_and_is_moved_aside(report, tmp_path: Path) -> None:
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    bad = dict(GOOD, updated="9999-12-31T23:59:59.999999-01:00")
    (state_dir / "mini-2024.json").write_text(json.dumps(_state_doc({"task-1.projects": bad,
                                                                     "task-2.cloud": GOOD})), "utf-8")
    state = ReportState.open(report, state_dir)
    assert state.status("task-2.cloud") == Status.DONE  # the good record is recovered
    assert [n.kind for n in state.notices] == ["moved_aside"] and "1970–8999" in state.notices[0].detail
    assert state.apply(state.plan_item("task-1.projects", status="doing"))  # changes save again
    aside = list(state_dir.glob("mini-2024.corrupt-*.json"))
    assert len(aside) == 1 and "9999-12-31" in aside[0].read_text("utf-8")  # kept byte for byte
    state.close()


def test_importing_a_time_past_the_end_skips_that_record(report) -> None:
    state = ReportState.in_memory(report)
    export = json.loads(export_json(state))
    export["items"][0].update(status="done", updated="9999-12-31T23:59:59.999999+01:00")
    export["items"][1].update(status="done", updated="2024-03-01T08:15:00+00:00")
    preview = preview_import(state, json.dumps(export))
    assert preview.count("added") == 1 and "1970–8999" in preview.problems[0]
    assert state.apply(preview.changes())


def test_deep_nesting_is_a_clean_error_in_state_and_import_files(report, tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    decoded = decode(deep.encode(), "mini-2024")
    assert not decoded.salvageable and "nested too deeply" in decoded.problems[0]
    with pytest.raises(ImportFileError, match="nested too deeply"):
        read_import(deep, "mini-2024")
    nested_note = json.dumps(_state_doc({"task-1.projects": dict(GOOD, note=[[[[["x"]]]]])}))
    decoded = decode(nested_note.encode(), "mini-2024")
    assert "'note' must be text" in decoded.problems[0]
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    (state_dir / "mini-2024.json").write_text('{"checklist":' + deep + "}", "utf-8")
    state = ReportState.open(report, state_dir)
    assert state.notices[0].kind == "moved_aside" and "nested too deeply" in state.notices[0].detail
    state.close()


def test_a_huge_value_in_a_message_is_cut_short(report) -> None:
    with pytest.raises(ImportFileError) as info:
        read_import(json.dumps({"format": "x" * 1_000_000}), "mini-2024")
    assert len(str(info.value)) < 200
    with pytest.raises(ImportFileError, match="not valid JSON"):
        read_import('{"n": ' + "9" * 5000 + "}", "mini-2024")  # past Python's digit limit


def test_the_state_is_written_compact_and_reads_back(report, tmp_path: Path) -> None:
    state = ReportState.open(report, tmp_path / "state")
    state.apply(state.plan_item("task-1.projects", status="done", note="第一行\n第二行"))
    raw = (tmp_path / "state" / "mini-2024.json").read_bytes()
    assert b"\n  " not in raw  # not indented
    assert json.loads(raw)["checklist"]["task-1.projects"]["note"] == "第一行\n第二行"
    assert decode(raw, "mini-2024").records.checklist == state.checklist()
    records = Records({f"orphan-{i:06d}": ChecklistItem(Status.DONE, parse_time(GOOD["updated"]), note="n" * 100)
                       for i in range(2000)})
    assert decode(encode("mini-2024", records), "mini-2024").records == records
    state.close()


def test_a_state_larger_than_the_reader_takes_is_never_written(report, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    state = ReportState.open(report, tmp_path / "state")
    assert state.apply(state.plan_item("task-1.projects", status="doing"))
    before = (tmp_path / "state" / "mini-2024.json").read_bytes()
    limit = len(before) + 100
    monkeypatch.setattr(storage_module, "MAX_STATE_BYTES", limit)
    monkeypatch.setattr("viewer.model.state.report_state.MAX_STATE_BYTES", limit)
    assert not state.apply(state.plan_item("task-1.projects", status="done", note="长" * 500))
    assert state.save_error_kind == "too_large" and "reads back" in (state.save_error_reason or "")
    assert (tmp_path / "state" / "mini-2024.json").read_bytes() == before  # the good file is untouched
    assert state.is_done("task-1.projects")  # kept in memory; undoing the change lets it save
    assert state.apply(state.plan_item("task-1.projects", note=""))
    state.close()


@pytest.mark.parametrize("kind", ["fifo", "folder", "link", "too large"])
def test_a_state_file_that_cannot_be_read_is_moved_aside_with_a_message(report, tmp_path: Path, kind: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    path = state_dir / "mini-2024.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "link":
        (tmp_path / "elsewhere.json").write_text(json.dumps(_state_doc({"task-1.projects": GOOD})), "utf-8")
        path.symlink_to(tmp_path / "elsewhere.json")
    else:
        path.write_text(json.dumps(_state_doc({"task-1.projects": GOOD})), "utf-8")
        monkeypatch.setattr(storage_module, "MAX_STATE_BYTES", 10)
    reader = ReportState.open(report, state_dir, read_only=True)
    assert reader.read_only_kind == "unreadable" and "cannot read" in (reader.read_only_reason or "")
    state = ReportState.open(report, state_dir)
    assert not state.read_only
    assert [n.kind for n in state.notices] == ["moved_aside"] and state.notices[0].moved_to is not None
    assert state.notices[0].moved_to.exists() or state.notices[0].moved_to.is_symlink()  # kept, never deleted
    assert state.apply(state.plan_item("task-2.cloud", status="done"))
    assert json.loads(path.read_text("utf-8"))["checklist"]["task-2.cloud"]["status"] == "done"
    if kind == "link":
        assert json.loads((tmp_path / "elsewhere.json").read_text("utf-8"))["checklist"]["task-1.projects"]
    state.close()
