"""Validating report data with pydantic, and writing report objects back as JSON data.

This is the only module that imports pydantic. It is imported when a report file is parsed (a cache miss),
drafted or its JSON Schema generated, never when a report comes from the cache. The validators are built
once, on first use, per type.
"""

from __future__ import annotations

import os
from typing import Any, TypeVar

# pydantic looks for plugins (the entry points of every installed distribution) when it builds its first
# validator: a few % of a cold start, and any pydantic plugin that happens to be installed would see every
# report validated. The app uses none (tests/model/test_lazy_validation.py).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from pydantic import TypeAdapter, ValidationError  # after the setting above

from viewer.model.collector import paused_collector
from viewer.model.types import Report

__all__ = ["ValidationError", "adapter", "report_json_bytes", "report_to_json", "to_json", "validate",
           "validate_report"]

T = TypeVar("T")

_adapters: dict[type, TypeAdapter[Any]] = {}


def adapter(cls: type[T]) -> TypeAdapter[T]:
    """The (cached) pydantic TypeAdapter of a report type: validation, serialisation and JSON Schema."""
    found = _adapters.get(cls)
    if found is None:
        found = _adapters[cls] = TypeAdapter(cls)
    return found


def validate(cls: type[T], data: Any) -> T:
    """``data`` (as parsed from YAML or JSON) validated as ``cls`` (a Fact, a Text, ...); ValidationError."""
    return adapter(cls).validate_python(data)


def validate_report(data: Any) -> Report:
    """``data`` validated as a whole Report; pydantic's ValidationError lists every problem with its path."""
    with paused_collector():
        return adapter(Report).validate_python(data)


def to_json(obj: Any, *, by_alias: bool = True, exclude_defaults: bool = True) -> Any:
    """A report object as JSON data (dicts, lists, strings, numbers). With ``by_alias`` the keys are those of
    report files ('from'/'to' of a comparison); ``exclude_defaults`` leaves out fields at their default."""
    return adapter(type(obj)).dump_python(obj, mode="json", by_alias=by_alias, exclude_defaults=exclude_defaults)


def report_to_json(report: Report, *, by_alias: bool = True, exclude_defaults: bool = True) -> dict[str, Any]:
    """A whole report as JSON data: with the defaults it is a report file's content (validates back)."""
    data: dict[str, Any] = to_json(report, by_alias=by_alias, exclude_defaults=exclude_defaults)
    return data


def report_json_bytes(report: Report, *, by_alias: bool = True, exclude_defaults: bool = True) -> bytes:
    """``report_to_json`` written as compact UTF-8 JSON (no spaces, nothing escaped but what JSON must escape) by
    pydantic-core in one step: the bytes ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` gives, but
    for numbers such as 1e-05 that it spells 1e-5 (the same value), three times quicker (the 10k-fact report:
    120 -> 37 ms)."""
    return adapter(Report).dump_json(report, by_alias=by_alias, exclude_defaults=exclude_defaults)
