"""Tasks carried over: last year's tasks with the checklist beside this year's review of them."""

from __future__ import annotations

from pathlib import Path

from tests.model.library.conftest import OpenIndex
from viewer.model.library import queries
from viewer.model.library.carried import carried_over, consecutive_pairs, read_records, sentences
from viewer.model.loader import load_report
from viewer.model.state import ReportState, Status


def test_consecutive_reports_of_a_region_and_what_this_year_says_of_last_year_s_tasks(
        library_folder: Path, tmp_path: Path, opened: OpenIndex) -> None:
    index = opened(tmp_path / "index.sqlite3")
    index.refresh([library_folder])
    pairs = [(a, b) for a, b in consecutive_pairs(queries.list_reports(index)) if b.example]
    assert [(a.path.name, b.path.name) for a, b in pairs] == [("shili-2024.yaml", "shili-2025.yaml"),
                                                              ("shili-2023.yaml", "shili-2024.yaml")]
    previous, current = pairs[1]
    state_dir = tmp_path / "state"
    state = ReportState.open(load_report(previous.path).report, state_dir)
    state.apply(state.plan_item("task-2.cloud", status=Status.DONE, note="2.3万家"))
    state.close()
    carried = carried_over(load_report(previous.path).report, load_report(current.path).report,
                           read_records(state_dir, previous.report_id))
    assert [s.id for s in carried.review] == ["review-2023"]
    digital = next(t for t in carried.tasks if t.task.id == "task-2")
    assert digital.done == 1 and digital.actions[1].item is not None and digital.actions[1].item.note == "2.3万家"
    assert digital.passages[0] == "数字经济方面，新建工业互联网平台12个，推动2.3万家中小企业上云用云。"
    green = next(t for t in carried.tasks if t.task.id == "task-5")
    assert green.passages[0].startswith("绿色转型方面，完成重点行业节能改造项目210个")
    # Every passage offered is a sentence of this year's review.
    review_text = "".join(s.text for s in carried.review)
    assert all(p in review_text for t in carried.tasks for p in t.passages)
    assert read_records(None, previous.report_id).checklist == {}
    assert sentences("一句。二句；\n三句") == ["一句。", "二句；", "三句"]
