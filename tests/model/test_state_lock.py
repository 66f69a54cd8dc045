"""The state lock between processes, on every platform the lock claims (POSIX flock, Windows msvcrt.locking):
CI runs this file on Linux, macOS and Windows (.github/workflows/dist.yml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from viewer.model.state.lock import StateLock

HOLDER = """
import sys
from pathlib import Path
from viewer.model.state.lock import StateLock
lock = StateLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
sys.stdin.read()  # hold it until the test closes our stdin (or kills us)
"""


@pytest.fixture
def holder(tmp_path: Path):
    """Start a process that takes the lock of ``tmp_path/state.json.lock`` and keeps it."""
    children: list[subprocess.Popen[str]] = []

    def start(path: Path) -> subprocess.Popen[str]:
        child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        children.append(child)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        return child

    yield start
    for child in children:
        child.kill()
        child.wait(timeout=60)
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()


def test_another_process_holding_the_lock_keeps_us_out_and_says_who(holder, tmp_path: Path) -> None:
    path = tmp_path / "state.json.lock"
    child = holder(path)
    ours = StateLock(path)
    assert not ours.acquire()
    assert ours.holder_pid() == child.pid


def test_a_killed_holder_leaves_no_stale_lock(holder, tmp_path: Path) -> None:
    path = tmp_path / "state.json.lock"
    child = holder(path)
    ours = StateLock(path)
    assert not ours.acquire()
    child.kill()  # SIGKILL / TerminateProcess: the holder gets no chance to clean up
    child.wait(timeout=60)
    assert ours.acquire()
    assert ours.holder_pid() is not None and path.exists()
    ours.release()


def test_a_holder_that_ends_normally_releases_it(holder, tmp_path: Path) -> None:
    path = tmp_path / "state.json.lock"
    child = holder(path)
    assert child.stdin is not None
    child.stdin.close()
    child.wait(timeout=60)
    ours = StateLock(path)
    assert ours.acquire()
    ours.release()


def test_two_locks_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "state.json.lock"
    first, second = StateLock(path), StateLock(path)
    assert first.acquire() and first.acquire()  # taking it again is a no-op
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()
