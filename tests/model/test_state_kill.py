"""Killing a process that saves state, at random moments, never damages what it saved before.

A child process changes the state in a loop and prints each change's number once ``apply`` has
returned (so the change is on disk). The parent kills it with SIGKILL after a random number of
changes, then checks the file: it must be readable and hold every change up to the last printed
one, and at most one more (the change being written when the kill came).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import write_mini_report
from viewer.model.state.document import decode

RUNS = 30
SLOTS = ("task-1.projects", "task-1.monitoring", "task-2.cloud", "task-2.platform")

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    import yaml
    from viewer.model.state import ReportState
    from viewer.model.validation import validate_report

    report_path, state_dir, padding = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    slots = sys.argv[4].split(",")
    # Validated by the types only: this test is about saving, not about the loader's checks.
    report = validate_report(yaml.safe_load(Path(report_path).read_text(encoding="utf-8")))
    state = ReportState.open(report, state_dir)
    assert not state.read_only, state.read_only_reason
    # Continue from what is saved, so each run adds changes to those of the runs before it.
    start = max((int(r.note.split(":")[0]) for r in state.checklist().values()), default=0)
    print(f"start {start}", flush=True)
    i = start
    while True:
        i += 1
        saved = state.apply(state.plan_item(slots[i % len(slots)], note=f"{i}:" + "字" * padding))
        assert saved, state.save_error
        print(i, flush=True)
""")


def expected_notes(n: int) -> dict[str, int]:
    """Slot -> number of the last change it received when changes 1..n are applied."""
    out: dict[str, int] = {}
    for i in range(1, n + 1):
        out[SLOTS[i % len(SLOTS)]] = i
    return out


def saved_numbers(path: Path) -> dict[str, int]:
    decoded = decode(path.read_bytes(), "mini-2024")
    assert decoded.problems == [], decoded.problems
    return {k: int(v.note.split(":")[0]) for k, v in decoded.records.checklist.items()}


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_saved_changes(tmp_path: Path) -> None:
    report_path = write_mini_report(tmp_path / "report")
    state_dir = tmp_path / "state"
    state_file = state_dir / "mini-2024.json"
    rng = random.Random(20240301)
    repo = Path(__file__).resolve().parents[2]
    outcomes = {"last": 0, "one more": 0, "temp file left (killed mid-write)": 0}
    for run in range(RUNS):
        changes_before_kill = rng.randint(1, 60)
        padding = rng.choice((10, 1_000, 5_000, 9_990))  # bigger files widen the window of the write
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(report_path), str(state_dir), str(padding), ",".join(SLOTS)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=repo,
        )
        assert child.stdout is not None
        header = child.stdout.readline()
        assert header.startswith("start "), child.stderr.read() if child.stderr else header
        start = int(header.split()[1])
        last = start
        while last < start + changes_before_kill:
            line = child.stdout.readline()
            assert line, f"run {run}: child ended early: {child.stderr.read() if child.stderr else ''}"
            last = int(line)
        # A random extra moment (busy work, not a sleep) so the kill lands anywhere in the save cycle.
        spin = rng.randint(0, 300_000)
        while spin:
            spin -= 1
        child.send_signal(signal.SIGKILL)
        rest, errors = child.communicate()
        assert child.returncode == -signal.SIGKILL, errors
        # Lines the child printed before it died also count: those saves had returned.
        last = max([last, *(int(x) for x in rest.split())])

        saved = saved_numbers(state_file)
        newest = max(saved.values())
        assert newest in (last, last + 1), f"run {run}: file holds change {newest}, child printed {last}"
        assert saved == expected_notes(newest), f"run {run}: the file lost changes"
        outcomes["last" if newest == last else "one more"] += 1
        left = len(list(state_dir.glob("*.tmp")))
        assert left <= 1  # at most the write the kill interrupted (the next writer removes it)
        outcomes["temp file left (killed mid-write)"] += left
    assert outcomes["last"] + outcomes["one more"] == RUNS
    print(f"kill test outcomes over {RUNS} runs: {outcomes}")
