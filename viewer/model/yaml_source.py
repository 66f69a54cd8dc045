"""Safe YAML reading that remembers where each value stood.

The document is built from the parser's event stream, not by a constructor, so that:
- no tag outside YAML's core schema is ever constructed (``!!python/...`` is an error, never code);
- duplicate mapping keys are errors rather than silently overwritten;
- nesting depth and alias expansion are bounded ("billion laughs" is refused, not expanded);
- every value's line and column is kept for error messages.
The event loop is iterative, so deep nesting cannot exhaust the Python stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from viewer.model.errors import FieldPath, Problem, ReportError

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
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


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


@dataclass
class YamlDocument:
    """Plain Python data (dicts, lists, scalars) and the position of every value by its path."""

    data: Any
    positions: dict[FieldPath, Position]

    def position(self, path: FieldPath) -> Position | None:
        """Position of ``path``, or of its nearest ancestor that exists (for a missing field)."""
        for end in range(len(path), -1, -1):
            pos = self.positions.get(tuple(path[:end]))
            if pos is not None:
                return pos
        return None


@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    path: FieldPath
    size: int = 1
    pending_key: str | None = None
    anchor: str | None = None


class _ScalarMaker(SafeConstructor):
    pass


def _mark(event: Any) -> Position:
    mark = event.start_mark
    return Position(mark.line + 1, mark.column + 1)


def parse_yaml(text: str, filename: str) -> YamlDocument:
    """Parse one YAML document into plain data with positions; raise ReportError listing what is wrong."""
    problems: list[Problem] = []

    def fail(message: str, pos: Position | None, path: FieldPath = ()) -> None:
        problems.append(
            Problem(filename, message, pos.line if pos else None, pos.column if pos else None, path)
        )

    resolver = Resolver()
    maker = _ScalarMaker()
    positions: dict[FieldPath, Position] = {}
    anchors: dict[str, tuple[Any, int]] = {}
    stack: list[_Frame] = []
    root: Any = None
    documents = 0
    expanded = 0

    def place(value: Any, size: int, pos: Position) -> None:
        """Attach a finished value to the container being built (or make it the root)."""
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        top.size += size
        if isinstance(top.container, list):
            positions[(*top.path, len(top.container))] = pos
            top.container.append(value)
            return
        if top.pending_key is None:
            if not isinstance(value, str):
                fail(f"mapping keys must be plain strings, not {type(value).__name__}", pos, top.path)
                value = str(value)
            if value in top.container:
                fail(f"duplicate key '{value}'", pos, top.path)
            top.pending_key = value
            return
        key, top.pending_key = top.pending_key, None
        if key not in top.container:
            positions[(*top.path, key)] = pos
            top.container[key] = value

    def child_path() -> FieldPath:
        if not stack:
            return ()
        top = stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        return (*top.path, top.pending_key or "?")

    try:
        for event in yaml.parse(text, Loader=_Loader):
            if problems and len(problems) >= 50:
                break
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    fail("a report file holds one YAML document; found a second '---'", _mark(event))
                    break
            elif isinstance(event, yaml.ScalarEvent):
                pos = _mark(event)
                is_key = bool(stack) and isinstance(stack[-1].container, dict) and stack[-1].pending_key is None
                tag = event.tag
                if tag in (None, "!"):
                    tag = resolver.resolve(ScalarNode, event.value, event.implicit)
                value: Any = event.value
                if tag == "tag:yaml.org,2002:merge":
                    fail("merge keys ('<<') are not supported", pos, child_path())
                    value = None
                elif tag not in _CORE_TAGS:
                    fail(f"the tag '{tag}' is not allowed (only plain YAML values)", pos, child_path())
                    value = None
                elif not is_key:
                    try:
                        value = maker.construct_object(
                            ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
                        )
                    except (ConstructorError, ValueError, OverflowError) as exc:
                        fail(f"'{event.value[:60]}' is not a valid value: {str(exc).splitlines()[0]}",
                             pos, child_path())
                        value = None
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
                expanded += 1
                place(value, 1, pos)
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                pos = _mark(event)
                if len(stack) >= MAX_DEPTH:
                    fail(f"nesting deeper than {MAX_DEPTH} levels", pos, child_path())
                    break
                is_map = isinstance(event, yaml.MappingStartEvent)
                if event.tag not in (None, "!", _MAP if is_map else _SEQ):
                    fail(f"the tag '{event.tag}' is not allowed (only plain YAML values)", pos, child_path())
                if stack and isinstance(stack[-1].container, dict) and stack[-1].pending_key is None:
                    fail("mapping keys must be plain strings, not collections", pos, stack[-1].path)
                    break
                path = child_path()
                positions[path] = pos
                stack.append(_Frame({} if is_map else [], path, anchor=event.anchor))
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                frame = stack.pop()
                expanded += 1
                if frame.anchor:
                    anchors[frame.anchor] = (frame.container, frame.size)
                place(frame.container, frame.size, positions.get(frame.path, Position(1, 1)))
            elif isinstance(event, yaml.AliasEvent):
                pos = _mark(event)
                if event.anchor not in anchors:
                    fail(f"alias '*{event.anchor}' names no anchor defined before it", pos, child_path())
                    continue
                value, size = anchors[event.anchor]
                expanded += size
                if expanded > MAX_EXPANDED_NODES:
                    fail(
                        f"aliases expand the document beyond {MAX_EXPANDED_NODES:,} values "
                        "(an alias bomb?)",
                        pos,
                        child_path(),
                    )
                    break
                place(value, size, pos)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "YAML syntax error"
        if exc.context and exc.context_mark and exc.problem_mark and exc.context_mark.line != exc.problem_mark.line:
            message += (f" ({exc.context} that started at line {exc.context_mark.line + 1}, "
                        f"column {exc.context_mark.column + 1})")
        if "\t" in message or "found character '\\t'" in message:
            message += " (tabs cannot indent YAML; use spaces)"
        problems.append(
            Problem(filename, f"YAML syntax error: {message}",
                    mark.line + 1 if mark else None, mark.column + 1 if mark else None)
        )
    except yaml.YAMLError as exc:
        problems.append(Problem(filename, f"YAML error: {str(exc).splitlines()[0]}"))

    if problems:
        raise ReportError(filename, problems)
    if documents == 0 or root is None:
        raise ReportError.single(filename, "the file is empty: a report needs at least a 'meta' section", 1, 1)
    return YamlDocument(root, positions)
