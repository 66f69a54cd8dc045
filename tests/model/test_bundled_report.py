"""The bundled Fujian 2023 report: it validates, and its data keeps to the rules of the source text.

These tests are generic over the report's contents: they check properties every fact, quote and task
must have (verbatim quotes, numbers readable in their own quote, before/after pairs with both ends),
not a list of expected values, so that correcting a figure never needs a test edit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.model.checks import check_all
from viewer.model.loader import LoadedReport, load_report
from viewer.model.types import Fact, FactKind, Report, SectionKind
from viewer.model.validation import validate

REPORT_PATH = Path(__file__).resolve().parents[2] / "data" / "fujian-2023.yaml"

# Chinese numerals the text uses instead of digits (世界第一, 全国前三, 七大石化基地).
_CHINESE_DIGITS = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
# Fractions written in words, as a share in percent (近一半 = nearly 50%).
_CHINESE_SHARES = {50.0: ("一半", "半数")}


@pytest.fixture(scope="module")
def loaded() -> LoadedReport:
    """The bundled report, loaded once through the real loader (which raises on any problem)."""
    return load_report(REPORT_PATH)


@pytest.fixture(scope="module")
def report(loaded: LoadedReport) -> Report:
    return loaded.report


def _number(value: float) -> str:
    """A value as a report writes it: 1.96, 2920, 6 (never 6.0 or 2,920)."""
    return str(int(value)) if value == int(value) else repr(value)


def _renderings(value: float, fact: Fact) -> list[str]:
    """The ways the text may write ``value`` for this fact: '5.7%', '第6位', '2万家', '世界第一', '前三'."""
    if fact.kind == FactKind.RANK:
        out = [f"第{_number(value)}位"]
        if value in _CHINESE_DIGITS:
            out += [f"第{_CHINESE_DIGITS[int(value)]}", f"前{_CHINESE_DIGITS[int(value)]}"]
        return out
    out = [f"{_number(value)}{fact.unit}"]
    if fact.kind == FactKind.SHARE and fact.unit == "%":
        out += list(_CHINESE_SHARES.get(value, ()))
    return out


def _stated_in(quote: str, value: float, fact: Fact) -> bool:
    """Whether ``quote`` states ``value`` for ``fact`` literally (not as part of a longer number)."""
    for text in _renderings(value, fact):
        if re.search(rf"(?<![0-9.]){re.escape(text)}", quote):
            return True
    # 超万亿元 / 超千亿元: a bare magnitude unit means one of it.
    bare_unit = re.search(rf"(?<![0-9.]){re.escape(fact.unit)}", quote)
    return value == 1 and fact.kind != FactKind.RANK and bare_unit is not None


def _task_spans(report: Report) -> dict[str, str]:
    """Each task's own text: from its quote to the next task's quote (or the end of the tasks section)."""
    tasks_section = next(s.text for s in report.sections if s.kind == SectionKind.TASKS)
    ordered = sorted(report.tasks, key=lambda t: t.number)
    starts = [tasks_section.index(t.quote) for t in ordered]
    ends = [*starts[1:], len(tasks_section)]
    return {t.id: tasks_section[a:b] for t, a, b in zip(ordered, starts, ends, strict=True)}


def _all_quotes(report: Report) -> Iterator[tuple[str, str]]:
    for s in report.sections:
        yield f"section {s.id}", s.text
    for f in report.facts:
        yield f"fact {f.id}", f.quote
    for e in report.enterprises:
        for i, a in enumerate(e.achievements):
            yield f"enterprise {e.id} achievement {i}", a.quote
    for t in report.tasks:
        yield f"task {t.id}", t.quote
        for a in t.actions:
            yield f"action {a.id}", a.quote


def test_bundled_report_validates_with_no_findings(loaded: LoadedReport) -> None:
    assert loaded.report.meta.id == "fujian-2023"
    assert loaded.source_text, "the source text should have been read"
    assert check_all(loaded.report, loaded.source_text) == []


def test_every_quote_and_section_text_is_verbatim_in_the_source(loaded: LoadedReport) -> None:
    missing = [where for where, quote in _all_quotes(loaded.report) if quote not in loaded.source_text]
    assert missing == []


def test_fact_and_achievement_quotes_lie_inside_their_section(report: Report) -> None:
    sections = {s.id: s.text for s in report.sections}
    for fact in report.facts:
        assert fact.section in sections, fact.id
        assert fact.quote in sections[fact.section], fact.id
    for ent in report.enterprises:
        for ach in ent.achievements:
            assert ach.section in sections, ent.id
            assert ach.quote in sections[ach.section], ent.id


def test_every_item_has_chinese_and_english_labels(report: Report) -> None:
    texts = [("meta.title", report.meta.title), ("meta.reporter", report.meta.reporter)]
    texts += [(f"section {s.id} {part}", getattr(s, part)) for s in report.sections for part in ("title", "summary")]
    texts += [(f"fact {f.id}", f.label) for f in report.facts]
    texts += [(f"enterprise {e.id}", e.name) for e in report.enterprises]
    texts += [(f"enterprise {e.id} achievement", a.text) for e in report.enterprises for a in e.achievements]
    texts += [(f"honour {h.id}", h.title) for h in report.honours]
    texts += [(f"task {t.id} {part}", getattr(t, part)) for t in report.tasks for part in ("title", "aim")]
    texts += [(f"action {a.id}", a.text) for _, a in report.actions()]
    blank = [where for where, text in texts if not text.zh.strip() or not text.en.strip()]
    assert blank == []


def test_ids_are_unique_across_the_report(report: Report) -> None:
    ids = [s.id for s in report.sections] + [f.id for f in report.facts] + [e.id for e in report.enterprises]
    ids += [h.id for h in report.honours] + [t.id for t in report.tasks] + [a.id for _, a in report.actions()]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_exactly_nine_tasks_numbered_one_to_nine_each_with_actions(report: Report) -> None:
    assert [t.number for t in report.tasks] == list(range(1, 10))
    for task in report.tasks:
        assert len(task.actions) >= 2, task.id
        assert all(a.id.startswith(f"{task.id}.") for a in task.actions), task.id


def test_task_titles_aims_and_actions_come_from_the_task_text(report: Report) -> None:
    spans = _task_spans(report)
    for task in report.tasks:
        span = spans[task.id]
        assert task.title.zh in task.quote and task.aim.zh in task.quote, task.id
        assert task.aim.zh.startswith("着力"), task.id
        outside = [a.id for a in task.actions if a.quote not in span]
        assert outside == [], f"{task.id}: actions quoted from outside the task's text"


def test_each_fact_number_is_written_in_its_quote(report: Report) -> None:
    unreadable = [f.id for f in report.facts if not _stated_in(f.quote, f.value, f)]
    assert unreadable == []


def test_each_comparison_has_both_ends_as_facts(report: Report) -> None:
    compared = [f for f in report.facts if f.comparison is not None]
    assert compared, "the report states before/after pairs"
    for end in compared:
        c = end.comparison
        assert c is not None
        assert _stated_in(end.quote, c.from_value, end), end.id
        starts = [
            f for f in report.facts
            if f.id != end.id and f.label == end.label and f.unit == end.unit and f.kind == end.kind
            and f.value == c.from_value and f.quote == end.quote
        ]
        assert len(starts) == 1, f"{end.id}: the start of the pair ({c.from_value:g}) should be one fact"
        start = starts[0]
        # Each end is a fact of its own time: the start of 2018, the end of 2022 (not both of 2018–2022).
        assert c.from_period is not None and c.to_period is not None, end.id
        assert (start.period, end.period) == (c.from_period, c.to_period), end.id
        assert c.from_period < c.to_period, end.id


def test_ranks_and_counts_behind_honours_are_tagged(report: Report) -> None:
    assert report.honours
    for honour in report.honours:
        count = report.fact(honour.count_fact)
        assert "honour" in count.tags, honour.id
        assert honour.title.zh in count.quote, honour.id
        if honour.rank_fact is not None:
            rank = report.fact(honour.rank_fact)
            assert "honour" in rank.tags and rank.kind == FactKind.RANK, honour.id
            assert honour.title.zh in rank.quote, honour.id


def test_period_tags_match_the_section_of_each_fact(report: Report) -> None:
    section_tag = {"review": "review-2022", "multi_year_review": "five-year"}
    kinds = {s.id: s.kind.value for s in report.sections}
    for fact in report.facts:
        expected = section_tag.get(kinds[fact.section or ""])
        if expected is not None:
            assert expected in fact.tags, fact.id


def test_headline_figures_are_a_small_tile_set(report: Report) -> None:
    headline = report.facts_with(tag="headline")
    assert 6 <= len(headline) <= 8
    # A pair is shown as one tile: its end, which carries the comparison; never the start.
    pair_ends = {(f.label, f.quote) for f in report.facts if f.comparison is not None}
    starts_shown = [f.id for f in headline if f.comparison is None and (f.label, f.quote) in pair_ends]
    assert starts_shown == []


def test_every_section_kind_of_a_work_report_is_present(report: Report) -> None:
    kinds = [s.kind for s in report.sections]
    for kind in (SectionKind.OPENING, SectionKind.REVIEW, SectionKind.MULTI_YEAR_REVIEW, SectionKind.REQUIREMENTS,
                 SectionKind.TASKS, SectionKind.FORMAT):
        assert kinds.count(kind) == 1, kind


def test_renderings_reject_a_number_that_is_only_part_of_another() -> None:
    # Guards the helper itself: 6 must not be found inside 1.96, nor rank 1 inside 第11位.
    fact = validate(
        Fact,
        {"id": "x", "label": {"zh": "x", "en": "x"}, "value": 6, "unit": "%", "kind": "growth_rate", "quote": "1.96%"}
    )
    assert not _stated_in("增加到1.96%", 6, fact)
    assert _stated_in("年均增长6%", 6, fact)
    rank = validate(
        Fact,
        {"id": "r", "label": {"zh": "r", "en": "r"}, "value": 1, "unit": "位", "kind": "rank", "quote": "第1位"}
    )
    assert not _stated_in("居全国第11位", 1, rank)
    assert _stated_in("出货量全球第一", 1, rank)
