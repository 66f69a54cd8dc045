"""Disk full while saving checklist state or exporting charts: what was saved before stays intact, the user
is told, and the next save succeeds once there is room.

Where the test may mount one (root, Linux), the disk is a real 1 MiB tmpfs filled up with a file; elsewhere
writes are patched to fail with ENOSPC. The assertions are the same either way.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from viewer.cli import main
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path
from viewer.model.state.records import Status
from viewer.model.state.report_state import ReportState


class SmallDisk:
    """A folder on a tiny filesystem that can be filled up and emptied again."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.mounted = False
        self._patch: contextlib.ExitStack | None = None

    def mount(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(self.root)],
                                  capture_output=True, timeout=30)
            self.mounted = proc.returncode == 0

    def fill(self) -> None:
        if self.mounted:
            fd = os.open(self.root / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
            try:
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * 4096)
            finally:
                os.close(fd)
            return
        self._patch = contextlib.ExitStack()
        def full_write(fd: int, data: bytes) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def full_fdopen(*args, **kwargs):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        self._patch.enter_context(mock.patch("os.write", full_write))
        self._patch.enter_context(mock.patch("os.fdopen", full_fdopen))

    def make_room(self) -> None:
        if self.mounted:
            (self.root / "filler").unlink(missing_ok=True)
        elif self._patch is not None:
            self._patch.close()
            self._patch = None

    def unmount(self) -> None:
        self.make_room()
        if self.mounted:
            subprocess.run(["umount", str(self.root)], capture_output=True, timeout=30)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    disk = SmallDisk(tmp_path / "disk")
    disk.mount()
    yield disk
    disk.unmount()


def test_state_save_on_a_full_disk_keeps_the_old_file_and_saves_later(small_disk: SmallDisk) -> None:
    report = load_report(default_report_path()).report
    first, second = (a.id for _, a in report.actions()[:2])
    state = ReportState.open(report, small_disk.root / "state")
    try:
        assert state.apply(state.plan_item(first, status=Status.DONE))
        saved_before = state.path.read_bytes()

        small_disk.fill()
        assert state.apply(state.plan_item(second, status=Status.BLOCKED, note="等待资金")) is False
        assert state.save_error and "is full" in state.save_error
        assert state.path.read_bytes() == saved_before  # the earlier save is intact
        assert state.status(second) == Status.BLOCKED  # the change is held in memory
        assert not [p for p in state.path.parent.iterdir() if p.name.endswith(".tmp")]

        small_disk.make_room()
        assert state.retry_save()
        assert state.save_error is None
    finally:
        state.close()
    again = ReportState.open(report, small_disk.root / "state")
    try:
        assert again.status(first) == Status.DONE
        assert again.status(second) == Status.BLOCKED
        assert again.item(second).note == "等待资金"
    finally:
        again.close()


def test_export_on_a_full_disk_leaves_earlier_exports_intact(
    small_disk: SmallDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    out = small_disk.root / "charts"
    assert main(["export", "--out", str(out), "--format", "png", "--size", "320x200"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert len(before) >= 5
    capsys.readouterr()

    small_disk.fill()
    assert main(["export", "--out", str(out), "--format", "png", "--size", "1600x1000", "--force"]) == 1
    err = capsys.readouterr().err
    assert "space" in err.lower() and len(err.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing half-written, nothing lost

    small_disk.make_room()
    assert main(["export", "--out", str(out), "--format", "png", "--size", "1600x1000", "--force"]) == 0
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after.keys() == before.keys() and after != before
