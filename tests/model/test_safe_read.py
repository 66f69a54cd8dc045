"""The one way files are opened to read: regular files only, never blocking, size-checked, links where allowed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, write_mini_report
from tests.model.state_helpers import mini_report
from viewer.model.cache import KEY_FILE, ReportCache
from viewer.model.errors import ReportError
from viewer.model.loader import load_report
from viewer.model.safe_read import (
    FileTooLargeError,
    NotRegularFileError,
    OutsideFolderError,
    SymlinkRefusedError,
    read_beneath,
    read_regular,
)
from viewer.model.state import ReportState
from viewer.model.state.exchange import ImportFileError, read_import_file
from viewer.model.state.lock import StateLock

pytestmark = pytest.mark.timeout(60)  # a hang guard: a FIFO that blocked open() would stop here


def test_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"abc")
    assert read_regular(tmp_path / "f", 3) == b"abc"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(NotRegularFileError, match="FIFO"):
        read_regular(tmp_path / "pipe", 100)


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(NotRegularFileError, match="device"):
        read_regular("/dev/zero", 100)
    with pytest.raises(IsADirectoryError):
        read_regular(tmp_path, 100)


def test_the_size_is_checked_before_reading(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"x" * 11)
    with pytest.raises(FileTooLargeError):
        read_regular(tmp_path / "f", 10)


def test_a_link_is_followed_only_when_allowed(tmp_path: Path) -> None:
    (tmp_path / "real").write_bytes(b"data")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert read_regular(tmp_path / "link", 10) == b"data"
    with pytest.raises(SymlinkRefusedError):
        read_regular(tmp_path / "link", 10, follow=False)


def test_beneath_refuses_a_link_leading_outside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "report"
    (folder / "sources").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("secret", "utf-8")
    (folder / "sources" / "link.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(OutsideFolderError, match="outside the report's folder"):
        read_beneath(folder, "sources/link.txt", 100)
    (folder / "sources" / "inside.txt").write_text("ok", "utf-8")
    (folder / "alias.txt").symlink_to(folder / "sources" / "inside.txt")
    assert read_beneath(folder, "alias.txt", 100) == b"ok"  # a link staying inside the folder is fine


def test_beneath_refuses_a_linked_folder_leading_outside(tmp_path: Path) -> None:
    folder = tmp_path / "report"
    folder.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "s.txt").write_text("x", "utf-8")
    (folder / "sources").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OutsideFolderError):
        read_beneath(folder, "sources/s.txt", 100)


# --- the app's readers use it ---------------------------------------------------------------------------------

def test_a_fifo_as_the_report_is_a_clean_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "r.yaml")
    with pytest.raises(ReportError, match="FIFO"):
        load_report(tmp_path / "r.yaml")


def test_a_fifo_as_the_source_is_a_clean_error(tmp_path: Path) -> None:
    path = write_mini_report(tmp_path)
    (tmp_path / "mini-source.txt").unlink()
    os.mkfifo(tmp_path / "mini-source.txt")
    with pytest.raises(ReportError, match=r"meta\.source: is a FIFO"):
        load_report(path)


def test_a_source_linked_outside_the_folder_does_not_validate(tmp_path: Path) -> None:
    folder = tmp_path / "report"
    (folder / "sources").mkdir(parents=True)
    outside = tmp_path / "passwd"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", "utf-8")
    (folder / "sources" / "link.txt").symlink_to(outside)
    path = write_mini_report(folder, MINI_REPORT.replace("source: mini-source.txt", "source: sources/link.txt"))
    with pytest.raises(ReportError, match="outside the report's folder"):
        load_report(path)


def test_a_source_swapped_for_a_fifo_or_a_link_after_caching_is_checked_again(tmp_path: Path) -> None:
    path = write_mini_report(tmp_path / "r")
    cache = ReportCache(tmp_path / "cache")
    load_report(path, cache)  # stored
    source = tmp_path / "r" / "mini-source.txt"
    text = source.read_text("utf-8")
    source.unlink()
    os.mkfifo(source)
    with pytest.raises(ReportError, match="FIFO"):
        load_report(path, cache)
    source.unlink()
    (tmp_path / "copy.txt").write_text(text, "utf-8")
    source.symlink_to(tmp_path / "copy.txt")  # the same text, but outside the folder
    with pytest.raises(ReportError, match="outside the report's folder"):
        load_report(path, cache)


def test_a_fifo_as_the_state_file_never_blocks(tmp_path: Path) -> None:
    report = mini_report(tmp_path / "r")
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    os.mkfifo(state_dir / f"{report.meta.id}.json")
    state = ReportState.open(report, state_dir, read_only=True)
    assert state.read_only


def test_the_lock_file_is_never_opened_through_a_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    (tmp_path / "s.json.lock").symlink_to(victim)
    lock = StateLock(tmp_path / "s.json.lock")
    with pytest.raises(SymlinkRefusedError):
        lock.acquire()
    assert victim.read_bytes() == b"precious"
    assert lock.holder_pid() is None


def test_the_cache_key_file_is_never_written_through_a_link(tmp_path: Path, mini_report_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    (folder / KEY_FILE).symlink_to(victim)
    cache = ReportCache(folder)
    load_report(mini_report_path, cache)
    assert victim.read_bytes() == b"precious"
    assert not (folder / KEY_FILE).is_symlink()
    assert len((folder / KEY_FILE).read_bytes()) == 32


def test_a_cache_entry_that_is_a_fifo_is_a_miss(tmp_path: Path, mini_report_path: Path) -> None:
    from viewer.model.cache import ENTRY_SUFFIX, entry_key

    cache = ReportCache(tmp_path / "cache")
    load_report(mini_report_path, cache)
    entry = tmp_path / "cache" / (entry_key(mini_report_path.read_bytes()) + ENTRY_SUFFIX)
    entry.unlink()
    os.mkfifo(entry)
    assert load_report(mini_report_path, cache).report.meta.id == "mini-2024"


def test_an_import_file_that_is_a_fifo_or_too_large(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.json")
    with pytest.raises(ImportFileError, match="FIFO"):
        read_import_file(tmp_path / "x.json")
    (tmp_path / "bad.json").write_bytes(b"\xff\xfe{")
    with pytest.raises(ImportFileError, match="not UTF-8"):
        read_import_file(tmp_path / "bad.json")
