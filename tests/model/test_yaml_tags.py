"""The reader's fast tag lookup for plain scalars gives exactly PyYAML's resolver answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from viewer.model.yaml_source import _plain_tag

_RESOLVE = Resolver().resolve

# Strings that look like YAML 1.1 values next to ordinary text, so every implicit type is hit.
_LOOKALIKES = st.sampled_from([
    "", "~", "null", "Null", "NULL", "yes", "No", "on", "OFF", "true", "False", "y", "n", "12", "-3", "+4",
    "0x1F", "0o17", "017", "1_000", "1:20", "3.5", ".5", "-.inf", ".NaN", "1e3", "6.8e+5", "2023-01-02",
    "2023-01-02 10:00:00", "2023-01-02T10:00:00Z", "<<", "=", "!x", "&a", "*b", "福建", "id", "task-1",
])


@given(st.one_of(_LOOKALIKES, st.text(max_size=12), st.from_regex(r"[-+.0-9eE_:xo]{1,8}", fullmatch=True)))
def test_plain_tag_matches_pyyaml_resolver(value: str) -> None:
    assert _plain_tag(value) == _RESOLVE(ScalarNode, value, (True, False))
