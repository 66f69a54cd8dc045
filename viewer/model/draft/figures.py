"""Finding the figures of a clause: ranks (第3位, 世界第一, 前三), numbers with units (1.96万亿元, 349家,
5.7%), and amounts written without digits (超万亿元). Each is a ``Figure`` with offsets in the source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.model.draft.numbers import (
    CN_NUMERAL,
    NUMBER,
    UNIT_BY_WRITTEN,
    UNIT_PATTERN,
    UNKNOWN_COUNTER,
    Family,
    any_int,
    arabic_value,
    unit_blocked,
    unknown_counter,
)
from viewer.model.draft.text import Piece, inside, quoted_spans
from viewer.model.types import Scope

# Scope words, longest first; the value is None for regions the format has no scope for.
SCOPE_WORDS: dict[str, Scope | None] = {
    "东部沿海省份": Scope.EASTERN_REGION, "东部沿海地区": Scope.EASTERN_REGION, "沿海省份": Scope.EASTERN_REGION,
    "东部地区": Scope.EASTERN_REGION, "东部省份": Scope.EASTERN_REGION, "东部沿海": Scope.EASTERN_REGION,
    "东部": Scope.EASTERN_REGION, "中部地区": None, "西部地区": None, "中部": None, "西部": None,
    "全国": Scope.NATIONAL, "我国": Scope.NATIONAL, "国内": Scope.NATIONAL, "全世界": Scope.WORLD, "世界": Scope.WORLD,
    "全球": Scope.WORLD, "国际": Scope.WORLD, "全省": Scope.PROVINCE, "全市": Scope.PROVINCE,
    "全区": Scope.PROVINCE, "全州": Scope.PROVINCE,
}
SCOPE_PATTERN = "|".join(sorted(SCOPE_WORDS, key=len, reverse=True))
# Verbs that introduce a rank when no scope word or 位/名 makes it one.
RANK_VERB = r"(?:居|排|列|位于|跃升至|跃居|升至|提高到|提高至|提升至|提升到|上升至|上升到|前移至|进入|跻身|保持)"
_RANK_NUMBER = rf"(?:[0-9０-９]{{1,3}}|{CN_NUMERAL})"
# 第一批, 第三季度, 第二十届, 第一方阵… are ordinals, not ranks.
_NOT_RANK_AFTER = "季批次届个条项大章节年天轮期家号款部方阶梯档代"

# 全国城市第一, 全省地市第二: a scope with the group ranked in it.
_AMONG = r"(?:[\u4e00-\u9fff]{0,4}?(?:城市|省份|省区|地市|区县|县市|园区|开发区|同类))?"
_RANK_NTH = re.compile(rf"(?:(?P<scope>{SCOPE_PATTERN}){_AMONG})?第(?P<n>{_RANK_NUMBER})(?P<post>位|名)?")
_RANK_TOP = re.compile(rf"(?P<scope>{SCOPE_PATTERN})?前(?P<n>{_RANK_NUMBER})(?P<post>位|名|强)?")
_RANK_FIRST = re.compile(rf"(?P<scope>{SCOPE_PATTERN})?首位")
# 3万余家, 1万多人: the magnitude (万/亿) may come before 多/余, and belongs to the unit.
_VALUE = re.compile(rf"(?P<num>{NUMBER})(?:(?P<mag>[万亿])(?P<many2>多|余)(?=[^万亿]))?(?P<many>多|余)?"
                    rf"(?P<unit>{UNIT_PATTERN})")
_DIGITLESS = re.compile(
    r"(?<![0-9０-９.．一二两三四五六七八九十百千万亿几])(?P<unit>(?:十|百|千)?(?:万亿|亿)元|(?:千|百)?万元|亿美元)"
)
_DIGITLESS_VERB = re.compile(r"(?:超过|超|突破|逾|达到|达|迈上|跨越|站上|过)$")
_DIGITLESS_VALUES = {"万亿元": (1, "万亿元"), "千亿元": (1000, "亿元"), "百亿元": (100, "亿元"),
                     "十亿元": (10, "亿元"), "亿元": (1, "亿元"), "千万元": (1000, "万元"),
                     "百万元": (100, "万元"), "万元": (1, "万元"), "亿美元": (1, "亿美元")}


@dataclass(frozen=True)
class Figure:
    """One figure in the text: ``start:end`` covers the number and its unit (第3位, 1.96万亿元, 前三)."""

    start: int
    end: int
    value: float
    unit: str
    family: Family
    scope: Scope | None = None  # a scope word written with a rank (世界第一)
    scope_start: int | None = None
    top: bool = False  # 前三: among the first N
    more: bool = False  # 200多家: over the number
    digitless: bool = False  # 超万亿元: a magnitude with no digits
    unknown_unit: bool = False  # a counter word the unit table lacks (机井120眼): drafted and flagged

    @property
    def lead(self) -> int:
        """Where the figure's own words begin (its scope word, when it has one)."""
        return self.scope_start if self.scope_start is not None else self.start


def find_figures(clause: Piece) -> list[Figure]:
    """Every figure of a clause, in order, leaving out figures inside quoted names (“…500强”)."""
    text = clause.text
    quoted = quoted_spans(text)
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not inside(quoted, start, end) and all(end <= s or start >= e for s, e in taken)

    def add(local_start: int, local_end: int, figure: Figure) -> None:
        taken.append((local_start, local_end))
        found.append(figure)

    for m in _RANK_NTH.finditer(text):
        after = text[m.end():m.end() + 1]
        if m.group("post") is None and ((after and after in _NOT_RANK_AFTER) or after.isdigit()):
            continue
        before = text[:m.start()]
        if not (m.group("post") or m.group("scope") or re.search(RANK_VERB + r"$", before)):
            continue
        n = any_int(m.group("n"))
        if n and free(m.start("n") - 1, m.end()):
            add(m.start(), m.end(), _rank(clause, m, n, top=False))
    for m in _RANK_TOP.finditer(text):
        after = text[m.end():m.end() + 1]
        if after in ("季", "月", "年", "天", "个", "批", "名") and not m.group("post"):
            continue
        before = text[:m.start()]
        if not (m.group("scope") or re.search(RANK_VERB + r"$|(?:位居|位列|排名|排在)$", before)):
            continue
        n = any_int(m.group("n"))
        if n and free(m.start("n") - 1, m.end()):
            add(m.start(), m.end(), _rank(clause, m, n, top=True))
    for m in _RANK_FIRST.finditer(text):
        if (m.group("scope") or re.search(RANK_VERB + "$", text[:m.start()])) and free(m.start(), m.end()):
            add(m.start(), m.end(), _rank(clause, m, 1, top=False))

    for m in _VALUE.finditer(text):
        written = (m.group("mag") or "") + m.group("unit")
        if written not in UNIT_BY_WRITTEN or unit_blocked(written, text[m.end():m.end() + 1]):
            continue
        before = text[max(0, m.start() - 1):m.start()]
        if before in ("第", "前") or (before.isascii() and before.isalpha()):
            continue  # an ordinal (第3) or part of a name (PM2.5, A3)
        if not free(m.start(), m.end()):
            continue
        spec = UNIT_BY_WRITTEN[written]
        value = arabic_value(m.group("num")) * spec.factor
        add(m.start(), m.end(), Figure(clause.start + m.start(), clause.start + m.end(), _tidy(value),
                                       spec.unit, spec.family,
                                       more=m.group("many") is not None or m.group("many2") is not None))
    for m in UNKNOWN_COUNTER.finditer(text):
        before = text[max(0, m.start() - 1):m.start()]
        if not unknown_counter(m.group("unit")) or before in ("第", "前") or (before.isascii() and before.isalpha()):
            continue
        if free(m.start(), m.end()):
            add(m.start(), m.end(), Figure(clause.start + m.start(), clause.start + m.end(),
                                           _tidy(arabic_value(m.group("num"))), m.group("unit"), Family.COUNT,
                                           more=m.group("many") is not None, unknown_unit=True))
    for m in _DIGITLESS.finditer(text):
        if text[m.end():m.end() + 1] == "级" or not _DIGITLESS_VERB.search(text[:m.start()]):
            continue
        if free(m.start(), m.end()):
            value, unit = _DIGITLESS_VALUES[m.group("unit")]
            add(m.start(), m.end(), Figure(clause.start + m.start(), clause.start + m.end(), float(value),
                                           unit, Family.MONEY, digitless=True))
    found.sort(key=lambda f: f.start)
    return _shared_points(text, clause.start, found)


def _shared_points(text: str, offset: int, figures: list[Figure]) -> list[Figure]:
    """3.1个和1.9个百分点: the unit written once after a list belongs to every figure of it."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        f, g = out[i], out[i + 1]
        if f.unit == "个" and g.family == Family.POINTS and text[f.end - offset: g.start - offset] in _LIST_JOIN:
            out[i] = Figure(f.start, f.end, f.value, g.unit, g.family)
    return out


_LIST_JOIN = ("和", "、", "与", "及", "，")


def _rank(clause: Piece, m: re.Match[str], n: int, *, top: bool) -> Figure:
    scope_word = m.group("scope")
    start = m.start("scope") if scope_word else m.start()
    own_start = m.end("scope") if scope_word else m.start()
    return Figure(
        clause.start + own_start, clause.start + m.end(), float(n), "位", Family.RANK,
        scope=SCOPE_WORDS.get(scope_word) if scope_word else None,
        scope_start=clause.start + start if scope_word else None, top=top,
    )


def _tidy(value: float) -> float:
    # 1.2 * 1000 is 1200.0000000000002 in floating point; figures never carry that many digits.
    return round(value, 6)


def scope_before(text: str) -> Scope | None:
    """The scope named last in ``text`` (the words of a clause before a figure), if any.

    A scope word right after 高于/低于/比/较/占 names what the figure is compared with, not its scope.
    """
    best: Scope | None = None
    for m in re.finditer(SCOPE_PATTERN, text):
        if re.search(r"(?:高于|低于|快于|慢于|比|较|超过|领先|占)$", text[:m.start()]):
            continue
        best = SCOPE_WORDS[m.group()] or best
    return best


# Words that may come before a subject's scope word (2024年全国…, 其中东部地区…, 1—11月全省…).
_BEFORE_SCOPE = re.compile(
    r"^(?:[、，,和及与并且]|其中|同时|此外|另外|全年|今年|去年|上年|当年|目前|累计|(?:今年|一年)?以来|一年来|"
    r"(?:19|20)\d{2}\s*年(?:以来|全年|底|末|上半年|下半年|前三季度|[0-9]{1,2}[—–\-~至到]+[0-9]{1,2}月|[0-9]{1,2}月)?|"
    r"[0-9]{1,2}[—–\-~至到]+[0-9]{1,2}月|上半年|下半年|前三季度|一季度|预计|在)+"
)
_LEADING_SCOPE = re.compile(rf"^(?:{SCOPE_PATTERN})(?![0-9０-９])")


def leading_scope(prefix: str) -> Scope | None:
    """The scope a figure's subject opens with (全国规上工业增加值…, 其中东部地区…), if any: a scope word
    inside a subject (新开通国际航线, 世界500强企业) names a thing, not where the figure is counted."""
    text = re.sub(r"^[^，,。；;：:0-9]{1,16}——", "", prefix.strip(" 　、，,"))
    text = _BEFORE_SCOPE.sub("", text, count=1)
    m = _LEADING_SCOPE.match(text)
    return SCOPE_WORDS[m.group()] if m else None
