"""draft_file in three steps (plan, compose, write), as the window runs them: the first two write nothing, the
drafting reports its progress through the text and stops when its progress callback raises (the user's Cancel)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_SOURCE
from viewer.model.draft.files import compose_draft, draft_file, plan_draft, write_draft
from viewer.model.loader import load_report


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "mini.txt"
    source.write_bytes(MINI_SOURCE.encode("gbk"))  # not UTF-8: the draft needs a copy in sources/
    return source


def test_plan_and_compose_write_nothing_then_write_gives_what_draft_file_gives(tmp_path: Path):
    source = _source(tmp_path)
    seen: list[tuple[int, int]] = []
    composed = compose_draft(plan_draft(source), progress=lambda done, total: seen.append((done, total)))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mini.txt"]
    assert seen and all(0 < done <= total for done, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # forward through the text
    drafted = write_draft(composed)
    assert load_report(drafted.yaml_path).report == drafted.result.report
    assert drafted.source_path == tmp_path / "sources" / "mini.txt"
    again = draft_file(source, tmp_path / "again.yaml")
    assert again.result.yaml_text == drafted.result.yaml_text  # the same draft as in one step


def test_a_progress_callback_that_raises_stops_the_drafting(tmp_path: Path):
    source = _source(tmp_path)
    calls: list[int] = []

    def cancel(done: int, total: int) -> None:
        calls.append(done)
        raise InterruptedError

    with pytest.raises(InterruptedError):
        compose_draft(plan_draft(source), progress=cancel)
    assert len(calls) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mini.txt"]
