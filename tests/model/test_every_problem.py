"""A broken report lists every problem at once, each named by the item it is in (id and label)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.errors import ReportError
from viewer.model.loader import load_report


def _problems(tmp_path: Path, text: str) -> list:
    with pytest.raises(ReportError) as caught:
        load_report(write_mini_report(tmp_path / "broken", text))
    return caught.value.problems


def test_a_wrong_meta_field_does_not_hide_the_other_problems(tmp_path: Path) -> None:
    text = (MINI_REPORT.replace("published: 2024-01-20T10:00:00+08:00", 'published: "yesterday"')
            .replace("    unit: 位\n", "    unit: 位置\n")
            .replace("quote: 强化运行监测", "quote: 强化运行监督"))
    problems = _problems(tmp_path, text)
    paths = {p.path for p in problems}
    # All three at once (the date used to be reported alone; fixing it showed the other two).
    assert ("meta", "published") in paths
    assert ("facts", 1, "unit") in paths
    assert ("tasks", 0, "actions", 1, "quote") in paths


def test_a_fact_left_out_for_its_type_error_still_has_its_quote_checked(tmp_path: Path) -> None:
    text = MINI_REPORT.replace("    value: 8.2\n", "    value: eight\n").replace(
        "quote: 规上工业增加值增长8.2%", "quote: 规上工业增加值增长9.2%")
    paths = [p.path for p in _problems(tmp_path, text)]
    assert ("facts", 0, "value") in paths and ("facts", 0, "quote") in paths


def test_problems_name_their_item_by_id_and_label(tmp_path: Path) -> None:
    text = MINI_REPORT.replace("    value: 8.2\n", "    value: eight\n").replace(
        "quote: 强化运行监测", "quote: 强化运行监督")
    problems = {p.path: p for p in _problems(tmp_path, text)}
    value = problems[("facts", 0, "value")]
    assert (value.item_kind, value.item_id, value.item_field) == ("fact", "va-growth", ("value",))
    assert value.item_label == ("规上工业增加值增长", "Industrial value added growth")
    action = problems[("tasks", 0, "actions", 1, "quote")]
    assert (action.item_kind, action.item_id, action.item_label[1]) == ("action", "task-1.monitoring",
                                                                         "Strengthen monitoring")
    # The command line keeps its one-line form with the field path.
    assert str(value).endswith("facts[0].value: Input should be a valid number")
