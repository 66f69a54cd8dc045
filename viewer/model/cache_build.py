"""Building report objects from the JSON of a cache entry, checking its shape on the way.

The JSON was written by ``report_to_json(report, by_alias=False)`` from a report that passed validation, and
its MAC was checked before it gets here. What is checked here is the shape: every object is a JSON object
with exactly the fields of its type (the required ones present, none unknown), every field holds the JSON
type its annotation declares (strings, booleans, integers, numbers, lists, enum values, ISO dates), and
anything else raises CacheError, which makes the entry a miss.

A cache hit builds tens of thousands of objects, so each report type gets a builder function generated for
it (as ``dataclasses`` generates ``__init__``): straight-line code per field instead of a loop over field
descriptions, and the object gets the checked values without a call to ``__init__``: a type with a ``__dict__``
takes the checked dict itself as it, a ``slots=True`` type (most report types: no dict per object) is made as a twin
class whose slots take the values by plain attribute stores and then becomes the type (``_slots_twin``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import itertools
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

Builder = Callable[[Any, str], Any]

# String fields whose values repeat across a report (a unit, a period, a section's id, an indicator), and every
# string in a list (tags, ids of facts): each distinct value is kept once (``sys.intern``), not once per object
# as JSON decoding makes it. The 10k-fact report held 2 MiB of such copies.
SHARED_FIELDS = frozenset({"unit", "period", "section", "indicator"})
_intern = sys.intern


class CacheError(ValueError):
    """A cache entry that cannot be used (it is then ignored and rebuilt)."""


def build(cls: type, data: Any) -> Any:
    """An instance of the report type ``cls`` built from ``data`` (JSON), checking every field's shape;
    CacheError when something is not as the type declares. ``data`` is used up: a ``__dict__`` type (``Report``)
    takes its JSON object, changed in place, as its attributes."""
    return builder_for(cls)(data, cls.__name__)


def _fail(where: str, expected: str, value: Any) -> typing.NoReturn:
    raise CacheError(f"{where}: expected {expected}, found {type(value).__name__}")


_builders: dict[Any, Builder] = {}


def builder_for(annotation: Any) -> Builder:
    """The (cached) builder of values of ``annotation``: ``builder(json_value, where) -> value``."""
    builder = _builders.get(annotation)
    if builder is None:
        builder = _builders[annotation] = _make_builder(annotation)
    return builder


def _strip(annotation: Any) -> tuple[Any, bool]:
    """``annotation`` without ``Annotated`` metadata and without ``| None``, and whether None is allowed."""
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    optional = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(options) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        annotation, optional = options[0], True
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
    return annotation, optional


_LEAVES = {str: "a string", bool: "a boolean", int: "an integer"}


def _make_builder(annotation: Any) -> Builder:
    base, optional = _strip(annotation)
    if optional:
        inner = builder_for(base)
        return lambda v, where: None if v is None else inner(v, where)
    origin = typing.get_origin(base)
    if origin is tuple:
        return _tuple_builder(base)
    if origin is typing.Literal:
        allowed = typing.get_args(base)
        kinds = {type(a) for a in allowed}

        def build_literal(v: Any, where: str) -> Any:
            # The type too: 1.0 and True equal 1 but are not what was written.
            if type(v) not in kinds or v not in allowed:
                _fail(where, f"one of {allowed}", v)
            return v
        return build_literal
    if isinstance(base, type):
        if dataclasses.is_dataclass(base):
            return _record_builder(base)
        if issubclass(base, enum.Enum):
            members = {m.value: m for m in base}

            def build_enum(v: Any, where: str) -> Any:
                try:
                    return members[v]
                except (KeyError, TypeError):
                    _fail(where, base.__name__, v)
            return build_enum
        if base in _LEAVES:
            expected = _LEAVES[base]
            return lambda v, where: v if v.__class__ is base else _fail(where, expected, v)
        if base is float:
            return _to_float
        if base is dt.datetime or base is dt.date:
            return lambda v, where: _parse_time(base, v, where)
    raise TypeError(f"the cache cannot store values of type {annotation!r}")


def _to_float(v: Any, where: str) -> float:
    # JSON writes 8.0 as 8.0, but validation may have kept an int that was given as one.
    if v.__class__ is float:
        return v
    if v.__class__ is int:
        return float(v)
    _fail(where, "a number", v)


def _parse_time(kind: type[dt.date], v: Any, where: str) -> Any:
    if type(v) is not str:
        _fail(where, kind.__name__, v)
    try:
        return kind.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        _fail(where, kind.__name__, v)


def _tuple_builder(annotation: Any) -> Builder:
    args = typing.get_args(annotation)
    if len(args) != 2 or args[1] is not Ellipsis:
        raise TypeError(f"unsupported tuple {annotation!r}")
    item_type, optional = _strip(args[0])
    if item_type is str and not optional:
        only_str = {str}

        def build_str_tuple(v: Any, where: str) -> tuple[str, ...]:
            if v.__class__ is not list:
                _fail(where, "a list", v)
            if not only_str.issuperset(map(type, v)):  # every item checked in C
                _fail(where, "a list of strings", next(x for x in v if type(x) is not str))
            return tuple(map(_intern, v))  # tags and ids: a few values repeated across a report
        return build_str_tuple
    item = builder_for(args[0])
    repeat = itertools.repeat

    def build_tuple(v: Any, where: str) -> tuple[Any, ...]:
        if v.__class__ is not list:
            _fail(where, "a list", v)
        return tuple(map(item, v, repeat(where)))
    return build_tuple


_ABSENT = object()


def _record_builder(cls: type) -> Builder:
    """A generated function that builds one frozen dataclass of viewer.model.types from a JSON object.

    Each field is looked up (a missing required one is a KeyError), its value checked or replaced by what its
    builder makes, and the count of fields found tells whether anything unknown is left in the object. A type with
    a ``__dict__`` (``Report``) takes the JSON object itself as it (no copy), with the defaults added; a
    ``slots=True`` type is made as its twin without ``__setattr__`` (``_slots_twin``), whose slots take the values
    by plain attribute stores, and then becomes the type itself."""
    fields = [f for f in dataclasses.fields(cls) if f.init]
    if any(f.default_factory is not dataclasses.MISSING for f in fields):
        raise TypeError(f"{cls.__name__}: the cache does not support default factories")
    # The annotations are strings (``from __future__ import annotations``): resolve them once.
    hints = typing.get_type_hints(cls, include_extras=True)
    name = cls.__name__
    # A __dict__ is set without going through the frozen class' __setattr__.
    dict_slot = next((k.__dict__["__dict__"] for k in cls.__mro__ if "__dict__" in k.__dict__), None)
    env: dict[str, Any] = {
        "_fail": _fail, "_wrong_fields": _wrong_fields, "_to_float": _to_float, "_new": cls.__new__,
        "_cls": cls, "_ABSENT": _ABSENT, "_intern": _intern,
    }
    if dict_slot is not None:
        env["_set_dict"] = dict_slot.__set__
        # The JSON object becomes the __dict__: every value goes back into it, the defaults too.
        begin, finish = [], ["    obj = _new(_cls)", "    _set_dict(obj, v)"]
        count_absent = "            pass"  # the defaults are added to v: its size counts them
    else:
        env["_twin"] = _slots_twin(cls)
        begin, finish = ["    obj = _new(_twin)"], ["    obj.__class__ = _cls"]
        count_absent = "            absent += 1"
    lines = [
        "def build(v, where):",
        "    if v.__class__ is not dict:",
        f"        _fail(where, {f'a {name} object'!r}, v)",
        *begin,
        "    absent = 0",
        "    try:",
    ]
    for i, f in enumerate(fields):
        at = f"{name}.{f.name}"
        base, optional = _strip(hints[f.name])
        key = repr(f.name)
        has_default = f.default is not dataclasses.MISSING
        env[f"_d{i}"] = f.default
        dest = f"v[{key}]" if dict_slot is not None else f"obj.{f.name}"
        if has_default:
            lines += [f"        x = v.get({key}, _ABSENT)",
                      "        if x is _ABSENT:",
                      count_absent,
                      f"            {dest} = _d{i}",
                      "        else:"]
        else:
            lines += [f"        x = v[{key}]",
                      "        if True:"]
        if base in _LEAVES or base is float:
            if base is float:
                bad, fix = "x.__class__ is not float", f"x = _to_float(x, {at!r})"
            else:
                bad, fix = f"x.__class__ is not {base.__name__}", f"_fail({at!r}, {_LEAVES[base]!r}, x)"
            if optional:
                bad = f"x is not None and {bad}"
            lines += [f"            if {bad}:",
                      f"                {fix}"]
            if base is str and f.name in SHARED_FIELDS:
                value = "x if x is None else _intern(x)" if optional else "_intern(x)"
            else:
                value = "x"
            lines += [f"            {dest} = {value}"]
        else:
            env[f"_b{i}"] = builder_for(base)
            value = f"_b{i}(x, {at!r})"
            if optional:
                value = f"None if x is None else {value}"
            lines += [f"            {dest} = {value}"]
    lines += [
        "    except KeyError:",
        "        _wrong_fields(_cls, v, where)",
        # Every field was looked up: what the object holds beyond those found is unknown.
        f"    if len(v) + absent != {len(fields)}:",
        "        _wrong_fields(_cls, v, where)",
        # What the dataclass' __init__ would do (it only assigns), without the call.
        *finish,
        "    return obj",
    ]
    # Only the type's own field names go into the code; nothing read from a cache file does.
    exec("\n".join(lines), env)
    build: Builder = env["build"]
    return build


def _slots_twin(cls: type) -> type:
    """A class with ``cls``'s bases and slots but no ``__setattr__``: an instance's slots are set by plain attribute
    stores (specialised by the interpreter, no call each), and ``obj.__class__ = cls`` then makes it a ``cls``
    (Python allows it: same bases, same slots). Setting each slot through its descriptor's ``__set__`` (a call per
    field of 43,000 objects on the 10k-fact report) made a cache hit's build 1.8x slower than the ``__dict__`` it
    replaced."""
    twin = type(f"_{cls.__name__}Twin", cls.__bases__, {"__slots__": vars(cls)["__slots__"]})
    for base in twin.__mro__[1:]:
        if "__setattr__" in base.__dict__ and base is not object:
            raise TypeError(f"{cls.__name__}: a base sets attributes its own way")
    return twin


def _wrong_fields(cls: type, v: dict[str, Any], where: str) -> typing.NoReturn:
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(v) - names)
    if unknown:
        raise CacheError(f"{where}: unknown fields of {cls.__name__}: {unknown}")
    lacking = sorted(names - set(v))
    raise CacheError(f"{where}: {cls.__name__} lacks its fields {lacking}")
