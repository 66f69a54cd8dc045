"""Drafting large texts: what `draft` writes always validates; a text too long or too rich for one report
file (32 MiB) is refused with a message naming the limit, and nothing is written. Speed and memory are
measured in bench/draft_big.py (README, Performance)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.model.draft_samples.big import big_text
from viewer.cli import main
from viewer.model.draft import DraftError, draft_file
from viewer.model.draft.sections import MAX_SECTION_CHARS
from viewer.model.loader import load_report

MB = 2**20


def test_a_megabyte_in_one_paragraph_drafts_to_a_file_that_validates(tmp_path: Path):
    source = tmp_path / "one-paragraph.txt"
    source.write_text(big_text(MB, one_paragraph=True, prose=0.8), encoding="utf-8")
    drafted = draft_file(source)
    loaded = load_report(drafted.yaml_path)
    assert loaded.report == drafted.result.report
    assert len(loaded.report.facts) > 1000
    assert len(loaded.report.sections) >= 2  # the paragraph is cut into sections a report may hold
    assert all(len(s.text) <= MAX_SECTION_CHARS for s in loaded.report.sections)


@pytest.mark.slow
def test_thirty_megabytes_are_refused_up_front_naming_the_limit(tmp_path: Path, capsys):
    source = tmp_path / "thirty.txt"
    source.write_text(big_text(30 * MB), encoding="utf-8")
    with pytest.raises(DraftError, match=r"at most 16 MiB of text .* at a time"):
        draft_file(source)
    assert main(["draft", str(source)]) == 1
    message = capsys.readouterr().err.strip()
    assert len(message.splitlines()) == 1 and "32 MiB" in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thirty.txt"]


@pytest.mark.slow
def test_a_text_too_rich_for_one_report_is_refused_part_way(tmp_path: Path):
    source = tmp_path / "ten.txt"
    source.write_text(big_text(10 * MB), encoding="utf-8")
    with pytest.raises(DraftError, match=r"more than the 32 MiB a report file may have \(passed after \d+ facts, "
                                         r"at \d+% of the text\)"):
        draft_file(source)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ten.txt"]


@pytest.mark.slow
def test_the_richest_text_that_fits_drafts_and_validates(tmp_path: Path):
    source = tmp_path / "four.txt"
    source.write_text(big_text(4 * MB), encoding="utf-8")
    drafted = draft_file(source)
    assert drafted.yaml_path.stat().st_size <= 32 * MB
    assert load_report(drafted.yaml_path).report == drafted.result.report
