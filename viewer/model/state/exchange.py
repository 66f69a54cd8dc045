"""Sharing state offline: export as JSON / CSV / Markdown, import a colleague's JSON export.

The JSON export lists every action of the report (never-changed ones as ``todo`` with ``updated``
null) and every review mark, each with enough context (task, titles) to read on its own:

```json
{"format": "industry-report-viewer/export", "version": 1, "report_id": "…", "exported": "…",
 "items": [{"id": "…", "task": "task-1", "task_number": 1, "action": "…", "status": "done",
            "status_zh": "已完成", "note": "", "owner": "", "due": null, "updated": "…", "orphaned": false}],
 "reviews": [{"id": "…", "kind": "fact", "label": "…", "mark": "questioned", "comment": "…",
              "updated": "…", "orphaned": false}]}
```

Import merges by id: per item, the record with the later ``updated`` wins (a tie keeps ours). The
summary (``preview_import``) is computed before anything changes; ``ImportPreview.changes`` turns it into one
``Changes`` that the window applies as one undoable step.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from viewer.model.csv_safe import csv_text
from viewer.model.safe_read import describe_read_error, read_regular
from viewer.model.state.changes import Changes
from viewer.model.state.document import FORMAT as STATE_FORMAT
from viewer.model.state.document import decode_data, parse_json
from viewer.model.state.records import (
    ChecklistItem,
    Mark,
    RecordError,
    ReviewMark,
    Status,
    brief,
    check_id,
    format_time,
    utc_now,
)
from viewer.model.state.report_state import ReportState
from viewer.model.state.state_view import StateView
from viewer.model.state.targets import review_targets
from viewer.model.texts import message

EXPORT_FORMAT = "industry-report-viewer/export"
EXPORT_VERSION = 1
MAX_IMPORT_BYTES = 64 * 1024 * 1024
CSV_COLUMNS = ("kind", "id", "task", "title", "status", "note", "owner", "due", "updated", "orphaned")


class ImportFileError(ValueError):
    """A file that cannot be imported at all (not JSON, not an export, another report's)."""


# --- export -------------------------------------------------------------------------------------------

def item_rows(state: StateView, lang: str = "zh") -> list[dict[str, Any]]:
    """Every checklist item: the report's actions in order, then orphaned records."""
    rows = []
    for task, action in state.report.actions():
        rows.append(_item_row(action.id, state.item(action.id), task.id, task.number, action.text.get(lang), False))
    for item_id, record in state.orphaned_checklist().items():
        rows.append(_item_row(item_id, record, None, None, "", True))
    return rows


def _item_row(item_id: str, record: ChecklistItem | None, task: str | None, number: int | None, text: str,
              orphaned: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"id": item_id, "task": task, "task_number": number, "action": text}
    if record is None:
        row |= {"status": "todo", "note": "", "owner": "", "due": None, "updated": None}
    else:
        row |= record.to_json()
    row["status_zh"] = Status(row["status"]).zh
    row["orphaned"] = orphaned
    return row


def review_rows(state: StateView, lang: str = "zh") -> list[dict[str, Any]]:
    """Every review mark: the report's items in order, then orphaned marks."""
    rows = []
    for target in review_targets(state.report):
        record = state.mark(target.id)
        if record is not None:
            rows.append({"id": target.id, "kind": target.kind, "label": target.label.get(lang),
                         **record.to_json(), "orphaned": False})
    for item_id, record in state.orphaned_review().items():
        rows.append({"id": item_id, "kind": None, "label": "", **record.to_json(), "orphaned": True})
    return rows


def export_document(state: ReportState, lang: str = "zh") -> dict[str, Any]:
    """The JSON export as a Python object (``tasks --format json`` prints it too)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "report_id": state.report_id,
        "report_version": state.report.meta.version,
        "exported": format_time(utc_now()),
        "items": item_rows(state, lang),
        "reviews": review_rows(state, lang),
    }


def export_json(state: ReportState, lang: str = "zh") -> str:
    # One item per line, compact: the file stays readable and as small as the state it comes from (indented,
    # a large checklist's export grew past what an import reads).
    doc = export_document(state, lang)
    lines = []
    for key, value in doc.items():
        if isinstance(value, list):
            rows = ",\n".join(_compact(row) for row in value)
            lines.append(f"{_compact(key)}:[\n{rows}\n]" if rows else f"{_compact(key)}:[]")
        else:
            lines.append(f"{_compact(key)}:{_compact(value)}")
    return "{" + ",\n".join(lines) + "}\n"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def export_csv(state: ReportState, lang: str = "zh") -> str:
    """One row per checklist item and per review mark (``kind`` says which); UTF-8 with a BOM for Excel."""
    rows = [{"kind": "action", "id": row["id"], "task": row["task"] or "", "title": row["action"],
             "status": row["status"], "note": row["note"], "owner": row["owner"],
             "due": row["due"] or "", "updated": row["updated"] or "", "orphaned": row["orphaned"]}
            for row in item_rows(state, lang)]
    rows += [{"kind": row["kind"] or "review", "id": row["id"], "task": "", "title": row["label"],
              "status": row["mark"], "note": row["comment"], "owner": "", "due": "",
              "updated": row["updated"], "orphaned": row["orphaned"]}
             for row in review_rows(state, lang)]
    # The formula guard: a note '=HYPERLINK(...)' is text in a spreadsheet, never a formula.
    return "\ufeff" + csv_text(rows, CSV_COLUMNS)


def _md(text: str) -> str:
    """Text from the data or the user, escaped so Markdown shows it literally (and in one table cell)."""
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>#|~":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\r\n", "\n").replace("\n", "<br>")


def export_markdown(state: ReportState, lang: str = "zh") -> str:
    """A readable report of progress and review for mail or a wiki."""
    report = state.report
    done, total = state.overall_progress()
    lines = [f"# {_md(report.meta.title.get(lang))}", ""]
    lines.append(message("summary.progress", lang, done=done, total=total))
    counts = state.review_counts()
    lines.append(message("summary.review", lang, checked=counts.checked, questioned=counts.questioned,
                      unreviewed=counts.unreviewed))
    lines.append("")
    for task in report.tasks:
        t_done, t_total = state.task_progress(task.id)
        lines += [f"## {task.number}. {_md(task.title.get(lang))} ({t_done}/{t_total})", ""]
        for action in task.actions:
            record = state.item(action.id)
            status = state.status(action.id)
            box = "x" if status.value == "done" else " "
            extra = [status.label(lang)]
            if record and record.owner:
                extra.append(message("summary.owner", lang, owner=_md(record.owner)))
            if record and record.due:
                extra.append(message("summary.due", lang, due=record.due.isoformat()))
            lines.append(f"- [{box}] {_md(action.text.get(lang))} — {' · '.join(extra)}")
            if record and record.note:
                lines.append(f"  {_md(record.note)}")
        lines.append("")
    marks = review_rows(state, lang)
    if marks:
        lines += [f"## {message('summary.marks', lang)}", ""]
        lines += [f"| id | {message('summary.marks_head', lang)} |", "|---|---|---|---|---|"]
        for row in marks:
            mark = Mark(row["mark"]).label(lang)
            kind = row["kind"] or message("summary.orphaned", lang)
            lines.append(f"| {_md(row['id'])} | {kind} | {_md(row['label'])} | {mark} | {_md(row['comment'])} |")
        lines.append("")
    orphans = state.orphaned_checklist()
    if orphans:
        lines += [f"## {message('summary.orphans', lang)}", ""]
        lines += [f"- {_md(k)} — {v.status.label(lang)} {_md(v.note)}".rstrip() for k, v in orphans.items()]
        lines.append("")
    return "\n".join(lines)


EXPORTERS = {"json": export_json, "csv": export_csv, "md": export_markdown}


# --- import -------------------------------------------------------------------------------------------

class Outcome(StrEnum):
    """What importing one record does."""

    ADDED = "added"  # we had no record of this id
    CHANGED = "changed"  # theirs is later and says something else
    UNCHANGED = "unchanged"  # same content
    IGNORED_OLDER = "ignored_older"  # ours is later (or as late): ours is kept


class RecordKind(StrEnum):
    """Which part of the state an imported record belongs to."""

    CHECKLIST = "checklist"
    REVIEW = "review"


@dataclass(frozen=True)
class ImportEntry:
    kind: RecordKind
    id: str
    outcome: Outcome
    orphaned: bool
    ours: ChecklistItem | ReviewMark | None
    theirs: ChecklistItem | ReviewMark


@dataclass
class ImportPreview:
    """What an import would do, before it is done."""

    entries: list[ImportEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for e in self.entries if e.outcome == outcome)

    @property
    def orphaned(self) -> int:
        """Incoming records whose ids this report does not have (kept as orphans when applied)."""
        return sum(1 for e in self.entries if e.orphaned and e.outcome in (Outcome.ADDED, Outcome.CHANGED))

    def counts(self) -> dict[str, int]:
        out = {o.value: self.count(o) for o in Outcome}
        out["orphaned"] = self.orphaned
        out["invalid"] = len(self.problems)
        return out

    def summary(self) -> str:
        """One line: 'added 3, changed 1, unchanged 10, ignored (older) 2, orphaned 0, invalid 0'."""
        c = self.counts()
        return (f"added {c['added']}, changed {c['changed']}, unchanged {c['unchanged']}, "
                f"ignored (older) {c['ignored_older']}, orphaned {c['orphaned']}, invalid {c['invalid']}")

    def changes(self) -> Changes:
        """The records to write: every added or changed one."""
        take = [e for e in self.entries if e.outcome in (Outcome.ADDED, Outcome.CHANGED)]
        return Changes(
            checklist={e.id: e.theirs for e in take if isinstance(e.theirs, ChecklistItem)},
            review={e.id: e.theirs for e in take if isinstance(e.theirs, ReviewMark)},
        )


def read_import_file(path: Path) -> str:
    """The text of an export to import: a regular file (a FIFO never blocks) of at most MAX_IMPORT_BYTES, UTF-8
    (a byte-order mark allowed); ImportFileError saying what is wrong otherwise."""
    try:
        raw = read_regular(path, MAX_IMPORT_BYTES)
    except OSError as exc:
        raise ImportFileError(describe_read_error(exc, "file to import")) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"not UTF-8 text (byte {exc.start})") from None


# What an export holds for a report: checklist items and review marks by id, and the problems of rows skipped.
ImportRecords = tuple[dict[str, ChecklistItem], dict[str, ReviewMark], list[str]]


def read_import(text: str, report_id: str) -> ImportRecords:
    """Records of an export (or of a state file) for ``report_id``; ImportFileError when unusable."""
    if len(text) > MAX_IMPORT_BYTES:
        raise ImportFileError("the file is too large to be an export")
    problems: list[str] = []
    try:
        data = parse_json(text.lstrip("\ufeff"), problems)
    except ValueError as exc:
        raise ImportFileError(str(exc)) from None
    if not isinstance(data, dict):
        raise ImportFileError("not an export of Report Viewer (expected a JSON object)")
    if data.get("format") == STATE_FORMAT:
        decoded = decode_data(data, report_id)
        if not decoded.salvageable:
            raise ImportFileError("; ".join(decoded.problems))
        return decoded.records.checklist, decoded.records.review, problems + decoded.problems
    if data.get("format") != EXPORT_FORMAT:
        raise ImportFileError(f"not an export of Report Viewer (format {brief(data.get('format'))})")
    if type(data.get("version")) is not int or data.get("version") != EXPORT_VERSION:  # true and 1.0 are not 1
        raise ImportFileError(f"export version {brief(data.get('version'))} is not known (this program reads 1)")
    if data.get("report_id") != report_id:
        raise ImportFileError(f"the export is for report {brief(data.get('report_id'))}, not {report_id!r}")
    items = _rows(data.get("items", []), "items", ChecklistItem.from_json, problems)
    reviews = _rows(data.get("reviews", []), "reviews", ReviewMark.from_json, problems)
    return items, reviews, problems


_R = TypeVar("_R", ChecklistItem, ReviewMark)


def _rows(rows: Any, name: str, parse: Callable[[Any], _R], problems: list[str]) -> dict[str, _R]:
    if not isinstance(rows, list):
        problems.append(f"'{name}' is not a list")
        return {}
    out: dict[str, _R] = {}
    row_of: dict[str, int] = {}  # the row each kept record came from
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            problems.append(f"{name} #{n}: not an object")
            continue
        if row.get("updated") is None:
            continue  # an action nobody has touched: nothing to merge
        try:
            key, record = check_id(row.get("id")), parse(row)
        except RecordError as exc:
            problems.append(f"{name} #{n} ({brief(row.get('id'))}): {exc}")
            continue
        if key in out:
            # Two rows for one item: the later change wins, as it does between the file and the state.
            first = row_of[key]
            if record.updated > out[key].updated:
                out[key], row_of[key] = record, n
            problems.append(f"{name} #{first} and #{n} are both {brief(key)}; the later change "
                            f"(#{row_of[key]}) is used")
            continue
        out[key], row_of[key] = record, n
    return out


def preview_import(state: ReportState, text: str) -> ImportPreview:
    """What importing ``text`` into ``state`` would do; nothing changes."""
    return preview_records(state, read_import(text, state.report_id))


def preview_records(state: ReportState, records: ImportRecords) -> ImportPreview:
    """What importing ``records`` (from ``read_import``, which needs no state and may run in a worker thread)
    into ``state`` would do; nothing changes."""
    items, reviews, problems = records
    preview = ImportPreview(problems=list(problems))
    for item_id, theirs in items.items():
        preview.entries.append(_entry(RecordKind.CHECKLIST, item_id, state.item(item_id), theirs,
                                      not state.is_action(item_id)))
    for item_id, their_mark in reviews.items():
        preview.entries.append(_entry(RecordKind.REVIEW, item_id, state.mark(item_id), their_mark,
                                      not state.is_review_target(item_id)))
    return preview


_Record = TypeVar("_Record", ChecklistItem, ReviewMark)


def _entry(kind: RecordKind, item_id: str, ours: _Record | None, theirs: _Record, orphaned: bool) -> ImportEntry:
    if ours is None:
        outcome = Outcome.ADDED
    elif theirs.same_content(ours):
        outcome = Outcome.UNCHANGED
    elif theirs.updated > ours.updated:
        outcome = Outcome.CHANGED
    else:
        outcome = Outcome.IGNORED_OLDER
    return ImportEntry(kind, item_id, outcome, orphaned, ours, theirs)
