"""The records of the user's state: checklist items (one per task action) and review marks.

Records are immutable values. Each carries ``updated``, the UTC time it last changed, written as
ISO 8601 with its offset (``2024-03-01T08:15:00.123456+00:00``); merging a colleague's export keeps,
per id, the record with the later ``updated``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from viewer.model.sanitise import MULTILINE, ONE_LINE, find_hidden, hidden_message
from viewer.model.texts import message

MAX_NOTE = 10_000
MAX_OWNER = 200
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


class RecordError(ValueError):
    """A record or a field of one is not valid; the message says which and why."""


def brief(value: Any) -> str:
    """``repr(value)`` for a message, at most 60 characters (a file's value may be megabytes long)."""
    text = repr(value) if not isinstance(value, list | dict) or len(value) < 20 else f"<{type(value).__name__}>"
    return text if len(text) <= 60 else text[:59] + "…"


# The times a record may carry: every one of them can be shown in any time zone and moved on by a microsecond
# (one at the end of time made every later change fail; one in year 1 with a positive offset, the file unreadable).
EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(9000, 1, 1, tzinfo=dt.UTC)


def _check_time(when: dt.datetime) -> dt.datetime:
    if not EARLIEST <= when < LATEST:
        raise RecordError(f"'updated' is {when.isoformat()}, outside the years 1970–8999 this program accepts")
    return when


class Status(StrEnum):
    """Where a checklist item stands."""

    TODO = "todo"
    DOING = "doing"
    DONE = "done"
    BLOCKED = "blocked"

    @property
    def zh(self) -> str:
        """The Chinese name, which the command line and imports also accept (``status.*`` in viewer.model.texts)."""
        return message(f"status.{self.value}", "zh")

    def label(self, lang: str) -> str:
        """The name in ``lang`` ('zh' or 'en')."""
        return message(f"status.{self.value}", lang)


def parse_status(text: str) -> Status:
    """A status from its key (``todo``, case-insensitive) or its Chinese name (``已完成``)."""
    value = text.strip()
    for status in Status:
        if value.lower() == status.value or value == status.zh:
            return status
    known = ", ".join(f"{s.value} ({s.zh})" for s in Status)
    raise RecordError(f"unknown status {brief(text)} (known: {known})")


class Mark(StrEnum):
    """A reviewer's verdict on a fact, enterprise, honour or task. UNREVIEWED is a cleared mark."""

    UNREVIEWED = "unreviewed"
    CHECKED = "checked"
    QUESTIONED = "questioned"

    @property
    def zh(self) -> str:
        """The Chinese name, which the command line and imports also accept (``mark.*`` in viewer.model.texts)."""
        return message(f"mark.{self.value}", "zh")

    def label(self, lang: str) -> str:
        """The name in ``lang`` ('zh' or 'en')."""
        return message(f"mark.{self.value}", lang)

    @property
    def badge(self) -> str:
        """The small sign shown next to a marked item: ✓ checked, ⚠ questioned, nothing otherwise.

        Not a bare '?': that reads as "unknown" or as part of a label; the window also colours it.
        """
        return {Mark.CHECKED: "✓", Mark.QUESTIONED: "⚠"}.get(self, "")



def parse_mark(text: str) -> Mark:
    """A mark from its key (``checked``) or its Chinese name (``已核对``)."""
    value = text.strip()
    for mark in Mark:
        if value.lower() == mark.value or value == mark.zh:
            return mark
    raise RecordError(f"unknown review mark {brief(text)} (known: {', '.join(m.value for m in Mark)})")


# --- time ------------------------------------------------------------------------------------------

def utc_now() -> dt.datetime:
    """The current time, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def format_time(when: dt.datetime) -> str:
    """ISO 8601 in UTC with its offset and microseconds, so records changed in quick succession still order."""
    return when.astimezone(dt.UTC).isoformat(timespec="microseconds")


def parse_time(text: Any) -> dt.datetime:
    """An aware datetime from ISO 8601 text with an offset (a time without one is refused)."""
    if not isinstance(text, str):
        raise RecordError(f"'updated' must be an ISO 8601 time, not {type(text).__name__}")
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise RecordError(f"'updated' is not an ISO 8601 time: {brief(text)}") from None
    if when.tzinfo is None:
        raise RecordError(f"'updated' has no UTC offset: {brief(text)}")
    try:
        return _check_time(when.astimezone(dt.UTC))
    except OverflowError:  # 9999-12-31T23:59:59-01:00 is after the last time Python can hold in UTC
        raise RecordError(f"'updated' is {brief(text)}, outside the years 1970–8999 this program accepts") from None


def next_time(now: dt.datetime, previous: dt.datetime | None) -> dt.datetime:
    """``now``, or just after ``previous`` when the clock went back: a change is always newer than the last."""
    if previous is not None and now <= previous:
        return previous + dt.timedelta(microseconds=1)
    return now


# --- field checks ------------------------------------------------------------------------------------

def check_id(item_id: Any) -> str:
    """An item id as reports write them (lowercase letters, digits, '.', '_', '-')."""
    if not isinstance(item_id, str) or not ID_PATTERN.match(item_id):
        raise RecordError(f"not an item id: {brief(item_id)}")
    return item_id


def _text(value: Any, name: str, limit: int, *, multiline: bool) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RecordError(f"'{name}' must be text, not {type(value).__name__}")
    if len(value) > limit:
        raise RecordError(f"'{name}' is {len(value)} characters long; at most {limit} are kept")
    found = find_hidden(value, MULTILINE if multiline else ONE_LINE)
    if found is not None:
        # Bidi overrides, zero-width and control characters, lone surrogates (a save could not encode them):
        # one rule for notes, owners and comments, from the user, an import or a state file.
        raise RecordError(f"'{name}' {hidden_message(found)}")
    return value


def _due(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise RecordError(f"'due' must be a date written YYYY-MM-DD, not {brief(value)}")


# --- records -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChecklistItem:
    """The state of one task action: status, note, owner, due date and when it last changed."""

    status: Status
    updated: dt.datetime
    note: str = ""
    owner: str = ""
    due: dt.date | None = None

    def __post_init__(self) -> None:
        # Validate on construction so an invalid record can never enter the state, whatever made it.
        if not isinstance(self.status, Status):
            raise RecordError(f"not a status: {brief(self.status)}")
        if not isinstance(self.updated, dt.datetime) or self.updated.tzinfo is None:
            raise RecordError("'updated' must be a timezone-aware time")
        _check_time(self.updated)
        _text(self.note, "note", MAX_NOTE, multiline=True)
        _text(self.owner, "owner", MAX_OWNER, multiline=False)
        _due(self.due)

    def with_changes(self, updated: dt.datetime, **fields: Any) -> ChecklistItem:
        """A copy with ``fields`` changed (status / note / owner / due) and the new ``updated`` time."""
        return replace(self, updated=updated, **_item_fields(fields))

    def same_content(self, other: ChecklistItem | None) -> bool:
        """Whether ``other`` says the same thing (ignoring when it was written)."""
        return other is not None and (self.status, self.note, self.owner, self.due) == (
            other.status, other.note, other.owner, other.due)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "note": self.note,
            "owner": self.owner,
            "due": self.due.isoformat() if self.due else None,
            "updated": format_time(self.updated),
        }

    @classmethod
    def from_json(cls, data: Any) -> ChecklistItem:
        """A record from its JSON form; RecordError names the first bad field."""
        if not isinstance(data, dict):
            raise RecordError(f"a checklist item is an object, not {type(data).__name__}")
        status = data.get("status")
        if not isinstance(status, str):
            raise RecordError("'status' is missing")
        return cls(
            status=parse_status(status),
            updated=parse_time(data.get("updated")),
            note=_text(data.get("note"), "note", MAX_NOTE, multiline=True),
            owner=_text(data.get("owner"), "owner", MAX_OWNER, multiline=False),
            due=_due(data.get("due")),
        )


def _item_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "status":
            out[key] = value if isinstance(value, Status) else parse_status(str(value))
        elif key == "note":
            out[key] = _text(value, "note", MAX_NOTE, multiline=True)
        elif key == "owner":
            out[key] = _text(value, "owner", MAX_OWNER, multiline=False)
        elif key == "due":
            out[key] = _due(value)
        else:
            raise RecordError(f"a checklist item has no field {brief(key)}")
    return out


def new_item(updated: dt.datetime, **fields: Any) -> ChecklistItem:
    """A record for an action never changed before: 'todo' with ``fields`` applied."""
    return ChecklistItem(Status.TODO, updated).with_changes(updated, **fields)


@dataclass(frozen=True)
class ReviewMark:
    """A reviewer's mark on a fact, enterprise, honour or task, with a comment."""

    mark: Mark
    updated: dt.datetime
    comment: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.mark, Mark):
            raise RecordError(f"not a review mark: {brief(self.mark)}")
        if not isinstance(self.updated, dt.datetime) or self.updated.tzinfo is None:
            raise RecordError("'updated' must be a timezone-aware time")
        _check_time(self.updated)
        _text(self.comment, "comment", MAX_NOTE, multiline=True)

    def same_content(self, other: ReviewMark | None) -> bool:
        return other is not None and (self.mark, self.comment) == (other.mark, other.comment)

    def to_json(self) -> dict[str, Any]:
        return {"mark": self.mark.value, "comment": self.comment, "updated": format_time(self.updated)}

    @classmethod
    def from_json(cls, data: Any) -> ReviewMark:
        if not isinstance(data, dict):
            raise RecordError(f"a review mark is an object, not {type(data).__name__}")
        mark = data.get("mark")
        if not isinstance(mark, str):
            raise RecordError("'mark' is missing")
        return cls(
            mark=parse_mark(mark),
            updated=parse_time(data.get("updated")),
            comment=_text(data.get("comment"), "comment", MAX_NOTE, multiline=True),
        )

