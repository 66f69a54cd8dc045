"""The corpus of hostile checklist files: exports to import and state files, made by code (no files in git).

Each case: the bytes, what must come of them and a regular expression of the message.

- ``refused``: the whole file is unusable; an import says why in one line (ImportFileError), a state file is
  moved aside whole with a notice (nothing in it lost, nothing used);
- ``skipped``: some records are bad; each is named in one line with why, the good ones are taken;
- ``ok``: everything in it is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

REPORT_ID = "mini-2024"
GOOD_TIME = "2024-03-01T08:15:00+00:00"


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    outcome: str  # refused / skipped / ok
    expect: str  # regex on the message ('' for ok)


def _item(**fields: Any) -> dict[str, Any]:
    row = {"id": "task-1.projects", "status": "done", "note": "ok", "owner": "", "due": None, "updated": GOOD_TIME}
    row.update(fields)
    return {k: v for k, v in row.items() if v is not ...}


def _review(**fields: Any) -> dict[str, Any]:
    row = {"id": "va-growth", "mark": "checked", "comment": "", "updated": GOOD_TIME}
    row.update(fields)
    return {k: v for k, v in row.items() if v is not ...}


def export(items: Any = None, reviews: Any = None, **top: Any) -> bytes:
    doc: dict[str, Any] = {"format": "industry-report-viewer/export", "version": 1, "report_id": REPORT_ID,
                           "items": [_item()] if items is None else items,
                           "reviews": [_review()] if reviews is None else reviews}
    doc.update(top)
    return json.dumps({k: v for k, v in doc.items() if v is not ...}, ensure_ascii=True).encode("utf-8")


def state(checklist: Any = None, review: Any = None, **top: Any) -> bytes:
    item = {k: v for k, v in _item().items() if k != "id"}
    mark = {k: v for k, v in _review().items() if k != "id"}
    doc: dict[str, Any] = {"format": "industry-report-viewer/state", "version": 1, "report_id": REPORT_ID,
                           "checklist": {"task-1.projects": item} if checklist is None else checklist,
                           "review": {"va-growth": mark} if review is None else review}
    doc.update(top)
    return json.dumps({k: v for k, v in doc.items() if v is not ...}, ensure_ascii=True).encode("utf-8")


def _cases() -> list[Case]:
    c: list[Case] = []

    def add(name: str, data: bytes, outcome: str, expect: str = "") -> None:
        c.append(Case(name, data, outcome, expect))

    # --- not JSON, or not an object -----------------------------------------------------------------------
    add("empty", b"", "refused", r"not valid JSON")
    add("whitespace", b" \n\t\n", "refused", r"not valid JSON")
    add("null", b"null", "refused", r"JSON object|NoneType|not a state")
    add("list", b"[]", "refused", r"JSON object|list|not a state")
    add("number", b"42", "refused", r"JSON object|int|not a state")
    add("string", b'"x"', "refused", r"JSON object|str|not a state")
    add("truncated", export()[:40], "refused", r"not valid JSON.*line 1, column")
    add("extra-data", export() + b"{}", "refused", r"not valid JSON: Extra data")
    add("two-documents", export() + b"\n" + export(), "refused", r"not valid JSON")
    add("trailing-comma", export()[:-1] + b",}", "refused", r"not valid JSON")
    add("comment", b"// a comment\n" + export(), "refused", r"not valid JSON")
    add("single-quotes", b"{'format': 'x'}", "refused", r"not valid JSON")
    add("deep-arrays", b"[" * 100_000 + b"]" * 100_000, "refused", r"nested too deeply")
    add("deep-objects", b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "refused", r"nested too deeply")
    add("deep-in-items", export(items=[json.loads("[" * 50 + "]" * 50)])[:-2] + b"}", "refused", r"not valid JSON")
    add("deep-in-note", export()[:-1].replace(b'"note": "ok"', b'"note": ' + b"[" * 60_000 + b"]" * 60_000)
        + b"}", "refused", r"nested too deeply")
    add("huge-integer", b'{"format": ' + b"9" * 5000 + b"}", "refused", r"not valid JSON: Exceeds the limit")
    add("not-utf8", b'{"format": "\xff\xfe"}', "refused", r"not UTF-8 text \(byte")
    add("latin1", '{"note": "café"}'.encode("latin-1"), "refused", r"not UTF-8 text")
    add("utf16-bom", export().decode("utf-8").encode("utf-16"), "refused", r"not UTF-8 text")
    add("nul-bytes", b"\x00" * 100, "refused", r"not valid JSON")
    add("binary-zip", b"PK\x03\x04" + bytes(range(256)), "refused", r"not UTF-8 text|not valid JSON")
    add("csv-export", b"kind,id,status\nitem,task-1.projects,done\n", "refused", r"not valid JSON")
    add("markdown-export", "# 任务清单\n\n- [x] 推进项目建设\n".encode(), "refused", r"not valid JSON")
    add("yaml-report", b"meta:\n  id: mini-2024\n", "refused", r"not valid JSON")
    add("html", b"<html><body>export</body></html>", "refused", r"not valid JSON")
    add("escape-in-json-error", b"\x1b[2J\x1b[1;1HOK", "refused", r"not valid JSON")

    # --- the envelope -------------------------------------------------------------------------------------
    add("unknown-format", export(format="something/else"), "refused", r"format 'something/else'|unknown format")
    add("no-format", export(format=...), "refused", r"format None|unknown format")
    add("format-number", export(format=1), "refused", r"format 1|unknown format")
    add("format-escape", export(format="\x1b]0;owned\x07"), "refused", r"\\x1b")
    add("version-2", export(version=2), "refused", r"version 2 is not known")
    add("version-string", export(version="1"), "refused", r"version '1' is not known")
    add("version-true", export(version=True), "refused", r"version True is not known")
    add("version-float", export(version=1.0), "refused", r"version 1\.0 is not known")
    add("version-missing", export(version=...), "refused", r"version None is not known")
    add("version-nan", export(version=float("nan")), "refused", r"version nan is not known")
    add("other-report", export(report_id="fujian-2023"), "refused", r"for report 'fujian-2023'")
    add("no-report-id", export(report_id=...), "refused", r"for report None")
    add("report-id-bidi", export(report_id="mini\u202e-2024"), "refused", r"\\u202e")
    add("report-id-list", export(report_id=["mini-2024"]), "refused", r"for report \[")
    add("state-other-report", state(report_id="fujian-2023"), "refused", r"fujian-2023")
    add("state-version-2", state(version=2), "skipped", r"unknown version 2")
    add("state-version-true", state(version=True), "skipped", r"unknown version True")
    add("state-unknown-format", state(format="industry-report-viewer/stat"), "refused", r"format")

    # --- rows: lists and objects ----------------------------------------------------------------------------
    add("items-not-list", export(items={"a": 1}), "skipped", r"'items' is not a list")
    add("items-string", export(items="x"), "skipped", r"'items' is not a list")
    add("reviews-not-list", export(reviews="x"), "skipped", r"'reviews' is not a list")
    add("row-not-object", export(items=[1, _item()]), "skipped", r"items #1: not an object")
    add("row-list", export(items=[[_item()]]), "skipped", r"items #1: not an object")
    add("untouched-rows-only", export(items=[_item(updated=None)], reviews=[]), "ok")
    add("ten-thousand-rows", export(items=[_item(id=f"gone-{i}") for i in range(10_000)], reviews=[]), "ok")
    add("good", export(), "ok")
    add("good-with-bom", b"\xef\xbb\xbf" + export(), "ok")
    add("good-state", state(), "ok")
    add("orphaned-rows", export(items=[_item(id="task-9.gone")], reviews=[_review(id="gone-fact")]), "ok")

    # --- checklist items ------------------------------------------------------------------------------------
    item_bad = {
        "status-unknown": (dict(status="finished"), r"unknown status 'finished'"),
        "status-missing": (dict(status=...), r"'status' is missing"),
        "status-number": (dict(status=2), r"'status' is missing|status"),
        "status-bidi": (dict(status="do\u202ene"), r"unknown status 'do\\u202ene'"),
        "updated-garbage": (dict(updated="yesterday"), r"'updated' is not an ISO 8601 time"),
        "updated-number": (dict(updated=1709280900), r"'updated'"),
        "updated-no-zone": (dict(updated="2024-03-01T08:15:00"), r"'updated'"),
        "updated-end-of-time": (dict(updated="9999-12-31T23:59:59.999999+01:00"), r"outside the years 1970–8999"),
        "updated-end-of-time-negative": (dict(updated="9999-12-31T23:59:59.999999-01:00"),
                                         r"outside the years 1970–8999"),
        "updated-year-one": (dict(updated="0001-01-01T00:00:00+01:00"), r"outside the years 1970–8999"),
        "updated-before-1970": (dict(updated="1969-12-31T23:59:59+00:00"), r"outside the years 1970–8999"),
        "updated-escape": (dict(updated=GOOD_TIME + "\x1b[2J"), r"'updated' is not an ISO 8601 time: .*\\x1b"),
        "updated-huge": (dict(updated="2024-03-01T08:15:00" + "0" * 100_000), r"'updated' is not an ISO 8601"),
        "note-too-long": (dict(note="长" * 10_001), r"note"),
        "note-bidi": (dict(note="增长\u202e%1.2-"), r"U\+202E"),
        "note-escape": (dict(note="\x1b[31mred"), r"U\+001B"),
        "note-nul": (dict(note="a\x00b"), r"U\+0000"),
        "note-lone-surrogate": (dict(note="\ud800"), r"U\+D800"),
        "note-zero-width": (dict(note="a\u200bb"), r"U\+200B"),
        "note-list": (dict(note=["a"]), r"note"),
        "note-number": (dict(note=5), r"note"),
        "owner-newline": (dict(owner="张三\n李四"), r"owner|U\+000A"),
        "owner-too-long": (dict(owner="x" * 201), r"owner"),
        "owner-bidi": (dict(owner="a\u202eb"), r"U\+202E"),
        "owner-object": (dict(owner={"name": "x"}), r"owner"),
        "due-invalid-date": (dict(due="2024-02-30"), r"due"),
        "due-number": (dict(due=20240301), r"due"),
        "due-datetime": (dict(due="2024-03-01T00:00:00"), r"due"),
        "due-far": (dict(due="99999-01-01"), r"due"),
        "id-traversal": (dict(id="../../etc/passwd"), r"not an item id"),
        "id-empty": (dict(id=""), r"not an item id"),
        "id-number": (dict(id=7), r"not an item id"),
        "id-bidi": (dict(id="task-1\u202e.projects"), r"not an item id"),
        "id-escape": (dict(id="\x1b]0;x\x07"), r"not an item id: '\\x1b"),
        "id-huge": (dict(id="t" * 100_000), r"not an item id"),
    }
    for name, (fields, expect) in item_bad.items():
        add(f"item-{name}", export(items=[_item(**fields), _item(id="task-2.cloud")]), "skipped", expect)

    # --- review marks -----------------------------------------------------------------------------------
    review_bad = {
        "mark-unknown": (dict(mark="approved"), r"mark"),
        "mark-missing": (dict(mark=...), r"'mark' is missing"),
        "mark-bool": (dict(mark=True), r"mark"),
        "comment-too-long": (dict(comment="x" * 10_001), r"comment"),
        "comment-bidi": (dict(comment="\u202e"), r"U\+202E"),
        "comment-escape": (dict(comment="\x1b[2J"), r"U\+001B"),
        "updated-end-of-time": (dict(updated="9999-12-31T23:59:59.999999+01:00"), r"1970–8999"),
        "id-traversal": (dict(id="../x"), r"not an item id"),
    }
    for name, (fields, expect) in review_bad.items():
        add(f"review-{name}", export(reviews=[_review(**fields)]), "skipped", expect)

    # --- state files: the same records in the state's own form --------------------------------------------
    add("state-checklist-list", state(checklist=[]), "skipped", r"checklist")
    add("state-item-unknown-field", state(checklist={"task-1.projects": {**_item(id=...), "colour": "red"}}),
        "ok")  # a field of a later version: ignored
    add("state-item-bad-status", state(checklist={"task-1.projects": _item(id=..., status="x")}), "skipped",
        r"unknown status")
    add("state-item-bad-id", state(checklist={"../x": _item(id=...)}), "skipped", r"not an item id")
    add("state-review-not-object", state(review={"va-growth": "checked"}), "skipped", r"review|object")
    add("state-lone-surrogate", state().replace(b'"ok"', b'"\\ud800"'), "skipped", r"U\+D800")
    return c


CASES = _cases()
