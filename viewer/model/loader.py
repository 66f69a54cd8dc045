"""Loading a report file: read safely, parse YAML with positions, validate, check against the source."""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from viewer.model.errors import PathPart, Problem, ReportError
from viewer.model.package import PackageError, is_package_name, looks_like_package, read_package
from viewer.model.provenance import Provenance
from viewer.model.safe_read import describe_read_error, read_beneath, read_regular
from viewer.model.types import Report

if TYPE_CHECKING:
    from pydantic import ValidationError

    from viewer.model.cache import ReportCache
    from viewer.model.yaml_source import YamlDocument

MAX_REPORT_BYTES = 32 * 1024 * 1024
MAX_SOURCE_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class LoadedReport:
    """A validated report with the file it came from and its source text.

    ``path`` is the file the user opened: a report file, or a report package (``*.irv``); ``review`` is the
    reviewer's work a package carries (a checklist export's JSON text), None for a plain report file.
    """

    report: Report
    path: Path
    source_text: str
    review: str | None = None
    # Where each quote stands (viewer.model.provenance), when known already: kept in the report cache.
    provenance: Provenance | None = field(default=None, compare=False, repr=False)

    @property
    def is_package(self) -> bool:
        """Whether the report came from a report package."""
        return is_package_name(self.path)


def read_bytes(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ReportError (a clear message) otherwise.

    Opened by viewer.model.safe_read: a FIFO, device or folder is refused without blocking or reading.
    """
    try:
        return read_regular(path, limit)
    except OSError as exc:
        raise ReportError.single(str(path), describe_read_error(exc, what)) from None


def read_source(report_dir: Path, relative: str) -> str:
    """The source text named by ``meta.source``: a regular file inside the report's folder (a symbolic link
    leading outside it is refused), decoded; ValueError for a bad name, ReportError for a bad file."""
    try:
        raw = read_beneath(report_dir, relative, MAX_SOURCE_BYTES)
    except ValueError:
        raise ValueError("the source text must be named relative to the report's folder, without '..'") from None
    except OSError as exc:
        raise ReportError.single(str(report_dir / relative), describe_read_error(exc, "source text")) from None
    return decode_text(raw, str(report_dir / relative))


def decode_text(raw: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (BOM allowed) or BOM-marked UTF-16; the error names the first bad byte."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReportError.single(name, f"invalid UTF-16 text: {exc.reason}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise ReportError.single(
            name, f"not UTF-8 text: byte 0x{raw[exc.start]:02x} cannot be decoded (save the file as UTF-8)",
            line, column,
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ReportError.single(name, "binary data: the file contains NUL bytes", line, 1)
    return text


# pydantic's wording for a few error types, said the way a report author thinks of them. The report types are
# dataclasses, whose errors pydantic words as for function arguments ("Unexpected keyword argument").
_UNKNOWN_FIELD = frozenset({"unexpected_keyword_argument", "extra_forbidden"})
_MISSING_FIELD = frozenset({"missing", "missing_keyword_only_argument", "missing_argument"})
_NOT_AN_OBJECT = frozenset({"dataclass_type", "dataclass_args_type", "model_type"})
_STRICT_TYPE = frozenset({"int_type", "float_type", "bool_type"})


def _quoted_scalar(value: object, kind: str) -> bool:
    """Whether text in place of a number reads as one (so it was written in quotes: "1"); any text where a
    boolean belongs."""
    if not isinstance(value, str):
        return False
    if kind == "bool_type":
        return True  # "off", "yes", "true": text where only true or false may stand
    try:
        float(value)
    except ValueError:
        return False
    return True


def _problems_from_validation(exc: ValidationError, doc: YamlDocument, name: str) -> list[Problem]:
    from viewer.model.yaml_source import yaml11_hint

    problems = []
    for err in exc.errors(include_url=False):
        path = tuple(p for p in err["loc"] if isinstance(p, str | int))
        pos = doc.position(path)
        message = err["msg"].removeprefix("Value error, ")
        kind = err["type"]
        if kind in _UNKNOWN_FIELD:
            message = "unknown field (not part of the report format)"
        elif kind in _MISSING_FIELD:
            message = "required field is missing"
        elif kind in _NOT_AN_OBJECT:
            what = (err.get("ctx") or {}).get("class_name")
            message = f"Input should be a valid dictionary or instance of {what}" if what else message
        elif path in doc.legacy_numbers:
            message = yaml11_hint(doc.legacy_numbers[path], wants_bool=kind == "bool_type")
        elif kind in _STRICT_TYPE and _quoted_scalar(err.get("input"), kind):
            message += (" (true or false, written without quotes)" if kind == "bool_type"
                        else " (a number is written without quotes)")
        problems.append(Problem(name, message, pos.line if pos else None, pos.column if pos else None, path))
    return problems


# Reads the source text named by meta.source (a package's reader; a folder's is read_source).
SourceReader = Callable[[str], str]


def parse_report(text: str, name: str, source_dir: Path | None,
                 source_reader: SourceReader | None = None) -> LoadedReport:
    """Validate report text; ``source_dir`` is where ``meta.source`` is looked up (None: skip quotes), or
    ``source_reader`` reads it (a package's entry)."""
    # Imported here: a report opened from the cache needs neither the YAML parser nor the checks.
    from viewer.model.checks import check_all
    from viewer.model.validation import ValidationError, validate_report
    from viewer.model.yaml_source import parse_yaml

    doc = parse_yaml(text, name)
    if not isinstance(doc.data, dict):
        raise ReportError.single(name, "a report is a mapping with 'meta', 'facts', 'tasks', …", 1, 1)
    problems: list[Problem] = []
    kept: dict[str, list[int]] = {}
    removed_ids: set[str] = set()
    placeholders: set[str] = set()
    try:
        report = validate_report(doc.data)
    except ValidationError as exc:
        problems = _problems_from_validation(exc, doc, name)
        # Check what did validate too, so that one run lists every problem of the file: list items that failed
        # are left out, and a field outside them (meta.published, an unknown top-level key) is put right with
        # a stand-in, until what is left validates.
        pruned = _without_invalid_items(doc.data, problems, kept, removed_ids)
        repaired: Report | None = None
        for _ in range(MAX_REPAIRS):
            try:
                repaired = validate_report(pruned)
                break
            except ValidationError as again:
                # Paths into a pruned list count its rows after pruning: those lists passed already.
                more = [p for p in _problems_from_validation(again, doc, name)
                        if not _known(p, problems) and (not p.path or p.path[0] not in kept)]
                problems += more
                pruned = _with_stand_ins(pruned, _problems_from_validation(again, doc, name), placeholders)
        if repaired is None:
            raise ReportError(name, _capped(_with_items(problems, doc.data), name)) from None
        report = repaired

    type_problems = len(problems)
    source_text = ""
    if (source_dir is not None or source_reader is not None) and "source" not in placeholders:
        pos = doc.position(("meta", "source"))
        source_path = (source_dir or Path(name).parent) / report.meta.source
        try:
            source_text = (source_reader(report.meta.source) if source_reader is not None
                           else read_source(source_dir or Path("."), report.meta.source))
        except ValueError as exc:
            problems.append(Problem(name, str(exc), pos.line if pos else None, pos.column if pos else None,
                                    ("meta", "source")))
        except ReportError as exc:
            problems += [
                Problem(name, f"{p.message}: {source_path}" + (f" (line {p.line})" if p.line else ""),
                        pos.line if pos else None, pos.column if pos else None, ("meta", "source"))
                for p in exc.problems
            ]
    source_ok = (source_dir is not None or source_reader is not None) and len(problems) == type_problems \
        and "source" not in placeholders
    if source_ok:
        # The items left out for a type error are checked too: their quotes must be in the text all the same.
        for path, quote in _removed_quotes(doc.data, kept):
            if quote not in source_text:
                pos = doc.position(path)
                problems.append(Problem(name, f"the quote is not in the source text: {_short_quote(quote)}",
                                        pos.line if pos else None, pos.column if pos else None, path))
    for path, message in check_all(report, source_text if source_ok else None, frozenset(removed_ids)):
        if path and path[0] in kept and len(path) > 1 and isinstance(path[1], int):
            path = (path[0], kept[path[0]][path[1]], *path[2:])
        pos = doc.position(path)
        problems.append(Problem(name, message, pos.line if pos else None, pos.column if pos else None, path))
    if problems:
        raise ReportError(name, _capped(_with_items(problems, doc.data), name))
    return LoadedReport(report, Path(name), source_text)


MAX_PROBLEMS = 200
MAX_REPAIRS = 4
# Stand-ins for meta fields that failed validation: enough for the rest of the file to be checked.
_META_STAND_INS: dict[str, object] = {"id": "unknown", "title": {"zh": "?"}, "source": "?", "version": "1"}
_LISTS = ("sections", "facts", "enterprises", "honours", "tasks")
# What each list of a report holds, as a problem names it (the window translates these).
ITEM_KINDS = {"sections": "section", "facts": "fact", "enterprises": "enterprise", "honours": "honour",
              "tasks": "task", "actions": "action", "achievements": "achievement"}


def _short_quote(text: str, limit: int = 40) -> str:
    return f"“{text}”" if len(text) <= limit else f"“{text[:limit]}…”"


def _removed_quotes(data: dict[str, Any], kept: dict[str, list[int]]) -> list[tuple[tuple[PathPart, ...], str]]:
    """(path, quote) of every quote written in the list items left out of validation (and in their actions)."""
    found: list[tuple[tuple[PathPart, ...], str]] = []
    for key, kept_rows in kept.items():
        items = data.get(key)
        if not isinstance(items, list):
            continue
        for i, item in enumerate(items):
            if i in kept_rows or not isinstance(item, dict):
                continue
            if isinstance(item.get("quote"), str) and len(item["quote"]) >= 2:
                found.append(((key, i, "quote"), item["quote"]))
            for sub in ("actions", "achievements"):
                children = item.get(sub)
                if not isinstance(children, list):
                    continue  # not a list: validation has said so already
                for j, child in enumerate(children):
                    if isinstance(child, dict) and isinstance(child.get("quote"), str) and len(child["quote"]) >= 2:
                        found.append(((key, i, sub, j, "quote"), child["quote"]))
    return found


def _known(problem: Problem, problems: list[Problem]) -> bool:
    return any(p.path == problem.path and p.message == problem.message for p in problems)


def _with_stand_ins(data: dict[str, Any], problems: list[Problem], placeholders: set[str]) -> dict[str, Any]:
    """``data`` with each field a problem names outside the list items removed (unknown fields, a wrong
    top-level value) or replaced by a stand-in (meta); the meta fields replaced are added to ``placeholders``."""
    data = dict(data)
    for p in problems:
        path = p.path
        if not path:
            continue
        if path[0] == "meta" and isinstance(data.get("meta"), dict) and len(path) >= 2 and isinstance(path[1], str):
            meta = dict(data["meta"])
            field = path[1]
            if p.message.startswith("unknown field"):
                meta.pop(field, None)
            else:
                meta[field] = _META_STAND_INS.get(field)
                placeholders.add(field)
            data["meta"] = meta
        elif path[0] == "meta":
            data["meta"] = {"id": "unknown", "title": {"zh": "?"}, "source": "?", "publisher": None,
                            "published": None, "meeting_date": None, "place": None, "format": None, "reporter": None}
            placeholders.add("source")
        elif path[0] in _LISTS and not isinstance(data.get(path[0]), list):
            data[path[0]] = []
        elif path[0] == "schema_version":
            data["schema_version"] = 1
        elif isinstance(path[0], str) and len(path) == 1:
            data.pop(path[0], None)  # an unknown top-level key
    return data


def _with_items(problems: list[Problem], data: object) -> list[Problem]:
    """Each problem with the id, label and kind of the report item it is in (the innermost with an id)."""
    from dataclasses import replace

    out = []
    for p in problems:
        node: object = data
        found: tuple[str, str, tuple[str, str], tuple[PathPart, ...]] | None = None
        parent_key = ""
        for depth, part in enumerate(p.path):
            if isinstance(node, dict) and isinstance(part, str):
                node, parent_key = node.get(part), part
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
                if isinstance(node, dict) and parent_key in ITEM_KINDS:
                    found = (ITEM_KINDS[parent_key], str(node.get("id", "")), _label_of(node), p.path[depth + 1:])
            else:
                break
        if found is None:
            out.append(p)
        else:
            kind, item_id, label, rest = found
            out.append(replace(p, item_kind=kind, item_id=item_id, item_label=label, item_field=rest))
    return out


def _label_of(item: dict[str, Any]) -> tuple[str, str]:
    """(zh, en) of an item's label, name, title or text, as far as the file gives them."""
    for key in ("label", "name", "title", "text"):
        value = item.get(key)
        if isinstance(value, dict):
            zh, en = value.get("zh"), value.get("en")
            return (zh if isinstance(zh, str) else "", en if isinstance(en, str) else "")
        if isinstance(value, str):
            return (value, value)
    return ("", "")


def _capped(problems: list[Problem], name: str) -> list[Problem]:
    """At most MAX_PROBLEMS problems, and a last line saying how many more there were."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = len(problems) - MAX_PROBLEMS
    return [*problems[:MAX_PROBLEMS], Problem(name, f"… and {more} more problems (fix these first)")]


def _without_invalid_items(
    data: dict[str, Any], problems: list[Problem], kept: dict[str, list[int]], removed_ids: set[str]
) -> dict[str, Any]:
    """``data`` without the list items that failed validation; ``kept`` maps new indices to original ones."""
    bad: dict[str, set[int]] = {}
    for p in problems:
        if len(p.path) >= 2 and isinstance(p.path[0], str) and isinstance(p.path[1], int):
            bad.setdefault(p.path[0], set()).add(p.path[1])
    pruned = dict(data)
    for key, indices in bad.items():
        items = data.get(key)
        if isinstance(items, list):
            kept[key] = [i for i in range(len(items)) if i not in indices]
            pruned[key] = [items[i] for i in kept[key]]
            removed = [items[i] for i in indices if i < len(items)]
            removed_ids.update(str(item["id"]) for item in removed if isinstance(item, dict) and "id" in item)
    return pruned


def load_report(path: str | os.PathLike[str], cache: ReportCache | None = None) -> LoadedReport:
    """Load, validate and check a report file; ReportError lists every problem found.

    With a ``cache`` (viewer.model.cache), a report read before with the same text and the same source
    text comes from the cache; any other report is parsed and then stored there.
    """
    path = Path(path)
    if is_package_name(path):
        return load_package(path, cache)
    raw = read_bytes(path, MAX_REPORT_BYTES, "report file")
    if looks_like_package(raw):
        return load_package(path, cache)  # a package under another name
    if cache is not None:
        # Looked up by the file's bytes: a hit needs the report text neither decoded nor parsed (the same
        # bytes decoded and validated when the entry was written).
        cached = _from_cache(cache, raw, path)
        if cached is not None:
            return cached
    loaded = parse_report(decode_text(raw, str(path)), str(path), path.parent)
    if cache is not None:
        loaded = replace(loaded, provenance=Provenance(loaded.report, loaded.source_text))
        cache.put(raw, loaded.report, loaded.source_text, loaded.provenance)
    return loaded


def load_package(path: Path, cache: ReportCache | None = None) -> LoadedReport:
    """Load the report a package holds (viewer.model.package), checked as a report file is; ``path`` stays the
    package's. Problems name the entry inside it: ``PACKAGE/NAME.yaml:LINE:COLUMN``."""
    try:
        package = read_package(path)
    except PackageError as exc:
        raise ReportError.single(str(path), str(exc)) from None
    name = f"{path}/{package.report_name}"

    def source_reader(relative: str) -> str:
        if str(PurePosixPath(relative.replace("\\", "/"))) != package.source_name:
            raise ValueError(f"the package holds the source text '{package.source_name}', not '{relative}'")
        return decode_text(package.source_bytes, f"{path}/{package.source_name}")

    if cache is not None:
        from viewer.model.cache import text_digest

        hit = cache.get(package.report_bytes)
        if hit is not None:
            report, source_digest, provenance = hit
            try:
                source_text = source_reader(report.meta.source)
            except (ValueError, ReportError):
                source_text = None
            if source_text is not None and text_digest(source_text) == source_digest:
                return LoadedReport(report, path, source_text, package.review,
                                    Provenance.from_json(source_text, provenance))
    loaded = parse_report(decode_text(package.report_bytes, name), name, None, source_reader)
    found = None
    if cache is not None:
        found = Provenance(loaded.report, loaded.source_text)
        cache.put(package.report_bytes, loaded.report, loaded.source_text, found)
    return LoadedReport(loaded.report, path, loaded.source_text, package.review, found)


def _from_cache(cache: ReportCache, raw: bytes, path: Path) -> LoadedReport | None:
    """The cached report for the report file's bytes if there is one and its source text is unchanged."""
    from viewer.model.cache import text_digest

    hit = cache.get(raw)
    if hit is None:
        return None
    report, source_digest, provenance = hit
    try:
        # Read again as carefully as on a miss: the file may have been replaced (by a link, a FIFO) since.
        source_text = read_source(path.parent, report.meta.source)
    except (ValueError, ReportError):
        return None  # parse again: that reports the problem with the source properly
    if text_digest(source_text) != source_digest:
        return None
    return LoadedReport(report, path, source_text, provenance=Provenance.from_json(source_text, provenance))
