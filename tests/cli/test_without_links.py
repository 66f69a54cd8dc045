"""`export` and `pdf` on file systems without hard links or folder fsync (FAT/exFAT USB sticks, many network
shares): simulated here by making ``os.link`` and a folder's fsync fail as those file systems do; on a real FAT
image too when one can be mounted (FUSE `fusefat`), else that test says it was skipped and why.

Before issue 15's writer, `export` and `pdf` without --force ended with a hard link and failed there with
"Operation not permitted".
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from viewer.cli import main
from viewer.model import atomic_file

MINI = Path(__file__).parent.parent / "charts" / "data" / "mini.yaml"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("REPORT_VIEWER_STATE_DIR", str(tmp_path / "state"))


@contextlib.contextmanager
def no_links_no_folder_fsync(code: int, with_renameat2: bool) -> Iterator[list[str]]:
    """``link()`` fails with ``code`` (EPERM: FAT/exFAT; ENOTSUP: shares) and fsync of a folder with EINVAL;
    without renameat2 the writer's last fallback (an exclusive create, then a rename over it) is used."""
    calls: list[str] = []
    real_fsync = os.fsync

    def link(src, dst, *args, **kwargs):
        calls.append("link")
        raise OSError(code, os.strerror(code), str(dst))

    def fsync(fd: int) -> None:
        import stat

        if stat.S_ISDIR(os.fstat(fd).st_mode):
            calls.append("fsync-dir")
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    patches = [mock.patch.object(os, "link", link), mock.patch.object(os, "fsync", fsync)]
    if not with_renameat2:
        patches.append(mock.patch.object(atomic_file, "_renameat2", return_value=None))
    with contextlib.ExitStack() as stack:
        for patch in patches:
            stack.enter_context(patch)
        yield calls


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize(("code", "with_renameat2"), [
    (errno.EPERM, True), (errno.EPERM, False), (errno.ENOTSUP, True), (errno.ENOTSUP, False)])
def test_export_without_hard_links(tmp_path: Path, capsys, code: int, with_renameat2: bool) -> None:
    reference, out = tmp_path / "reference", tmp_path / "usb-stick"
    args = ["export", "--report", str(MINI), "--format", "png,svg,csv", "--size", "640x400"]
    assert main([*args, "--out", str(reference)]) == 0
    capsys.readouterr()
    with no_links_no_folder_fsync(code, with_renameat2) as calls:
        assert main([*args, "--out", str(out)]) == 0, capsys.readouterr().err
        assert "link" in calls and "fsync-dir" in calls  # the failures were met, and got round
        written = sorted(p.name for p in out.iterdir())
        assert written == sorted(p.name for p in reference.iterdir()) and len(written) >= 9
        # The same files as where links work (the data byte for byte; images complete).
        for name in written:
            data = (out / name).read_bytes()
            if name.endswith(".csv"):
                assert data == (reference / name).read_bytes(), name
            elif name.endswith(".svg"):
                assert data.startswith(b"<?xml") and data.endswith(b"</svg>\n"), name
            else:
                assert QImage.fromData(data).size() == QImage(str(reference / name)).size() == QSize(640, 400)
        assert not _temporaries(out)

        # Still never replaced without --force, and replaced with it.
        (out / written[0]).write_bytes(b"mine")
        capsys.readouterr()
        assert main([*args, "--out", str(out)]) == 1
        assert "file exists" in capsys.readouterr().err
        assert (out / written[0]).read_bytes() == b"mine" and not _temporaries(out)
        assert main([*args, "--out", str(out), "--force"]) == 0
        assert (out / written[0]).read_bytes() == (reference / written[0]).read_bytes()  # a CSV: sorted first
        assert not _temporaries(out)


@pytest.mark.parametrize("with_renameat2", [True, False])
def test_pdf_without_hard_links(tmp_path: Path, capsys, with_renameat2: bool) -> None:
    pdf = tmp_path / "share" / "report.pdf"
    pdf.parent.mkdir()
    with no_links_no_folder_fsync(errno.EPERM, with_renameat2) as calls:
        assert main(["pdf", "--report", str(MINI), "--out", str(pdf)]) == 0, capsys.readouterr().err
        assert "link" in calls
        assert pdf.read_bytes().startswith(b"%PDF")
        assert main(["pdf", "--report", str(MINI), "--out", str(pdf)]) == 1
        assert "file exists" in capsys.readouterr().err
        assert main(["pdf", "--report", str(MINI), "--out", str(pdf), "--force"]) == 0
        assert sorted(p.name for p in pdf.parent.iterdir()) == ["report.pdf"]


def _fat_image_tools() -> str | None:
    """Why a FAT image cannot be mounted here, or None when it can (mkfs.vfat, fusefat and /dev/fuse)."""
    for tool in ("mkfs.vfat", "fusefat", "fusermount"):
        if shutil.which(tool) is None and not (tool == "fusermount" and shutil.which("fusermount3")):
            return f"{tool} is not installed (apt install dosfstools fusefat fuse3)"
    if not os.access("/dev/fuse", os.R_OK | os.W_OK):
        return "/dev/fuse is not available"
    return None


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux") or _fat_image_tools() is not None,
                    reason=f"no FAT image can be mounted here: {_fat_image_tools()}")
def test_export_and_pdf_on_a_real_fat_image(tmp_path: Path) -> None:
    # A real FAT16 file system (in user space: the kernel's vfat module is not always there), where link()
    # fails with EPERM as on a USB stick. The commands run as the user runs them, in their own process.
    image, mount = tmp_path / "stick.img", tmp_path / "stick"
    mount.mkdir()
    with image.open("wb") as fh:
        fh.truncate(32 * 1024 * 1024)
    subprocess.run(["mkfs.vfat", str(image)], check=True, capture_output=True, timeout=60)
    subprocess.run(["fusefat", "-o", "rw+", str(image), str(mount)], check=True, capture_output=True, timeout=60)
    unmount = shutil.which("fusermount") or shutil.which("fusermount3")
    try:
        probe = mount / "probe"
        probe.write_bytes(b"x")
        with pytest.raises(PermissionError):
            os.link(probe, mount / "probe-link")  # it is the file system the test is about
        probe.unlink()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([sys.executable, "-m", "viewer", *args], capture_output=True, text=True,
                                  env=env, cwd=ROOT, timeout=300)

        charts = mount / "charts"
        # PNG only: fusefat does not reuse folder entries after renames, so a folder takes ~20 atomic writes.
        done = run("export", "--out", str(charts), "--format", "png")
        assert done.returncode == 0, done.stderr
        pngs = sorted(charts.glob("*.png"))
        assert len(pngs) >= 5 and all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
        again = run("export", "--out", str(charts), "--format", "png")
        assert again.returncode == 1 and "file exists" in again.stderr
        pdf = run("pdf", "--out", str(mount / "report.pdf"))
        assert pdf.returncode == 0, pdf.stderr
        assert (mount / "report.pdf").read_bytes().startswith(b"%PDF")
        assert not _temporaries(mount)
    finally:
        subprocess.run([unmount, "-u", str(mount)], capture_output=True, timeout=60)
