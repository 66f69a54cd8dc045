"""`report-viewer charts`, `export` and `pdf`: files written and listed, one-line errors with exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage

from viewer.cli import main

MINI = Path(__file__).parent.parent / "charts" / "data" / "mini.yaml"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch, qapp):
    # The pdf command reads the checklist state: never the real user's.
    monkeypatch.setenv("REPORT_VIEWER_STATE_DIR", str(tmp_path / "state"))


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_charts_lists_ids_and_titles(capsys):
    code, out, _ = _run(capsys, "charts", "--report", str(MINI), "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[0] == "growth"
    assert any(line.startswith("honours") and "National-level honours" in line for line in lines)


def test_export_writes_every_format_and_prints_the_paths(tmp_path, capsys):
    out_dir = tmp_path / "out"
    code, out, err = _run(capsys, "export", "--report", str(MINI), "--out", str(out_dir), "--format", "png,svg,pdf",
                          "--chart", "growth", "--chart", "honours", "--size", "800x500", "--dpi", "150")
    assert code == 0, err
    printed = [Path(p) for p in out.splitlines()]
    assert sorted(p.name for p in printed) == sorted(
        ["01-growth.png", "01-growth.svg", "01-growth.pdf", "05-honours.png", "05-honours.svg", "05-honours.pdf"])
    assert sorted(out_dir.iterdir()) == sorted(printed)
    image = QImage()
    assert image.loadFromData(QByteArray((out_dir / "01-growth.png").read_bytes()), "PNG")
    assert (image.width(), image.height()) == (800, 500)
    assert image.dotsPerMeterX() == round(150 / 0.0254)


def test_export_in_centimetres_and_english(tmp_path, capsys):
    code, out, _ = _run(capsys, "export", "--report", str(MINI), "--out", str(tmp_path), "--chart", "key-projects",
                        "--width-cm", "14.8", "--height-cm", "10.5", "--dpi", "300", "--lang", "en",
                        "--template", "{id}-{lang}.{ext}")
    assert code == 0
    assert out.strip().endswith("key-projects-en.png")
    image = QImage(str(tmp_path / "key-projects-en.png"))
    assert (image.width(), image.height()) == (1748, 1240)


@pytest.mark.parametrize(("args", "message"), [
    (["--chart", "nope"], "unknown chart id 'nope'"),
    (["--size", "12x"], "size must be WIDTHxHEIGHT"),
    (["--size", "10x10"], "width must be between"),
    (["--dpi", "abc"], "--dpi must be a number"),
    (["--width-cm", "10"], "--width-cm and --height-cm go together"),
    (["--format", "gif"], "unknown format 'gif'"),
    (["--template", "{nope}.{ext}"], "unknown field {nope}"),
])
def test_export_errors_are_one_line_and_write_nothing(tmp_path, capsys, args, message):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = _run(capsys, "export", "--report", str(MINI), "--out", str(out_dir), *args)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert out == ""
    assert list(out_dir.iterdir()) == []


def test_export_into_a_file_or_unwritable_folder_fails(tmp_path, capsys):
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    code, _, err = _run(capsys, "export", "--report", str(MINI), "--out", str(not_a_dir))
    assert code == 1 and "not a directory" in err
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root can write anyway; the error path is the one above then
            return
        code, _, err = _run(capsys, "export", "--report", str(MINI), "--out", str(locked))
        assert code == 1 and "not writable" in err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_export_never_overwrites_without_force(tmp_path, capsys):
    target = tmp_path / "01-growth.png"
    target.write_bytes(b"mine")
    code, _, err = _run(capsys, "export", "--report", str(MINI), "--out", str(tmp_path), "--chart", "growth")
    assert code == 1 and "file exists" in err and "--force" in err
    assert target.read_bytes() == b"mine"
    code, _, _ = _run(capsys, "export", "--report", str(MINI), "--out", str(tmp_path), "--chart", "growth", "--force")
    assert code == 0 and target.read_bytes().startswith(b"\x89PNG")


def test_pdf_command(tmp_path, capsys):
    out = tmp_path / "report.pdf"
    code, printed, err = _run(capsys, "pdf", "--report", str(MINI), "--out", str(out), "--lang", "en")
    assert code == 0, err
    assert "pages" in printed and out.read_bytes().startswith(b"%PDF")
    code, _, err = _run(capsys, "pdf", "--report", str(MINI), "--out", str(out))
    assert code == 1 and "file exists" in err
    code, _, err = _run(capsys, "pdf", "--report", str(MINI), "--out", str(tmp_path / "report.txt"))
    assert code == 1 and ".pdf" in err
    code, _, err = _run(capsys, "pdf", "--report", str(MINI), "--out", str(tmp_path / "missing" / "r.pdf"))
    assert code == 1 and "no such directory" in err


@pytest.mark.slow
def test_export_runs_headless_in_its_own_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["REPORT_VIEWER_STATE_DIR"] = str(tmp_path / "state")
    result = subprocess.run([sys.executable, "-m", "viewer", "export", "--report", str(MINI), "--out", str(tmp_path),
                             "--chart", "growth", "--format", "svg"], capture_output=True, text=True, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "01-growth.svg")
