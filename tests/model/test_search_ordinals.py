"""A number query with an ordinal ('6th', '6位') finds ranks of that number, not other figures of the same
value: '6th' found 'average annual growth 6%' before; and a number with a unit ('6%') finds no rank."""

from __future__ import annotations

import pytest

from viewer.model.loader import load_report
from viewer.model.paths import default_report_path
from viewer.model.search import HitKind, SearchIndex, number_query
from viewer.model.types import FactKind


@pytest.fixture(scope="module")
def index() -> tuple[SearchIndex, dict]:
    loaded = load_report(default_report_path())
    return SearchIndex(loaded.report, loaded.source_text), {f.id: f for f in loaded.report.facts}


@pytest.mark.parametrize("query", ["6th", "6TH", "6 th", "6位", "第6位", "No. 6"])
def test_an_ordinal_finds_ranks_only(index, query) -> None:
    search, facts = index
    hits = [h for h in search.search(query, "en") if h.kind is HitKind.FACT]
    assert hits  # 'the total moved up to 6th place nationally'
    # Ranks only (a quote that says '第7位提高到第6位' is found by its words too), the 6th among them.
    assert all(facts[h.key].kind is FactKind.RANK for h in hits), [(h.key, h.snippet) for h in hits]
    assert any(facts[h.key].value == 6 for h in hits)
    source = [h for h in search.search(query, "en", limit=500) if h.kind is HitKind.SOURCE]
    assert source and all("%" not in h.snippet[h.match[0]:h.match[1] + 1] for h in source)


def test_a_number_with_a_unit_finds_no_rank(index) -> None:
    search, facts = index
    hits = [h for h in search.search("6%", "en") if h.kind is HitKind.FACT]
    assert hits and all(facts[h.key].kind is not FactKind.RANK for h in hits)
    both = {facts[h.key].kind for h in search.search("6", "en") if h.kind is HitKind.FACT}
    assert FactKind.RANK in both and len(both) > 1  # a bare number still finds every figure of that value


def test_number_query_reads_the_ordinal() -> None:
    assert number_query("6th") == (6.0, True)
    assert number_query("第6位") == (6.0, True)
    assert number_query("6%") == (6.0, False)
    assert number_query("6") == (6.0, None)
    assert number_query("工业") is None
