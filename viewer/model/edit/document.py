"""A report file opened for editing: its YAML kept as a round-trip tree (order, comments and quoting as the
file has them), changed by small undoable steps, and written back atomically only when it validates.

ruamel.yaml is used for the tree because it writes an unchanged file back byte for byte and a changed one
with only the changed lines different (PyYAML, which reads reports, drops comments and order on writing).
New strings are written quoted whenever YAML could read them as something else (``'2023'``, ``'no'``).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.model.atomic_file import atomic_write
from viewer.model.errors import FieldPath, ReportError
from viewer.model.loader import LoadedReport, decode_text, parse_report, read_bytes

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()
"""A key that is absent (set it to MISSING to remove the key)."""


@dataclass(frozen=True)
class Change:
    """One primitive change of the tree: set ``path`` to ``value`` (MISSING removes the key), or insert
    (``insert=True``) / remove (``value`` MISSING with ``insert=False`` on a list index) a list item."""

    path: FieldPath
    value: Any
    insert: bool = False


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line the file did not fold
    yaml.representer.add_representer(
        type(None), lambda r, _d: r.represent_scalar("tag:yaml.org,2002:null", "null"))
    return yaml


def _sequence_indent(text: str) -> int:
    """Where the file puts a list's dash under its key: 0 (``- id``) or 2 (``  - id``)."""
    found = re.search(r"^[A-Za-z_]\w*:[ \t]*\n( *)- ", text, re.M)
    return len(found.group(1)) if found else 0


def to_plain(node: Any) -> Any:
    """The tree as plain dicts, lists and scalars (what the report types validate)."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)  # ruamel's quoted-string subclasses as str
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return node


def _quoted(value: Any) -> Any:
    """New values as the tree holds them: strings double-quoted when plain YAML would read them otherwise."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _quoted(v)
        return out
    if isinstance(value, list):
        return CommentedSeq([_quoted(v) for v in value])
    if isinstance(value, str) and _needs_quotes(value):
        return DoubleQuotedScalarString(value)
    return value


def _styled(value: Any, like: Any, *, item: bool = False) -> Any:
    """A new value written as ``like`` (the neighbouring item, or the mapping it goes into) writes its own: a
    drafted file's ``label: {zh: "…", en: ""}`` gets a new fact's label in flow style and its strings in
    double quotes; a hand-written block-style file gets block style. ``item``: ``value`` is a list's item
    (written in block style as ``like``, its neighbour), not a field of ``like``."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    children = list(like.values()) if isinstance(like, dict) else list(like) if isinstance(like, list) else []
    quote_all = any(isinstance(v, DoubleQuotedScalarString) for v in children) or any(
        isinstance(w, DoubleQuotedScalarString) for v in children if isinstance(v, dict) for w in v.values())
    flow = any(isinstance(v, CommentedMap | CommentedSeq) and v.fa.flow_style() for v in children)

    def convert(node: Any, top: bool) -> Any:
        if isinstance(node, dict):
            out = CommentedMap((k, convert(v, False)) for k, v in node.items())
            if flow and not top:
                out.fa.set_flow_style()
            return out
        if isinstance(node, list):
            seq = CommentedSeq([convert(v, False) for v in node])
            if flow and not top:
                seq.fa.set_flow_style()
            return seq
        if isinstance(node, str) and (quote_all or _needs_quotes(node)):
            return DoubleQuotedScalarString(node)
        return node

    return convert(value, item)


def _needs_quotes(text: str) -> bool:
    """Whether a plain scalar could be read as anything but this string (by YAML 1.1 or 1.2)."""
    from viewer.model.yaml_source import _plain_tag

    if not text or text != text.strip() or "\n" in text or text[0] in "!&*?|>'\"%@`#,[]{}-:":
        return True
    if any(mark in text for mark in (": ", " #", "\t")):
        return True
    tag, yaml11_number = _plain_tag(text)
    return tag != "tag:yaml.org,2002:str" or yaml11_number or text.lower() in (
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~")


# The document ``ReportDocument.prepare`` made ready, by path: at most one.
_READY: dict[Path, tuple[str, ReportDocument]] = {}


class ReportDocument:
    """An open report file: the round-trip tree, its source text, and the edits since it was saved."""

    def __init__(self, text: str, path: Path, source_text: str) -> None:
        self.path = path
        self.source_text = source_text
        self._yaml = _yaml()
        dash = _sequence_indent(text)
        self._yaml.indent(mapping=2, sequence=dash + 2, offset=dash)
        self.root = self._yaml.load(text)
        self.dirty = False
        # The problems found while it was made ready (set by the drafting worker): taken once by the editor, so
        # a new draft's checks ran in the drafting worker too. None: not known, the editor finds them.
        self.problems: dict[str | None, list[Any]] | None = None

    @classmethod
    def open(cls, loaded: LoadedReport) -> ReportDocument:
        """The file ``loaded`` came from, opened for editing (ReportError when it cannot be read); the one made
        ready by ``prepare`` for this path when the file still holds that very text."""
        from viewer.model.loader import MAX_REPORT_BYTES

        text = decode_text(read_bytes(loaded.path, MAX_REPORT_BYTES, "report file"), str(loaded.path))
        ready = _READY.pop(loaded.path, None)
        if ready is not None and ready[0] == text:
            ready[1].source_text = loaded.source_text
            return ready[1]
        return cls(text, loaded.path, loaded.source_text)

    @classmethod
    def prepare(cls, text: str, path: Path, source_text: str) -> ReportDocument:
        """Parse ``text``, about to be written to ``path``, for ``open`` to take (one at a time): a new draft opens
        in edit mode, and its round-trip tree (25 s for a 400 kB text's 4.5 MB draft) is built in the drafting
        worker, off the UI thread (pure Python, no Qt). The worker may set its ``problems`` too."""
        document = cls(text, path, source_text)
        _READY.clear()
        _READY[path] = (text, document)
        return document

    @staticmethod
    def forget(path: Path) -> None:
        """Drop the document ``prepare`` made ready for ``path`` (its file will not be written)."""
        _READY.pop(path, None)

    # --- reading -----------------------------------------------------------------------------------

    def get(self, path: FieldPath, default: Any = MISSING) -> Any:
        """The value at ``path`` (MISSING or ``default`` when a key on the way is absent)."""
        node = self.root
        for part in path:
            if isinstance(part, int):
                if not isinstance(node, list) or not 0 <= part < len(node):
                    return default
                node = node[part]
            else:
                if not isinstance(node, dict) or part not in node:
                    return default
                node = node[part]
        return node

    def plain(self, path: FieldPath = ()) -> Any:
        """The value at ``path`` as plain data."""
        return to_plain(self.get(path))

    def items(self, key: str) -> Iterator[tuple[int, Any]]:
        """(index, item) of a top-level list (facts, tasks, …); nothing when it is absent."""
        seq = self.root.get(key) if isinstance(self.root, dict) else None
        if isinstance(seq, list):
            yield from enumerate(seq)

    # --- changing ----------------------------------------------------------------------------------

    def apply(self, changes: list[Change]) -> list[Change]:
        """Apply ``changes`` in order; the changes that undo them (to apply in the order returned)."""
        undo: list[Change] = []
        for change in changes:
            undo.append(self._apply_one(change))
        self.dirty = True
        return list(reversed(undo))

    def _apply_one(self, change: Change) -> Change:
        *parent_path, key = change.path
        parent = self.get(tuple(parent_path))
        if isinstance(key, int):
            # A new item is written as the item beside it.
            neighbour = parent[key - 1] if 0 < key <= len(parent) else parent[key] if key < len(parent) else None
            if change.insert:
                new = change.value if _is_tree(change.value) else _styled(change.value, neighbour, item=True)
                parent.insert(key, new)
                return Change(change.path, MISSING)
            old = parent[key]
            if change.value is MISSING:
                del parent[key]
                return Change(change.path, old, insert=True)
            parent[key] = change.value if _is_tree(change.value) else _quoted(change.value)
            return Change(change.path, old)
        old = parent.get(key, MISSING)
        new = change.value if change.value is MISSING or _is_tree(change.value) else _styled(change.value, parent)
        if change.value is MISSING:
            if key in parent:
                del parent[key]
        elif key in parent:
            parent[key] = new
        else:
            parent.insert(_insert_position(parent, key), key, new)
        return Change(change.path, old)

    # --- writing -----------------------------------------------------------------------------------

    def dump(self) -> str:
        """The document as YAML text (the drafter's header comment kept true: :func:`_refresh_header`)."""
        out = io.StringIO()
        self._yaml.dump(self.root, out)
        return _refresh_header(out.getvalue(), self.plain())

    def save(self, path: Path | None = None) -> LoadedReport:
        """Write the document to ``path`` (default: where it came from) atomically, only if it validates.

        The text written is read back through the report loader first: a problem raises ReportError and
        nothing is written; an OSError from writing leaves the old file as it was.
        """
        target = path or self.path
        text = self.dump()
        loaded = parse_report(text, str(target), target.parent)
        if to_plain(self._yaml.load(text)) != self.plain():  # pragma: no cover - a writer bug, never data loss
            raise ReportError.single(str(target), "the file written would not read back as edited")
        atomic_write(target, text.encode("utf-8"), overwrite=True, shared=True)
        self.path = target
        self.dirty = False
        return loaded


# The order keys take when an edit adds one a drafted or hand-written item did not have.
_FIELD_ORDER = ("schema_version", "meta", "sections", "facts", "enterprises", "honours", "tasks",
                "id", "number", "label", "name", "title", "text", "value", "unit", "period", "period_label", "kind",
                "scope", "qualifier", "comparison", "aim", "summary", "text_en", "tags", "section", "count_fact",
                "rank_fact", "achievements", "actions", "facts", "quote", "draft",
                "zh", "en", "from", "to", "from_period", "to_period")


def _insert_position(mapping: dict[str, Any], key: str) -> int:
    """Where a new ``key`` goes in ``mapping``: after the keys that come before it in the usual order."""
    try:
        rank = _FIELD_ORDER.index(key)
    except ValueError:
        return len(mapping)
    keys = list(mapping)
    for i, existing in enumerate(keys):
        if existing in _FIELD_ORDER and _FIELD_ORDER.index(existing) > rank:
            return i
    return len(keys)


def _is_tree(value: Any) -> bool:
    """A node taken from the tree itself (an undo puts it back as it was, comments included)."""
    from ruamel.yaml.comments import CommentedBase

    return isinstance(value, CommentedBase)


_DRAFT_NOTE = ("# Every item is marked `draft: true`: check each against its quote, add English labels, then set\n"
               "# `draft: false` (or remove the line).\n")
_TO_FILL = re.compile(r"^(# Meta fields to fill in \(the text does not state them; null until then\): )(.*)\.\n",
                      re.M)


def _refresh_header(text: str, data: Any) -> str:
    """The header `report-viewer draft` wrote, without what is no longer so: the note on drafts once no item is
    a draft, the meta fields to fill in that are filled (the line goes with the last). Other text untouched."""
    if not text.startswith("# Drafted by `report-viewer draft`"):
        return text
    head, body = text.split("\nschema_version:", 1) if "\nschema_version:" in text else (text, None)
    if body is None:
        return text
    head += "\n"
    if not _has_draft(data):
        head = head.replace(_DRAFT_NOTE, "", 1)
    found = _TO_FILL.search(head)
    if found is not None:
        meta = data.get("meta") if isinstance(data, dict) else None
        still = [f for f in found.group(2).split(", ") if not isinstance(meta, dict) or meta.get(f) is None]
        head = head.replace(found.group(0), f"{found.group(1)}{', '.join(still)}.\n" if still else "", 1)
    return head + "schema_version:" + body


def _has_draft(node: Any) -> bool:
    if isinstance(node, dict):
        return node.get("draft") is True or any(_has_draft(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_draft(v) for v in node)
    return False
