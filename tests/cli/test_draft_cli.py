"""`report-viewer draft`: writes a YAML that `validate` accepts, handles GBK, and fails in one line."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import MINI_SOURCE
from viewer.cli import main
from viewer.model.loader import load_report
from viewer.model.paths import data_dir

FUJIAN = data_dir() / "sources" / "fujian-2023-industry-it-work-conference.txt"


def test_draft_writes_a_report_that_validate_accepts(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    source = tmp_path / "fujian.txt"
    shutil.copy(FUJIAN, source)
    assert main(["draft", str(source)]) == 0
    out = capsys.readouterr().out
    assert "drafted 44 facts, 9 tasks" in out
    assert "8 enterprises" in out and "6 sections" in out
    assert f"wrote {tmp_path / 'fujian.yaml'}" in out
    assert main(["validate", str(tmp_path / "fujian.yaml")]) == 0
    assert "OK (44 facts" in capsys.readouterr().out


def test_draft_options_out_id_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    source = tmp_path / "mini.txt"
    source.write_text(MINI_SOURCE, encoding="utf-8")
    out = tmp_path / "reports" / "mini.yaml"
    assert main(["draft", str(source), "--out", str(out), "--id", "mini-draft", "--title", "某市会议"]) == 0
    report = load_report(out).report
    assert (report.meta.id, report.meta.title.zh, report.meta.source) == ("mini-draft", "某市会议",
                                                                         "sources/mini.txt")
    assert [t.number for t in report.tasks] == [1, 2]
    assert {(f.value, f.unit) for f in report.facts} == {(8.2, "%"), (2, "位"), (12, "个")}
    assert [e.name.zh for e in report.enterprises] == ["星海电子"]
    assert "2 tasks" in capsys.readouterr().out


def test_draft_gbk_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    source = tmp_path / "gbk.txt"
    source.write_bytes(FUJIAN.read_text(encoding="utf-8").encode("gbk"))
    assert main(["draft", str(source)]) == 0
    out = capsys.readouterr().out
    assert "converted from gb18030 to UTF-8" in out
    copy = tmp_path / "sources" / "gbk.txt"
    assert copy.read_text(encoding="utf-8") == FUJIAN.read_text(encoding="utf-8")
    assert main(["validate", str(tmp_path / "gbk.yaml")]) == 0


def test_missing_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["draft", str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"report-viewer: draft: {tmp_path / 'missing.txt'}: no such file"]


def test_existing_output_is_kept_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    source = tmp_path / "mini.txt"
    source.write_text(MINI_SOURCE, encoding="utf-8")
    (tmp_path / "mini.yaml").write_text("mine", encoding="utf-8")
    assert main(["draft", str(source)]) == 1
    assert "already exists (use --force" in capsys.readouterr().err
    assert (tmp_path / "mini.yaml").read_text(encoding="utf-8") == "mine"
    assert main(["draft", str(source), "--force"]) == 0
    assert load_report(tmp_path / "mini.yaml").report.tasks


def test_binary_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    source = tmp_path / "image.txt"
    source.write_bytes(b"\x89PNG\r\n\x00\x00\xff\xfe")
    assert main(["draft", str(source)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_written_files_are_ordinary_files(tmp_path: Path):
    source = tmp_path / "mini.txt"
    source.write_bytes(MINI_SOURCE.encode("gb18030"))
    old = os.umask(0o022)
    try:
        assert main(["draft", str(source)]) == 0
    finally:
        os.umask(old)
    for path in (tmp_path / "mini.yaml", tmp_path / "sources" / "mini.txt"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert not list(tmp_path.glob(".*.tmp")) and not list((tmp_path / "sources").glob(".*.tmp"))
