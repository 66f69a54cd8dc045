"""Pre-cut words for FTS5: any run of Chinese found by any part of it, words by their beginnings."""

from __future__ import annotations

import contextlib
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.model.library.tokens import fts_query, index_text, query_terms

CJK = st.text(alphabet=st.sampled_from("数字经济工业增长规上企业投资项目示例省"), min_size=1, max_size=12)


def test_chinese_is_cut_into_pairs_and_words_are_kept() -> None:
    assert index_text("数字经济规模", "Digital economy") == "数字 字经 经济 济规 规模 模 digital economy"
    assert index_text("5G基站1.2万个") == "5g 基站 站 1 2 万个 个"
    assert query_terms("数字经济") == ['"数字 字经 经济"']
    assert query_terms("济") == ['"济"*'] and query_terms("Grow") == ['"grow"*']
    # FTS5's own syntax is never passed through: operators become words, quotes and brackets go.
    assert fts_query('") OR *') == '"or"*' and fts_query('"*)(') is None
    assert fts_query("数字 grow") == '"数字" AND "grow"*'


@settings(max_examples=200, deadline=None)
@given(CJK, st.data())
def test_any_part_of_a_chinese_text_finds_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
        conn.execute("INSERT INTO t (rowid, body) VALUES (1, ?)", (index_text(text),))
        conn.execute("INSERT INTO t (rowid, body) VALUES (2, ?)", (index_text("无关的句子"),))
        expression = fts_query(text[start:end])
        assert expression is not None
        found = [r[0] for r in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,))]
    assert 1 in found
