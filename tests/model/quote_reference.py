"""The naive quote lookups the Aho–Corasick versions replaced, kept verbatim as the reference they must match.

``naive_check_quotes`` is ``viewer.model.checks.check_quotes`` and ``NaiveProvenance`` the span lookup of
``viewer.model.provenance.Provenance`` as they were before: one ``in`` / ``str.find`` per quote.
"""

from __future__ import annotations

from typing import Any

from viewer.model.checks import _short
from viewer.model.errors import FieldPath
from viewer.model.provenance import Span, achievement_key

Finding = tuple[FieldPath, str]


def naive_check_quotes(report: Any, source: str) -> list[Finding]:
    """Every quote and section text is a verbatim substring of the source (inside its section, if named)."""
    out: list[Finding] = []
    section_text = {s.id: s.text for s in report.sections}

    def need(path: FieldPath, quote: str, section: str | None = None) -> None:
        within = section_text.get(section, source) if section else source
        if quote in within:
            return
        if quote in source:
            out.append((path, f"the quote is in the source but not in section '{section}': {_short(quote)}"))
        else:
            out.append((path, f"the quote is not in the source text: {_short(quote)}"))

    for i, s in enumerate(report.sections):
        need(("sections", i, "text"), s.text)
    for i, f in enumerate(report.facts):
        need(("facts", i, "quote"), f.quote, f.section)
    for i, e in enumerate(report.enterprises):
        for j, a in enumerate(e.achievements):
            need(("enterprises", i, "achievements", j, "quote"), a.quote, a.section)
    for i, t in enumerate(report.tasks):
        need(("tasks", i, "quote"), t.quote)
        for j, a in enumerate(t.actions):
            need(("tasks", i, "actions", j, "quote"), a.quote)
    return out


def _task_region(task_spans: list[Span | None], index: int, section: Span | None, length: int) -> Span | None:
    start = task_spans[index]
    if start is None:
        return None
    later = [s.start for s in task_spans if s is not None and s.start > start.start]
    end = min(later) if later else (section.end if section is not None and section.end > start.start else length)
    return Span(start.start, end)


def naive_spans(report: Any, source: str) -> dict[str, Span]:
    """Every key's quote span, found one ``str.find`` at a time."""

    def find(quote: str, within: Span | None) -> Span | None:
        if within is not None:
            at = source.find(quote, within.start, within.end)
            if at >= 0:
                return Span(at, at + len(quote))
        at = source.find(quote)
        return Span(at, at + len(quote)) if at >= 0 else None

    spans: dict[str, Span] = {}
    section_spans: dict[str, Span] = {}
    for section in report.sections:
        span = find(section.text, None)
        if span is not None:
            section_spans[section.id] = span
            spans[section.id] = span

    def add(key: str, quote: str, section: str | None) -> None:
        span = find(quote, section_spans.get(section) if section else None)
        if span is not None:
            spans[key] = span

    for fact in report.facts:
        add(fact.id, fact.quote, fact.section)
    for ent in report.enterprises:
        for i, ach in enumerate(ent.achievements):
            add(achievement_key(ent.id, i), ach.quote, ach.section)
    task_sections = [s for s in report.sections if s.kind.value == "tasks"]
    tasks_span = section_spans.get(task_sections[0].id) if task_sections else None
    task_spans = [find(task.quote, tasks_span) for task in report.tasks]
    for task, span in zip(report.tasks, task_spans, strict=True):
        if span is not None:
            spans[task.id] = span
    for i, task in enumerate(report.tasks):
        region = _task_region(task_spans, i, tasks_span, len(source))
        for action in task.actions:
            span = find(action.quote, region) or find(action.quote, None)
            if span is not None:
                spans[action.id] = span
    for honour in report.honours:
        if honour.count_fact in spans:
            spans[honour.id] = spans[honour.count_fact]
    return spans


def naive_keys_at(spans: dict[str, Span], section_ids: set[str], offset: int) -> list[str]:
    """Keys whose quote spans cover ``offset``, innermost first (ties by span, then key, as the index sorts)."""
    hits = sorted((span, key) for key, span in spans.items() if key not in section_ids)
    hits = [(span, key) for span, key in hits if span.start <= offset < span.end]
    hits.sort(key=lambda sk: sk[0].end - sk[0].start)
    return [key for _, key in hits]
