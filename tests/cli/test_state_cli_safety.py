"""`tasks` never loses a change silently and never shows an unreadable checklist as empty."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from tests.conftest import write_mini_report
from viewer.cli import main


@pytest.fixture
def env(tmp_path: Path) -> list[str]:
    report = write_mini_report(tmp_path / "report")
    return ["tasks", "--report", str(report), "--state-dir", str(tmp_path / "state")]


def test_a_failed_save_exits_non_zero_and_says_not_saved(env, tmp_path: Path, capsys,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert main([*env, "--set", "task-1.projects", "doing"]) == 0
    capsys.readouterr()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    assert main([*env, "--set", "task-1.projects", "done"]) == 1
    err = capsys.readouterr().err
    assert "NOT saved" in err and "full" in err
    assert "kept in memory" not in err and "next change" not in err
    monkeypatch.undo()
    capsys.readouterr()
    assert main([*env, "--format", "json"]) == 0
    items = {r["id"]: r for r in json.loads(capsys.readouterr().out)["items"]}
    assert items["task-1.projects"]["status"] == "doing"  # what is on disk, as the message said


def test_an_unreadable_state_is_an_error_when_listing_never_an_empty_list(env, tmp_path: Path, capsys) -> None:
    assert main([*env, "--set", "task-1.projects", "done"]) == 0
    path = tmp_path / "state" / "mini-2024.json"
    path.unlink()
    os.mkfifo(path)
    capsys.readouterr()
    assert main([*env]) == 1
    err = capsys.readouterr().err
    assert "FIFO" in err and "nothing is shown" in err
    # A change moves it aside (kept) and says so.
    assert main([*env, "--set", "task-2.cloud", "done"]) == 0
    err = capsys.readouterr().err
    assert "moved to" in err


def test_a_state_file_with_nothing_usable_is_an_error_when_listing(env, tmp_path: Path, capsys) -> None:
    assert main([*env, "--set", "task-1.projects", "done"]) == 0
    path = tmp_path / "state" / "mini-2024.json"
    path.write_text('{"checklist":' + "[" * 100_000 + "}", "utf-8")
    capsys.readouterr()
    assert main([*env]) == 1  # was: every action listed as not started, exit 0
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "nothing is shown" in err
    assert main([*env, "--export", str(tmp_path / "out.json")]) == 1
    assert not (tmp_path / "out.json").exists()


def test_pdf_says_when_the_checklist_cannot_be_read(env, tmp_path: Path, capsys,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    report = env[2]
    state = tmp_path / "state"
    state.mkdir()
    monkeypatch.setenv("REPORT_VIEWER_STATE_DIR", str(state))
    os.mkfifo(state / "mini-2024.json")  # opening it blocked the PDF forever
    out = tmp_path / "r.pdf"
    assert main(["pdf", "--report", report, "--out", str(out), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "checklist state not read" in err and "FIFO" in err and "not started" in err
    assert out.read_bytes().startswith(b"%PDF")
