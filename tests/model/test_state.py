"""ReportState: round trip, progress, validation, orphans, corrupt files, write failures, the lock."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT
from tests.model.state_helpers import FakeClock, mini_report, without_action
from viewer.model.state import (
    Changes,
    Mark,
    ReadOnlyStateError,
    ReportState,
    StateError,
    Status,
    parse_status,
)
from viewer.model.state.records import ChecklistItem, RecordError, format_time, next_time, parse_time


@pytest.fixture
def report(tmp_path: Path):
    return mini_report(tmp_path / "report")


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


def open_state(report, state_dir: Path, clock=None) -> ReportState:
    return ReportState.open(report, state_dir, clock=clock or FakeClock())


def state_file(state_dir: Path) -> Path:
    return state_dir / "mini-2024.json"


# --- records ---------------------------------------------------------------------------------------------

def test_status_accepts_keys_and_chinese_names() -> None:
    assert parse_status("done") is Status.DONE
    assert parse_status(" DOING ") is Status.DOING
    assert parse_status("受阻") is Status.BLOCKED
    assert parse_status("未开始") is Status.TODO
    assert [s.zh for s in Status] == ["未开始", "进行中", "已完成", "受阻"]
    with pytest.raises(RecordError, match="unknown status 'finished'"):
        parse_status("finished")


def test_times_are_utc_iso_with_offset() -> None:
    when = dt.datetime(2024, 3, 1, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert format_time(when) == "2024-03-01T08:00:00.000000+00:00"
    assert parse_time("2024-03-01T16:00:00+08:00") == when
    with pytest.raises(RecordError, match="no UTC offset"):
        parse_time("2024-03-01T08:00:00")
    earlier = when - dt.timedelta(hours=1)
    assert next_time(earlier, when) == when + dt.timedelta(microseconds=1)


def test_invalid_records_are_refused() -> None:
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(RecordError, match="owner"):
        ChecklistItem(Status.DONE, now, owner="a\nb")
    with pytest.raises(RecordError, match="due"):
        ChecklistItem.from_json({"status": "done", "updated": format_time(now), "due": "next week"})
    with pytest.raises(RecordError, match="control"):
        ChecklistItem(Status.DONE, now, note="bell\x07")


# --- round trip and progress -------------------------------------------------------------------------------

def test_round_trip_keeps_every_field(report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    assert state.apply(state.plan_item("task-1.projects", status="doing", note="第一行\n第二行", owner="张三",
                                       due="2024-06-30"))
    assert state.apply(state.plan_mark("va-growth", Mark.QUESTIONED, "增速是否为8.2%?"))
    assert state.apply(state.plan_mark("xinghai", Mark.CHECKED))
    before = (state.checklist(), state.review())
    state.close()

    data = json.loads(state_file(state_dir).read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["report_id"] == "mini-2024"
    assert data["checklist"]["task-1.projects"]["updated"].endswith("+00:00")
    again = open_state(report, state_dir)
    assert (again.checklist(), again.review()) == before
    item = again.item("task-1.projects")
    assert item is not None and item.due == dt.date(2024, 6, 30) and item.owner == "张三"
    assert again.notices == [] and again.save_error is None and not again.read_only


def test_progress_and_review_counts(report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    assert state.task_progress("task-1") == (0, 2)
    state.apply(state.plan_task_status("task-1", Status.DONE))
    state.apply(state.plan_item("task-2.cloud", status="blocked"))
    assert state.task_progress("task-1") == (2, 2)
    assert state.task_progress("task-2") == (0, 2)
    assert state.task_progress("nope") == (0, 0)
    assert state.overall_progress() == (2, 4)
    assert [state.status(a) for a in ("task-1.projects", "task-1.monitoring", "task-2.cloud", "task-2.platform")] == \
        [Status.DONE, Status.DONE, Status.BLOCKED, Status.TODO]
    state.apply(state.plan_mark("va-growth", Mark.CHECKED))
    state.apply(state.plan_mark("task-2", Mark.QUESTIONED, "why?"))
    counts = state.review_counts()
    # 3 facts + 1 enterprise + 2 tasks are reviewable in the mini report.
    assert (counts.checked, counts.questioned, counts.unreviewed, counts.total) == (1, 1, 4, 6)
    assert state.questioned() == ["task-2"]


def test_changes_are_validated(report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    with pytest.raises(StateError, match="not an action"):
        state.plan_item("va-growth", status="done")
    with pytest.raises(StateError, match="unknown status"):
        state.plan_item("task-1.projects", status="finished")
    with pytest.raises(StateError, match="not a fact, enterprise, honour or task"):
        state.plan_mark("task-1.projects", Mark.CHECKED)
    with pytest.raises(StateError, match="not an item id"):
        state.apply(Changes(checklist={"../evil": None}))
    assert not state_file(state_dir).exists()


def test_no_op_changes_are_empty(report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    assert not state.plan_item("task-1.projects", status="todo")
    state.apply(state.plan_item("task-1.projects", status="done"))
    assert not state.plan_item("task-1.projects", status="done")
    assert not state.plan_mark("va-growth", Mark.UNREVIEWED)


def test_cleared_mark_keeps_a_dated_record(report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    state.apply(state.plan_mark("va-growth", Mark.QUESTIONED, "?"))
    state.apply(state.plan_mark("va-growth", Mark.UNREVIEWED, ""))
    mark = state.mark("va-growth")
    assert mark is not None and mark.mark is Mark.UNREVIEWED  # so an older colleague's mark loses on import


def test_snapshot_undoes_a_change(report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    state.apply(state.plan_item("task-1.projects", status="doing"))
    change = state.plan_task_status("task-1", Status.DONE)
    undo = state.snapshot(change)
    state.apply(change)
    assert state.task_progress("task-1") == (2, 2)
    state.apply(undo)
    assert state.status("task-1.projects") is Status.DOING and state.item("task-1.monitoring") is None
    reopened = open_state(report, state_dir)
    assert reopened.checklist() == state.checklist()


def test_listeners_hear_every_change(report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    events = []
    state.add_listener(events.append)
    state.apply(state.plan_item("task-2.cloud", status="done"))
    assert len(events) == 1 and events[0].ids == {"task-2.cloud"} and events[0].saved


# --- orphans ------------------------------------------------------------------------------------------------

def test_orphaned_items_survive_a_new_report_version(tmp_path: Path, report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    state.apply(state.plan_item("task-1.projects", status="done", note="已开工"))
    state.apply(state.plan_item("task-2.cloud", status="doing"))
    state.close()

    newer = mini_report(tmp_path / "v2", without_action(MINI_REPORT, "task-1.projects", "推进项目建设"))
    state = open_state(newer, state_dir)
    assert state.status("task-2.cloud") is Status.DOING  # kept: its id still exists
    assert list(state.orphaned_checklist()) == ["task-1.projects"]
    assert "task-2.cloud" not in state.orphaned_checklist()
    assert state.task_progress("task-1") == (0, 1)  # orphans do not count as progress
    with pytest.raises(StateError, match="orphaned"):
        state.plan_item("task-1.projects", status="todo")
    state.apply(state.plan_item("task-2.cloud", status="done"))  # saving keeps the orphan in the file
    data = json.loads(state_file(state_dir).read_text(encoding="utf-8"))
    assert data["checklist"]["task-1.projects"]["note"] == "已开工"

    # And when the action comes back in a later version, so does its progress.
    state.set_report(report)
    assert state.status("task-1.projects") is Status.DONE and not state.orphaned_checklist()


def test_set_report_refuses_another_report(report, state_dir: Path, tmp_path: Path) -> None:
    other = mini_report(tmp_path / "other", MINI_REPORT.replace("id: mini-2024", "id: other-2024"))
    state = open_state(report, state_dir)
    with pytest.raises(StateError, match="belongs to report"):
        state.set_report(other)


# --- unreadable files ------------------------------------------------------------------------------------------

def _aside_files(state_dir: Path) -> list[Path]:
    return sorted(state_dir.glob("mini-2024.corrupt-*.json"))


def test_corrupt_json_is_moved_aside_and_reported(report, state_dir: Path) -> None:
    state_dir.mkdir()
    state_file(state_dir).write_bytes(b'{"format": "industry-report-viewer/state", "version": 1, "chec')
    state = open_state(report, state_dir)
    [aside] = _aside_files(state_dir)
    assert aside.read_bytes().endswith(b'"chec')  # kept byte for byte
    [notice] = state.notices
    assert notice.moved_to == aside and str(aside) in notice.message and "not valid JSON" in notice.message
    assert (notice.kind, notice.recovered) == ("moved_aside", None) and "not valid JSON" in notice.detail
    assert not state.read_only and state.checklist() == {}
    assert state.apply(state.plan_item("task-1.projects", status="done"))
    assert json.loads(state_file(state_dir).read_text())["checklist"]["task-1.projects"]["status"] == "done"


def test_bad_records_are_salvaged(report, state_dir: Path) -> None:
    good = open_state(report, state_dir)
    good.apply(good.plan_item("task-1.projects", status="done", note="keep me"))
    good.apply(good.plan_mark("va-growth", Mark.CHECKED))
    good.close()
    data = json.loads(state_file(state_dir).read_text())
    data["checklist"]["task-2.cloud"] = {"status": "finished", "updated": "2024-01-01T00:00:00+00:00"}
    state_file(state_dir).write_text(json.dumps(data))

    state = open_state(report, state_dir)
    [notice] = state.notices
    assert "task-2.cloud" in notice.message and "2 records were recovered" in notice.message
    assert notice.recovered == 2
    assert state.item("task-1.projects").note == "keep me"  # type: ignore[union-attr]
    assert state.mark_of("va-growth") is Mark.CHECKED
    # What was recovered is written back at once; the original is kept aside.
    assert json.loads(state_file(state_dir).read_text())["checklist"].keys() == {"task-1.projects"}
    assert "finished" in _aside_files(state_dir)[0].read_text()


@pytest.mark.parametrize(("change", "expected"), [
    ({"version": 99}, "unknown version 99"),
    ({"report_id": "another-report"}, "belongs to report 'another-report'"),
    ({"checklist": []}, "'checklist' is a list"),
])
def test_unreadable_documents_are_moved_aside(report, state_dir: Path, change: dict, expected: str) -> None:
    good = open_state(report, state_dir)
    good.apply(good.plan_item("task-1.projects", status="done"))
    good.close()
    data = json.loads(state_file(state_dir).read_text()) | change
    state_file(state_dir).write_text(json.dumps(data))
    state = open_state(report, state_dir)
    assert len(_aside_files(state_dir)) == 1
    assert expected in state.notices[0].message
    if "report_id" in change:
        assert state.checklist() == {}  # another report's records are never attached to this one


def test_non_object_json_is_moved_aside(report, state_dir: Path) -> None:
    state_dir.mkdir()
    state_file(state_dir).write_text("[1, 2, 3]")
    state = open_state(report, state_dir)
    assert len(_aside_files(state_dir)) == 1 and "not a state object" in state.notices[0].message


def test_two_corrupt_files_in_the_same_second_both_kept(report, state_dir: Path) -> None:
    fixed = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    for _ in range(2):
        state_dir.mkdir(exist_ok=True)
        state_file(state_dir).write_text("{broken")
        ReportState.open(report, state_dir, clock=lambda: fixed).close()
    assert [p.name for p in _aside_files(state_dir)] == [
        "mini-2024.corrupt-20240501T000000Z-2.json", "mini-2024.corrupt-20240501T000000Z.json"]


# --- write failures -------------------------------------------------------------------------------------------

def test_failed_writes_keep_changes_and_retry(report, state_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = open_state(report, state_dir)
    state.apply(state.plan_item("task-1.projects", status="doing"))
    real_replace = os.replace

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    # Tests run as root, where chmod 0o500 does not stop writes: make the rename fail instead.
    monkeypatch.setattr(os, "replace", refuse)
    events = []
    state.add_listener(events.append)
    assert not state.apply(state.plan_item("task-1.projects", status="done"))
    assert not state.apply(state.plan_mark("va-growth", Mark.QUESTIONED, "?"))
    assert state.dirty and "read-only" in (state.save_error or "") and "kept in memory" in (state.save_error or "")
    assert state.save_error_kind == "read_only"
    assert events[-1].save_error == state.save_error and not events[-1].saved
    assert state.is_done("task-1.projects")  # the change lives on in memory
    assert list(state_dir.glob("*.tmp")) == []  # no temporary file left behind
    on_disk = json.loads(state_file(state_dir).read_text())
    assert on_disk["checklist"]["task-1.projects"]["status"] == "doing"  # the saved file is untouched

    monkeypatch.setattr(os, "replace", real_replace)
    assert state.retry_save()
    assert state.save_error is None and not state.dirty
    on_disk = json.loads(state_file(state_dir).read_text())
    assert on_disk["checklist"]["task-1.projects"]["status"] == "done" and "va-growth" in on_disk["review"]


def test_disk_full_is_named(report, state_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = open_state(report, state_dir)

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert not state.apply(state.plan_item("task-1.projects", status="done"))
    assert "disk holding" in (state.save_error or "") and state.save_error_kind == "disk_full"
    monkeypatch.undo()
    assert state.apply(state.plan_item("task-1.monitoring", status="done"))  # the next change saves both
    assert state.close()
    assert open_state(report, state_dir).overall_progress() == (2, 4)


def test_state_dir_replaced_by_a_file(report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    state.apply(state.plan_item("task-1.projects", status="done"))
    state_file(state_dir).unlink()
    for leftover in state_dir.iterdir():
        leftover.unlink()
    state_dir.rmdir()
    state_dir.write_text("not a folder")
    assert not state.apply(state.plan_item("task-2.cloud", status="done"))
    assert "is not a folder" in (state.save_error or "") and state.save_error_kind == "not_a_folder"
    state_dir.unlink()
    assert state.retry_save()  # the folder is made again and everything recorded is written
    assert json.loads(state_file(state_dir).read_text())["checklist"].keys() == {"task-1.projects", "task-2.cloud"}


def test_deleted_state_dir_is_recreated(report, state_dir: Path) -> None:
    state = open_state(report, state_dir)
    state.apply(state.plan_item("task-1.projects", status="done"))
    for leftover in state_dir.iterdir():
        leftover.unlink()
    state_dir.rmdir()
    assert state.apply(state.plan_item("task-2.cloud", status="done"))
    assert open_state(report, state_dir).read_only  # the re-made lock file is held again by ``state``


def test_unwritable_state_dir_at_open(report, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    state = open_state(report, blocker / "state")
    assert state.save_error and "is not a folder" in state.save_error and not state.read_only
    assert not state.apply(state.plan_item("task-1.projects", status="done"))
    assert state.is_done("task-1.projects")
    assert not state.close()  # tells the caller the change could not be written


# --- two instances ----------------------------------------------------------------------------------------------

def test_second_instance_is_read_only(report, state_dir: Path) -> None:
    first = open_state(report, state_dir)
    first.apply(first.plan_item("task-1.projects", status="done"))
    second = open_state(report, state_dir)
    assert second.read_only and "read-only" in (second.read_only_reason or "") and second.read_only_kind == "held"
    assert second.holder_pid() == os.getpid()
    assert f"process {os.getpid()}" in (second.read_only_reason or "")
    assert second.is_done("task-1.projects")  # it shows what the first saved
    with pytest.raises(ReadOnlyStateError):
        second.apply(second.plan_item("task-2.cloud", status="done"))
    first.apply(first.plan_item("task-2.cloud", status="doing"))
    second.reload()
    assert second.status("task-2.cloud") is Status.DOING
    assert not second.take_over()
    first.close()
    assert second.take_over() and not second.read_only
    assert second.apply(second.plan_item("task-2.cloud", status="done"))


def test_second_instance_does_not_move_a_corrupt_file(report, state_dir: Path) -> None:
    first = open_state(report, state_dir)
    state_file(state_dir).write_text("{oops")
    second = open_state(report, state_dir)
    assert second.read_only and _aside_files(state_dir) == [] and "has problems" in second.notices[0].message
    first.close()
