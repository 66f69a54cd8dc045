"""Plain scalars: the fast YAML 1.1 lookup gives PyYAML's resolver answer, and the reader takes a plain scalar as a
number, boolean or null only as YAML 1.2's core schema reads it, and never where YAML 1.1 reads another value."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from viewer.model.errors import ReportError
from viewer.model.yaml_source import _plain_tag, _plain_tag_11, parse_yaml

_RESOLVE = Resolver().resolve

# Strings that look like YAML 1.1 values next to ordinary text, so every implicit type is hit.
_LOOKALIKES = st.sampled_from([
    "", "~", "null", "Null", "NULL", "yes", "No", "on", "OFF", "true", "False", "y", "n", "12", "-3", "+4",
    "0x1F", "0o17", "017", "1_000", "1:20", "3.5", ".5", "-.inf", ".NaN", "1e3", "6.8e+5", "2023-01-02",
    "2023-01-02 10:00:00", "2023-01-02T10:00:00Z", "<<", "=", "!x", "&a", "*b", "福建", "id", "task-1", "0b101",
    "010", "00", "0", "-0", "1.", "+.5e-3", "5_7", "190:20:30.15",
])
_VALUES = st.one_of(_LOOKALIKES, st.text(max_size=12), st.from_regex(r"[-+.0-9eE_:xob]{1,8}", fullmatch=True))

# YAML 1.2.2 core schema, section 10.3.2, as the specification writes it.
_CORE_12 = [
    ("null", re.compile(r"null|Null|NULL|~|")),
    ("bool", re.compile(r"true|True|TRUE|false|False|FALSE")),
    ("int", re.compile(r"[-+]?[0-9]+")),
    ("int8", re.compile(r"0o[0-7]+")),
    ("int16", re.compile(r"0x[0-9a-fA-F]+")),
    ("float", re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")),
    ("inf", re.compile(r"[-+]?(\.inf|\.Inf|\.INF)")),
    ("nan", re.compile(r"\.nan|\.NaN|\.NAN")),
]


def _read_12(value: str):
    for kind, pattern in _CORE_12:
        if pattern.fullmatch(value):
            return {"null": lambda v: None, "bool": lambda v: v.lower() == "true", "int": int,
                    "int8": lambda v: int(v[2:], 8), "int16": lambda v: int(v[2:], 16),
                    "float": float, "inf": lambda v: float(v.replace(".", "").lower()),
                    "nan": lambda v: math.nan}[kind](value)
    return value


def _construct(tag: str, value: str):
    return SafeConstructor().construct_object(ScalarNode(tag, value))


@given(_VALUES)
def test_the_yaml_1_1_lookup_matches_pyyaml_resolver(value: str) -> None:
    assert _plain_tag_11(value) == _RESOLVE(ScalarNode, value, (True, False))


@given(_VALUES)
def test_a_plain_scalar_is_typed_only_where_yaml_1_1_and_1_2_agree(value: str) -> None:
    tag, legacy = _plain_tag(value)
    old_tag = _RESOLVE(ScalarNode, value, (True, False))
    if tag.endswith(("null", "bool", "int", "float")):
        ours = _construct(tag, value)
        old = _construct(old_tag, value)
        # Never a value YAML 1.1 reads as another number or boolean ('1e3' is text to YAML 1.1: that is fine).
        assert ours == old or isinstance(old, str) or (ours != ours and old != old)
        new = _read_12(value)
        assert ours == new or (ours != ours and new != new)
        assert not legacy
    elif tag.endswith("timestamp") or tag.endswith("merge"):
        assert tag == old_tag
    else:
        assert tag.endswith(":str")
        # Text that YAML 1.1 would read as a number or boolean is flagged, so an error can say why.
        assert legacy == old_tag.endswith(("bool", "int", "float"))


@pytest.mark.parametrize(("value", "tag"), [
    ("!!bool maybe", "!!bool"), ("!!bool ''", "!!bool"), ("!!int ''", "!!int"), ("!!int", "!!int"),
    ("!!float ''", "!!float"), ("!!timestamp x", "!!timestamp"),
])
def test_a_value_its_explicit_tag_cannot_read_is_an_error_at_its_place_not_a_crash(value: str, tag: str) -> None:
    """PyYAML's constructors fail on these with KeyError, IndexError or AttributeError (once a traceback)."""
    with pytest.raises(ReportError) as caught:
        parse_yaml(f"meta:\n  id: {value}\n", "r.yaml")
    [problem] = caught.value.problems
    written = value.split(" ", 1)[1] if " " in value else ""
    assert (problem.message, problem.line, problem.column, problem.path) == (
        f"'{written.strip(chr(39))}' is not a valid value for the tag '{tag}'", 2, 7, ("meta", "id"))
