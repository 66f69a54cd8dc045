"""Edits of a report as the window makes them: a field, a deletion, accepting drafts, a new figure.

Each operation returns the list of ``Change``s that makes it (one undo step in the window); nothing changes
until the caller applies them to the ``ReportDocument``. An edit that would make an item unreadable (an empty
Chinese label, a period that is not a period, an invisible character) is refused with an ``InputError``;
what is wrong with the report as a whole (an unknown unit, a rank of 2.5) is allowed and listed by
``report_problems`` so the reviewer can fix the fields in any order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from viewer.model.edit.document import MISSING, Change, ReportDocument, to_plain
from viewer.model.edit.fields import NULLABLE_TEXTS, EditProblem, InputError, fields_of, parse
from viewer.model.errors import FieldPath
from viewer.model.types import Action, Enterprise, Fact, Honour, Meta, Section, Task

_TYPES: dict[str, type] = {"fact": Fact, "meta": Meta, "section": Section, "task": Task, "action": Action,
                           "enterprise": Enterprise, "honour": Honour}
_LISTS = {"sections": "section", "facts": "fact", "enterprises": "enterprise", "honours": "honour",
          "tasks": "task"}


@dataclass(frozen=True)
class ItemRef:
    """Where an item is: its kind, id and path in the document."""

    kind: str
    id: str
    path: FieldPath


def locate(doc: ReportDocument, item_id: str) -> ItemRef:
    """The item with this id ('meta' for the report's meta); KeyError when there is none."""
    if item_id == "meta":
        return ItemRef("meta", "meta", ("meta",))
    for key, kind in _LISTS.items():
        for i, item in doc.items(key):
            if isinstance(item, dict) and item.get("id") == item_id:
                return ItemRef(kind, item_id, (key, i))
            if key == "tasks" and isinstance(item, dict):
                for j, action in enumerate(item.get("actions") or []):
                    if isinstance(action, dict) and action.get("id") == item_id:
                        return ItemRef("action", item_id, (key, i, "actions", j))
    raise KeyError(item_id)


def item_at(doc: ReportDocument, path: FieldPath) -> str | None:
    """The id of the item a problem's path lies in ('meta' for meta fields), None for the report itself."""
    if not path:
        return None
    if path[0] == "meta":
        return "meta"
    if path[0] in _LISTS and len(path) > 1 and isinstance(path[1], int):
        if path[0] == "tasks" and len(path) > 3 and path[2] == "actions" and isinstance(path[3], int):
            found = doc.get((*path[:4], "id"), None)
        else:
            found = doc.get((*path[:2], "id"), None)
        return str(found) if found is not None else None
    return None


def edit_field(doc: ReportDocument, item_id: str, name: str, text: str) -> list[Change]:
    """The changes setting field ``name`` of an item to the typed ``text`` ([] when nothing changes)."""
    ref = locate(doc, item_id)
    if name not in fields_of(ref.kind):
        raise InputError(EditProblem(name, "other", f"'{name}' is not an editable field of a {ref.kind}"))
    value = parse(ref.kind, name, text)
    changes = _changes_for(doc, ref, name, value)
    _check_item(doc, ref, changes)
    return [c for c in changes if to_plain(doc.get(c.path)) != to_plain(c.value) or c.insert]


def _changes_for(doc: ReportDocument, ref: ItemRef, name: str, value: Any) -> list[Change]:
    if "." in name:
        base, lang = name.split(".", 1)
        node = doc.get((*ref.path, base), None)
        if isinstance(node, dict):
            if ref.kind == "meta" and base in NULLABLE_TEXTS and lang == "zh" and not value \
                    and not node.get("en"):
                return [Change((*ref.path, base), None)]  # emptied: unknown again
            return [Change((*ref.path, base, lang), value)]
        if lang == "en" and value:
            raise InputError(EditProblem(name, "not_empty_zh"))
        if not value:
            return []
        return [Change((*ref.path, base), {"zh": value, "en": ""})]
    if name == "comparison" and isinstance(value, dict):
        old = doc.get((*ref.path, "comparison"), None)
        if isinstance(old, dict):
            return [Change((*ref.path, "comparison", "from"), value["from"]),
                    Change((*ref.path, "comparison", "to"), value["to"])]
    return [Change((*ref.path, name), value)]


def _check_item(doc: ReportDocument, ref: ItemRef, changes: list[Change]) -> None:
    """Refuse changes that make the item unreadable as its type (InputError naming the first problem)."""
    from viewer.model.validation import ValidationError, validate

    item = to_plain(doc.get(ref.path))
    for change in changes:
        _set_plain(item, change.path[len(ref.path):], change.value)
    try:
        validate(_TYPES[ref.kind], item)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        loc = ".".join(str(p) for p in err["loc"] if isinstance(p, str))
        raise InputError(EditProblem(loc, _code_of(err["type"], err["msg"], loc), err["msg"])) from None


def _set_plain(item: dict[str, Any], rel: FieldPath, value: Any) -> None:
    node: Any = item  # a mapping or a list, as the path goes down
    for part in rel[:-1]:
        node = node.setdefault(part, {}) if isinstance(node, dict) else node[part]
    if value is MISSING:
        node.pop(rel[-1], None)
    else:
        node[rel[-1]] = to_plain(value)


def _code_of(kind: str, message: str, loc: str) -> str:
    if "invisible" in message or "control character" in message:
        return "invisible"
    if kind == "string_too_short":
        return "empty"
    if kind == "string_too_long":
        return "too_long"
    if kind == "string_pattern_mismatch":
        return "period" if loc.endswith("period") else "pattern"
    if kind in ("missing", "missing_keyword_only_argument", "missing_argument"):
        return "required"
    if kind.startswith(("date", "datetime", "timezone")):
        return "date"
    if kind.startswith(("float", "int", "finite")):
        return "number"
    if kind == "enum":
        return "choice"
    return "other"


# --- deleting and accepting ---------------------------------------------------------------------------


def delete_item(doc: ReportDocument, item_id: str) -> list[Change]:
    """Remove an item; a fact takes the honours counted by it and the references to it along."""
    ref = locate(doc, item_id)
    if ref.kind == "meta":
        raise InputError(EditProblem("meta", "other", "the report's meta cannot be deleted"))
    changes: list[Change] = []
    if ref.kind == "fact":
        for i, honour in reversed(list(doc.items("honours"))):
            if honour.get("count_fact") == item_id:
                changes.append(Change(("honours", i), MISSING))
            elif honour.get("rank_fact") == item_id:
                changes.append(Change(("honours", i, "rank_fact"), MISSING))
        for i, enterprise in doc.items("enterprises"):
            for j, achievement in enumerate(enterprise.get("achievements") or []):
                stated = list(achievement.get("facts") or [])
                if item_id in stated:
                    kept = [f for f in stated if f != item_id]
                    changes.append(Change(("enterprises", i, "achievements", j, "facts"), kept or MISSING))
    elif ref.kind == "section":
        for key in ("facts",):
            for i, item in doc.items(key):
                if item.get("section") == item_id:
                    changes.append(Change((key, i, "section"), MISSING))
    # Honours were collected from the last to the first, so each removal leaves the earlier indices right;
    # the item itself lies in another list.
    return [*changes, Change(ref.path, MISSING)]


def draft_items(doc: ReportDocument) -> list[str]:
    """The ids of every item still marked ``draft: true``, in file order."""
    out = []
    for key in _LISTS:
        for _i, item in doc.items(key):
            if isinstance(item, dict) and item.get("draft") is True:
                out.append(str(item.get("id")))
            if key == "tasks" and isinstance(item, dict):
                out += [str(a.get("id")) for a in item.get("actions") or []
                        if isinstance(a, dict) and a.get("draft") is True]
    return out


def accept(doc: ReportDocument, item_ids: list[str]) -> list[Change]:
    """Accept items: their ``draft`` mark goes (a task's actions are accepted with it)."""
    changes = []
    for item_id in item_ids:
        ref = locate(doc, item_id)
        if doc.get((*ref.path, "draft"), None) is not None:
            changes.append(Change((*ref.path, "draft"), MISSING))
        if ref.kind == "task":
            for j, action in enumerate(doc.get((*ref.path, "actions"), []) or []):
                if isinstance(action, dict) and "draft" in action and action["id"] not in item_ids:
                    changes.append(Change((*ref.path, "actions", j, "draft"), MISSING))
    return changes


# --- a new figure from a selection of the source --------------------------------------------------------


def new_fact(doc: ReportDocument, start: int, end: int) -> tuple[str, list[Change]]:
    """A draft fact whose quote is source characters ``start:end``: value, unit, kind, qualifier, period and
    label read from the selection the way the drafter reads a sentence. Its id, and the changes adding it.

    InputError when the selection is too short or holds no figure.
    """
    source = doc.source_text
    quote = source[start:end]
    if len(quote.strip()) < 2 or quote != quote.strip():
        raise InputError(EditProblem("quote", "no_figure", quote))
    section_id, planning = _section_at(doc, start, end)
    others = [f for _i, f in doc.items("facts")]
    scope = _most_common([str(f.get("scope", "province")) for f in others]) or "province"
    fact = _read_figure(quote, section_id or "", planning, scope)
    if fact is None:
        raise InputError(EditProblem("quote", "no_figure", quote))
    existing = _same_figure(doc, start, end, fact)
    if existing is not None:
        raise InputError(EditProblem("quote", "figure_exists", existing, (existing,)))
    ids = {str(item.get("id")) for key in _LISTS for _i, item in doc.items(key)}
    n = len(list(doc.items("facts"))) + 1
    while (fact_id := f"fact-{n:03d}-{fact['kind'].replace('_', '-')}") in ids:
        n += 1
    data: dict[str, Any] = {"id": fact_id, "label": {"zh": fact["label"] or quote[:40], "en": ""},
                            "value": fact["value"], "unit": fact["unit"]}
    # A selection seldom names its year: the period the section's other figures have.
    period = fact.get("period") or _most_common([str(f["period"]) for f in others
                                                 if f.get("section") == section_id and f.get("period")])
    if period:
        data["period"] = period
    data.update({"kind": fact["kind"], "scope": fact["scope"], "qualifier": fact["qualifier"]})
    if section_id:
        data["section"] = section_id
    data.update({"quote": quote, "draft": True})
    facts = list(doc.items("facts"))
    where = len(facts)
    if section_id:
        same = [i for i, f in facts if f.get("section") == section_id]
        if same:
            where = same[-1] + 1
    if doc.get(("facts",), None) is None:
        return fact_id, [Change(("facts",), [data])]
    return fact_id, [Change(("facts", where), data, insert=True)]


def _same_figure(doc: ReportDocument, start: int, end: int, fact: dict[str, Any]) -> str | None:
    """The id of a fact already quoting this figure (same value and unit, its quote overlapping the selection)."""
    source = doc.source_text
    for _i, other in doc.items("facts"):
        quote = str(other.get("quote", ""))
        try:
            same = float(other.get("value")) == float(fact["value"]) and str(other.get("unit")) == fact["unit"]
        except (TypeError, ValueError):
            same = False
        at = source.find(quote) if quote and same else -1
        while at >= 0:
            if at < end and start < at + len(quote):
                return str(other.get("id"))
            at = source.find(quote, at + 1)
    return None


def _section_at(doc: ReportDocument, start: int, end: int) -> tuple[str | None, bool]:
    """The section whose text holds the selection (its id), and whether it plans ahead (tasks, requirements)."""
    source = doc.source_text
    for _i, section in doc.items("sections"):
        text = str(section.get("text", ""))
        at = source.find(text) if text else -1
        while at >= 0:
            if at <= start and end <= at + len(text):
                return str(section.get("id")), section.get("kind") in ("tasks", "requirements")
            at = source.find(text, at + 1)
    return None, False


def _most_common(values: list[str]) -> str | None:
    return max(set(values), key=values.count) if values else None


def _read_figure(quote: str, section_id: str, planning: bool, scope: str) -> dict[str, Any] | None:
    """The first figure of ``quote`` as the drafter reads it (value, unit, kind, scope, qualifier, period, label)."""
    try:
        from viewer.model.draft.facts import extract_facts
        from viewer.model.draft.text import Piece
        from viewer.model.types import Scope

        found = extract_facts([(section_id, [Piece(0, len(quote), quote)], planning, None)], Scope(scope))
    except Exception:
        found = []
    if found:
        f = found[0]
        return {"value": _tidy(f.value), "unit": f.unit, "kind": f.kind.value, "scope": f.scope.value,
                "qualifier": f.qualifier.value, "period": f.period, "label": f.label}
    return _simple_figure(quote, scope)


_SIMPLE = re.compile(r"(?P<num>\d+(?:\.\d+)?)"
                     r"(?P<unit>个百分点|万亿元|亿元|万元|元|%|％|万家|家|万个|个|项|位|万人|人|倍|万吨|吨)")


def _simple_figure(quote: str, scope: str) -> dict[str, Any] | None:
    found = _SIMPLE.search(quote)
    if found is None:
        return None
    unit = found["unit"].replace("％", "%")
    kind = "rank" if unit == "位" else "growth_rate" if unit in ("%", "个百分点") else \
        "amount" if unit.endswith("元") else "count"
    label = re.sub(r"[\s，,。；;]+", "", quote[:found.start()])[-30:]
    return {"value": _tidy(float(found["num"])), "unit": unit, "kind": kind, "scope": scope,
            "qualifier": "exact", "period": None, "label": label}


def _tidy(value: float) -> int | float:
    return int(value) if value == int(value) and abs(value) < 1e15 else value
