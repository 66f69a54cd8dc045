"""Assembling a draft report: meta, sections, facts, enterprises, honours and tasks from a text, written
as YAML that validates against the report format, every item marked ``draft: true``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from viewer.model.checks import check_all
from viewer.model.draft import emit
from viewer.model.draft.context import default_scope, region_names, review_year
from viewer.model.draft.entities import MAY_NAME, DraftEnterprise, find_enterprises
from viewer.model.draft.fact_types import UNKNOWN_UNIT_TAG, DraftFact
from viewer.model.draft.facts import OutputBudget, extract_facts
from viewer.model.draft.meta import DraftMeta, find_meta
from viewer.model.draft.sections import DraftSection, body_paragraphs, classify, split_sections
from viewer.model.draft.tasks import DraftTask, find_tasks, plan_paragraph_tasks
from viewer.model.draft.text import DraftError, Piece, clauses, paragraphs, sentences
from viewer.model.loader import MAX_REPORT_BYTES
from viewer.model.types import FactKind, Report, Scope, SectionKind
from viewer.model.validation import ValidationError, validate_report

_ID_CHARS = re.compile(r"[^a-z0-9._-]+")


@dataclass
class DraftSummary:
    """What the drafter found, for the command line and the window to report."""

    facts: int = 0
    tasks: int = 0
    actions: int = 0
    enterprises: int = 0
    honours: int = 0
    sections: int = 0
    expected_tasks: int | None = None
    needs_filling: list[str] = field(default_factory=list)  # meta fields the text does not state
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary as lines of text for the user."""
        out = [f"{self.facts} facts, {self.tasks} tasks ({self.actions} actions), {self.enterprises} enterprises, "
               f"{self.honours} honours, {self.sections} sections"]
        if self.needs_filling:
            out.append("fill in: " + ", ".join(f"meta.{name}" for name in self.needs_filling)
                       + " (not stated in the text: written as null)")
        out += self.warnings
        return out


@dataclass
class DraftResult:
    """The drafted report as YAML text, as a validated ``Report``, and the summary."""

    yaml_text: str
    report: Report
    summary: DraftSummary


def report_id_from(name: str) -> str:
    """A valid report id from a file name (``Fujian 2023.txt`` -> ``fujian-2023``)."""
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    ident = _ID_CHARS.sub("-", stem).strip("-._")[:80]
    return ident if ident and ident[0].isalnum() else "draft-report"


def draft_report(text: str, *, source_name: str, report_id: str | None = None, title: str | None = None
                 ) -> DraftResult:
    """Draft a report from its text; ``source_name`` is ``meta.source`` (relative to the YAML file).

    Raises DraftError when the text holds nothing to draft from.
    """
    draft = prepare_draft(text, source_name=source_name, report_id=report_id, title=title)
    _data, dropped, report = _validated(draft.data, text)
    draft.summary.warnings += dropped
    return DraftResult(draft.yaml(source_name), report, draft.counted(report))


@dataclass
class PreparedDraft:
    """A draft as plain data, before it is validated, with what the summary says about it."""

    data: dict[str, Any]
    summary: DraftSummary

    def yaml(self, source_name: str) -> str:
        """The draft as YAML text, with a header saying what to check."""
        return _yaml(self.data, source_name, self.summary)

    def counted(self, report: Report) -> DraftSummary:
        """The summary with the numbers of what the validated ``report`` holds."""
        s = self.summary
        s.facts, s.tasks, s.actions = len(report.facts), len(report.tasks), len(report.actions())
        s.enterprises, s.honours, s.sections = len(report.enterprises), len(report.honours), len(report.sections)
        return s


def prepare_draft(text: str, *, source_name: str, report_id: str | None = None, title: str | None = None,
                  progress: Callable[[int, int], None] | None = None) -> PreparedDraft:
    """Everything a draft holds, as plain data (not yet validated: draft_report and draft_file do that).

    ``progress(done, total)``: called after each paragraph read for figures, with the characters of the text read
    so far and in all; it may raise (InterruptedError when the user cancels) to stop the drafting there."""
    size = len(text.encode("utf-8"))
    if size > MAX_DRAFT_TEXT_BYTES:
        raise DraftError(f"the text is {size / 2**20:.1f} MiB: a draft copies its text into the report file, which "
                         f"may have at most {MAX_DRAFT_BYTES // 2**20} MiB with its facts, so at most "
                         f"{MAX_DRAFT_TEXT_BYTES // 2**20} MiB of text can be drafted at a time; split the text")
    all_paragraphs = paragraphs(text)
    if not all_paragraphs:
        raise DraftError("the text is empty")
    report_id = report_id or report_id_from(source_name)
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,79}", report_id):
        raise DraftError(f"'{report_id}' is not a valid id (lowercase letters, digits, '.', '_' or '-')")
    # A first line that reads as text (long, with full stops) is not a title: the text starts at once.
    titled = not (len(all_paragraphs[0].text) > 60 and re.search("[。！？]", all_paragraphs[0].text))
    lines = [p.text for p in all_paragraphs[:4]] if titled else [""] + [p.text for p in all_paragraphs[:3]]
    meta = find_meta(lines, text[all_paragraphs[1 if titled and len(all_paragraphs) > 1 else 0].start:], title)
    skip = meta.header_lines if titled else meta.header_lines - 1
    body = body_paragraphs(all_paragraphs, skip if len(all_paragraphs) > 1 else 0)
    if not body:
        # Nothing reads as a sentence: draft from every line after the title rather than refuse.
        body = all_paragraphs[skip:] or all_paragraphs
    sections = split_sections(body)
    task_section, tasks, expected = find_tasks(sections, text)
    classify(sections, text, task_section)
    # A plan's paragraphs without numbers: the tasks, or more of them after the numbered ones (新的一年，…).
    numbered = len(tasks)
    after = sections.index(task_section) if task_section is not None else -1
    plans = [s for s in sections[after + 1:] if s.kind == SectionKind.TASKS]
    for task in plan_paragraph_tasks(plans)[: max(0, MAX_TASKS - numbered)]:
        task.number = len(tasks) + 1
        tasks.append(task)
    body_text = "\n".join(p.text for s in sections for p in s.paragraphs)
    scope = default_scope(meta.title, meta.publisher, body_text)
    year = review_year(sections, text, meta.title, meta.published)
    planning = (SectionKind.TASKS, SectionKind.REQUIREMENTS)
    facts = extract_facts([(s.id, s.paragraphs, s.kind in planning, s.header) for s in sections], scope,
                          year, region_names(meta.publisher), _budget(sections, text, progress))
    _name_facts(facts)
    _mark_headlines(facts, sections)
    clause_list = [(c, s.id) for s in sections for p in s.paragraphs if MAY_NAME.search(p.text)
                   for sen in sentences(p) if MAY_NAME.search(sen.text) for c in clauses(sen)]
    enterprises = find_enterprises(clause_list, facts)
    data = _document(text, meta, sections, facts, enterprises, tasks, report_id, source_name, scope)
    summary = DraftSummary(expected_tasks=expected, needs_filling=list(meta.missing))
    if expected is not None and expected != numbered:
        summary.warnings.append(f"the text announces {expected} tasks but {numbered} were found")
    if not tasks:
        summary.warnings.append("no tasks were found (numbered 一是… / 一、…, or a plan's paragraphs)")
    unknown: dict[str, list[str]] = {}
    for fact in facts:
        if fact.unknown_unit:
            unknown.setdefault(fact.unit, []).append(fact.id)
    for unit, ids in unknown.items():
        more = f" and {len(ids) - 3} more" if len(ids) > 3 else ""
        summary.warnings.append(f"the unit '{unit}' is not a known unit ({', '.join(ids[:3])}{more}; tagged "
                                f"{UNKNOWN_UNIT_TAG}): check it before marking the facts reviewed")
    return PreparedDraft(data, summary)


MAX_TASKS = 99  # a task's number is at most 99 (viewer.model.types.Task)
# A draft is written as a report file, which may have at most so many bytes (viewer.model.loader).
MAX_DRAFT_BYTES = MAX_REPORT_BYTES
_SLACK = 256 * 1024  # meta, tasks, enterprises and the header, besides sections and facts
# A longer text leaves too little room for its facts beside the copy of it: refused before any work.
MAX_DRAFT_TEXT_BYTES = MAX_DRAFT_BYTES // 2


class _WatchedBudget(OutputBudget):
    """An OutputBudget that also reports how far the reading has come (it is told after every paragraph)."""

    def __init__(self, limit: int, left: int, text_length: int, progress: Callable[[int, int], None]) -> None:
        super().__init__(limit, left, text_length)
        self.progress = progress

    def spend(self, facts: list[DraftFact], at: int) -> None:
        super().spend(facts, at)
        self.progress(at, self.text_length)


def _budget(sections: list[DraftSection], source: str,
            progress: Callable[[int, int], None] | None = None) -> OutputBudget:
    """What the facts may take once the sections (which copy the text) are written; DraftError at once
    when the sections alone would not fit."""
    copied = sum(len(source[s.start: s.end].encode("utf-8")) for s in sections)
    left = MAX_DRAFT_BYTES - _SLACK - copied
    if left < 0:
        raise DraftError(f"a draft copies its text into the report ({copied / 2**20:.1f} MiB here) and a report file "
                         f"may have at most {MAX_DRAFT_BYTES // 2**20} MiB: draft the text in parts")
    if progress is not None:
        return _WatchedBudget(MAX_DRAFT_BYTES, left, len(source), progress)
    return OutputBudget(MAX_DRAFT_BYTES, left, len(source))


def _name_facts(facts: list[DraftFact]) -> None:
    for n, fact in enumerate(facts, start=1):
        fact.id = f"fact-{n:03d}-{fact.kind.value.replace('_', '-')}"


HEADLINE_TAG = "headline"  # the Overview shows facts with this tag as headline figures
MAX_HEADLINES = 6


def _mark_headlines(facts: list[DraftFact], sections: list[DraftSection]) -> None:
    """Suggest headline figures: the first figure of each review section, then each before/after result."""
    reviews = [s.id for s in sections if s.kind in (SectionKind.REVIEW, SectionKind.MULTI_YEAR_REVIEW)]
    first_of: dict[str, DraftFact] = {}
    for f in facts:
        first_of.setdefault(f.section, f)
    picked = [first_of[s] for s in reviews if s in first_of][:MAX_HEADLINES]
    for f in facts:
        if len(picked) >= MAX_HEADLINES:
            break
        if f.comparison is not None and all(f is not p for p in picked):
            picked.append(f)
    for fact in picked:
        fact.tags.append(HEADLINE_TAG)


def _text(zh: str) -> dict[str, str]:
    return {"zh": zh, "en": ""}


def _maybe_text(zh: str | None) -> dict[str, str] | None:
    return None if zh is None else _text(zh)


def _document(source: str, meta: DraftMeta, sections: list[DraftSection], facts: list[DraftFact],
              enterprises: list[DraftEnterprise], tasks: list[DraftTask], report_id: str, source_name: str,
              scope: Scope) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "meta": {
            # What the text does not state is null (unknown), never a made-up value.
            "id": report_id, "title": _text(meta.title), "publisher": _maybe_text(meta.publisher),
            "published": meta.published.isoformat() if meta.published else None,
            "meeting_date": meta.meeting_date.isoformat() if meta.meeting_date else None,
            "place": _maybe_text(meta.place), "format": _maybe_text(meta.format),
            "reporter": _maybe_text(meta.reporter),
            "source": source_name, "version": "draft",
        },
        "sections": [
            {"id": s.id, "kind": s.kind.value, "title": _text(s.title), "summary": _text(s.summary),
             "text": s.text(source)}
            for s in sections
        ],
        "facts": [_fact(f) for f in facts],
        "enterprises": _enterprises(enterprises),
        "honours": _honours(facts, scope),
        "tasks": _tasks(tasks),
    }


def _fact(f: DraftFact) -> dict[str, Any]:
    out: dict[str, Any] = {"id": f.id, "label": _text(f.label), "value": f.value, "unit": f.unit}
    if f.period:
        out["period"] = f.period
    if f.period_label:
        out["period_label"] = _text(f.period_label)
    out.update({"kind": f.kind.value, "scope": f.scope.value, "qualifier": f.qualifier.value})
    if f.comparison:
        out["comparison"] = dict(f.comparison)
    if f.tags:
        out["tags"] = list(f.tags)
    out.update({"section": f.section, "quote": f.quote.text})
    indicator = _proposed_indicator(f)
    if indicator is not None:
        out["indicator"] = indicator
    out["draft"] = True
    return out


_YEARS = re.compile(r"^\d{4}[–-]\d{4}$")


def _proposed_indicator(f: DraftFact) -> str | None:
    """The shared indicator the fact's label names (viewer.model.library.indicators), for the reviewer to confirm."""
    from viewer.model.library.indicators import default_vocabulary

    average = "five-year" in f.tags or bool(f.period and _YEARS.match(f.period)) or "年均" in f.label
    proposed = default_vocabulary().propose(f.label, f.kind, f.unit, average=average)
    return proposed.id if proposed is not None else None


def _enterprises(enterprises: list[DraftEnterprise]) -> list[dict[str, Any]]:
    out = []
    counters: dict[str, int] = {}
    for e in enterprises:
        counters[e.kind.value] = counters.get(e.kind.value, 0) + 1
        e.id = f"{e.kind.value}-{counters[e.kind.value]:02d}"
        achievements = []
        for clause, stated, section in e.achievements:
            item: dict[str, Any] = {"text": _text(clause.text), "quote": clause.text}
            if stated:
                item["facts"] = [f.id for f in stated]
            item["section"] = section
            achievements.append(item)
        out.append({"id": e.id, "name": _text(e.name), "kind": e.kind.value, "achievements": achievements,
                    "draft": True})
    return out


# A national title the region's enterprises hold (国家级绿色工厂, 专精特新“小巨人”企业, 企业技术中心); not a
# zone's or a region's (国家级经济技术开发区, 国家先进制造业集群).
_HONOUR = re.compile(r"^(?P<new>新(?:增|培育|认定|获评|入选)?)?(?P<title>国家(?:级)?[^、，,]{2,40}?"
                     r"(?:企业|工厂|中心|冠军|示范平台|公共服务平台))(?:总数|数量)?$")


def _honours(facts: list[DraftFact], scope: Scope) -> list[dict[str, Any]]:
    """National titles held by the region's enterprises (国家级…N家) with their count fact, and the rank fact
    that 分别居全国第N位 gives them. A national report's totals (全国…国家级“小巨人”企业1.46万家) are none."""
    out: list[dict[str, Any]] = []
    if scope != Scope.PROVINCE:
        return out
    counts: dict[str, DraftFact] = {}  # title -> its count: the total (总数达到…, 累计…) before the new ones
    ranks = {id(f.rank_for): f for f in reversed(facts) if f.rank_for is not None}  # the first rank of each
    for fact in facts:
        title = _HONOUR.match(fact.subject)
        if (fact.kind != FactKind.COUNT or fact.unit not in ("家", "个", "项") or title is None
                or fact.scope != Scope.PROVINCE):
            continue
        known = counts.get(title.group("title"))
        if known is None or (known.subject.startswith("新") and not fact.subject.startswith("新")):
            counts[title.group("title")] = fact
    for name, fact in counts.items():
        honour: dict[str, Any] = {"id": f"honour-{len(out) + 1:02d}", "title": _text(name), "count_fact": fact.id}
        rank = ranks.get(id(fact))
        if rank is not None:
            honour["rank_fact"] = rank.id
        honour["draft"] = True
        out.append(honour)
    return out


def _tasks(tasks: list[DraftTask]) -> list[dict[str, Any]]:
    out = []
    for i, task in enumerate(tasks, start=1):
        task.id = f"task-{i}"
        actions = [{"id": f"{task.id}-{j}", "text": _text(a.piece.text), "quote": a.piece.text, "draft": True}
                   for j, a in enumerate(task.actions, start=1)]
        out.append({"id": task.id, "number": task.number, "title": _text(task.title), "aim": _text(task.aim),
                    "quote": task.heading.text, "actions": actions, "draft": True})
    return out


def _validated(data: dict[str, Any], source: str) -> tuple[dict[str, Any], list[str], Report]:
    """The draft validated, without any drafted fact, enterprise, honour or task that the format's checks
    refuse (a drafting slip must never make the whole draft unreadable); the notes say what was dropped."""
    notes: list[str] = []
    for _ in range(5):
        try:
            report = validate_report(data)
        except ValidationError as exc:
            findings = [(tuple(p for p in err["loc"] if isinstance(p, str | int)), err["msg"])
                        for err in exc.errors(include_url=False)]
        else:
            findings = check_all(report, source)
            if not findings:
                return data, notes, report
        notes += drop_refused(data, findings)
    raise DraftError("the draft does not validate after dropping the items the checks refused")


def drop_refused(data: dict[str, Any], findings: list[tuple[tuple[str | int, ...], str]]) -> list[str]:
    """Drop from ``data`` the items at the paths of ``findings`` (and the references to them); the notes
    say what was dropped. DraftError when a finding is not about such an item (a bug of the drafter)."""
    notes: list[str] = []
    bad: dict[str, set[int]] = {}
    for path, message in findings:
        if len(path) >= 2 and isinstance(path[1], int) and path[0] in ("facts", "enterprises", "honours",
                                                                        "tasks"):
            bad.setdefault(str(path[0]), set()).add(path[1])
            item = data[str(path[0])][path[1]]
            notes.append(f"dropped {item.get('id', path[0])} ({item.get('quote', '')[:30]}): {message}")
        else:
            raise DraftError(f"the draft does not validate: {'.'.join(map(str, path))}: {message}")
    for key, indexes in bad.items():
        data[key] = [item for i, item in enumerate(data[key]) if i not in indexes]
    kept = {f["id"] for f in data["facts"]}
    data["honours"] = [h for h in data["honours"] if h["count_fact"] in kept]
    for h in data["honours"]:
        if h.get("rank_fact") not in kept:
            h.pop("rank_fact", None)
    for e in data["enterprises"]:
        for a in e["achievements"]:
            stated = [f for f in a.get("facts", []) if f in kept]
            if stated:
                a["facts"] = stated
            else:
                a.pop("facts", None)
    return notes


def _yaml(data: dict[str, Any], source_name: str, summary: DraftSummary) -> str:
    header = [
        f"# Drafted by `report-viewer draft` from {source_name} on {dt.date.today().isoformat()}.",
        "# Every item is marked `draft: true`: check each against its quote, add English labels, then set",
        "# `draft: false` (or remove the line).",
    ]
    if summary.needs_filling:
        header.append("# Meta fields to fill in (the text does not state them; null until then): "
                      + ", ".join(summary.needs_filling) + ".")
    return "\n".join(header) + "\n" + emit.dump(data)


__all__ = ["DraftError", "DraftResult", "DraftSummary", "Piece", "draft_report", "report_id_from"]
