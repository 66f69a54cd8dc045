"""The report search (pure Python): kinds, case-insensitivity, snippets, source offsets, limits."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_mini_report
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path
from viewer.model.search import HitKind, SearchIndex, snippet


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


def test_snippet_cuts_with_ellipses() -> None:
    text = "a" * 50 + "KEY" + "b" * 50
    s = snippet(text, 50, 53, context=5)
    assert s == "…aaaaaKEYbbbbb…"
    assert snippet("KEY", 0, 3) == "KEY"


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
