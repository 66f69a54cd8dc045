"""Periods as the text words them: 2022年, 2018年到2022年, 2022年1—11月, 上半年, 全年, 五年来.

A figure takes the period written nearest before it in its sentence; failing that, the period its
section opens with (2022年以来…, 五年来…). Periods are written in the format's notation: 2022,
2018–2022, 2022-11, 2022-01–11; a period with no year (五年来) is kept as a label.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from viewer.model.draft.text import inside, quoted_spans

_DASH = r"\s*(?:到|至|—|–|－|-|~|～|―)+\s*"
_YEAR = r"(?:19|20)\d{2}"
_YEAR_RANGE = re.compile(rf"(?P<a>{_YEAR})\s*年?{_DASH}(?P<b>{_YEAR})\s*年")
_MONTH_RANGE = re.compile(
    rf"(?:(?P<y>{_YEAR})\s*年)?(?<![0-9.])(?P<m1>1[0-2]|0?[1-9]){_DASH}(?P<m2>1[0-2]|0?[1-9])\s*月"
)
# 前11个月 / 前三个月: the first months of the year.
_FIRST_MONTHS = re.compile(rf"(?:(?P<y>{_YEAR})\s*年)?前(?P<n>1[0-2]|[2-9]|十一|十|[二三四五六七八九])个月")
_MONTH = re.compile(rf"(?P<y>{_YEAR})\s*年(?P<m>1[0-2]|0?[1-9])\s*月(?![0-9０-９]|份?[0-9])(?!.{{0,3}}日)")
_YEAR_PART = re.compile(
    rf"(?:(?P<y>{_YEAR})\s*年)?(?P<part>全年|上半年|下半年|前三季度|一季度|第一季度|二季度|三季度|四季度)"
)
_YEAR_ONLY = re.compile(rf"(?P<y>{_YEAR})\s*年(?!\s*[0-9]{{1,2}}\s*月)")
_LABEL = re.compile(
    r"(?<![的新])(?:过去|近)?[一二三四五六七八九十]+年(?:来|间|以来)?(?=[，,。全我省市在以])|"
    r"(?:过去|近)[一二三四五六七八九十]+年|"
    r"“[十][一二三四五六七八九十]+五”(?:时期|期间|以来)|党的十[八九]大以来|新时代十年"
)
_PART_MONTHS = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "一季度": (1, 3), "第一季度": (1, 3),
                "二季度": (4, 6), "三季度": (7, 9), "四季度": (10, 12)}


@dataclass(frozen=True)
class PeriodMention:
    """A period written at ``start:end``: ``period`` in the format's notation, or only a ``label``."""

    start: int
    end: int
    period: str | None
    label: str | None = None
    first_year: str | None = None  # the two ends of a range of years, for before/after pairs
    last_year: str | None = None
    needs_year: tuple[int, int] | None = None  # months (1—11月, 上半年) waiting for a year from context
    whole_year: bool = False  # 全年: the year of the context


def months(year: str, first: int, last: int) -> str:
    """``('2022', 1, 11)`` -> ``'2022-01–11'``; a single month -> ``'2022-11'``."""
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}–{last:02d}"


# The year after the one a report reviews (新的一年，…将…): a plan's year.
_NEXT_YEAR = re.compile(r"新的一年|明年|来年|下一年")


def find_periods(text: str, offset: int = 0, year: str | None = None) -> list[PeriodMention]:
    """Every period written in ``text`` (not inside quoted names), in order, offsets shifted by ``offset``;
    ``year`` is the year the report reviews, which 新的一年 follows."""
    quoted = quoted_spans(text)
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []  # sorted, not overlapping: an overlap test is two neighbours

    def add(m: re.Match[str], mention: PeriodMention) -> None:
        start, end = m.start(), m.end()
        at = bisect.bisect_left(taken, (start, end))
        if inside(quoted, start, end) or (at > 0 and taken[at - 1][1] > start) or (
                at < len(taken) and taken[at][0] < end):
            return
        taken.insert(at, (start, end))
        if text[max(0, start - 1):start] in ("比", "较"):
            return  # 较2021年提高…: the base of a comparison, not the period
        found.append(mention)

    for m in _YEAR_RANGE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if a < b:
            add(m, PeriodMention(offset + m.start(), offset + m.end(), f"{a}–{b}", first_year=a, last_year=b))
    for m in _MONTH_RANGE.finditer(text):
        first, last = int(m.group("m1")), int(m.group("m2"))
        if first >= last:
            continue
        year = m.group("y")
        add(m, PeriodMention(offset + m.start(), offset + m.end(), months(year, first, last) if year else None,
                             label=None if year else m.group().strip(), needs_year=None if year else (first, last)))
    for m in _FIRST_MONTHS.finditer(text):
        n = m.group("n")
        last = int(n) if n.isdigit() else {"十一": 11, "十": 10}.get(n) or "二三四五六七八九".index(n) + 2
        year = m.group("y")
        add(m, PeriodMention(offset + m.start(), offset + m.end(), months(year, 1, last) if year else None,
                             label=None if year else m.group(), needs_year=None if year else (1, last)))
    for m in _MONTH.finditer(text):
        add(m, PeriodMention(offset + m.start(), offset + m.end(), months(m.group("y"), int(m.group("m")),
                                                                          int(m.group("m")))))
    for m in _YEAR_PART.finditer(text):
        year, part = m.group("y"), m.group("part")
        if part == "全年":
            add(m, PeriodMention(offset + m.start(), offset + m.end(), year, whole_year=year is None))
            continue
        first, last = _PART_MONTHS[part]
        add(m, PeriodMention(offset + m.start(), offset + m.end(), months(year, first, last) if year else None,
                             label=None if year else part, needs_year=None if year else (first, last)))
    for m in _YEAR_ONLY.finditer(text):
        add(m, PeriodMention(offset + m.start(), offset + m.end(), m.group("y")))
    for m in _LABEL.finditer(text):
        add(m, PeriodMention(offset + m.start(), offset + m.end(), None, label=m.group()))
    if year:
        for m in _NEXT_YEAR.finditer(text):
            add(m, PeriodMention(offset + m.start(), offset + m.end(), str(int(year) + 1)))
    found.sort(key=lambda p: p.start)
    return found


@dataclass(frozen=True)
class PeriodContext:
    """The period a section opens with, used for figures whose sentence names none."""

    period: str | None = None
    label: str | None = None
    year: str | None = None  # the year that 全年 / 1—11月 refer to

    @property
    def first_year(self) -> str | None:
        return self.period.split("–")[0] if self.period and "–" in self.period else None

    @property
    def last_year(self) -> str | None:
        return self.period.split("–")[1] if self.period and "–" in self.period else None


def section_context(section_text: str, year: str | None = None) -> PeriodContext:
    """The period a section is about: its first period, a label such as 五年来 with the range of years
    the section states (2018年到2022年 -> 2018–2022), or nothing (``year``: the year the report reviews)."""
    mentions = find_periods(section_text, 0, year)
    if not mentions:
        return PeriodContext()
    first = mentions[0]
    if first.period is None and first.label is not None and first.needs_year is None:
        ranges = [m.period for m in mentions if m.first_year]
        period = ranges[0] if ranges else None
        return PeriodContext(period, first.label, period.split("–")[1] if period else None)
    year = first.last_year or (first.period[:4] if first.period else None)
    return PeriodContext(first.period, None, year)


_CN_COUNT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def label_period(label: str | None, year: str | None) -> str | None:
    """The years a period label means, ending with the reviewed ``year``: 过去一年 -> 2024, 五年来 -> 2020–2024."""
    if not label or not year:
        return None
    m = re.search(r"([一二两三四五六七八九十])年", label)
    if m is None:
        return None
    n = _CN_COUNT[m.group(1)]
    return year if n == 1 else f"{int(year) - n + 1}–{year}"


def resolve(mention: PeriodMention | None, context: PeriodContext, sentence_year: str | None,
            reviewed: str | None = None) -> tuple[str | None, str | None]:
    """The (period, period_label) of a figure, from the nearest mention before it and its context; a label
    (过去一年, 五年来) also gets the years it means, counted back from the ``reviewed`` year. 全年 and months
    with no year in their sentence or section (一年来，…全年…增长5.9%) are of the reviewed year."""
    year = sentence_year or context.year or reviewed
    if mention is None:
        return context.period or label_period(context.label, reviewed), context.label
    if mention.whole_year:
        return (year, None) if year else (None, mention.label or "全年")
    if mention.needs_year is not None:
        if year:
            return months(year, *mention.needs_year), None
        return None, mention.label
    return mention.period or label_period(mention.label, reviewed), mention.label
