"""A cache hit builds the report's ``slots=True`` types by plain attribute stores on a twin class without
``__setattr__``, which then becomes the type itself, not by a call to each slot descriptor's ``__set__`` per
field: those calls (some 200,000 on the 10k-fact report) made the reopen's build 1.8x slower than the
``__dict__`` the slots replaced (issue 20 goal 5: reopen from the cache <= 3x ``json.load``)."""

from __future__ import annotations

import dataclasses
import dis

import pytest

from viewer.model import cache_build
from viewer.model.cache import ReportCache
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path
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


def test_a_slots_type_is_built_by_attribute_stores_not_a_call_per_field() -> None:
    for cls in MANY:
        build = cache_build.builder_for(cls)
        stored = {i.argval for i in dis.get_instructions(build) if i.opname == "STORE_ATTR"}
        fields = {f.name for f in dataclasses.fields(cls) if f.init}
        assert stored >= fields, cls.__name__
        # No slot descriptor's setter is within the builder's reach (each was a call per field).
        setters = [name for name, value in build.__globals__.items() if type(value).__name__ == "method-wrapper"]
        assert setters == [], cls.__name__


def test_built_objects_are_their_own_type_frozen_and_equal_to_the_parsed_ones(tmp_path) -> None:
    cache = ReportCache(tmp_path / "cache")
    parsed = load_report(default_report_path(), cache).report
    cached = load_report(default_report_path(), cache).report
    assert cached == parsed
    objects = [cached.meta, *cached.facts, *cached.sections, *cached.tasks, *cached.enterprises]
    assert {type(o) for o in objects} >= {Meta, Fact, Section, Task, Enterprise}
    for obj, twin in zip(objects, [parsed.meta, *parsed.facts, *parsed.sections, *parsed.tasks,
                                   *parsed.enterprises], strict=True):
        assert type(obj) is type(twin) and not hasattr(obj, "__dict__")
        assert obj == twin and hash(obj) == hash(twin)
    fact = cached.facts[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.value = 1.0  # type: ignore[misc]
    assert type(cached) is Report


def test_a_field_left_at_its_default_is_set_and_an_unknown_one_in_its_place_is_refused() -> None:
    data = {"zh": "中文"}  # Text.en at its default: the cache writes no defaults
    text = cache_build.build(Text, dict(data))
    assert text == Text(zh="中文") and text.en == ""
    with pytest.raises(cache_build.CacheError, match="unknown fields"):
        cache_build.build(Text, {"zh": "中文", "colour": "red"})  # as many keys as fields, one unknown
    with pytest.raises(cache_build.CacheError, match="lacks"):
        cache_build.build(Text, {"en": "English"})


def test_a_slots_type_whose_base_sets_attributes_its_own_way_is_refused() -> None:
    class Guarded:
        __slots__ = ()

        def __setattr__(self, name: str, value: object) -> None:
            raise AttributeError(name)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Odd(Guarded):
        a: str

    with pytest.raises(TypeError, match="its own way"):
        cache_build._slots_twin(Odd)
