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
    out.parent.mkdir()
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


def test_a_missing_output_folder_is_refused_and_nothing_is_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    source = tmp_path / "mini.txt"
    source.write_text(MINI_SOURCE, encoding="utf-8")
    missing = tmp_path / "nonexist"
    assert main(["draft", str(source), "--out", str(missing / "x.yaml")]) == 1
    assert capsys.readouterr().err.splitlines() == [f"report-viewer: draft: no such directory: {missing}"]
    assert not missing.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["mini.txt"]
    (tmp_path / "file").write_text("", encoding="utf-8")
    assert main(["draft", str(source), "--out", str(tmp_path / "file" / "x.yaml")]) == 1
    assert "not a directory" in capsys.readouterr().err


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("fujian-2023.yaml", (data_dir() / "fujian-2023.yaml").read_text(encoding="utf-8"), "is a report file"),
    ("notes.txt", "schema_version: 1\nmeta:\n  id: x\nfacts: []\n", "is a report file"),
    ("list.txt", "- id: a\n  value: 1\n- id: b\n  value: 2\n- id: c\n  value: 3\n", "holds data"),
    ("data.txt", '{"facts": [{"id": "a", "value": 1}]}', "JSON"),
    ("page.txt", "<html><head><meta charset=utf-8></head><body><div><p>会议指出，工业增长5%。</p></div></body></html>",
     "web page"),
    ("english.txt", "The meeting noted that industrial value added grew by 5.7% in 2022, and investment by 10%.",
     "Chinese"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 20 else "")
def test_a_file_that_is_no_report_text_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                                                  content: str, reason: str):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    assert main(["draft", str(source), "--out", str(tmp_path / "draft.yaml"), "--force"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and reason in err and str(source) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert source.read_text(encoding="utf-8") == content


def test_the_draft_never_replaces_its_own_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    source = tmp_path / "mini.yml"
    source.write_text(MINI_SOURCE, encoding="utf-8")
    assert main(["draft", str(source), "--out", str(source), "--force"]) == 1
    assert source.read_text(encoding="utf-8") == MINI_SOURCE
