"""Checks beyond types: unique ids, references, units, comparisons, and quotes found in the source."""

from __future__ import annotations

import math
from collections.abc import Iterator

from viewer.model.errors import FieldPath, dotted
from viewer.model.provenance import Provenance
from viewer.model.quote_index import first_occurrences
from viewer.model.types import FactKind, Report
from viewer.model.units import UNITS, is_counter_word, measure_units, unit_mistake

Finding = tuple[FieldPath, str]

# Reports state values in their unit (1.96 万亿元, 2920 个): anything beyond this is a typo or an attack.
MAX_MAGNITUDE = 1e12


def _ids(report: Report) -> Iterator[tuple[FieldPath, str]]:
    for i, s in enumerate(report.sections):
        yield ("sections", i, "id"), s.id
    for i, f in enumerate(report.facts):
        yield ("facts", i, "id"), f.id
    for i, e in enumerate(report.enterprises):
        yield ("enterprises", i, "id"), e.id
    for i, h in enumerate(report.honours):
        yield ("honours", i, "id"), h.id
    for i, t in enumerate(report.tasks):
        yield ("tasks", i, "id"), t.id
        for j, a in enumerate(t.actions):
            yield ("tasks", i, "actions", j, "id"), a.id


def check_ids(report: Report) -> list[Finding]:
    """Every id is unique within the report, whatever kind of item carries it."""
    seen: dict[str, FieldPath] = {}
    out: list[Finding] = []
    for path, item_id in _ids(report):
        if item_id in seen:
            out.append((path, f"duplicate id '{item_id}' (first used at {dotted(seen[item_id])})"))
        else:
            seen[item_id] = path
    return out


def check_facts(report: Report) -> list[Finding]:
    """Units known, values plausible for their kind, comparisons consistent, references resolved."""
    out: list[Finding] = []
    sections = {s.id for s in report.sections}
    for i, fact in enumerate(report.facts):
        base: FieldPath = ("facts", i)
        mistake = unit_mistake(fact.unit)
        if mistake is not None:  # 艘艘, 万: a typo, also in a draft
            out.append(((*base, "unit"), f"unknown unit '{fact.unit}': {mistake}"))
        elif fact.unit not in UNITS and not (fact.draft and is_counter_word(fact.unit)):
            # A drafted fact may keep a counter word the table lacks until it is reviewed.
            out.append(((*base, "unit"), f"unknown unit '{fact.unit}' (known: {', '.join(measure_units())}, and "
                                         f"the counter words of viewer/model/units.py, also with 10k or 100M before)"))
        if abs(fact.value) > MAX_MAGNITUDE:
            out.append(((*base, "value"), f"{fact.value:g} is larger than any figure a report states "
                                          f"(at most {MAX_MAGNITUDE:g} in magnitude)"))
        if fact.kind == FactKind.RANK:
            if fact.value < 1 or fact.value != int(fact.value):
                out.append(((*base, "value"), f"a rank is a whole number from 1, not {fact.value:g}"))
            if fact.unit != "位":
                out.append(((*base, "unit"), f"a rank has the unit '位', not '{fact.unit}'"))
        elif fact.kind in (FactKind.COUNT, FactKind.AMOUNT) and fact.value < 0:
            out.append(((*base, "value"), f"a {fact.kind.value} cannot be negative ({fact.value:g})"))
        elif fact.kind == FactKind.SHARE and not 0 <= fact.value <= 100:
            out.append(((*base, "value"), f"a share is between 0 and 100, not {fact.value:g}"))
        if fact.comparison is not None and not math.isclose(fact.comparison.to_value, fact.value, rel_tol=1e-9):
            out.append(
                ((*base, "comparison", "to"),
                 f"the comparison ends at {fact.comparison.to_value:g} but the fact's value is {fact.value:g}")
            )
        if fact.period and not _period_ordered(fact.period):
            out.append(((*base, "period"), f"the period '{fact.period}' ends before it starts"))
        if fact.section is not None and fact.section not in sections:
            out.append(((*base, "section"), f"no section has the id '{fact.section}'"))
    return out


def _period_ordered(period: str) -> bool:
    parts = period.replace("–", "~").split("~") if "–" in period else [period]
    if len(parts) == 1 and period.count("-") == 2:  # 2022-01-11 never matches the pattern; YYYY-MM-MM
        parts = [period[:7], period[:5] + period[8:]]
    if len(parts) != 2:
        return True
    start, end = parts
    if len(end) == 2:  # 2022-01–11
        end = start[:5] + end
    return start <= end


def check_references(report: Report, invalid_ids: frozenset[str] = frozenset()) -> list[Finding]:
    """Honours and achievements point at facts that exist and are of the right kind.

    ``invalid_ids`` are items that exist but failed validation: references to them are not reported again.
    """
    out: list[Finding] = []
    facts = {f.id: f for f in report.facts}
    sections = {s.id for s in report.sections} | invalid_ids
    for i, honour in enumerate(report.honours):
        count = facts.get(honour.count_fact)
        if honour.count_fact in invalid_ids:
            pass
        elif count is None:
            out.append((("honours", i, "count_fact"), f"no fact has the id '{honour.count_fact}'"))
        elif count.kind not in (FactKind.COUNT, FactKind.THRESHOLD):
            out.append((("honours", i, "count_fact"), f"'{count.id}' is a {count.kind.value}, not a count"))
        if honour.rank_fact is not None:
            rank = facts.get(honour.rank_fact)
            if honour.rank_fact in invalid_ids:
                pass
            elif rank is None:
                out.append((("honours", i, "rank_fact"), f"no fact has the id '{honour.rank_fact}'"))
            elif rank.kind != FactKind.RANK:
                out.append((("honours", i, "rank_fact"), f"'{rank.id}' is a {rank.kind.value}, not a rank"))
    for i, ent in enumerate(report.enterprises):
        for j, ach in enumerate(ent.achievements):
            for k, fact_id in enumerate(ach.facts):
                if fact_id not in facts and fact_id not in invalid_ids:
                    out.append((("enterprises", i, "achievements", j, "facts", k), f"no fact has the id '{fact_id}'"))
            if ach.section is not None and ach.section not in sections:
                out.append((("enterprises", i, "achievements", j, "section"), f"no section has the id '{ach.section}'"))
    return out


def check_quotes(report: Report, source: str, found: Provenance | None = None) -> list[Finding]:
    """Every quote and section text is a verbatim substring of the source (inside its section, if named).

    ``found``: the report's provenance in this source; when it has placed every quote, nothing is searched again
    (the findings are only worded, below, when something is missing or out of place)."""
    if found is not None and found.every_quote_in_place:
        return []
    section_text = {s.id: s.text for s in report.sections}
    # (path, quote, the section whose text it must be in, or None for anywhere in the source)
    needs: list[tuple[FieldPath, str, str | None]] = []

    def need(path: FieldPath, quote: str, section: str | None = None) -> None:
        needs.append((path, quote, section if section and section in section_text else None))

    for i, s in enumerate(report.sections):
        need(("sections", i, "text"), s.text)
    for i, f in enumerate(report.facts):
        need(("facts", i, "quote"), f.quote, f.section)
    for i, e in enumerate(report.enterprises):
        for j, a in enumerate(e.achievements):
            need(("enterprises", i, "achievements", j, "quote"), a.quote, a.section)
    for i, t in enumerate(report.tasks):
        need(("tasks", i, "quote"), t.quote)
        for j, action in enumerate(t.actions):
            need(("tasks", i, "actions", j, "quote"), action.quote)

    # One pass per text over all the quotes it must hold (not one scan of the source per quote).
    by_section: dict[str, set[str]] = {}
    for _path, quote, section in needs:
        if section is not None:
            by_section.setdefault(section, set()).add(quote)
    in_section = {sid: set(first_occurrences(section_text[sid], quotes)) for sid, quotes in by_section.items()}
    # The source is searched for what must be anywhere in it, and for what its section lacks (which message).
    in_source = set(first_occurrences(
        source, {q for _p, q, sid in needs if sid is None or q not in in_section[sid]}
    ))

    out: list[Finding] = []
    for path, quote, section in needs:
        if quote in (in_source if section is None else in_section[section]):
            continue
        if section is not None and quote in in_source:
            out.append((path, f"the quote is in the source but not in section '{section}': {_short(quote)}"))
        else:
            out.append((path, f"the quote is not in the source text: {_short(quote)}"))
    return out


def _short(text: str, limit: int = 40) -> str:
    return f"“{text}”" if len(text) <= limit else f"“{text[:limit]}…”"


def check_all(report: Report, source: str | None, invalid_ids: frozenset[str] = frozenset(),
              found: Provenance | None = None) -> list[Finding]:
    """Every semantic check; quotes only when the source text could be read (``found``: see check_quotes)."""
    findings = check_ids(report) + check_facts(report) + check_references(report, invalid_ids)
    if source is not None:
        findings += check_quotes(report, source, found)
    return findings
