"""Every command that writes a file: never replaces without --force, never through a link, atomic, clean errors."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from unittest import mock

import pytest

from tests.conftest import write_mini_report
from viewer.cli import main

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return write_mini_report(tmp_path / "report")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_tasks_export_never_replaces_a_file_without_force(report: Path, tmp_path: Path, capsys) -> None:
    original = report.read_bytes()
    code, _, err = _run(capsys, "tasks", "--report", str(report), "--export", str(report), "--format", "json")
    assert code == 1 and "already exists" in err and "--force" in err
    assert report.read_bytes() == original  # not even the report itself
    target = tmp_path / "x.csv"
    target.write_text("mine", "utf-8")
    assert _run(capsys, "tasks", "--report", str(report), "--export", str(target))[0] == 1
    assert target.read_text("utf-8") == "mine"
    code, out, _ = _run(capsys, "tasks", "--report", str(report), "--export", str(target), "--force")
    assert code == 0 and "exported csv" in out and target.read_text("utf-8-sig").startswith("kind,id")


def test_tasks_export_never_writes_through_a_link(report: Path, tmp_path: Path, capsys) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", "utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    for extra in ((), ("--force",)):
        code, _, err = _run(capsys, "tasks", "--report", str(report), "--export", str(link), *extra)
        assert code == 1 and "symbolic link" in err and err.count("\n") == 1
    assert victim.read_text("utf-8") == "precious" and link.is_symlink()


def test_force_without_export_is_an_error(report: Path, capsys) -> None:
    code, _, err = _run(capsys, "tasks", "--report", str(report), "--force")
    assert code == 1 and "--force goes with --export" in err


@pytest.mark.usefixtures("qapp")
def test_render_never_replaces_without_force_and_a_full_disk_keeps_the_old_png(report: Path, tmp_path: Path,
                                                                              capsys) -> None:
    out = tmp_path / "shot.png"
    out.write_bytes(b"a good png")
    code, _, err = _run(capsys, "render", "--tab", "overview", "--report", str(report), "--out", str(out))
    assert code == 1 and "already exists" in err and out.read_bytes() == b"a good png"
    with mock.patch.object(os, "write", side_effect=OSError(errno.ENOSPC, "No space left on device")):
        code, _, err = _run(capsys, "render", "--tab", "overview", "--report", str(report), "--out", str(out),
                            "--force")
    assert code == 1 and "full" in err
    assert out.read_bytes() == b"a good png"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report", "shot.png", "user-cache"]
    code, _, _ = _run(capsys, "render", "--tab", "overview", "--report", str(report), "--out", str(out), "--force")
    assert code == 0 and out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.usefixtures("qapp")
def test_render_never_writes_through_a_link(report: Path, tmp_path: Path, capsys) -> None:
    victim = tmp_path / "victim.png"
    victim.write_bytes(b"precious")
    (tmp_path / "link.png").symlink_to(victim)
    code, _, err = _run(capsys, "render", "--tab", "overview", "--report", str(report), "--out",
                        str(tmp_path / "link.png"), "--force")
    assert code == 1 and "symbolic link" in err and victim.read_bytes() == b"precious"


@pytest.mark.usefixtures("qapp")
def test_output_names_over_the_file_system_limit_are_one_line_errors(report: Path, tmp_path: Path, capsys) -> None:
    long_pdf = tmp_path / ("报" * 90 + ".pdf")
    code, _, err = _run(capsys, "pdf", "--report", str(report), "--out", str(long_pdf))
    assert code == 1 and "too long" in err and err.count("\n") == 1
    long_yaml = tmp_path / ("报" * 90 + ".yaml")
    code, _, err = _run(capsys, "draft", str(report.parent / "mini-source.txt"), "--out", str(long_yaml))
    assert code == 1 and "too long" in err and err.count("\n") == 1
    long_png = tmp_path / ("报" * 90 + ".png")
    code, _, err = _run(capsys, "render", "--tab", "overview", "--report", str(report), "--out", str(long_png))
    assert code == 1 and "too long" in err
    code, _, err = _run(capsys, "tasks", "--report", str(report), "--export", str(tmp_path / ("报" * 90 + ".md")))
    assert code == 1 and "too long" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report", "user-cache"]
