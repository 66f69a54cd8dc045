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
    atomic_write(target, b"two")
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
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]
