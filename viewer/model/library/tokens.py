"""Words for the library's full-text index: Chinese cut into overlapping pairs of characters, other text into words.

SQLite's FTS5 ``unicode61`` tokenizer keeps a run of Chinese characters as one token, so a search for 经济 would
not find 数字经济. The index is therefore fed pre-cut text: each run of CJK characters as its overlapping
character pairs (数字 字经 经济) and its last character alone (济), every other run of letters and digits as a
lower-case word. A query is cut the same way and asked as phrases: 数字经济 -> "数字 字经 经济" (the pairs in a
row), a single character -> every token starting with it, a Latin word -> every word starting with it (prefix,
so results come while typing).
"""

from __future__ import annotations

import re

# CJK ideographs (and their extensions and compatibility forms), kana and Hangul: cut into pairs. (Code points,
# not characters, so that no Chinese is written outside the texts table: tests/model/test_texts.py.)
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))
_CJK = "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES)
_RUN = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")


def _cjk_tokens(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)] + [run[-1]]


def index_text(*texts: str) -> str:
    """The texts as the index stores them: CJK pairs and words, separated by spaces."""
    out: list[str] = []
    for text in texts:
        for cjk, word in _RUN.findall(text.casefold()):
            if cjk:
                out.extend(_cjk_tokens(cjk))
            else:
                out.append(word)
    return " ".join(out)


def query_terms(query: str) -> list[str]:
    """The FTS5 terms of ``query`` (joined with AND they find what contains every part of it); [] when it has
    no letters or digits."""
    terms: list[str] = []
    for cjk, word in _RUN.findall(query.casefold()):
        if cjk and len(cjk) == 1:
            terms.append(f'"{cjk}"*')
        elif cjk:
            pairs = " ".join(cjk[i:i + 2] for i in range(len(cjk) - 1))
            terms.append(f'"{pairs}"')
        else:
            terms.append(f'"{word}"*')
    return terms


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression for ``query`` (None when there is nothing to search for)."""
    terms = query_terms(query)
    return " AND ".join(terms) if terms else None
