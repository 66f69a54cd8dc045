"""Loading a report file: read safely, parse YAML with positions, validate, check against the source.

A report that does not validate at once is checked on as far as it can be, so that one run lists every problem
of the file; the problems are worded and tied to their items by ``viewer.model.validation_problems``."""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from viewer.model.errors import Problem, ReportError
from viewer.model.package import PackageError, is_package_name, looks_like_package, read_package
from viewer.model.provenance import Provenance
from viewer.model.safe_read import describe_read_error, read_beneath, read_regular
from viewer.model.types import Report

if TYPE_CHECKING:
    from viewer.model.cache import ReportCache

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


# Reads the source text named by meta.source (a package's reader; a folder's is read_source).
SourceReader = Callable[[str], str]


def parse_report(text: str | bytes, name: str, source_dir: Path | None,
                 source_reader: SourceReader | None = None) -> LoadedReport:
    """Validate report text (or a report file's UTF-8 bytes, checked by decode_text); ``source_dir`` is where
    ``meta.source`` is looked up (None: skip quotes), or ``source_reader`` reads it (a package's entry)."""
    # Imported here: a report opened from the cache needs neither the YAML parser nor the checks.
    from viewer.model.checks import check_all
    from viewer.model.validation import ValidationError, validate_report
    from viewer.model.validation_problems import (
        MAX_REPAIRS,
        capped,
        known_problem,
        problems_from_validation,
        removed_quotes,
        short_quote,
        with_items,
        with_stand_ins,
        without_invalid_items,
    )
    from viewer.model.yaml_source import parse_yaml

    doc = parse_yaml(text, name)
    del text  # not needed once parsed (the caller may hold it; validate does not)
    if not isinstance(doc.data, dict):
        raise ReportError.single(name, "a report is a mapping with 'meta', 'facts', 'tasks', …", 1, 1)
    problems: list[Problem] = []
    kept: dict[str, list[int]] = {}
    removed_ids: set[str] = set()
    placeholders: set[str] = set()
    try:
        report = validate_report(doc.data)
    except ValidationError as exc:
        problems = problems_from_validation(exc, doc, name)
        # Check what did validate too, so that one run lists every problem of the file: list items that failed
        # are left out, and a field outside them (meta.published, an unknown top-level key) is put right with
        # a stand-in, until what is left validates.
        pruned = without_invalid_items(doc.data, problems, kept, removed_ids)
        repaired: Report | None = None
        for _ in range(MAX_REPAIRS):
            try:
                repaired = validate_report(pruned)
                break
            except ValidationError as again:
                # Paths into a pruned list count its rows after pruning: those lists passed already.
                more = [p for p in problems_from_validation(again, doc, name)
                        if not known_problem(p, problems) and (not p.path or p.path[0] not in kept)]
                problems += more
                pruned = with_stand_ins(pruned, problems_from_validation(again, doc, name), placeholders)
        if repaired is None:
            raise ReportError(name, capped(with_items(problems, doc.data), name)) from None
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
        for path, quote in removed_quotes(doc.data, kept):
            if quote not in source_text:
                pos = doc.position(path)
                problems.append(Problem(name, f"the quote is not in the source text: {short_quote(quote)}",
                                        pos.line if pos else None, pos.column if pos else None, path))
    # Where each quote stands, found once: the quote check takes its verdict, the report cache keeps it.
    found = Provenance(report, source_text) if source_ok else None
    for path, message in check_all(report, source_text if source_ok else None, frozenset(removed_ids), found):
        if path and path[0] in kept and len(path) > 1 and isinstance(path[1], int):
            path = (path[0], kept[path[0]][path[1]], *path[2:])
        pos = doc.position(path)
        problems.append(Problem(name, message, pos.line if pos else None, pos.column if pos else None, path))
    if problems:
        raise ReportError(name, capped(with_items(problems, doc.data), name))
    return LoadedReport(report, Path(name), source_text, provenance=found)


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
    if cache is None:
        # Nothing needs the file's bytes once parsed (validate): handed on, not kept here while the report
        # is validated and checked.
        reading = [raw]
        del raw
        return parse_report(_yaml_input(reading.pop(), str(path)), str(path), path.parent)
    loaded = parse_report(_yaml_input(raw, str(path)), str(path), path.parent)
    if cache is not None:
        cache.put(raw, loaded.report, loaded.source_text, loaded.provenance)
    return loaded


def _yaml_input(raw: bytes, name: str) -> str | bytes:
    """A report file's content for the YAML parser: checked as decode_text checks it, and handed on as the
    file's bytes when they are UTF-8 (the parser reads UTF-8 itself; a decoded ``str`` would cost the text
    twice more while the file is parsed: the ``str`` and the parser's UTF-8 copy of it)."""
    text = decode_text(raw, name)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return text
    return raw


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
    if cache is not None:
        cache.put(package.report_bytes, loaded.report, loaded.source_text, loaded.provenance)
    return LoadedReport(loaded.report, path, loaded.source_text, package.review, loaded.provenance)


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
