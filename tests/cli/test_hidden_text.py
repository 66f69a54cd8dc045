"""Hidden characters (bidi overrides, escape sequences, lone surrogates) on the command line: refused in what the
user records and in report strings, shown as ⟨U+XXXX⟩ in every message, never obeyed by the terminal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, isolated_env, write_mini_report
from viewer.cli import main


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return write_mini_report(tmp_path / "report")


def test_a_file_name_cannot_print_a_fake_ok_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml\r\x1b[2Kreport.yaml: OK (3 facts)"
    bad.write_text("meta: {}\n", "utf-8")
    proc = subprocess.run([sys.executable, "-m", "viewer", "validate", str(bad)], capture_output=True,
                          env=isolated_env(tmp_path), timeout=120)
    assert proc.returncode == 1
    assert b"\x1b" not in proc.stderr and b"\r" not in proc.stderr
    assert "⟨U+001B⟩[2K".encode() in proc.stderr and "⟨U+000D⟩".encode() in proc.stderr


@pytest.mark.parametrize(("old", "new", "code"), [
    ("  source: mini-source.txt\n", "  source: mini-source.txt\n  source_url: https://example.invalid/\u202etxt.exe\n",
     "U+202E"),
    ("  source: mini-source.txt\n", "  source: mini-source.txt\n  version: \"2\u200b\"\n", "U+200B"),
    ("{zh: 海城, en: Haicheng}", "{zh: 海\u00ad城, en: Haicheng}", "U+00AD"),
    ("{zh: 海城, en: Haicheng}", "{zh: 海城\ufe0f, en: Haicheng}", "U+FE0F"),
    ("{zh: 海城, en: Haicheng}", "{zh: 海城\U000e0041, en: Haicheng}", "U+E0041"),
])
def test_every_report_string_is_checked(tmp_path: Path, capsys, old: str, new: str, code: str) -> None:
    assert old in MINI_REPORT
    path = write_mini_report(tmp_path / "r", MINI_REPORT.replace(old, new, 1))
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"character {code} at position" in err


def test_a_note_with_a_bidi_override_is_refused_and_nothing_is_saved(report: Path, tmp_path: Path, capsys) -> None:
    state = tmp_path / "state"
    code = main(["tasks", "--report", str(report), "--state-dir", str(state), "--set", "task-1.projects", "done",
                 "--note", "完成\u202e%001"])
    err = capsys.readouterr().err
    assert code == 1 and "U+202E" in err and "\u202e" not in err
    assert not (state / "mini-2024.json").exists()


def _export_with_note(note: str) -> str:
    return json.dumps({"format": "industry-report-viewer/export", "version": 1, "report_id": "mini-2024",
                       "items": [{"id": "task-1.projects", "status": "done", "note": note,
                                  "updated": "2024-03-01T08:15:00+00:00"},
                                 {"id": "task-2.cloud", "status": "doing", "note": "ok",
                                  "updated": "2024-03-01T08:15:00+00:00"}]}, ensure_ascii=True)


def test_importing_a_lone_surrogate_skips_that_record_with_a_reason(report: Path, tmp_path: Path, capsys) -> None:
    export = tmp_path / "colleague.json"
    export.write_text(_export_with_note("\ud800"), "ascii")  # valid JSON: "\ud800"
    state = tmp_path / "state"
    code = main(["tasks", "--report", str(report), "--state-dir", str(state), "--import", str(export)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "skipped" in err and "U+D800" in err and "added 1" in out
    # The later saves work: the state file is valid UTF-8 and reads back.
    assert main(["tasks", "--report", str(report), "--state-dir", str(state), "--set", "task-2.platform",
                 "done"]) == 0
    json.loads((state / "mini-2024.json").read_text("utf-8"))


def test_a_state_file_from_an_older_version_with_a_surrogate_loads_and_saves(report: Path, tmp_path: Path,
                                                                            capsys) -> None:
    state = tmp_path / "state"
    state.mkdir()
    doc = {"format": "industry-report-viewer/state", "version": 1, "report_id": "mini-2024",
           "checklist": {"task-1.projects": {"status": "done", "note": "a\ud800b\u202ec", "owner": "王\u200b五",
                                             "updated": "2024-03-01T08:15:00+00:00"}}, "review": {}}
    (state / "mini-2024.json").write_text(json.dumps(doc), "ascii")
    assert main(["tasks", "--report", str(report), "--state-dir", str(state), "--set", "task-2.cloud", "done"]) == 0
    capsys.readouterr()
    assert main(["tasks", "--report", str(report), "--state-dir", str(state), "--format", "json"]) == 0
    items = {row["id"]: row for row in json.loads(capsys.readouterr().out)["items"]}
    assert items["task-1.projects"]["status"] == "done"  # kept, with its note made visible
    assert items["task-1.projects"]["note"] == "a⟨U+D800⟩b⟨U+202E⟩c"
    assert items["task-1.projects"]["owner"] == "王⟨U+200B⟩五"
    assert items["task-2.cloud"]["status"] == "done"
