"""Drafting the bundled Fujian text and comparing with the hand-made data/fujian-2023.yaml."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from tests.model.draft_samples.matching import Item, match
from viewer.model.draft import draft_file, draft_report
from viewer.model.loader import load_report, parse_report
from viewer.model.paths import data_dir
from viewer.model.provenance import Provenance
from viewer.model.types import FactKind, Qualifier, Report, Scope

SOURCE_NAME = "sources/fujian-2023-industry-it-work-conference.txt"


@pytest.fixture(scope="module")
def reference():
    return load_report(data_dir() / "fujian-2023.yaml")


@pytest.fixture(scope="module")
def drafted(reference):
    return draft_report(reference.source_text, source_name=SOURCE_NAME, report_id="fujian-2023-draft")


def _items(report: Report, source: str) -> list[Item]:
    spans = Provenance(report, source)
    out = []
    for fact in report.facts:
        span = spans.span(fact.id)
        assert span is not None, f"{fact.id}: quote not found in the source"
        out.append(Item(fact.id, fact.value, fact.unit, span.start, span.end))
    return out


def test_fact_recall_and_precision(reference, drafted):
    score = match(_items(reference.report, reference.source_text), _items(drafted.report, reference.source_text))
    print(f"Fujian: {len(score.matched)} matched of {len(reference.report.facts)} expected, "
          f"{len(drafted.report.facts)} drafted; {score.describe()}")
    assert score.recall >= 0.95, score.describe()
    assert score.precision >= 0.90, score.describe()


def test_matched_facts_agree_on_kind_scope_and_qualifier(reference, drafted):
    score = match(_items(reference.report, reference.source_text), _items(drafted.report, reference.source_text))
    ref = {f.id: f for f in reference.report.facts}
    got = {f.id: f for f in drafted.report.facts}
    disagreements = [
        (e.key, d.key, field)
        for e, d in score.matched
        for field in ("kind", "scope", "qualifier")
        if getattr(ref[e.key], field) != getattr(got[d.key], field)
    ]
    assert len(disagreements) <= 1, disagreements  # the one known: 近一半 (share 50%) is not drafted


def test_all_nine_tasks_with_titles_and_aims(reference, drafted):
    assert [t.number for t in drafted.report.tasks] == list(range(1, 10))
    assert drafted.summary.expected_tasks == 9
    for ref_task, task in zip(reference.report.tasks, drafted.report.tasks, strict=True):
        assert task.title.zh == ref_task.title.zh
        assert task.aim.zh == ref_task.aim.zh
        assert task.quote == ref_task.quote
        assert task.actions and all(a.draft for a in task.actions)


def test_before_after_pairs_carry_their_comparison(drafted):
    facts = drafted.report.facts
    value_added = [f for f in facts if f.unit == "万亿元" and f.comparison is not None]
    assert [(f.comparison.from_value, f.comparison.to_value, f.comparison.from_period, f.comparison.to_period)
            for f in value_added] == [(1.48, 1.96, "2018", "2022")]
    before = next(f for f in facts if f.value == 1.48)
    assert before.period == "2018" and before.comparison is None
    rank = next(f for f in facts if f.kind == FactKind.RANK and f.comparison is not None)
    assert (rank.comparison.from_value, rank.value, rank.scope) == (7, 6, Scope.NATIONAL)
    clusters = next(f for f in facts if f.unit == "个" and f.comparison is not None)
    assert (clusters.comparison.from_value, clusters.value) == (16, 21)


def test_specific_drafts(drafted):
    by_quote: dict[str, list] = {}
    for f in drafted.report.facts:
        by_quote.setdefault(f.quote, []).append(f)
    growth = by_quote["全年规上工业增加值增长5.7%"][0]
    assert (growth.kind, growth.value, growth.period, growth.label.zh) == (
        FactKind.GROWTH_RATE, 5.7, "2022", "规上工业增加值增速")
    eastern = by_quote["增速稳居东部地区第1位"][0]
    assert (eastern.scope, eastern.label.zh) == (Scope.EASTERN_REGION, "规上工业增加值增速东部地区排名")
    textile = by_quote["成为我省规模最先超万亿元的产业"][0]
    assert (textile.kind, textile.value, textile.unit, textile.qualifier) == (
        FactKind.THRESHOLD, 1, "万亿元", Qualifier.OVER)
    top3 = by_quote["己内酰胺、钨材料等产量位居全国前三"]
    assert [(f.value, f.qualifier, f.label.zh) for f in top3] == [
        (3, Qualifier.TOP, "己内酰胺产量全国排名"), (3, Qualifier.TOP, "钨材料产量全国排名")]
    ranks = by_quote["数量分别居全国第3位、第4位、第5位"]
    assert [f.label.zh for f in ranks] == ["国家级服务型制造示范企业数量全国排名", "国家级工业设计中心数量全国排名",
                                           "国家A级物流企业数量全国排名"]
    assert all(f.draft for f in drafted.report.facts)


def test_enterprises_and_honours(reference, drafted):
    assert {e.name.zh for e in drafted.report.enterprises} == {e.name.zh for e in reference.report.enterprises}
    kinds = {e.name.zh: e.kind for e in drafted.report.enterprises}
    assert {n: k.value for n, k in kinds.items() if k.value != "enterprise"} == {
        "中沙古雷乙烯": "project", "天马AMOLED": "project", "古雷石化基地": "base"}
    catl = next(e for e in drafted.report.enterprises if e.name.zh == "宁德时代")
    assert len(catl.achievements) == 2
    assert [h.title.zh for h in drafted.report.honours] == [h.title.zh for h in reference.report.honours]
    assert sum(h.rank_fact is not None for h in drafted.report.honours) == 3


def test_meta_and_sections(reference, drafted):
    meta, ref = drafted.report.meta, reference.report.meta
    assert (meta.title, meta.publisher, meta.published, meta.meeting_date, meta.place, meta.format, meta.reporter) == (
        replace(ref.title, en=""), replace(ref.publisher, en=""), ref.published,
        ref.meeting_date, replace(ref.place, en=""), replace(ref.format, en=""), replace(ref.reporter, en=""))
    assert drafted.summary.needs_filling == []
    assert [s.kind for s in drafted.report.sections] == [s.kind for s in reference.report.sections]


def test_drafted_yaml_validates_with_the_loader(drafted, tmp_path: Path):
    (tmp_path / "sources").mkdir()
    shutil.copy(data_dir() / SOURCE_NAME, tmp_path / SOURCE_NAME)
    loaded = parse_report(drafted.yaml_text, str(tmp_path / "draft.yaml"), tmp_path)
    assert len(loaded.report.facts) == len(drafted.report.facts)
    assert loaded.report == drafted.report


def test_draft_file_writes_yaml_and_source_copy(tmp_path: Path):
    source = tmp_path / "in" / "fujian.txt"
    source.parent.mkdir()
    shutil.copy(data_dir() / SOURCE_NAME, source)
    drafted = draft_file(source, tmp_path / "out" / "fujian.yaml")
    assert drafted.source_path == (tmp_path / "out" / "sources" / "fujian.txt").resolve()
    loaded = load_report(drafted.yaml_path)
    assert loaded.report.meta.source == "sources/fujian.txt"
    assert loaded.source_text == source.read_text(encoding="utf-8")


def test_headline_figures_are_suggested(drafted):
    headlines = [f for f in drafted.report.facts if "headline" in f.tags]
    assert 1 <= len(headlines) <= 6
    assert headlines[0].quote == "全年规上工业增加值增长5.7%"
    assert any(f.comparison is not None for f in headlines)
