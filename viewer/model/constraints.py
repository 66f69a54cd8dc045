"""Field constraints of the report types, written so that importing the types never imports pydantic.

The report types (viewer.model.types) are plain frozen dataclasses. Their constraints sit in
``Annotated[...]`` as the small markers below. Each marker implements pydantic's documented hooks
``__get_pydantic_core_schema__`` (it adds its keys to the core schema, which is a plain dict) and, for
descriptions, ``__get_pydantic_json_schema__``. Pydantic calls them only when a report is validated or the
JSON Schema is generated (viewer.model.validation); a report read from the cache never gets there, so the
GUI starts without pydantic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


def visible(text: str) -> str:
    """``text`` unchanged; ValueError naming the first hidden character (U+XXXX) and its 1-based position.

    Hidden is what viewer.model.sanitise says (by Unicode category: controls but tab and line breaks, format
    characters such as bidi overrides and zero-width spaces, private use, surrogates, separators, fillers,
    variation selectors and tag characters): they can make a label display as something it is not.
    """
    global _check_visible
    if _check_visible is None:  # imported on first use (the types are imported before the first frame), once
        from viewer.model.sanitise import check_visible  # its tables are built on first use, not at import

        _check_visible = check_visible
    return _check_visible(text)


_check_visible: Callable[[str], str] | None = None


# The markers are plain classes rather than dataclasses: they are made while the report types are imported,
# which the GUI waits for.
class _CoreKeys:
    """Adds constraint keys to the core schema of the annotated type (which must be one of ``kinds``)."""

    __slots__ = ("keys", "kinds")

    def __init__(self, kinds: tuple[str, ...], keys: tuple[tuple[str, Any], ...]) -> None:
        self.kinds = kinds
        self.keys = keys

    def __repr__(self) -> str:
        return f"Constraint({', '.join(f'{k}={v!r}' for k, v in self.keys)})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> dict[str, Any]:
        schema: dict[str, Any] = handler(source)
        # A constraint put on the wrong type would be dropped silently by pydantic-core: refuse it instead.
        if schema.get("type") not in self.kinds:
            raise TypeError(f"{dict(self.keys)} cannot constrain a {schema.get('type')!r} schema")
        schema.update(self.keys)
        return schema


def Pattern(regex: str) -> _CoreKeys:
    """The string must match ``regex`` (a ``re.search``-style pattern; anchor it)."""
    return _CoreKeys(("str",), (("pattern", regex),))


def Length(min: int | None = None, max: int | None = None) -> _CoreKeys:
    """At least ``min`` / at most ``max`` characters of a string, or items of a tuple."""
    keys = tuple((k, v) for k, v in (("min_length", min), ("max_length", max)) if v is not None)
    return _CoreKeys(("str", "tuple"), keys)


def Range(ge: int | None = None, le: int | None = None) -> _CoreKeys:
    """A number from ``ge`` to ``le`` inclusive."""
    keys = tuple((k, v) for k, v in (("ge", ge), ("le", le)) if v is not None)
    return _CoreKeys(("int", "float"), keys)


# A whole number or a boolean exactly as written: no "1" strings, no true for 1, no "off" for false.
Strict = _CoreKeys(("int", "bool"), (("strict", True),))

# A figure of the report: a real number as written (no "8.2" strings, no booleans), never inf or NaN.
StrictFinite = _CoreKeys(("float",), (("strict", True), ("allow_inf_nan", False)))


class _Visible:
    """Rejects invisible and control characters (see ``visible``), after the other checks of the type."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Visible"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema  # only when validating: never on a cache hit

        return core_schema.no_info_after_validator_function(visible, handler(source))


Visible = _Visible()


class _Before:
    """Runs ``check`` on the value before the type's own validation (which would coerce it)."""

    __slots__ = ("check",)

    def __init__(self, check: Any) -> None:
        self.check = check

    def __repr__(self) -> str:
        return f"Before({self.check.__name__})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema  # only when validating: never on a cache hit

        return core_schema.no_info_before_validator_function(self.check, handler(source))


def _exact_int(value: Any) -> Any:
    if type(value) is not int:
        raise ValueError(f"must be a whole number written without quotes, not {_shown(value)}")
    return value


def _not_a_number(value: Any) -> Any:
    if isinstance(value, int | float) or (isinstance(value, str) and _NUMERIC.fullmatch(value)):
        raise ValueError(f"a date is written 2024-01-18 and a time 2024-01-20T10:00:00+08:00, not as a number "
                         f"({_shown(value)})")
    return value


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


_NUMERIC = re.compile(r"\s*[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?\s*")

# ``schema_version: true`` is not 1 (pydantic's Literal takes True and 1.0 for 1).
ExactInt = _Before(_exact_int)
# A date or time is never a count of seconds (pydantic would take 1675216680 or "0" as one).
NotANumber = _Before(_not_a_number)


class Doc:
    """A description for the JSON Schema (what editors show next to the field)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"Doc({self.text!r})"

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> dict[str, Any]:
        json_schema: dict[str, Any] = handler(schema)
        json_schema["description"] = self.text
        return json_schema
