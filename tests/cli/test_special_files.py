"""FIFOs, sockets, devices and folders given where a file is read or written: every command refuses them at
once with one line naming what the path is, never blocks in open() and never prints a traceback (issue 15)."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.cli import main

pytestmark = pytest.mark.timeout(120)  # a hang guard only: each command returns at once

KIND_WORDS = {"fifo": "is a FIFO (named pipe)", "socket": "is a socket", "device": "is a device",
              "folder": "folder"}


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return write_mini_report(tmp_path / "report")


@pytest.fixture
def special(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """One path of each kind, under a short name (a socket's path is limited to about 100 bytes)."""
    folder = tmp_path / "sp"
    folder.mkdir()
    paths = {"fifo": folder / "fifo", "socket": folder / "sock", "device": Path(os.devnull), "folder": folder / "dir"}
    os.mkfifo(paths["fifo"])
    paths["folder"].mkdir()
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(paths["socket"]))
    try:
        yield paths
    finally:
        sock.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # the parser's own errors (exit 2)
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, err


READ_COMMANDS = {
    "validate": ["validate", "{x}"],
    "facts": ["facts", "--report", "{x}"],
    "pdf-report": ["pdf", "--report", "{x}", "--out", "{tmp}/out.pdf"],
    "import": ["tasks", "--report", "{report}", "--state-dir", "{tmp}/state", "--import", "{x}"],
    "draft": ["draft", "{x}", "--out", "{tmp}/draft.yaml"],
    "unpack": ["unpack", "{x}", "--out", "{tmp}/unpacked"],
}


@pytest.mark.parametrize("kind", list(KIND_WORDS))
@pytest.mark.parametrize("command", list(READ_COMMANDS))
def test_a_special_file_to_read_is_refused_naming_what_it_is(
        report: Path, tmp_path: Path, special: dict[str, Path], capsys, command: str, kind: str) -> None:
    argv = [a.format(x=special[kind], tmp=tmp_path, report=report) for a in READ_COMMANDS[command]]
    code, err = _run(capsys, *argv)
    assert code == 1, err
    words = "folder|directory" if kind == "folder" else KIND_WORDS[kind]
    assert any(w in err for w in words.split("|")), err
    assert str(special[kind]) in err
    assert len(err.strip().splitlines()) <= 2, err
    assert "a file must be a file" not in err


@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_a_report_whose_source_text_is_a_special_file_is_refused(
        tmp_path: Path, special: dict[str, Path], capsys, kind: str) -> None:
    folder = tmp_path / "r"
    report = write_mini_report(folder)
    target = folder / "special-source"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(target))
    else:
        target.symlink_to(os.devnull)  # a link out of the folder: refused as leading outside it
    report.write_text(MINI_REPORT.replace("source: mini-source.txt", "source: special-source"), "utf-8")
    code, err = _run(capsys, "validate", str(report))
    assert code == 1
    assert "meta.source" in err and ("outside" in err if kind == "device" else KIND_WORDS[kind] in err), err
    if kind == "socket":
        sock.close()


@pytest.mark.parametrize("kind", ["fifo", "socket"])
def test_a_special_file_as_the_report_to_open_says_what_it_is(special: dict[str, Path], capsys, kind: str) -> None:
    code, err = _run(capsys, str(special[kind]))
    assert code == 2
    assert KIND_WORDS[kind] in err and "no such report file" not in err, err


WRITE_COMMANDS = {
    "pdf": (["pdf", "--report", "{report}", "--out", "{x}"], ".pdf"),
    "render": (["render", "--report", "{report}", "--tab", "overview", "--out", "{x}", "--force"], ".png"),
    "tasks-export": (["tasks", "--report", "{report}", "--state-dir", "{tmp}/state", "--export", "{x}",
                      "--force"], ".csv"),
    "facts-out": (["facts", "--report", "{report}", "--format", "csv", "--out", "{x}", "--force"], ".csv"),
    "pack": (["pack", "--report", "{report}", "--out", "{x}", "--force"], ".irv"),
}


@pytest.mark.parametrize("kind", ["fifo", "socket"])
@pytest.mark.parametrize("command", list(WRITE_COMMANDS))
def test_a_special_file_as_the_output_is_refused_and_left_alone(
        report: Path, tmp_path: Path, capsys, command: str, kind: str) -> None:
    argv, suffix = WRITE_COMMANDS[command]
    target = tmp_path / f"out{suffix}"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(target))
    code, err = _run(capsys, *[a.format(x=target, tmp=tmp_path, report=report) for a in argv])
    assert code == 1 and "not a regular file" in err and str(target) in err, err
    assert not target.is_file() and target.exists()  # still the FIFO / socket, not replaced
    if kind == "socket":
        sock.close()


def test_a_special_lock_file_is_named_as_the_lock_file(report: Path, tmp_path: Path, capsys) -> None:
    state = tmp_path / "state"
    state.mkdir()
    os.mkfifo(state / "mini-2024.json.lock")
    code, err = _run(capsys, "tasks", "--report", str(report), "--state-dir", str(state),
                     "--set", "task-1.projects", "done")
    assert code == 1 and "NOT saved" in err and "mini-2024.json.lock" in err, err
    assert not (state / "mini-2024.json").exists()
