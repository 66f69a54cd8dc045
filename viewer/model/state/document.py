"""The state file's format: a JSON document with a format name, a version and the report id.

```json
{"checklist":{"task-1.projects":{"due":null,"note":"","owner":"","status":"done",
 "updated":"2024-03-01T08:15:00.123456+00:00"}},"format":"industry-report-viewer/state",
 "report_id":"fujian-2023","review":{"va-growth":{"comment":"…","mark":"questioned","updated":"…"}},
 "saved":"2024-03-01T08:15:00.123456+00:00","version":1}
```

Written compact, one record per line (indenting made a 59 MB state 140 MB, past what the app reads back);
the writer refuses a document larger than the reader's limit (viewer.model.state.storage), so every file the
app writes it can read again.

Decoding never gives up on the whole file because of one bad record: it returns every valid record
together with the list of problems, and the caller decides (a file with problems is moved aside).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from viewer.model.sanitise import MULTILINE, ONE_LINE, show_hidden
from viewer.model.state.records import (
    ChecklistItem,
    RecordError,
    ReviewMark,
    brief,
    check_id,
    format_time,
    utc_now,
)

FORMAT = "industry-report-viewer/state"
VERSION = 1


@dataclass
class Records:
    """Checklist items by action id and review marks by item id."""

    checklist: dict[str, ChecklistItem] = field(default_factory=dict)
    review: dict[str, ReviewMark] = field(default_factory=dict)


@dataclass
class Decoded:
    """What could be read from a state document, and what was wrong with it."""

    records: Records
    problems: list[str]
    # False when nothing of the file may be used here (it belongs to another report).
    salvageable: bool = True


def encode(report_id: str, records: Records) -> bytes:
    """The state document as UTF-8 JSON, keys sorted so two saves of the same state are identical."""
    def section(records: Mapping[str, ChecklistItem | ReviewMark]) -> str:
        rows = [f"\n{_compact(k)}:{_compact(v.to_json())}" for k, v in sorted(records.items())]
        return "{" + ",".join(rows) + ("\n" if rows else "") + "}"

    text = (f'{{"checklist":{section(records.checklist)},"format":{_compact(FORMAT)},'
            f'"report_id":{_compact(report_id)},"review":{section(records.review)},'
            f'"saved":{_compact(format_time(utc_now()))},"version":{VERSION}}}\n')
    return text.encode("utf-8")


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def parse_json(text: str, problems: list[str] | None = None) -> Any:
    """JSON text as Python data; ValueError with a one-line reason (the position, nesting too deep, a number
    too long) instead of the parser's own exceptions (RecursionError on deep nesting).

    A key written twice in one object keeps its last value, as JSON readers do; with ``problems``, each such
    key is named there (with the object's id where it has one) rather than passed over without a word.
    """
    hook = None
    if problems is not None:
        def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            data = dict(pairs)
            if len(data) < len(pairs):
                counts = Counter(k for k, _ in pairs)
                twice = [k for k, n in counts.items() if n > 1]
                where = f" (id {brief(data['id'])})" if isinstance(data.get("id"), str) else ""
                problems.extend(f"the key {brief(k)} is written twice in one object{where}; the last value is used"
                                for k in twice)
            return data
    try:
        return json.loads(text, object_pairs_hook=hook)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise ValueError("not a state or export: arrays or objects nested too deeply") from None
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise ValueError(f"not valid JSON: {str(exc).splitlines()[0][:100]}") from None


def decode(raw: bytes, report_id: str) -> Decoded:
    """Read a state document written for ``report_id``; problems list everything that is off."""
    twice: list[str] = []
    try:
        data = parse_json(raw.decode("utf-8-sig"), twice)
    except UnicodeDecodeError as exc:
        return Decoded(Records(), [f"not UTF-8 text (byte {exc.start})"], salvageable=False)
    except ValueError as exc:
        return Decoded(Records(), [str(exc)], salvageable=False)
    decoded = decode_data(data, report_id, own_file=True)
    decoded.problems[:0] = twice
    return decoded


def decode_data(data: Any, report_id: str, *, own_file: bool = False) -> Decoded:
    """Like ``decode`` for an already parsed JSON value.

    ``own_file``: the app's state file, where an older version may have stored hidden characters (a bidi
    override, a lone surrogate) in a note, owner or comment; they are made visible as ``⟨U+XXXX⟩`` rather than
    the record refused. Elsewhere (an import) such a record is refused with the reason.
    """
    if not isinstance(data, dict):
        return Decoded(Records(), [f"the file holds a JSON {type(data).__name__}, not a state object"],
                       salvageable=False)
    problems: list[str] = []
    if data.get("format") != FORMAT:
        problems.append(f"unknown format {brief(data.get('format'))} (expected {FORMAT!r})")
    version = data.get("version")
    if type(version) is not int or version != VERSION:  # true and 1.0 are not 1
        problems.append(f"unknown version {brief(version)} (this program reads version {VERSION})")
    file_report = data.get("report_id")
    if file_report != report_id:
        problems.append(f"the file belongs to report {brief(file_report)}, not {report_id!r}")
        # Another report's records must not be attached to this one; the file is kept aside whole.
        return Decoded(Records(), problems, salvageable=False)
    records = Records()
    records.checklist = _decode_map(data.get("checklist", {}), "checklist", ChecklistItem.from_json, problems,
                                    own_file)
    records.review = _decode_map(data.get("review", {}), "review", ReviewMark.from_json, problems, own_file)
    return Decoded(records, problems)


_TEXT_FIELDS = {"note": MULTILINE, "comment": MULTILINE, "owner": ONE_LINE}


def shown_text_fields(value: Any) -> Any:
    """A record's JSON with hidden characters of its text fields shown as ``⟨U+XXXX⟩`` (a copy)."""
    if not isinstance(value, dict):
        return value
    return {k: show_hidden(v, _TEXT_FIELDS[k]) if k in _TEXT_FIELDS and isinstance(v, str) else v
            for k, v in value.items()}


_R = TypeVar("_R")


def _decode_map(section: Any, name: str, parse: Callable[[Any], _R], problems: list[str],
                own_file: bool = False) -> dict[str, _R]:
    if not isinstance(section, dict):
        problems.append(f"'{name}' is a {type(section).__name__}, not an object")
        return {}
    out: dict[str, _R] = {}
    for key, value in section.items():
        try:
            out[check_id(key)] = parse(shown_text_fields(value) if own_file else value)
        except RecordError as exc:
            problems.append(f"{name} item {brief(key)}: {exc}")
    return out
