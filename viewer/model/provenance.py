"""Provenance: where in the source text each item's quote stands.

Every quoted item has a key: a fact, task or action id, a section id, or ``ENTERPRISE_ID#N`` for the N-th
achievement of an enterprise (honours point at their count fact). A quote is looked up inside its
section's text when the item names one, so a phrase that occurs twice resolves to the right place.
"""

from __future__ import annotations

import bisect
import gc
from dataclasses import dataclass
from operator import le
from typing import Any

from viewer.model.quote_index import first_occurrences
from viewer.model.types import Report

_INT = frozenset({int})  # bool is not int here: type(True) is bool
_STR = frozenset({str})


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """Characters ``start:end`` of the source text (no ``__dict__``: a report has one per quote, 21,000 in the
    10k-fact report)."""

    start: int
    end: int


def achievement_key(enterprise_id: str, index: int) -> str:
    """The provenance key of an enterprise's ``index``-th achievement."""
    return f"{enterprise_id}#{index}"


def _task_regions(task_spans: list[Span | None], section: Span | None, length: int) -> list[Span | None]:
    """Each task's passage: from its quote to the start of the next task's quote (or the end of the tasks section).

    Tasks whose quotes start at the same place share a passage, so distinct passages never overlap.
    """
    starts = sorted({s.start for s in task_spans if s is not None})
    regions: list[Span | None] = []
    for span in task_spans:
        if span is None:
            regions.append(None)
            continue
        later = bisect.bisect_right(starts, span.start)
        if later < len(starts):
            end = starts[later]
        else:
            end = section.end if section is not None and section.end > span.start else length
        regions.append(Span(span.start, end))
    return regions


class Provenance:
    """Quote spans of a report's items in its source text, and the reverse lookup by offset.

    Found (not read from the cache), it also tells whether ``every_quote_in_place``: every section's text is in the
    source, under an id no other section has, and every quote too, a fact's or an achievement's inside the section
    it names. That is all viewer.model.checks.check_quotes asks, so a report that passes needs no search of its own.
    """

    every_quote_in_place = False

    # Read from a cache entry (keys, starts, ends): the spans are made from it when first asked for.
    _stored: tuple[list[str], list[int], list[int]]
    _ordered_made: list[tuple[Span, str]] | None

    def __init__(self, report: Report, source: str) -> None:
        self.source = source
        self._spans_made: dict[str, Span] | None = {}
        section_spans: dict[str, Span] = {}
        found = first_occurrences(source, {section.text for section in report.sections})
        for section in report.sections:
            if section.text in found:
                at = found[section.text]
                section_spans[section.id] = self._spans[section.id] = Span(at, at + len(section.text))

        # Facts and achievements are looked up inside their section, tasks inside the tasks section.
        task_sections = [s for s in report.sections if s.kind.value == "tasks"]
        tasks_span = section_spans.get(task_sections[0].id) if task_sections else None
        quoted: list[tuple[str, str, Span | None]] = [
            (fact.id, fact.quote, section_spans.get(fact.section) if fact.section else None) for fact in report.facts
        ]
        quoted += [
            (achievement_key(ent.id, i), ach.quote, section_spans.get(ach.section) if ach.section else None)
            for ent in report.enterprises
            for i, ach in enumerate(ent.achievements)
        ]
        quoted += [(task.id, task.quote, tasks_span) for task in report.tasks]
        spans = self._locate(quoted)
        for key, span in zip((key for key, _q, _r in quoted), spans, strict=True):
            if span is not None:
                self._spans[key] = span
        # Facts and achievements must stand inside their section (when it names one), tasks anywhere.
        sectioned = len(quoted) - len(report.tasks)
        in_place = len(section_spans) == len(report.sections) and all(
            span is not None and (region is None or index >= sectioned
                                  or (region.start <= span.start and span.end <= region.end))
            for index, ((_key, _quote, region), span) in enumerate(zip(quoted, spans, strict=True)))
        # A task's actions follow its own sentence, up to where the next task starts.
        task_spans = spans[len(spans) - len(report.tasks):]
        regions = _task_regions(task_spans, tasks_span, len(source))
        actions = [(action.id, action.quote, region) for task, region in zip(report.tasks, regions, strict=True)
                   for action in task.actions]
        action_spans = self._locate(actions)
        for (key, _quote, _region), span in zip(actions, action_spans, strict=True):
            if span is not None:
                self._spans[key] = span
        self.every_quote_in_place = in_place and None not in action_spans
        for honour in report.honours:
            if honour.count_fact in self._spans:
                self._spans[honour.id] = self._spans[honour.count_fact]
        self._index(set(section_spans))

    @classmethod
    def from_json(cls, source: str, data: Any) -> Provenance | None:
        """The provenance ``to_json`` gave for this source text (kept in the report cache, so a reopened report
        is not searched again); None when ``data`` is not such a record or a span falls outside the text.

        Only checked here (in C where it can be): the spans and the index by position are made when first asked
        for, so that a reopen does not make an object per quote (a fifth of a reopen of the 10k report)."""
        if not isinstance(data, dict):
            return None
        keys, bounds, sections = data.get("keys"), data.get("bounds"), data.get("sections")
        if not (isinstance(keys, list) and isinstance(bounds, list) and isinstance(sections, list)
                and len(bounds) == 2 * len(keys) and set(map(type, bounds)) <= _INT
                and set(map(type, keys)) <= _STR and set(map(type, sections)) <= _STR):
            return None
        starts, ends = bounds[0::2], bounds[1::2]
        if min(starts, default=0) < 0 or max(ends, default=0) > len(source) or not all(map(le, starts, ends)):
            return None
        if not set(sections) <= set(keys):
            return None
        self = cls.__new__(cls)
        self.source = source
        self._stored = (keys, starts, ends)
        self._spans_made = None
        self._sections = set(sections)
        self._ordered_made = None
        return self

    def to_json(self) -> dict[str, Any]:
        """Every span (keys, then start and end of each in one flat list) and which keys are sections, as JSON
        data (``from_json`` reads it back)."""
        spans = self._spans
        return {"keys": list(spans),
                "bounds": [v for span in spans.values() for v in (span.start, span.end)],
                "sections": sorted(self._sections)}

    @property
    def _spans(self) -> dict[str, Span]:
        """Every key's span (made from the stored record when first asked for)."""
        spans = self._spans_made
        if spans is None:
            keys, starts, ends = self._stored
            # Tens of thousands of objects and none of them garbage: the cyclic collector would walk the whole
            # report again for them (as when the cache entry is decoded).
            gc_was_enabled = gc.isenabled()
            gc.disable()
            try:
                spans = self._spans_made = dict(zip(keys, map(Span, starts, ends), strict=True))
            finally:
                if gc_was_enabled:
                    gc.enable()
        return spans

    def _index(self, section_ids: set[str]) -> None:
        self._sections = section_ids
        self._ordered_made = None

    def _ordered(self) -> list[tuple[Span, str]]:
        """The reverse index over quote spans only (sections would cover everything), made when first needed."""
        ordered = self._ordered_made
        if ordered is None:
            section_ids = self._sections
            quote_spans = [(span, key) for key, span in self._spans.items() if key not in section_ids]
            # Ordered by (start, end, key) as the spans' own ordering has it, without calling Span.__lt__ per
            # comparison.
            ordered = sorted(quote_spans, key=lambda sk: (sk[0].start, sk[0].end, sk[1]))
            self._starts = [span.start for span, _ in ordered]
            self._longest = max((span.end - span.start for span, _ in ordered), default=0)
            self._ordered_made = ordered
        return ordered

    def _locate(self, quoted: list[tuple[str, str, Span | None]]) -> list[Span | None]:
        """Each quote's first occurrence inside its passage, else its first anywhere in the source (else None).

        One pass over each distinct passage for all the quotes it should hold, then one over the whole source
        for the rest, instead of one scan per quote.
        """
        # Passages keyed by plain (start, end) tuples: hashing the dataclass would run Python code per quote.
        by_region: dict[tuple[int, int], set[str]] = {}
        for _key, quote, region in quoted:
            if region is not None:
                by_region.setdefault((region.start, region.end), set()).add(quote)
        in_region = {
            bounds: first_occurrences(self.source, quotes, *bounds) for bounds, quotes in by_region.items()
        }
        found = [in_region[region.start, region.end].get(quote) if region is not None else None
                 for _key, quote, region in quoted]
        missed = {quote for (_key, quote, _region), at in zip(quoted, found, strict=True) if at is None}
        anywhere = first_occurrences(self.source, missed)
        spans: list[Span | None] = []
        for (_key, quote, _region), at in zip(quoted, found, strict=True):
            if at is None:
                at = anywhere.get(quote)
            spans.append(None if at is None else Span(at, at + len(quote)))
        return spans

    def span(self, key: str) -> Span | None:
        """Where the quote of item ``key`` stands, or None when it is not a quoted item."""
        return self._spans.get(key)

    def quote_count(self) -> int:
        """How many items' quotes stand in the source (sections excluded): ``len(quote_spans())``, nothing ordered."""
        sections = self._sections
        return sum(1 for key in self._spans if key not in sections)

    def quote_spans(self) -> list[tuple[Span, str]]:
        """Every item's quote span (sections excluded), ordered by position: what the source view highlights."""
        return list(self._ordered())

    def keys_at(self, offset: int) -> list[str]:
        """Keys of the items whose quotes cover the character at ``offset`` (innermost first)."""
        ordered = self._ordered()
        # Only spans starting within the longest quote's length before ``offset`` can cover it.
        lo = bisect.bisect_left(self._starts, offset - self._longest + 1)
        hi = bisect.bisect_right(self._starts, offset)
        hits = [(span, key) for span, key in ordered[lo:hi] if span.start <= offset < span.end]
        hits.sort(key=lambda sk: sk[0].end - sk[0].start)
        return [key for _, key in hits]
