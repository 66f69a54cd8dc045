"""Provenance: where in the source text each item's quote stands.

Every quoted item has a key: a fact, task or action id, a section id, or ``ENTERPRISE_ID#N`` for the N-th
achievement of an enterprise (honours point at their count fact). A quote is looked up inside its
section's text when the item names one, so a phrase that occurs twice resolves to the right place.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from viewer.model.types import Report


@dataclass(frozen=True, order=True)
class Span:
    """Characters ``start:end`` of the source text."""

    start: int
    end: int


def achievement_key(enterprise_id: str, index: int) -> str:
    """The provenance key of an enterprise's ``index``-th achievement."""
    return f"{enterprise_id}#{index}"


def _task_region(task_spans: list[Span | None], index: int, section: Span | None, length: int) -> Span | None:
    """From task ``index``'s quote to the start of the next task's quote (or the end of the tasks section)."""
    start = task_spans[index]
    if start is None:
        return None
    later = [s.start for s in task_spans if s is not None and s.start > start.start]
    end = min(later) if later else (section.end if section is not None and section.end > start.start else length)
    return Span(start.start, end)


class Provenance:
    """Quote spans of a report's items in its source text, and the reverse lookup by offset."""

    def __init__(self, report: Report, source: str) -> None:
        self.source = source
        self._spans: dict[str, Span] = {}
        section_spans: dict[str, Span] = {}
        for section in report.sections:
            span = self._find(section.text, None)
            if span is not None:
                section_spans[section.id] = span
                self._spans[section.id] = span

        def add(key: str, quote: str, section: str | None) -> None:
            span = self._find(quote, section_spans.get(section) if section else None)
            if span is not None:
                self._spans[key] = span

        for fact in report.facts:
            add(fact.id, fact.quote, fact.section)
        for ent in report.enterprises:
            for i, ach in enumerate(ent.achievements):
                add(achievement_key(ent.id, i), ach.quote, ach.section)
        task_sections = [s for s in report.sections if s.kind.value == "tasks"]
        tasks_span = section_spans.get(task_sections[0].id) if task_sections else None
        task_spans = [self._find(task.quote, tasks_span) for task in report.tasks]
        for task, span in zip(report.tasks, task_spans, strict=True):
            if span is not None:
                self._spans[task.id] = span
        for i, task in enumerate(report.tasks):
            # A task's actions follow its own sentence, up to where the next task starts.
            region = _task_region(task_spans, i, tasks_span, len(source))
            for action in task.actions:
                span = self._find(action.quote, region) or self._find(action.quote, None)
                if span is not None:
                    self._spans[action.id] = span
        for honour in report.honours:
            if honour.count_fact in self._spans:
                self._spans[honour.id] = self._spans[honour.count_fact]
        # Reverse index over quote spans only (sections would cover everything).
        section_ids = set(section_spans)
        self._ordered = sorted((span, key) for key, span in self._spans.items() if key not in section_ids)
        self._starts = [span.start for span, _ in self._ordered]

    def _find(self, quote: str, within: Span | None) -> Span | None:
        if within is not None:
            at = self.source.find(quote, within.start, within.end)
            if at >= 0:
                return Span(at, at + len(quote))
        at = self.source.find(quote)
        return Span(at, at + len(quote)) if at >= 0 else None

    def span(self, key: str) -> Span | None:
        """Where the quote of item ``key`` stands, or None when it is not a quoted item."""
        return self._spans.get(key)

    def quote_spans(self) -> list[tuple[Span, str]]:
        """Every item's quote span (sections excluded), ordered by position: what the source view highlights."""
        return list(self._ordered)

    def keys_at(self, offset: int) -> list[str]:
        """Keys of the items whose quotes cover the character at ``offset`` (innermost first)."""
        hi = bisect.bisect_right(self._starts, offset)
        hits = [(span, key) for span, key in self._ordered[:hi] if span.start <= offset < span.end]
        hits.sort(key=lambda sk: sk[0].end - sk[0].start)
        return [key for _, key in hits]
