"""Search over a report: facts, enterprises, honours, tasks, actions and the source text.

Pure Python (no Qt) so it can be tested and benchmarked alone. Matching is a case-insensitive substring
match over both languages of every item's texts and its quote; the source text is searched for every
occurrence, with the character offset so a viewer can select it.

A query that is a number is also matched by value, so a figure is found however it is written: "20,000",
"20000" and "2万" all find the fact stated as 2万家 and the 2万 in the source text (the window and the charts
show that fact as 20,000 in English). Each hit carries where the match is in its snippet, for highlighting,
and a fact's value and period.
"""

from __future__ import annotations

import math
import re
import weakref
from dataclasses import dataclass
from enum import StrEnum

from viewer.model.format import fact_value, period_text
from viewer.model.provenance import achievement_key
from viewer.model.texts import MESSAGES
from viewer.model.types import Fact, FactKind, Report, Task, Text
from viewer.model.units import MULTIPLIERS, UNITS

SNIPPET_CONTEXT = 24  # characters shown either side of a match
DEFAULT_LIMIT = 300


class HitKind(StrEnum):
    """What a search hit is; the order is the order hits are listed in."""

    FACT = "fact"
    ENTERPRISE = "enterprise"
    HONOUR = "honour"
    TASK = "task"
    ACTION = "action"
    SOURCE = "source"


@dataclass(frozen=True)
class Hit:
    """One search result.

    ``key`` is the item's provenance key (None for source-text hits); ``offset``/``length`` locate a
    source-text hit in the source (None/0 for items); ``snippet`` is the matching text with context and
    ``match`` where in the snippet the match is (start, end); a fact's (or honour's) ``value`` as shown and
    ``period``.
    """

    kind: HitKind
    key: str | None
    label: str
    snippet: str
    offset: int | None = None
    length: int = 0
    match: tuple[int, int] = (0, 0)
    value: str = ""
    period: str = ""


@dataclass(frozen=True, slots=True)  # one per searchable item (17,000 in the 10k-fact report): no __dict__ each
class _Entry:
    kind: HitKind
    key: str
    label: Text
    fields: tuple[str, ...]  # every text that may match, both languages, quote last
    fact: Fact | None = None  # the figure the item states (a fact, an honour's count): value, period, number match


def _texts(*texts: Text | None) -> tuple[str, ...]:
    out: list[str] = []
    for text in texts:
        if text is not None:
            out.append(text.zh)
            if text.en:
                out.append(text.en)
    return tuple(out)


def _is_word(ch: str) -> bool:
    """A letter or digit of a Latin-script word (a CJK character is a word of its own, cut anywhere)."""
    return ch.isalnum() and ord(ch) < 0x2E80


def snippet_with_match(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> tuple[str, int, int]:
    """``text[start:end]`` with up to ``context`` characters either side, on one line, '…' where cut, and where the
    match is in it. The context is cut between words (Latin) or characters (CJK), never inside a word."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    while 0 < lo < start and _is_word(text[lo - 1]) and _is_word(text[lo]):
        lo += 1
    while end < hi < len(text) and _is_word(text[hi - 1]) and _is_word(text[hi]):
        hi -= 1
    before = re.sub(r"\s+", " ", text[lo:start]).lstrip()
    middle = re.sub(r"\s+", " ", text[start:end])
    after = re.sub(r"\s+", " ", text[end:hi]).rstrip()
    head = "…" if lo > 0 else ""
    piece = head + before + middle + after + ("…" if hi < len(text) else "")
    at = len(head) + len(before)
    return piece, at, at + len(middle)


def snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> str:
    """``text[start:end]`` with up to ``context`` characters either side, on one line, '…' where cut."""
    return snippet_with_match(text, start, end, context)[0]


_MULTIPLIER = "|".join(MULTIPLIERS)
# A number as a reader types it: 20,000 / 20000 / 2万 / 1.96万亿 / 5.7 (words and units after it are ignored).
_NUMBER_QUERY = re.compile(rf"^\s*(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)?\s*({_MULTIPLIER})?\s*([^\d]*)$")
# A number in the source text with the multiplier the text writes after it (2万家, 1.96万亿元, 20,000).
_SOURCE_NUMBER = re.compile(rf"(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)?({_MULTIPLIER})?")


# What makes a number a rank: an English ordinal or a rank's words as the values write them ('6th', 'No. 6',
# '第6位'), from the table of texts.
_RANK_ZH, _RANK_EN = (text.split("{n}") for text in MESSAGES["value.rank"])
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th", _RANK_ZH[1])
_RANK_PREFIX = re.compile(rf"^\s*(?:{re.escape(_RANK_ZH[0])}|{re.escape(_RANK_EN[0].strip().rstrip('.'))}\.?\s*)",
                          re.IGNORECASE)


def number_in(query: str) -> float | None:
    """The value of a query that is a number as written or as shown ('20,000', '2万', '1.96万亿元'), else None."""
    parsed = number_query(query)
    return parsed[0] if parsed is not None else None


def number_query(query: str) -> tuple[float, bool | None] | None:
    """A number query's value and whether it asks for a rank: True for an ordinal ('6th', 'No. 6', '第6位'),
    False for a number with another unit ('6%', '6家'), None for a bare number; None for no number."""
    prefix = _RANK_PREFIX.match(query)
    match = _NUMBER_QUERY.match(query[prefix.end():] if prefix else query)
    if match is None:
        return None
    digits, fraction, multiplier, unit = match.groups()
    value = float(digits.replace(",", "") + (fraction or "")) * MULTIPLIERS.get(multiplier or "", 1.0)
    unit = unit.strip().lower()
    if prefix or unit in _ORDINAL_SUFFIXES:
        return value, True
    return value, (False if unit else None)


def _is_rank_in_text(text: str, match: re.Match[str]) -> bool:
    """Whether a number of the source text is a rank ('第6位')."""
    before, after = _RANK_ZH
    return text[match.start() - len(before):match.start()] == before or text.startswith(after, match.end())


def _same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def fact_amount(fact: Fact) -> float:
    """The fact's value in its quantity's smallest unit: 2 (万家) -> 20,000 (家)."""
    scale = UNITS.get(fact.unit, ("", None, ""))[1]
    return fact.value * (scale or 1.0)


class ItemLabels:
    """The kind and label of every item of a report by its provenance key, nothing formatted: what the Source
    tab says a passage backs. Building the whole ``SearchIndex`` for it (every fact's value formatted in both
    languages) stalled *show in source* on a 10,000-fact report for 0.3 s; this takes a few milliseconds."""

    _last: tuple[weakref.ReferenceType[Report], ItemLabels] | None = None

    @classmethod
    def of(cls, report: Report) -> ItemLabels:
        """The labels of ``report``, the last one kept (by the report's identity, held weakly)."""
        last = cls._last
        if last is not None and last[0]() is report:
            return last[1]
        labels = cls(report)
        cls._last = (weakref.ref(report), labels)
        return labels

    def __init__(self, report: Report) -> None:
        self.report = report
        by_key: dict[str, tuple[HitKind, Text]] = {}
        for fact in report.facts:
            by_key[fact.id] = (HitKind.FACT, fact.label)
        for ent in report.enterprises:
            by_key[ent.id] = (HitKind.ENTERPRISE, ent.name)
        for honour in report.honours:
            by_key[honour.id] = (HitKind.HONOUR, honour.title)
        for task in report.tasks:
            by_key[task.id] = (HitKind.TASK, task_title(task))
            for action in task.actions:
                by_key[action.id] = (HitKind.ACTION, action.text)
        for ent in report.enterprises:
            for i, _ach in enumerate(ent.achievements):
                by_key.setdefault(achievement_key(ent.id, i), by_key[ent.id])
        self._by_key = by_key

    def describe(self, key: str, lang: str = "zh") -> tuple[HitKind, str] | None:
        """The kind and label of item ``key`` (achievement keys describe their enterprise); None if unknown."""
        found = self._by_key.get(key)
        if found is None:
            return None
        return found[0], found[1].get(lang)


def task_title(task: Task) -> Text:
    """A task's title with its number, as search hits and the Source tab show it."""
    return Text(zh=f"{task.number}. {task.title.zh}", en=f"{task.number}. {task.title.en}" if task.title.en else "")


class SearchIndex:
    """The searchable texts of one report and its source."""

    _last: tuple[weakref.ReferenceType[Report], str, SearchIndex] | None = None

    @classmethod
    def of(cls, report: Report, source_text: str) -> SearchIndex:
        """The index of ``report`` and its source, shared: the search dock and the Source tab (which describes
        the passage under the cursor) ask for the same one (0.5-0.9 s to build on a 10,000-fact report). The
        last one is kept, by the report's identity (held weakly) and the source text's."""
        known = cls.known(report, source_text)
        if known is not None:
            return known
        index = cls(report, source_text)
        cls._last = (weakref.ref(report), source_text, index)
        return index

    @classmethod
    def known(cls, report: Report, source_text: str) -> SearchIndex | None:
        """The index ``of`` would give, when it is built already; else None (nothing is built)."""
        last = cls._last
        if last is not None and last[0]() is report and last[1] is source_text:
            return last[2]
        return None

    def __init__(self, report: Report, source_text: str) -> None:
        self.report = report
        self.source_text = source_text
        entries: list[_Entry] = []
        for fact in report.facts:
            values = (fact_value(fact, "zh"), fact_value(fact, "en"))
            entries.append(_Entry(HitKind.FACT, fact.id, fact.label, (*_texts(fact.label), *values, fact.quote),
                                  fact))
        for ent in report.enterprises:
            fields = list(_texts(ent.name))
            for ach in ent.achievements:
                fields += [*_texts(ach.text), ach.quote]
            entries.append(_Entry(HitKind.ENTERPRISE, ent.id, ent.name, tuple(fields)))
        for honour in report.honours:
            fields = list(_texts(honour.title))
            count: Fact | None = None
            try:
                count = report.fact(honour.count_fact)
                fields += [count.quote, fact_value(count, "zh"), fact_value(count, "en")]
            except KeyError:
                pass
            entries.append(_Entry(HitKind.HONOUR, honour.id, honour.title, tuple(fields), count))
        for task in report.tasks:
            entries.append(_Entry(HitKind.TASK, task.id, task_title(task), (*_texts(task.title, task.aim), task.quote)))
            for action in task.actions:
                entries.append(_Entry(HitKind.ACTION, action.id, action.text, (*_texts(action.text), action.quote)))
        self._entries = entries
        # Where each section stands in the source, to say which section a text hit is in.
        self._sections: list[tuple[int, int, Text]] = []
        for section in report.sections:
            at = source_text.find(section.text)
            if at >= 0:
                self._sections.append((at, at + len(section.text), section.title))
        self._by_key = {e.key: e for e in entries}
        for ent in report.enterprises:
            for i, _ach in enumerate(ent.achievements):
                self._by_key.setdefault(achievement_key(ent.id, i), self._by_key[ent.id])

    def section_title(self, offset: int, lang: str = "zh") -> str:
        """The title of the section whose text holds character ``offset`` of the source ('' if none)."""
        for start, end, title in self._sections:
            if start <= offset < end:
                return title.get(lang)
        return ""

    def describe(self, key: str, lang: str = "zh") -> tuple[HitKind, str] | None:
        """The kind and label of item ``key`` (achievement keys describe their enterprise); None if unknown."""
        entry = self._by_key.get(key)
        if entry is None:
            return None
        return entry.kind, entry.label.get(lang)

    def search(self, query: str, lang: str = "zh", limit: int = DEFAULT_LIMIT) -> list[Hit]:
        """Items whose texts contain ``query`` (case-insensitive), then source-text occurrences.

        A query that is a number (``number_in``) also finds the facts of that value and the numbers of that
        value in the source text, however they are written. Surrounding whitespace of the query is ignored;
        an empty query finds nothing. At most ``limit`` hits are returned, items first.
        """
        query = query.strip()
        if not query or limit <= 0:
            return []
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        parsed = number_query(query)
        amount, rank = parsed if parsed is not None else (None, None)
        hits: list[Hit] = []
        for entry in self._entries:
            hit = self._match_entry(entry, pattern, amount, lang, rank)
            if hit is not None:
                hits.append(hit)
                if len(hits) >= limit:
                    return hits
        found = {(m.start(), m.end()) for m in pattern.finditer(self.source_text)}
        if amount is not None:
            found |= {(m.start(), m.end()) for m in _SOURCE_NUMBER.finditer(self.source_text)
                      if _same_number(_source_amount(m), amount)
                      and (rank is None or _is_rank_in_text(self.source_text, m) == rank)}
        for start, end in sorted(found):
            label = self.section_title(start, lang)
            text, at, to = snippet_with_match(self.source_text, start, end)
            hits.append(Hit(HitKind.SOURCE, None, label, text, start, end - start, (at, to)))
            if len(hits) >= limit:
                break
        return hits

    def _match_entry(self, entry: _Entry, pattern: re.Pattern[str], amount: float | None, lang: str,
                     rank: bool | None = None) -> Hit | None:
        fact = entry.fact
        for field in entry.fields:
            match = pattern.search(field)
            if match is not None:
                text, at, to = snippet_with_match(field, match.start(), match.end())
                value, period = _shown(fact, lang)
                return Hit(entry.kind, entry.key, entry.label.get(lang), text, match=(at, to), value=value,
                           period=period)
        if fact is not None and amount is not None and (rank is None or (fact.kind == FactKind.RANK) == rank) and (
                _same_number(fact_amount(fact), amount) or _same_number(fact.value, amount)):
            # Found by value: the snippet is the value as shown, all of it matched.
            value, period = _shown(fact, lang)
            return Hit(entry.kind, entry.key, entry.label.get(lang), value, match=(0, len(value)), value=value,
                       period=period)
        return None


def _shown(fact: Fact | None, lang: str) -> tuple[str, str]:
    """A hit's value and period as shown, formatted only for the entries found (a keystroke on a 10,000-fact
    report formatted every fact's: 40% of its time)."""
    return (fact_value(fact, lang), period_text(fact, lang)) if fact is not None else ("", "")


def _source_amount(match: re.Match[str]) -> float:
    digits, fraction, multiplier = match.groups()
    return float(digits.replace(",", "") + (fraction or "")) * MULTIPLIERS.get(multiplier or "", 1.0)
