"""The corpus of hostile checklist files (tests/corpus/exchange_cases.py), each through the three ways in:
``tasks --import`` on the command line, the import's reader, and as the app's own state file. Each gives its
clean one-line reasons or loads; none gives a traceback or hangs; a state file is never lost (issue 15)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import write_mini_report
from tests.corpus.exchange_cases import CASES, REPORT_ID, Case
from tests.model.state_helpers import mini_report
from viewer.cli import main
from viewer.model.state import ReportState
from viewer.model.state.exchange import ImportFileError, read_import, read_import_file

pytestmark = pytest.mark.timeout(120)  # a hang guard only
IDS = [c.name for c in CASES]


def test_the_corpus_is_large_and_names_are_unique() -> None:
    assert len(CASES) >= 100 and len(set(IDS)) == len(IDS)
    assert {c.outcome for c in CASES} == {"refused", "skipped", "ok"}


def _write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / f"{case.name}.json"
    path.write_bytes(case.data)
    return path


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_import_reader(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path, case)
    if case.outcome == "refused":
        with pytest.raises(ImportFileError) as info:
            read_import(read_import_file(path), REPORT_ID)
        message = str(info.value)
        assert re.search(case.expect, message), message
        assert "\n" not in message and len(message) < 600
        return
    items, reviews, problems = read_import(read_import_file(path), REPORT_ID)
    if case.outcome == "ok":
        assert problems == [] and (items or reviews or case.name == "untouched-rows-only")
    else:
        assert any(re.search(case.expect, p) for p in problems), problems
        assert all("\n" not in p and len(p) < 600 for p in problems)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_tasks_import_on_the_command_line(tmp_path: Path, capsys, case: Case) -> None:
    report_file = write_mini_report(tmp_path / "r")
    code = main(["tasks", "--report", str(report_file), "--state-dir", str(tmp_path / "state"),
                 "--import", str(_write(tmp_path, case)), "--dry-run"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code == (1 if case.outcome == "refused" else 0), err
    if case.outcome != "ok":
        assert re.search(case.expect, err), err
    assert all(len(line) < 800 for line in err.splitlines())


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_as_the_state_file_nothing_is_lost(tmp_path: Path, case: Case) -> None:
    report = mini_report(tmp_path / "r")
    folder = tmp_path / "state"
    folder.mkdir()
    (folder / f"{REPORT_ID}.json").write_bytes(case.data)
    state = ReportState.open(report, folder)  # never raises
    try:
        assert not state.read_only, state.read_only_reason
        kept = [p for p in folder.iterdir() if p.is_file() and p.read_bytes() == case.data]
        # Read as it is, or moved aside whole (with a notice), never dropped.
        assert kept, sorted(p.name for p in folder.iterdir())
        if kept[0].name != f"{REPORT_ID}.json":
            assert [n.kind for n in state.notices] == ["moved_aside"]
        assert state.apply(state.plan_item("task-2.cloud", status="doing"))  # and it saves again
    finally:
        state.close()
