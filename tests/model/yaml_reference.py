"""``viewer.model.yaml_source.parse_yaml`` as it was before its common scalars got a path of their own (every
scalar through one general path, each frame counting its size), kept as the reference the faster loop must match:
the same data, positions, legacy numbers and errors (tests/model/test_yaml_fast_paths.py). One change since: a value
its explicit tag cannot read ('!!bool maybe') is an error here too, as in the reader, where it used to crash both."""

# mypy: ignore-errors
from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import ScalarNode

from viewer.model.errors import FieldPath, Problem, ReportError
from viewer.model.yaml_source import (
    _CORE_TAGS,
    _MAP,
    _MERGE,
    _SEQ,
    _STR,
    MAX_DEPTH,
    MAX_EXPANDED_NODES,
    YamlDocument,
    _Loader,
    _plain_tag,
)


class _Frame:
    __slots__ = ("anchor", "container", "index", "is_map", "mark", "path", "pending_key", "size")

    def __init__(self, container: dict[str, Any] | list[Any], path: FieldPath, anchor: str | None, mark: Any,
                 index: int) -> None:
        self.container = container
        self.is_map = isinstance(container, dict)
        self.path = path
        self.size = 1
        self.pending_key: str | None = None
        self.anchor = anchor
        self.mark = mark  # where it starts (for an error message about it)
        self.index = index  # its index in the position arrays



def reference_parse_yaml(text: str | bytes, filename: str) -> YamlDocument:
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
    anchors: dict[str, tuple[Any, int]] = {}
    stack: list[_Frame] = []
    top: _Frame | None = None
    root: Any = None
    documents = 0
    expanded = 0

    def place(value: Any, size: int, mark: Any) -> None:
        """Attach a finished value to the container being built (or make it the root)."""
        nonlocal root
        if top is None:
            root = value
            return
        top.size += size
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
    try:
        while (event := next_event()) is not None:
            cls = event.__class__
            if cls is ScalarEvent:
                mark = event.start_mark
                is_key = top is not None and top.is_map and top.pending_key is None
                tag = event.tag
                value: Any = event.value
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
                place(value, 1, mark)
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
                top = _Frame({} if is_map else [], child_path(), event.anchor, mark, len(spans) - 1)
                stack.append(top)
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                frame = stack.pop()
                top = stack[-1] if stack else None
                expanded += 1
                if frame.anchor:
                    anchors[frame.anchor] = (frame.container, frame.size)
                spans[frame.index] = len(spans) - frame.index
                place(frame.container, frame.size, frame.mark)
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
                place(value, size, mark)
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

    if problems:
        raise ReportError(filename, problems)
    if documents == 0 or root is None:
        raise ReportError.single(filename, "the file is empty: a report needs at least a 'meta' section", 1, 1)
    return YamlDocument(root, lines, columns, spans, legacy_numbers)
