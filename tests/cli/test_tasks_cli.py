"""`report-viewer tasks`: print in every format, --set, --mark, --import, --export, the lock, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import write_mini_report
from viewer.cli import main
from viewer.model.loader import load_report
from viewer.model.state import ReportState


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(report path, state dir); the environment variable points elsewhere to prove --state-dir wins."""
    monkeypatch.setenv("REPORT_VIEWER_STATE_DIR", str(tmp_path / "from-env"))
    return write_mini_report(tmp_path / "report"), tmp_path / "state"


def run(env: tuple[Path, Path], *args: str) -> int:
    report, state_dir = env
    return main(["tasks", "--report", str(report), "--state-dir", str(state_dir), *args])


def test_set_then_print_json(env, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(env, "--set", "task-1.projects", "done", "--note", "已开工") == 0
    assert capsys.readouterr().out == "task-1.projects: done (已完成)\n"
    assert run(env, "--set", "task-2.cloud", "受阻", "--owner", "王五", "--due", "2024-10-01") == 0
    capsys.readouterr()
    assert run(env, "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    items = {row["id"]: row for row in doc["items"]}
    assert set(items) == {"task-1.projects", "task-1.monitoring", "task-2.cloud", "task-2.platform"}
    for row in items.values():
        assert {"id", "task", "status", "note", "updated"} <= row.keys()
    assert items["task-1.projects"]["status"] == "done" and items["task-1.projects"]["note"] == "已开工"
    assert items["task-2.cloud"]["status"] == "blocked" and items["task-2.cloud"]["owner"] == "王五"
    assert items["task-1.monitoring"]["updated"] is None
    assert (env[1] / "mini-2024.json").is_file()
    assert not (env[1].parent / "from-env").exists()


def test_environment_variable_chooses_the_folder(env, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    report, _ = env
    assert main(["tasks", "--report", str(report), "--set", "task-1.projects", "doing"]) == 0
    assert (env[1].parent / "from-env" / "mini-2024.json").is_file()


def test_table_md_csv(env, capsys: pytest.CaptureFixture[str]) -> None:
    run(env, "--set", "task-1.projects", "doing")
    run(env, "--mark", "va-growth", "questioned", "--comment", "口径?")
    capsys.readouterr()
    assert run(env, "--format", "table") == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["id", "status", "owner", "due", "updated", "note"]
    assert "进行中" in table and "done 0 of 4" in table and "questioned: va-growth: 口径?" in table
    assert run(env, "--format", "md") == 0
    assert "- [ ] 推进项目建设 — 进行中" in capsys.readouterr().out
    assert run(env, "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["kind"] for r in rows] == ["action"] * 4 + ["fact"]


@pytest.mark.parametrize(("args", "message"), [
    (("--set", "task-9.nothing", "done"), "'task-9.nothing' is not an action of report mini-2024"),
    (("--set", "task-1.projects", "finished"), "unknown status 'finished'"),
    (("--set", "task-1.projects", "done", "--due", "soon"), "'due' must be a date"),
    (("--note", "x"), "--note, --owner and --due go with --set"),
    (("--mark", "task-1.projects", "checked"), "not a fact, enterprise, honour or task"),
    (("--import", "missing.json"), "missing.json: no such file to import"),
])
def test_errors_are_one_line_exit_1(env, capsys: pytest.CaptureFixture[str], args, message: str) -> None:
    assert run(env, *args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and err.startswith("report-viewer: ")


def test_refuses_to_write_while_another_instance_holds_the_lock(env, capsys: pytest.CaptureFixture[str]) -> None:
    report_path, state_dir = env
    window = ReportState.open(load_report(report_path).report, state_dir)  # stands for the open window
    try:
        assert run(env, "--set", "task-1.projects", "done") == 1
        err = capsys.readouterr().err
        assert "not changed: another Report Viewer" in err and err.count("\n") == 1
        assert run(env, "--format", "json") == 0  # reading needs no lock
        assert not window.is_done("task-1.projects")
    finally:
        window.close()
    assert run(env, "--set", "task-1.projects", "done") == 0


def test_export_then_import_into_another_folder(env, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report, _ = env
    run(env, "--set", "task-1.projects", "done")
    run(env, "--mark", "xinghai", "checked")
    export = tmp_path / "mine.json"
    assert run(env, "--export", str(export), "--format", "json") == 0
    assert json.loads(export.read_text(encoding="utf-8"))["report_id"] == "mini-2024"
    colleague = (report, tmp_path / "colleague")
    assert run(colleague, "--set", "task-2.cloud", "doing") == 0
    capsys.readouterr()
    assert run(colleague, "--import", str(export), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "added 2, changed 0, unchanged 0, ignored (older) 0, orphaned 0, invalid 0" in out
    assert "nothing changed" in out
    assert run(colleague, "--import", str(export)) == 0
    assert "applied 2 records" in capsys.readouterr().out
    run(colleague, "--format", "json")
    doc = json.loads(capsys.readouterr().out)
    statuses = {row["id"]: row["status"] for row in doc["items"]}
    assert statuses["task-1.projects"] == "done" and statuses["task-2.cloud"] == "doing"
    assert [r["id"] for r in doc["reviews"]] == ["xinghai"]


def test_export_format_from_suffix(env, tmp_path: Path) -> None:
    assert run(env, "--export", str(tmp_path / "out.md")) == 0
    assert (tmp_path / "out.md").read_text(encoding="utf-8").startswith("# 2024年某市工业工作会议")


def test_corrupt_state_file_is_reported_on_write(env, capsys: pytest.CaptureFixture[str]) -> None:
    _, state_dir = env
    state_dir.mkdir()
    (state_dir / "mini-2024.json").write_text("{broken", encoding="utf-8")
    assert run(env, "--set", "task-1.projects", "done") == 0
    err = capsys.readouterr().err
    assert "It was moved to" in err and "mini-2024.corrupt-" in err
    assert len(list(state_dir.glob("mini-2024.corrupt-*.json"))) == 1
