"""Every problem of a report file in one run: pydantic's errors worded as a report author thinks of them,
the list items that failed left out and fields outside them given stand-ins until the rest validates (so the
rest is checked too), the quotes of the items left out, each problem tied to the item it is in, and the list
capped. Used by ``viewer.model.loader.parse_report`` (loaded with it when a report is parsed, not when it comes
from the report cache)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from viewer.model.errors import PathPart, Problem

if TYPE_CHECKING:
    from pydantic import ValidationError

    from viewer.model.yaml_source import YamlDocument

# pydantic's wording for a few error types, said the way a report author thinks of them. The report types are
# dataclasses, whose errors pydantic words as for function arguments ("Unexpected keyword argument").
_UNKNOWN_FIELD = frozenset({"unexpected_keyword_argument", "extra_forbidden"})
_MISSING_FIELD = frozenset({"missing", "missing_keyword_only_argument", "missing_argument"})
_NOT_AN_OBJECT = frozenset({"dataclass_type", "dataclass_args_type", "model_type"})
_STRICT_TYPE = frozenset({"int_type", "float_type", "bool_type"})


def _quoted_scalar(value: object, kind: str) -> bool:
    """Whether text in place of a number reads as one (so it was written in quotes: "1"); any text where a
    boolean belongs."""
    if not isinstance(value, str):
        return False
    if kind == "bool_type":
        return True  # "off", "yes", "true": text where only true or false may stand
    try:
        float(value)
    except ValueError:
        return False
    return True


def problems_from_validation(exc: ValidationError, doc: YamlDocument, name: str) -> list[Problem]:
    from viewer.model.yaml_source import yaml11_hint

    problems = []
    for err in exc.errors(include_url=False):
        path = tuple(p for p in err["loc"] if isinstance(p, str | int))
        pos = doc.position(path)
        message = err["msg"].removeprefix("Value error, ")
        kind = err["type"]
        if kind in _UNKNOWN_FIELD:
            message = "unknown field (not part of the report format)"
        elif kind in _MISSING_FIELD:
            message = "required field is missing"
        elif kind in _NOT_AN_OBJECT:
            what = (err.get("ctx") or {}).get("class_name")
            message = f"Input should be a valid dictionary or instance of {what}" if what else message
        elif path in doc.legacy_numbers:
            message = yaml11_hint(doc.legacy_numbers[path], wants_bool=kind == "bool_type")
        elif kind in _STRICT_TYPE and _quoted_scalar(err.get("input"), kind):
            message += (" (true or false, written without quotes)" if kind == "bool_type"
                        else " (a number is written without quotes)")
        problems.append(Problem(name, message, pos.line if pos else None, pos.column if pos else None, path))
    return problems


MAX_PROBLEMS = 200
MAX_REPAIRS = 4
# Stand-ins for meta fields that failed validation: enough for the rest of the file to be checked.
_META_STAND_INS: dict[str, object] = {"id": "unknown", "title": {"zh": "?"}, "source": "?", "version": "1"}
_LISTS = ("sections", "facts", "enterprises", "honours", "tasks")
# What each list of a report holds, as a problem names it (the window translates these).
ITEM_KINDS = {"sections": "section", "facts": "fact", "enterprises": "enterprise", "honours": "honour",
              "tasks": "task", "actions": "action", "achievements": "achievement"}


def short_quote(text: str, limit: int = 40) -> str:
    return f"“{text}”" if len(text) <= limit else f"“{text[:limit]}…”"


def removed_quotes(data: dict[str, Any], kept: dict[str, list[int]]) -> list[tuple[tuple[PathPart, ...], str]]:
    """(path, quote) of every quote written in the list items left out of validation (and in their actions)."""
    found: list[tuple[tuple[PathPart, ...], str]] = []
    for key, kept_rows in kept.items():
        items = data.get(key)
        if not isinstance(items, list):
            continue
        for i, item in enumerate(items):
            if i in kept_rows or not isinstance(item, dict):
                continue
            if isinstance(item.get("quote"), str) and len(item["quote"]) >= 2:
                found.append(((key, i, "quote"), item["quote"]))
            for sub in ("actions", "achievements"):
                children = item.get(sub)
                if not isinstance(children, list):
                    continue  # not a list: validation has said so already
                for j, child in enumerate(children):
                    if isinstance(child, dict) and isinstance(child.get("quote"), str) and len(child["quote"]) >= 2:
                        found.append(((key, i, sub, j, "quote"), child["quote"]))
    return found


def known_problem(problem: Problem, problems: list[Problem]) -> bool:
    return any(p.path == problem.path and p.message == problem.message for p in problems)


def with_stand_ins(data: dict[str, Any], problems: list[Problem], placeholders: set[str]) -> dict[str, Any]:
    """``data`` with each field a problem names outside the list items removed (unknown fields, a wrong
    top-level value) or replaced by a stand-in (meta); the meta fields replaced are added to ``placeholders``."""
    data = dict(data)
    for p in problems:
        path = p.path
        if not path:
            continue
        if path[0] == "meta" and isinstance(data.get("meta"), dict) and len(path) >= 2 and isinstance(path[1], str):
            meta = dict(data["meta"])
            field = path[1]
            if p.message.startswith("unknown field"):
                meta.pop(field, None)
            else:
                meta[field] = _META_STAND_INS.get(field)
                placeholders.add(field)
            data["meta"] = meta
        elif path[0] == "meta":
            data["meta"] = {"id": "unknown", "title": {"zh": "?"}, "source": "?", "publisher": None,
                            "published": None, "meeting_date": None, "place": None, "format": None, "reporter": None}
            placeholders.add("source")
        elif path[0] in _LISTS and not isinstance(data.get(path[0]), list):
            data[path[0]] = []
        elif path[0] == "schema_version":
            data["schema_version"] = 1
        elif isinstance(path[0], str) and len(path) == 1:
            data.pop(path[0], None)  # an unknown top-level key
    return data


def with_items(problems: list[Problem], data: object) -> list[Problem]:
    """Each problem with the id, label and kind of the report item it is in (the innermost with an id)."""
    from dataclasses import replace

    out = []
    for p in problems:
        node: object = data
        found: tuple[str, str, tuple[str, str], tuple[PathPart, ...]] | None = None
        parent_key = ""
        for depth, part in enumerate(p.path):
            if isinstance(node, dict) and isinstance(part, str):
                node, parent_key = node.get(part), part
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
                if isinstance(node, dict) and parent_key in ITEM_KINDS:
                    found = (ITEM_KINDS[parent_key], str(node.get("id", "")), _label_of(node), p.path[depth + 1:])
            else:
                break
        if found is None:
            out.append(p)
        else:
            kind, item_id, label, rest = found
            out.append(replace(p, item_kind=kind, item_id=item_id, item_label=label, item_field=rest))
    return out


def _label_of(item: dict[str, Any]) -> tuple[str, str]:
    """(zh, en) of an item's label, name, title or text, as far as the file gives them."""
    for key in ("label", "name", "title", "text"):
        value = item.get(key)
        if isinstance(value, dict):
            zh, en = value.get("zh"), value.get("en")
            return (zh if isinstance(zh, str) else "", en if isinstance(en, str) else "")
        if isinstance(value, str):
            return (value, value)
    return ("", "")


def capped(problems: list[Problem], name: str) -> list[Problem]:
    """At most MAX_PROBLEMS problems, and a last line saying how many more there were."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = len(problems) - MAX_PROBLEMS
    return [*problems[:MAX_PROBLEMS], Problem(name, f"… and {more} more problems (fix these first)")]


def without_invalid_items(
    data: dict[str, Any], problems: list[Problem], kept: dict[str, list[int]], removed_ids: set[str]
) -> dict[str, Any]:
    """``data`` without the list items that failed validation; ``kept`` maps new indices to original ones."""
    bad: dict[str, set[int]] = {}
    for p in problems:
        if len(p.path) >= 2 and isinstance(p.path[0], str) and isinstance(p.path[1], int):
            bad.setdefault(p.path[0], set()).add(p.path[1])
    pruned = dict(data)
    for key, indices in bad.items():
        items = data.get(key)
        if isinstance(items, list):
            kept[key] = [i for i in range(len(items)) if i not in indices]
            pruned[key] = [items[i] for i in kept[key]]
            removed = [items[i] for i in indices if i < len(items)]
            removed_ids.update(str(item["id"]) for item in removed if isinstance(item, dict) and "id" in item)
    return pruned
