"""Positions of the YAML reader: kept compactly, and found again for every path as the parser marked it."""

from __future__ import annotations

import sys
from typing import Any

import yaml

from viewer.model.paths import default_report_path
from viewer.model.yaml_source import SKIP_LIMIT, Position, parse_yaml

NESTED = """\
meta: {id: x, title: {zh: 标题, en: Title}}
facts:
  - id: a
    label:
      zh: 甲
      en: A
    values: [1, 2, {deep: [x, y]}]
    empty: []
    none: {}
  - {id: b, label: {zh: 乙}}
  -
    - 3
    - "four"
    - - five
tail: end
"""


def _walk(node: yaml.Node, path: tuple[Any, ...]) -> dict[tuple[Any, ...], Position]:
    """Every value's path and where the parser says it starts (PyYAML's own node tree, no aliases)."""
    out = {path: Position(node.start_mark.line + 1, node.start_mark.column + 1)}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out |= _walk(value, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            out |= _walk(value, (*path, i))
    return out


def _check_every_path(text: str) -> int:
    doc = parse_yaml(text, "t.yaml")
    expected = _walk(yaml.compose(text, Loader=yaml.CSafeLoader), ())
    for path, position in expected.items():
        assert doc.position(path) == position, path
    return len(expected)


def test_every_value_of_a_nested_document_is_where_the_parser_marked_it() -> None:
    assert _check_every_path(NESTED) > 25


def test_every_value_of_the_bundled_report_is_where_the_parser_marked_it() -> None:
    assert _check_every_path(default_report_path().read_text(encoding="utf-8")) > 1000


def test_a_missing_path_is_placed_at_its_nearest_ancestor() -> None:
    doc = parse_yaml(NESTED, "t.yaml")
    assert doc.position(("facts", 0, "label", "nope")) == doc.position(("facts", 0, "label")) == Position(5, 7)
    assert doc.position(("facts", 0, "empty", 0)) == doc.position(("facts", 0, "empty")) == Position(8, 12)
    assert doc.position(("facts", 7)) == doc.position(("facts",)) == Position(3, 3)
    assert doc.position(("facts", "x")) == Position(3, 3)
    assert doc.position(("unknown",)) == doc.position(()) == Position(1, 1)


def test_inside_an_alias_is_placed_at_the_alias() -> None:
    text = "base: &b {x: 1, y: [2, 3]}\nother: *b\nlast: 4\n"
    doc = parse_yaml(text, "t.yaml")
    assert doc.data["other"] is doc.data["base"]
    assert doc.position(("base", "y", 1)) == Position(1, 24)
    assert doc.position(("other",)) == doc.position(("other", "y", 1)) == Position(2, 8)
    assert doc.position(("last",)) == Position(3, 7)


def test_an_alias_used_as_a_key_takes_no_position_of_a_value() -> None:
    text = "names: [&k a]\nmap:\n  *k : 1\n  b: 2\n"
    doc = parse_yaml(text, "t.yaml")
    assert doc.data["map"] == {"a": 1, "b": 2}
    assert doc.position(("map", "a")) == Position(3, 8)
    assert doc.position(("map", "b")) == Position(4, 6)


def _reachable(root: object, seen: set[int]) -> int:
    """The bytes of the objects reachable from ``root`` not in ``seen`` (which they are added to)."""
    total, stack = 0, [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, type):
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, dict):
            stack += [*obj.keys(), *obj.values()]
        elif isinstance(obj, list | tuple | set):
            stack += obj
        elif hasattr(obj, "__dict__"):
            stack.append(vars(obj))
    return total


def test_positions_cost_a_few_bytes_a_value_not_a_path_and_a_mark_each() -> None:
    """The reader kept a path tuple and the parser's mark object per value (~200 bytes; 424 MiB for the
    887k values of a 32 MB file); now three integers in arrays."""
    rows = [f"  - id: f{i}\n    label: {{zh: 第{i}项, en: item {i}}}\n    value: {i}.5\n    tags: [a, b]\n"
            for i in range(2000)]
    doc = parse_yaml("facts:\n" + "".join(rows), "t.yaml")
    values = 1 + 1 + 2000 * (1 + 1 + 1 + 2 + 1 + 1 + 2)
    seen: set[int] = set()
    data = _reachable(doc.data, seen)
    positions = sum(_reachable(value, seen) for name, value in vars(doc).items() if name != "data")
    assert data > 50 * values  # what the data costs, for scale (key names and short values shared)
    assert positions <= 16 * values


def test_large_collections_list_their_children_once_and_agree_with_the_walk() -> None:
    """Every item of a 100,000-item list with a problem used to be found by skipping the items before it:
    quadratic (a 10 MB file of bad facts took minutes); a large collection lists its children's starts once."""
    rows = [f"  - {{id: f{i}, v: [{i}, x]}}\n" if i % 3 else f"  - y{i}\n" for i in range(3 * SKIP_LIMIT)]
    keys = [f"k{i}: {{a: {i}}}\n" for i in range(3 * SKIP_LIMIT)]
    text = "items:\n" + "".join(rows) + "map:\n" + "".join("  " + k for k in keys)
    assert _check_every_path(text) > 6 * SKIP_LIMIT
    doc = parse_yaml(text, "t.yaml")
    assert doc.position(("items", 2 * SKIP_LIMIT + 1, "v", 1)) == Position(2 * SKIP_LIMIT + 3, 23)
    assert set(doc._children) == {doc._child(0, doc.data, "items")}  # listed once, for the list gone into
