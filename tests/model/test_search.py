"""The report search (pure Python): kinds, case-insensitivity, snippets, source offsets, limits."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_mini_report
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path
from viewer.model.search import HitKind, SearchIndex, number_in, snippet, snippet_with_match


def _index(path: Path) -> SearchIndex:
    loaded = load_report(path)
    return SearchIndex(loaded.report, loaded.source_text)


def test_finds_every_kind_of_item(mini_report_path: Path) -> None:
    index = _index(mini_report_path)
    hits = index.search("星海")
    kinds = [h.kind for h in hits]
    assert HitKind.ENTERPRISE in kinds
    assert HitKind.FACT in kinds  # projects-done quotes 星海电子
    assert HitKind.SOURCE in kinds
    enterprise = next(h for h in hits if h.kind == HitKind.ENTERPRISE)
    assert (enterprise.key, enterprise.label) == ("xinghai", "星海电子")
    task = index.search("数字化转型")
    assert [(h.kind, h.key) for h in task if h.kind != HitKind.SOURCE] == [(HitKind.TASK, "task-2")]
    action = index.search("上云")
    assert (action[0].kind, action[0].key, action[0].label) == (HitKind.ACTION, "task-2.cloud", "推动企业上云")


def test_items_come_before_source_text_hits(mini_report_path: Path) -> None:
    hits = _index(mini_report_path).search("工业")
    kinds = [h.kind for h in hits]
    first_source = kinds.index(HitKind.SOURCE)
    assert all(k == HitKind.SOURCE for k in kinds[first_source:])
    assert first_source > 0


def test_english_and_case_insensitive(mini_report_path: Path) -> None:
    index = _index(mini_report_path)
    hits = index.search("XINGHAI electronics", lang="en")
    assert [(h.kind, h.key, h.label) for h in hits] == [(HitKind.ENTERPRISE, "xinghai", "Xinghai Electronics")]
    assert index.search("  cloud ")[0].key == "task-2.cloud"


def test_source_hits_carry_offsets_of_every_occurrence(mini_report_path: Path) -> None:
    loaded = load_report(mini_report_path)
    index = SearchIndex(loaded.report, loaded.source_text)
    hits = [h for h in index.search("会议") if h.kind == HitKind.SOURCE]
    expected = []
    at = loaded.source_text.find("会议")
    while at >= 0:
        expected.append(at)
        at = loaded.source_text.find("会议", at + 1)
    assert [h.offset for h in hits] == expected
    assert all(loaded.source_text[h.offset:h.offset + h.length] == "会议" for h in hits)
    assert all("会议" in h.snippet and "\n" not in h.snippet for h in hits)
    review = next(h for h in index.search("8.2%") if h.kind == HitKind.SOURCE)
    assert review.label == "2023年回顾"  # the section the hit stands in


def test_empty_query_limit_and_no_match(mini_report_path: Path) -> None:
    index = _index(mini_report_path)
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("不存在的词") == []
    assert len(index.search("工", limit=3)) == 3
    # Regular-expression characters are matched literally.
    assert index.search(".*") == []
    assert index.search("8.2%")[0].key == "va-growth"


def test_snippet_cuts_with_ellipses_between_words() -> None:
    text = "a" * 50 + " KEY " + "b" * 50
    assert snippet(text, 51, 54, context=5) == "…KEY…"  # never a piece of a word
    english = "Industrial value added of enterprises above designated size grew 5.7 percent in 2022"
    at = english.index("5.7")
    piece, start, end = snippet_with_match(english, at, at + 3, context=12)
    assert piece == "…size grew 5.7 percent in…"
    assert piece[start:end] == "5.7"
    chinese = "全省规上工业增加值增长5.7%，增速稳居东部地区第1位"
    at = chinese.index("5.7%")
    piece, start, end = snippet_with_match(chinese, at, at + 4, context=4)
    assert piece == "…加值增长5.7%，增速稳…" and piece[start:end] == "5.7%"  # CJK: cut between characters
    assert snippet("KEY", 0, 3) == "KEY"


def test_a_number_is_found_as_written_and_as_shown() -> None:
    loaded = load_report(default_report_path())
    index = SearchIndex(loaded.report, loaded.source_text)
    for query in ("20,000", "20000", "2万", "2万家"):
        hits = index.search(query, "en")
        fact = next((h for h in hits if h.key == "enterprises-above-size"), None)
        assert fact is not None, query
        assert fact.value == "over 20,000 enterprises" and fact.period == "2018–2022"
        source = [h for h in hits if h.kind == HitKind.SOURCE]
        assert any(loaded.source_text[h.offset:h.offset + h.length] == "2万" for h in source), query
        assert all(h.snippet[h.match[0]:h.match[1]] for h in hits)
    assert number_in("1.96万亿元") == 1.96e12 and number_in("5.7%") == 5.7 and number_in("工业") is None


def test_hits_carry_value_period_and_where_the_match_is(mini_report_path: Path) -> None:
    hits = _index(mini_report_path).search("增长", "en")
    fact = next(h for h in hits if h.key == "va-growth")
    assert (fact.value, fact.period) == ("8.2%", "2023")
    assert all(h.snippet[h.match[0]:h.match[1]] == "增长" for h in hits)


def test_describe_items(tmp_path: Path) -> None:
    index = _index(write_mini_report(tmp_path))
    assert index.describe("va-growth") == (HitKind.FACT, "规上工业增加值增长")
    assert index.describe("xinghai#0", "en") == (HitKind.ENTERPRISE, "Xinghai Electronics")
    assert index.describe("task-1", "en") == (HitKind.TASK, "1. Make stable growth the first task")
    assert index.describe("nothing") is None


def test_bundled_report_search() -> None:
    index = _index(default_report_path())
    hits = index.search("宁德时代")
    assert any(h.kind == HitKind.ENTERPRISE and h.label == "宁德时代" for h in hits)
    assert any(h.kind == HitKind.SOURCE for h in hits)


def test_a_search_formats_the_value_of_what_it_finds_only(monkeypatch) -> None:
    """A keystroke on a 10,000-fact report formatted every fact's value and period (40% of its time)."""
    from viewer.model import search

    index = _index(default_report_path())
    formatted: list[str] = []
    real = search.fact_value
    monkeypatch.setattr(search, "fact_value", lambda fact, lang: formatted.append(fact.id) or real(fact, lang))
    hits = index.search("增长", "zh")
    found = [h.key for h in hits if h.kind in (HitKind.FACT, HitKind.HONOUR)]
    assert found and all(h.value for h in hits if h.kind == HitKind.FACT)
    assert len(formatted) == len(found) < len(index._entries) / 4
