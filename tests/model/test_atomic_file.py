"""The one atomic writer: old or new content, never half; permissions; no replacing when told not to."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from unittest import mock

import pytest

from viewer.model.atomic_file import _UMASK, atomic_write


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    atomic_write(target, b"one")
    atomic_write(target, b"two", overwrite=True)
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_private_by_default_shared_as_the_umask_allows(tmp_path: Path) -> None:
    atomic_write(tmp_path / "private", b"x")
    atomic_write(tmp_path / "shared", b"x", shared=True)
    assert stat.S_IMODE((tmp_path / "private").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "shared").stat().st_mode) == 0o666 & ~_UMASK


def test_does_not_replace_when_told_not_to(tmp_path: Path) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        atomic_write(target, b"new", overwrite=False)
    assert target.read_bytes() == b"mine"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    target.write_bytes(b"old")
    with mock.patch.object(os, "replace", side_effect=OSError(28, "No space left on device")), \
            pytest.raises(OSError, match="No space"):
        atomic_write(target, b"new", overwrite=True)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


# --- consent, links, names, clean-up and file systems without hard links (issue 15) -------------------------

import errno  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from viewer.model import atomic_file  # noqa: E402
from viewer.model.atomic_file import (  # noqa: E402
    NameTooLongError,
    TargetExistsError,
    describe_write_error,
    sweep_stale_temp_files,
)
from viewer.model.safe_read import NotRegularFileError, SymlinkRefusedError  # noqa: E402


def test_never_replaces_without_consent_by_default(tmp_path: Path) -> None:
    target = tmp_path / "report.yaml"
    target.write_bytes(b"the report")
    with pytest.raises(TargetExistsError):
        atomic_write(target, b"an export")
    assert target.read_bytes() == b"the report"


def test_a_link_is_never_written_through_nor_replaced(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    link = tmp_path / "out.csv"
    link.symlink_to(victim)
    for overwrite in (False, True):
        with pytest.raises(SymlinkRefusedError):
            atomic_write(link, b"x", overwrite=overwrite)
    assert victim.read_bytes() == b"precious" and link.is_symlink()
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(SymlinkRefusedError):
        atomic_write(dangling, b"x")
    assert not (tmp_path / "nowhere").exists()
    assert "symbolic link" in describe_write_error(SymlinkRefusedError(errno.ELOOP, "x", str(link)), link)


def test_a_fifo_or_folder_target_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(NotRegularFileError):
        atomic_write(tmp_path / "pipe", b"x", overwrite=True)
    (tmp_path / "dir").mkdir()
    with pytest.raises(IsADirectoryError):
        atomic_write(tmp_path / "dir", b"x", overwrite=True)


def test_a_name_over_the_file_system_limit_is_a_clean_error(tmp_path: Path) -> None:
    target = tmp_path / ("长" * 100 + ".pdf")  # 304 bytes
    with pytest.raises(NameTooLongError) as info:
        atomic_write(target, b"x")
    assert "too long" in describe_write_error(info.value, target)
    assert list(tmp_path.iterdir()) == []


def test_the_temporary_name_fits_beside_a_long_target_name(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 250 + ".pdf")
    atomic_write(target, b"x")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_temporary_files_of_killed_writers_are_removed(tmp_path: Path) -> None:
    stale = tmp_path / f".01-chart.png.irv-{_dead_pid()}-0123abcd.tmp"
    stale.write_bytes(b"half a png")
    live = tmp_path / f".02-chart.png.irv-{os.getpid()}-0123abcd.tmp"
    live.write_bytes(b"being written")
    other = tmp_path / ".someone-elses.tmp"
    other.write_bytes(b"not ours")
    atomic_file._swept.discard(os.path.abspath(tmp_path))
    atomic_write(tmp_path / "03-chart.png", b"png")
    assert not stale.exists()
    assert live.exists() and other.exists()
    assert sweep_stale_temp_files(tmp_path, force=True) == 0


def test_a_writer_killed_with_sigkill_leaves_nothing_forever(tmp_path: Path) -> None:
    code = ("import os, signal, sys\n"
            "from pathlib import Path\n"
            "from viewer.model import atomic_file\n"
            "real = atomic_file._publish_without_replacing\n"
            "atomic_file._publish_without_replacing = lambda tmp, path: os.kill(os.getpid(), signal.SIGKILL)\n"
            f"atomic_file.atomic_write(Path({str(tmp_path / 'chart.png')!r}), b'x' * 100000)\n")
    proc = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert proc.returncode == -9
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].endswith(".tmp")
    atomic_file._swept.discard(os.path.abspath(tmp_path))
    atomic_write(tmp_path / "other.png", b"y")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.png"]


def test_without_hard_links_the_rename_still_refuses_to_replace(tmp_path: Path) -> None:
    # FAT/exFAT answer link() with EPERM; network shares with ENOTSUP.
    for code in (errno.EPERM, errno.ENOTSUP):
        target = tmp_path / f"new-{code}.png"
        with mock.patch.object(os, "link", side_effect=OSError(code, os.strerror(code))):
            atomic_write(target, b"one")
            assert target.read_bytes() == b"one"
            with mock.patch.object(atomic_file, "check_target"), pytest.raises(FileExistsError):
                atomic_write(target, b"two")  # taken "meanwhile": the existence check is skipped
        assert target.read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"new-{errno.EPERM}.png", f"new-{errno.ENOTSUP}.png"]


def test_without_hard_links_or_renameat2_a_reserved_name_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "new.png"
    with mock.patch.object(os, "link", side_effect=OSError(errno.EPERM, "no links")), \
            mock.patch.object(atomic_file, "_renameat2", return_value=None):
        atomic_write(target, b"one")
        with mock.patch.object(atomic_file, "check_target"), pytest.raises(FileExistsError):
            atomic_write(target, b"two")
    assert target.read_bytes() == b"one"
    assert [p.name for p in tmp_path.iterdir()] == ["new.png"]


def test_folders_that_cannot_be_fsynced_or_opened_are_skipped(tmp_path: Path) -> None:
    real_open = os.open

    def no_folders(path, flags, *args, **kwargs):
        if flags & getattr(os, "O_DIRECTORY", 0):
            raise OSError(errno.EACCES, "cannot open folders here")
        return real_open(path, flags, *args, **kwargs)

    with mock.patch.object(os, "open", side_effect=no_folders):
        atomic_write(tmp_path / "a", b"1")
    real_fsync = os.fsync
    calls = []

    def fsync(fd):
        calls.append(fd)
        if len(calls) > 1:  # the folder's
            raise OSError(errno.EIO, "not on this share")
        return real_fsync(fd)

    with mock.patch.object(os, "fsync", side_effect=fsync):
        atomic_write(tmp_path / "b", b"2")
    assert (tmp_path / "a").read_bytes() == b"1" and (tmp_path / "b").read_bytes() == b"2"


def test_a_file_fsync_that_is_not_supported_is_not_an_error_but_a_real_failure_is(tmp_path: Path) -> None:
    with mock.patch.object(os, "fsync", side_effect=OSError(errno.EINVAL, "not supported")):
        atomic_write(tmp_path / "a", b"1")
    with mock.patch.object(os, "fsync", side_effect=OSError(errno.EIO, "I/O error")), pytest.raises(OSError):
        atomic_write(tmp_path / "b", b"2")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]
