"""The report types a report holds many of keep no ``__dict__`` per object (``slots=True``), whether a report is
parsed or built from the cache: the 10k-fact report has some 43,000 such objects, and a dict each took 10 MiB of
the window's memory (issue 20, memory after every tab)."""

from __future__ import annotations

import dataclasses

from viewer.model.cache import ReportCache
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path
from viewer.model.provenance import Provenance, Span
from viewer.model.types import (
    Achievement,
    Action,
    Comparison,
    Enterprise,
    Fact,
    Honour,
    Meta,
    Report,
    Section,
    Task,
    Text,
)

MANY = (Text, Comparison, Fact, Achievement, Enterprise, Honour, Action, Task, Section, Meta)


def _objects(report: Report) -> list[object]:
    """Every report object reachable from ``report`` (itself excluded)."""
    found: list[object] = []
    todo: list[object] = [report]
    while todo:
        obj = todo.pop()
        for field in dataclasses.fields(obj):
            value = getattr(obj, field.name)
            for item in value if isinstance(value, tuple) else (value,):
                if dataclasses.is_dataclass(item):
                    found.append(item)
                    todo.append(item)
    return found


def _assert_no_dicts(report: Report) -> None:
    objects = _objects(report)
    assert {type(o) for o in objects} >= {Text, Fact, Achievement, Enterprise, Honour, Action, Task, Section, Meta}
    with_dict = sorted({type(o).__name__ for o in objects if hasattr(o, "__dict__")})
    assert with_dict == []


def test_the_many_report_types_have_slots_and_no_dict() -> None:
    for cls in MANY:
        assert "__dict__" not in dir(cls), cls.__name__
        assert set(cls.__slots__) == {f.name for f in dataclasses.fields(cls)}, cls.__name__
    assert "__dict__" in dir(Report)  # one per report: keeps its dict for the cached fact index


def test_parsed_and_cached_reports_hold_no_dict_per_object(tmp_path) -> None:
    cache = ReportCache(tmp_path / "cache")
    parsed = load_report(default_report_path(), cache)
    _assert_no_dicts(parsed.report)
    cached = load_report(default_report_path(), cache)
    assert cached.report is not parsed.report and cached.report == parsed.report
    _assert_no_dicts(cached.report)
    fact = cached.report.facts[0]
    assert cached.report.fact(fact.id) is fact


def test_provenance_spans_have_no_dict(tmp_path) -> None:
    loaded = load_report(default_report_path())
    provenance = Provenance(loaded.report, loaded.source_text)
    span = provenance.span(loaded.report.facts[0].id)
    assert isinstance(span, Span) and not hasattr(span, "__dict__")


def test_a_cached_report_keeps_each_repeated_value_once(tmp_path) -> None:
    cache = ReportCache(tmp_path / "cache")
    load_report(default_report_path(), cache)
    report = load_report(default_report_path(), cache).report
    for name in ("unit", "period", "section"):
        values = [getattr(f, name) for f in report.facts if getattr(f, name) is not None]
        assert len(values) > len(set(values)), name  # the bundled report repeats them
        assert len({id(v) for v in values}) == len(set(values)), name
    tags = [t for f in report.facts for t in f.tags]
    assert len(tags) > len(set(tags))
    assert len({id(t) for t in tags}) == len(set(tags))


def test_objects_made_per_item_have_no_dict() -> None:
    from viewer.model.search import SearchIndex
    from viewer.model.state.targets import review_targets

    loaded = load_report(default_report_path())
    targets = review_targets(loaded.report)
    assert targets and not any(hasattr(t, "__dict__") for t in targets)
    index = SearchIndex.of(loaded.report, loaded.source_text)
    entries = [value for value in vars(index).values() if isinstance(value, list) and value]
    assert entries and not any(hasattr(e, "__dict__") for values in entries for e in values
                               if dataclasses.is_dataclass(e))
