"""Correcting a report file (viewer.model.edit): round trip, edits, undo, refusals, problems, save."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_mini_report
from tests.ui.conftest import UI_REPORT
from viewer.model.edit import (
    InputError,
    ReportDocument,
    accept,
    delete_item,
    draft_items,
    edit_field,
    new_fact,
    report_problems,
)
from viewer.model.errors import ReportError
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path


@pytest.fixture
def mini(tmp_path: Path) -> ReportDocument:
    return ReportDocument.open(load_report(write_mini_report(tmp_path / "r", UI_REPORT)))


def test_an_unchanged_report_is_written_back_byte_for_byte() -> None:
    path = default_report_path()
    doc = ReportDocument.open(load_report(path))
    assert doc.dump() == path.read_text(encoding="utf-8")


def test_an_edit_changes_only_its_line_and_undo_restores_the_text(mini: ReportDocument) -> None:
    before = mini.dump()
    undo = mini.apply(edit_field(mini, "va-growth", "label.en", "Growth of industry"))
    after = mini.dump()
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert changed == [(
        "    label: {zh: 规上工业增加值增长, en: Industrial value added growth}",
        "    label: {zh: 规上工业增加值增长, en: Growth of industry}",
    )]
    mini.apply(undo)
    assert mini.dump() == before


def test_strings_yaml_would_misread_are_quoted(mini: ReportDocument) -> None:
    for text in ("no", "2023", "010", "on", "null", "- x", "a: b"):
        mini.apply(edit_field(mini, "va-growth", "label.en", text))
        mini.save()
        assert load_report(mini.path).report.fact("va-growth").label.en == text


def test_typed_text_that_cannot_be_the_field_is_refused(mini: ReportDocument) -> None:
    for field, text, code in (("value", "abc", "number"), ("period", "去年", "period"), ("kind", "big", "choice"),
                              ("label.zh", "", "empty"), ("label.zh", "增长\u202e", "invisible"),
                              ("comparison", "7 to 6", "comparison")):
        with pytest.raises(InputError) as info:
            edit_field(mini, "va-growth", field, text)
        assert info.value.problem.code == code, (field, text)
    with pytest.raises(InputError) as info:
        edit_field(mini, "meta", "meeting_date", "2024-13-01")
    assert info.value.problem.code == "date"


def test_report_level_problems_are_listed_per_item_and_block_saving(mini: ReportDocument) -> None:
    mini.apply(edit_field(mini, "growth-rank", "value", "2.5"))
    mini.apply(edit_field(mini, "va-growth", "unit", "xyz"))
    problems = report_problems(mini)
    assert [p.code for p in problems["growth-rank"]] == ["rank"]
    assert [p.code for p in problems["va-growth"]] == ["unit"]
    before = mini.path.read_bytes()
    with pytest.raises(ReportError):
        mini.save()
    assert mini.path.read_bytes() == before


def test_deleting_a_fact_takes_its_honour_and_references(mini: ReportDocument) -> None:
    mini.apply(delete_item(mini, "projects-done"))
    assert report_problems(mini) == {}
    mini.save()
    report = load_report(mini.path).report
    assert all(f.id != "projects-done" for f in report.facts) and not report.honours


def test_comparison_meta_dates_and_unknown_meta(mini: ReportDocument) -> None:
    mini.apply(edit_field(mini, "growth-rank", "comparison", "3 → 2"))
    mini.apply(edit_field(mini, "meta", "meeting_date", ""))
    mini.apply(edit_field(mini, "meta", "place.en", ""))
    mini.apply(edit_field(mini, "meta", "place.zh", ""))  # both texts empty: unknown again
    mini.save()
    report = load_report(mini.path).report
    comparison = report.fact("growth-rank").comparison
    assert (comparison.from_value, comparison.to_value) == (3, 2)
    assert report.meta.meeting_date is None and report.meta.place is None


def test_accept_and_a_new_figure_from_a_selection(mini: ReportDocument) -> None:
    source = mini.source_text
    phrase = "星海电子等12个重点项目建成投产"
    start = source.index(phrase)
    with pytest.raises(InputError) as refused:  # the report has this figure: not made twice
        new_fact(mini, start, start + len(phrase))
    assert (refused.value.problem.code, refused.value.problem.values) == ("figure_exists", ("projects-done",))
    mini.apply(edit_field(mini, "projects-done", "unit", "项"))  # now another figure than the selection's
    fact_id, changes = new_fact(mini, start, start + len(phrase))
    mini.apply(changes)
    assert draft_items(mini) == [fact_id]
    fact = mini.plain()["facts"][[f["id"] for f in mini.plain()["facts"]].index(fact_id)]
    assert (fact["value"], fact["unit"], fact["quote"], fact["section"]) == (12, "个", phrase, "review")
    mini.apply(accept(mini, [fact_id]))
    assert draft_items(mini) == []
    mini.save()
    assert load_report(mini.path).report.fact(fact_id).quote == phrase
    with pytest.raises(InputError):
        new_fact(mini, start + 2, start + 4)  # "电子": no figure
