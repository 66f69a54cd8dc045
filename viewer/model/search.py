"""Search over a report: facts, enterprises, honours, tasks, actions and the source text.

Pure Python (no Qt) so it can be tested and benchmarked alone. Matching is a case-insensitive substring
match over both languages of every item's texts and its quote; the source text is searched for every
occurrence, with the character offset so a viewer can select it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from viewer.model.format import fact_value
from viewer.model.provenance import achievement_key
from viewer.model.types import Report, Text

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
    source-text hit in the source (None/0 for items); ``snippet`` is the matching text with context.
    """

    kind: HitKind
    key: str | None
    label: str
    snippet: str
    offset: int | None = None
    length: int = 0


@dataclass(frozen=True)
class _Entry:
    kind: HitKind
    key: str
    label: Text
    fields: tuple[str, ...]  # every text that may match, both languages, quote last


def _texts(*texts: Text | None) -> tuple[str, ...]:
    out: list[str] = []
    for text in texts:
        if text is not None:
            out.append(text.zh)
            if text.en:
                out.append(text.en)
    return tuple(out)


def snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> str:
    """``text[start:end]`` with up to ``context`` characters either side, on one line, '…' where cut."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    piece = text[lo:hi]
    piece = " ".join(piece.split())
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")


class SearchIndex:
    """The searchable texts of one report and its source."""

    def __init__(self, report: Report, source_text: str) -> None:
        self.report = report
        self.source_text = source_text
        entries: list[_Entry] = []
        for fact in report.facts:
            values = (fact_value(fact, "zh"), fact_value(fact, "en"))
            entries.append(_Entry(HitKind.FACT, fact.id, fact.label, (*_texts(fact.label), *values, fact.quote)))
        for ent in report.enterprises:
            fields = list(_texts(ent.name))
            for ach in ent.achievements:
                fields += [*_texts(ach.text), ach.quote]
            entries.append(_Entry(HitKind.ENTERPRISE, ent.id, ent.name, tuple(fields)))
        for honour in report.honours:
            fields = list(_texts(honour.title))
            try:
                count = report.fact(honour.count_fact)
                fields += [count.quote, fact_value(count, "zh"), fact_value(count, "en")]
            except KeyError:
                pass
            entries.append(_Entry(HitKind.HONOUR, honour.id, honour.title, tuple(fields)))
        for task in report.tasks:
            title = Text(zh=f"{task.number}. {task.title.zh}", en=f"{task.number}. {task.title.en}" if task.title.en
                         else "")
            entries.append(_Entry(HitKind.TASK, task.id, title, (*_texts(task.title, task.aim), task.quote)))
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

        Surrounding whitespace of the query is ignored; an empty query finds nothing. At most ``limit``
        hits are returned, items first.
        """
        query = query.strip()
        if not query or limit <= 0:
            return []
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        hits: list[Hit] = []
        for entry in self._entries:
            for field in entry.fields:
                match = pattern.search(field)
                if match is not None:
                    hits.append(Hit(entry.kind, entry.key, entry.label.get(lang),
                                    snippet(field, match.start(), match.end())))
                    break
            if len(hits) >= limit:
                return hits
        for match in pattern.finditer(self.source_text):
            start, end = match.start(), match.end()
            label = self.section_title(start, lang)
            hits.append(Hit(HitKind.SOURCE, None, label, snippet(self.source_text, start, end), start, end - start))
            if len(hits) >= limit:
                break
        return hits
