"""Writing a drafted report as YAML, fast and in one pass: block mappings and lists, every string in double
quotes (a JSON string is a YAML double-quoted scalar), flat mappings such as ``{zh: …, en: …}`` on one line.

PyYAML's representer walks every value in Python and took longer than drafting itself on large texts
(14 s of 30 for a 1 MB text); this writer only joins strings. What it writes reads back as the same data
(tests/model/test_draft_emit.py compares it with yaml.safe_load).
"""

from __future__ import annotations

import json
import math
from typing import Any

_dumps = json.JSONEncoder(ensure_ascii=False).encode


def dump(data: dict[str, Any]) -> str:
    """``data`` (dicts, lists, str, int, float, bool, None; keys plain words) as a YAML document."""
    lines: list[str] = []
    _mapping(data, "", lines)
    lines.append("")
    return "\n".join(lines)


def _mapping(value: dict[str, Any], indent: str, lines: list[str]) -> None:
    for key, item in value.items():
        if isinstance(item, dict) and item and not _flat(item):
            lines.append(f"{indent}{key}:")
            _mapping(item, indent + "  ", lines)
        elif isinstance(item, list) and item and any(isinstance(x, dict | list) for x in item):
            lines.append(f"{indent}{key}:")
            for element in item:
                _element(element, indent + "  ", lines)
        else:
            lines.append(f"{indent}{key}: {_flow(item)}")


def _element(value: Any, indent: str, lines: list[str]) -> None:
    """One item of a block list: ``- `` and the item (a mapping's first key on the dash's line)."""
    if isinstance(value, dict) and value and not _flat(value):
        start = len(lines)
        _mapping(value, indent + "  ", lines)
        lines[start] = f"{indent}- {lines[start][len(indent) + 2:]}"
    else:
        lines.append(f"{indent}- {_flow(value)}")


def _flat(value: dict[str, Any]) -> bool:
    return all(not isinstance(v, dict | list) for v in value.values())


def _flow(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return _scalar(value)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    return _dumps(str(value))


def _float(value: float) -> str:
    """A float YAML reads back as that float: always with a point, never an exponent without one."""
    if not math.isfinite(value):
        raise ValueError(f"{value} cannot be written as a report value")
    text = repr(value)
    if "e" in text or "E" in text:
        text = f"{value:.20f}".rstrip("0")
    return text + "0" if text.endswith(".") else text if "." in text else text + ".0"
