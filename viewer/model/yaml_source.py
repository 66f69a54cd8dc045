"""Safe YAML reading that remembers where each value stood.

The document is built from the parser's event stream, not by a constructor, so that:
- no tag outside YAML's core schema is ever constructed (``!!python/...`` is an error, never code);
- duplicate mapping keys are errors rather than silently overwritten;
- nesting depth and alias expansion are bounded ("billion laughs" is refused, not expanded);
- every value's line and column is kept for error messages;
- plain scalars are typed by YAML 1.2's core schema (only true/false are booleans, only decimal numbers without
  leading zeros are numbers): '010', '0x10', '5:7', '5_7', '0b101', 'off' are text, never silently 8, 16,
  307, 57, 5 or false as YAML 1.1 reads them, and where a number is expected the error says so.
The event loop is iterative, so deep nesting cannot exhaust the Python stack.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from viewer.model.collector import paused_collector
from viewer.model.errors import FieldPath, PathPart, Problem, ReportError

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    # The pure-Python loader: another class with the same interface as the C one.
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 64
MAX_EXPANDED_NODES = 2_000_000

_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"

# YAML 1.1's implicit types of plain scalars, by first character (what ``Resolver.resolve`` looks up);
# most values of a report (Chinese text, ids) start with a character no implicit type can start with.
_IMPLICIT: dict[str | None, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: tuple(pairs) for first, pairs in Resolver.yaml_implicit_resolvers.items()
}
assert None not in _IMPLICIT, "a resolver for every first character would need Resolver.resolve"


def _plain_tag_11(value: str) -> str:
    """The tag YAML 1.1 gives a plain (unquoted) scalar: what ``Resolver().resolve`` returns, faster."""
    for tag, regexp in _IMPLICIT.get(value[:1], ()):
        if regexp.match(value):
            return tag
    return _STR


# YAML 1.2's core schema: the only plain scalars read as null, booleans and numbers. An integer has no leading
# zero ('010' is 8 in YAML 1.1 and 10 in YAML 1.2: neither is taken); a float has a point or an exponent.
_CORE = (
    ("tag:yaml.org,2002:null", re.compile(r"(?:~|null|Null|NULL|)\Z")),
    ("tag:yaml.org,2002:bool", re.compile(r"(?:true|True|TRUE|false|False|FALSE)\Z")),
    ("tag:yaml.org,2002:int", re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")),
    ("tag:yaml.org,2002:float", re.compile(
        r"(?:[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+)|[-+]?\.(?:inf|Inf|INF)"
        r"|\.(?:nan|NaN|NAN))\Z")),
)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_NUMBERS_11 = frozenset(("tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool"))


def _plain_tag(value: str) -> tuple[str, bool]:
    """The tag of a plain scalar under YAML 1.2's core schema (dates and times as YAML 1.1 reads them), and
    whether YAML 1.1 would have read it as a number or boolean that 1.2 reads as text (010, 0x10, 5:7, 5_7,
    0b101, yes, off): such a value is text here, and an error where a number is expected says why."""
    if value[:1] not in _IMPLICIT:
        return _STR, False  # most values of a report (Chinese text, ids): no implicit type starts so
    for tag, regexp in _CORE:
        if regexp.match(value):
            return tag, False
    old = _plain_tag_11(value)
    if old in (_TIMESTAMP, _MERGE):
        return old, False
    return _STR, old in _NUMBERS_11


_INT = _CORE[2][1]
_TEXT = (_STR, False)  # what _plain_tag says of text
_FINITE_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+)\Z")
# Longer integers are left to the constructor, whose error names Python's limit on digits converted.
_SHORT_INT = 4000


def _number(value: str) -> int | float | None:
    """A plain scalar that YAML 1.2's core schema reads as a decimal integer or a finite float, as the constructor
    reads it (``int`` / ``float`` of the text); None for anything else (text, null, booleans, infinities, dates)."""
    if _INT.match(value):
        return int(value) if len(value) <= _SHORT_INT else None
    if _FINITE_FLOAT.match(value):
        return float(value)
    return None


def yaml11_reading(value: str) -> Any:
    """What YAML 1.1 reads a plain scalar as (8 for '010', 307 for '5:7', False for 'off'); the text if nothing."""
    try:
        return SafeConstructor().construct_object(ScalarNode(_plain_tag_11(value), value))
    except (ConstructorError, ValueError, OverflowError):
        return value


def yaml11_hint(value: str, wants_bool: bool) -> str:
    """The error for a value YAML 1.1 reads as a number or boolean, where a boolean (or a number) is expected."""
    old = yaml11_reading(value)
    if isinstance(old, bool) != wants_bool:
        what = "boolean (true or false)" if wants_bool else "number"
        return f"'{value}' is not a valid {what} (YAML 1.1 would read it as {old!r})"
    if re.fullmatch(r"[-+]?0[0-9_]+", value) and "_" not in value:
        return (f"'{value}' is ambiguous: YAML 1.1 reads it as {old!r} (octal), YAML 1.2 as {int(value, 10)}; "
                "write the number meant without leading zeros")
    if isinstance(old, bool):
        return (f"'{value}' is text here, not a boolean: write {'true' if old else 'false'} (only true and false "
                "are booleans)")
    return f"'{value}' is not a number in this format (YAML 1.1 reads it as {old!r}): write {old!r} if that is meant"


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


@dataclass
class YamlDocument:
    """Plain Python data (dicts, lists, scalars) and the position of every value, kept compactly.

    Positions are three arrays in the order values start in the file (the data's pre-order: a mapping's
    values in the order of its keys, a list's items in order): 0-based line, 0-based column, and how many
    values the one at that index spans with everything inside it. A value's position is found again from
    its path by skipping the siblings before it (``position``), so the document keeps 12 bytes a value, not
    a path tuple and a mark object for each (887k paths of a 32 MB file: 60 -> 424 MiB); only the paths
    that get an error message are ever looked up.
    """

    data: Any
    lines: array[int]
    columns: array[int]
    spans: array[int]
    # path -> plain text YAML 1.1 would have read as a number or boolean ('010', '0x10', '5:7', 'off')
    legacy_numbers: dict[FieldPath, str] = field(default_factory=dict)

    # index of a large collection -> where each of its children starts (and a mapping's keys in order), made
    # when a path first goes into it: finding the 100,000th item of a list with a problem in every item
    # costs one pass over the list, not one per problem
    _children: dict[int, tuple[array[int], dict[str, int] | None]] = field(default_factory=dict, repr=False)

    def position(self, path: FieldPath) -> Position | None:
        """Position of ``path``, or of its nearest ancestor that exists (for a missing field)."""
        if not self.spans:
            return None
        at, node, spans = 0, self.data, self.spans
        for part in path:
            if spans[at] == 1:
                break  # a scalar, an empty collection or an alias: nothing written inside it here
            inside = (isinstance(node, dict) and isinstance(part, str) and part in node) or (
                isinstance(node, list) and type(part) is int and 0 <= part < len(node))
            if not inside:
                break
            at = self._child(at, node, part)
            node = node[part]
        return Position(self.lines[at] + 1, self.columns[at] + 1)

    def _child(self, at: int, node: dict[str, Any] | list[Any], part: PathPart) -> int:
        """The index of ``node[part]`` (``node`` is the collection at index ``at``)."""
        if len(node) <= SKIP_LIMIT:
            ordinal = part if isinstance(node, list) else next(i for i, key in enumerate(node) if key == part)
            child = at + 1
            for _ in range(int(ordinal)):
                child += self.spans[child]
            return child
        known = self._children.get(at)
        if known is None:
            starts, child = array("i"), at + 1
            for _ in range(len(node)):
                starts.append(child)
                child += self.spans[child]
            known = self._children[at] = (starts, {key: i for i, key in enumerate(node)} if isinstance(node, dict)
                                          else None)
        starts, ordinals = known
        return starts[ordinals[part] if ordinals is not None and isinstance(part, str) else int(part)]


# How many distinct key names and short values (up to SHORT_NAME characters) parse_yaml shares (see there).
NAMES = 8192
SHORT_NAME = 12

# Collections up to this size are walked to find a child; larger ones get their children's starts listed once.
SKIP_LIMIT = 32


class _Frame:
    __slots__ = ("anchor", "container", "expanded", "index", "is_map", "mark", "path", "pending_key")

    def __init__(self, container: dict[str, Any] | list[Any], path: FieldPath, anchor: str | None, mark: Any,
                 index: int, expanded: int) -> None:
        self.container = container
        self.is_map = isinstance(container, dict)
        self.path = path
        # The count of values read (aliases by what they expand to) when it started: at its end, the count then
        # less this is its own size (itself, its keys and everything inside it), what an alias of it expands to.
        self.expanded = expanded
        self.pending_key: str | None = None
        self.anchor = anchor
        self.mark = mark  # where it starts (for an error message about it)
        self.index = index  # its index in the position arrays


def parse_yaml(text: str | bytes, filename: str) -> YamlDocument:
    """Parse one YAML document into plain data with positions; raise ReportError listing what is wrong.

    ``text`` may be the file's UTF-8 bytes (checked by the caller): the C parser reads those as they are, while
    it would encode a ``str`` into a UTF-8 copy of its own first.

    This is the hot path for large reports: events are dispatched by class identity, plain strings skip
    the constructor, and marks are stored as the parser made them.
    """
    problems: list[Problem] = []

    def fail(message: str, mark: Any, path: FieldPath = ()) -> None:
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        problems.append(Problem(filename, message, line, column, path))

    construct = SafeConstructor().construct_object
    # The position of each value, in the order values start (see YamlDocument): keys are not values.
    lines, columns, spans = array("i"), array("i"), array("i")
    add_line, add_column, add_span = lines.append, columns.append, spans.append
    legacy_numbers: dict[FieldPath, str] = {}
    # One string for each key name and short value, however often it recurs (the parser makes a new one each time:
    # 112k keys of a few dozen names in the 10k-fact report, and its tags, units and periods: 12 MB less while
    # it is validated). The first NAMES distinct ones are kept: a report's field names and common values come
    # early, and a file of unique keys cannot grow the table beyond that.
    names: dict[str, str] = {}
    shared = names.get

    def new_name(name: str) -> str:
        if len(names) < NAMES:
            names[name] = name
        return name

    anchors: dict[str, tuple[Any, int]] = {}
    stack: list[_Frame] = []
    top: _Frame | None = None
    root: Any = None
    documents = 0
    expanded = 0

    def place(value: Any, mark: Any) -> None:
        """Attach a finished value to the container being built (or make it the root)."""
        nonlocal root
        if top is None:
            root = value
            return
        container = top.container
        if not top.is_map:
            # is_map is False: a list (the flag saves an isinstance per value, which mypy cannot follow)
            container.append(value)  # type: ignore[union-attr]
            return
        key = top.pending_key
        if key is None:
            if not isinstance(value, str):
                fail(f"mapping keys must be plain strings, not {type(value).__name__}", mark, top.path)
                value = str(value)
            if value in container:
                fail(f"duplicate key '{value}'", mark, top.path)
            top.pending_key = value
            return
        top.pending_key = None
        if key not in container:
            container[key] = value  # type: ignore[call-overload]  # is_map: a dict, as above

    def child_path() -> FieldPath:
        if top is None:
            return ()
        if not top.is_map:
            return (*top.path, len(top.container))
        return (*top.path, top.pending_key) if top.pending_key is not None else top.path

    ScalarEvent, AliasEvent = yaml.ScalarEvent, yaml.AliasEvent
    MappingStartEvent, SequenceStartEvent = yaml.MappingStartEvent, yaml.SequenceStartEvent
    MappingEndEvent, SequenceEndEvent = yaml.MappingEndEvent, yaml.SequenceEndEvent
    parser = _Loader(text)
    # The parser's own get_event, not ``yaml.parse``: no generator and no check_event per event.
    # Events are told apart by their exact class below (faster than isinstance), which mypy does not narrow
    # on; their attributes (tag, value, anchor, marks of the C or the Python parser) are read as Any.
    next_event: Callable[[], Any] = parser.get_event
    pause = paused_collector()
    pause.__enter__()
    try:
        while (event := next_event()) is not None:
            cls = event.__class__
            if cls is ScalarEvent:
                # The common scalars first, placed here without a call (the general path below does the same
                # for them, one step at a time): a mapping's key that is text, and a value that is text or a
                # decimal number. Neither can be a problem, so the problem count needs no check.
                tag = event.tag
                if top is not None and (tag is None or tag == "!"):
                    value = event.value
                    if top.is_map and top.pending_key is None:
                        # A key: text whatever it looks like (only '<<' is a merge), unless seen before.
                        if (value != "<<" or not event.implicit[0]) and value not in top.container:
                            top.pending_key = shared(value) or new_name(value)
                            expanded += 1
                            if event.anchor:
                                anchors[event.anchor] = (value, 1)
                            continue
                    else:
                        # A value: text, or a decimal number (all else, a date or a null, takes the general path).
                        typed = value if len(value) > SHORT_NAME else shared(value) or new_name(value)
                        if event.implicit[0] and value[:1] in _IMPLICIT:
                            typed = _number(value)
                            if typed is None and _plain_tag(value) == _TEXT:
                                typed = value
                        if typed is not None:
                            mark = event.start_mark
                            add_line(mark.line)
                            add_column(mark.column)
                            add_span(1)
                            expanded += 1
                            if event.anchor:
                                anchors[event.anchor] = (typed, 1)
                            if top.is_map:
                                key = top.pending_key
                                top.pending_key = None
                                if key not in top.container:
                                    top.container[key] = typed  # type: ignore[call-overload,index]  # is_map: a dict
                            else:
                                top.container.append(typed)  # type: ignore[union-attr]  # not is_map: a list
                            continue
                mark = event.start_mark
                is_key = top is not None and top.is_map and top.pending_key is None
                value = event.value
                if tag is None or tag == "!":
                    # Quoted scalars are strings; plain ones are resolved by YAML 1.2's core schema.
                    if not event.implicit[0]:
                        tag = _STR
                    else:
                        tag, legacy = _plain_tag(value)
                        if legacy and not is_key:
                            legacy_numbers[child_path()] = value
                if tag is _STR or tag == _STR:
                    pass
                elif tag == _MERGE:
                    fail("merge keys ('<<') are not supported", mark, top.path if is_key and top else child_path())
                    value = None
                elif tag not in _CORE_TAGS:
                    fail(f"the tag '{tag}' is not allowed (only plain YAML values)", mark, child_path())
                    value = None
                elif not is_key:
                    try:
                        value = construct(ScalarNode(tag, value, mark, event.end_mark, event.style))
                    except (ConstructorError, ValueError, OverflowError) as exc:
                        fail(f"'{value[:60]}' is not a valid value: {str(exc).splitlines()[0]}", mark, child_path())
                        value = None
                    except (KeyError, IndexError, AttributeError):
                        # PyYAML's constructors fail so on '!!bool maybe', '!!int' with no digits, '!!timestamp x'.
                        fail(f"'{value[:60]}' is not a valid value for the tag '!!{tag.rsplit(':', 1)[-1]}'", mark,
                             child_path())
                        value = None
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
                expanded += 1
                if not is_key:
                    add_line(mark.line)
                    add_column(mark.column)
                    add_span(1)
                place(value, mark)
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = event.start_mark
                if len(stack) >= MAX_DEPTH:
                    fail(f"nesting deeper than {MAX_DEPTH} levels", mark, child_path())
                    break
                is_map = cls is MappingStartEvent
                if event.tag not in (None, "!", _MAP if is_map else _SEQ):
                    fail(f"the tag '{event.tag}' is not allowed (only plain YAML values)", mark, child_path())
                if top is not None and top.is_map and top.pending_key is None:
                    fail("mapping keys must be plain strings, not collections", mark, top.path)
                    break
                add_line(mark.line)
                add_column(mark.column)
                add_span(1)
                top = _Frame({} if is_map else [], child_path(), event.anchor, mark, len(spans) - 1, expanded)
                stack.append(top)
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                frame = stack.pop()
                top = stack[-1] if stack else None
                expanded += 1
                if frame.anchor:
                    anchors[frame.anchor] = (frame.container, expanded - frame.expanded)
                spans[frame.index] = len(spans) - frame.index
                place(frame.container, frame.mark)
            elif cls is AliasEvent:
                mark = event.start_mark
                if event.anchor not in anchors:
                    fail(f"alias '*{event.anchor}' names no anchor defined before it", mark, child_path())
                    continue
                value, size = anchors[event.anchor]
                if not (top is not None and top.is_map and top.pending_key is None):  # a value, not a key
                    add_line(mark.line)
                    add_column(mark.column)
                    add_span(1)  # the alias itself: what is inside the anchored value stands where the anchor is
                expanded += size
                if expanded > MAX_EXPANDED_NODES:
                    fail(f"aliases expand the document beyond {MAX_EXPANDED_NODES:,} values (an alias bomb?)",
                         mark, child_path())
                    break
                place(value, mark)
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    fail("a report file holds one YAML document; found a second '---'", event.start_mark)
                    break
            if len(problems) >= 50:
                break
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "YAML syntax error"
        if exc.context and exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
            message += (f" ({exc.context} that started at line {exc.context_mark.line + 1}, "
                        f"column {exc.context_mark.column + 1})")
        if "tab" in message:
            message += " (tabs cannot indent YAML; use spaces)"
        problems.append(
            Problem(filename, f"YAML syntax error: {message}",
                    mark.line + 1 if mark else None, mark.column + 1 if mark else None)
        )
    except yaml.YAMLError as exc:
        problems.append(Problem(filename, f"YAML error: {str(exc).splitlines()[0]}"))
    finally:
        parser.dispose()
        pause.__exit__(None, None, None)

    if problems:
        raise ReportError(filename, problems)
    if documents == 0 or root is None:
        raise ReportError.single(filename, "the file is empty: a report needs at least a 'meta' section", 1, 1)
    return YamlDocument(root, lines, columns, spans, legacy_numbers)
