"""The fields the window edits, per kind of item, and how a typed text becomes a field's value.

Every field is named as in a report file (``label.zh``, ``value``, ``comparison``, ``meeting_date``). Parsing
is only about the form of the text (a number, a date, one of the kinds); what a value means for the report
(a known unit, a rank being whole, a quote in the source) is checked on the whole report afterwards.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from viewer.model.edit.document import MISSING
from viewer.model.types import FactKind, Qualifier, Scope, SectionKind

FACT_FIELDS = ("label.zh", "label.en", "value", "unit", "qualifier", "kind", "scope", "period", "comparison",
               "tags", "section", "indicator")
META_FIELDS = ("title.zh", "title.en", "meeting_date", "published", "place.zh", "place.en", "format.zh",
               "format.en", "publisher.zh", "publisher.en", "reporter.zh", "reporter.en")
SECTION_FIELDS = ("title.zh", "title.en", "kind", "summary.zh", "summary.en")
TASK_FIELDS = ("title.zh", "title.en", "aim.zh", "aim.en")
ACTION_FIELDS = ("text.zh", "text.en")
ENTERPRISE_FIELDS = ("name.zh", "name.en")
HONOUR_FIELDS = ("title.zh", "title.en")

# Meta texts the format allows to be unknown (null): emptying the Chinese text makes them unknown again.
NULLABLE_TEXTS = frozenset({"publisher", "place", "format", "reporter"})

CHOICES: dict[str, tuple[str, ...]] = {
    "kind": tuple(k.value for k in FactKind),
    "scope": tuple(s.value for s in Scope),
    "qualifier": tuple(q.value for q in Qualifier),
    "section_kind": tuple(k.value for k in SectionKind),
}


@dataclass(frozen=True)
class EditProblem:
    """What is wrong with a field: a ``code`` the window words in its language, and the English detail.

    Codes: required, empty, too_long, pattern, period, invisible, number, date, choice, unit, rank, negative,
    share, comparison, period_order, quote, duplicate, too_large, reference, not_empty_zh, no_figure, other.
    """

    field: str
    code: str
    detail: str = ""
    values: tuple[str, ...] = ()


class InputError(ValueError):
    """A typed text that cannot be the field's value."""

    def __init__(self, problem: EditProblem) -> None:
        super().__init__(f"{problem.field}: {problem.code} {problem.detail}".strip())
        self.problem = problem


_COMPARISON = re.compile(r"^\s*(?P<a>[-+]?[\d.,，]+)\s*(?:→|->|—>|至|到|~|～)\s*(?P<b>[-+]?[\d.,，]+)\s*$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")


def parse_number(text: str, name: str = "value") -> int | float:
    """'1,234.5' -> 1234.5; '2920' -> 2920 (an int, written as the file writes whole numbers)."""
    cleaned = text.translate(_FULL_WIDTH).replace(",", "").replace("，", "").strip()
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(EditProblem(name, "number", text)) from None
    if not math.isfinite(value):
        raise InputError(EditProblem(name, "number", text))
    return int(value) if value == int(value) and abs(value) < 1e15 else value


def parse(item_kind: str, name: str, text: str) -> Any:
    """The value of field ``name`` of an item of ``item_kind`` ('fact', 'meta', 'section', …) typed as ``text``.

    MISSING means "remove the field" (an optional field emptied); None means unknown (meta dates).
    """
    if name.endswith((".zh", ".en")):
        return text.strip()
    stripped = text.strip()
    if name == "value":
        return parse_number(stripped)
    if name == "unit":
        if not stripped:
            raise InputError(EditProblem(name, "required"))
        return stripped
    if name in ("kind", "scope", "qualifier"):
        choices = CHOICES["section_kind" if item_kind == "section" and name == "kind" else name]
        if stripped not in choices:
            raise InputError(EditProblem(name, "choice", stripped, choices))
        return stripped
    if name == "period":
        return stripped.replace("~", "–") or MISSING
    if name in ("section", "indicator"):
        return stripped or MISSING
    if name == "tags":
        tags = [t for t in re.split(r"[\s,，、]+", stripped) if t]
        return tags or MISSING
    if name == "comparison":
        if not stripped:
            return MISSING
        found = _COMPARISON.match(stripped.translate(_FULL_WIDTH))
        if found is None:
            raise InputError(EditProblem(name, "comparison", stripped))
        return {"from": parse_number(found["a"], name), "to": parse_number(found["b"], name)}
    if name == "meeting_date":
        if not stripped:
            return None
        try:
            return dt.date.fromisoformat(stripped).isoformat()
        except ValueError:
            raise InputError(EditProblem(name, "date", stripped)) from None
    if name == "published":
        if not stripped:
            return None
        try:
            when = dt.datetime.fromisoformat(stripped)
        except ValueError:
            raise InputError(EditProblem(name, "date", stripped)) from None
        return when.isoformat()
    raise InputError(EditProblem(name, "other", f"the field '{name}' cannot be edited"))


def fields_of(item_kind: str) -> tuple[str, ...]:
    """The editable fields of an item of ``item_kind``."""
    return {"fact": FACT_FIELDS, "meta": META_FIELDS, "section": SECTION_FIELDS, "task": TASK_FIELDS,
            "action": ACTION_FIELDS, "enterprise": ENTERPRISE_FIELDS, "honour": HONOUR_FIELDS}[item_kind]
