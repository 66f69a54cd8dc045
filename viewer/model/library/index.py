"""The library's index: what each report of the library's folders holds, kept in SQLite and updated incrementally.

``refresh`` walks the folders; a file whose size and modification time are unchanged (and whose source text
is unchanged) is skipped without being read, one whose bytes hash the same is only re-stamped, and only a new
or changed file is parsed and indexed again. Each file is written in its own transaction, so an interrupted
refresh keeps what it did. The user's checklist state files are indexed the same way (notes, comments,
progress). Reports are never held in memory: a refresh reads one file at a time, and the queries return rows.

A damaged index (SQLite says so while it is used, or its quick check fails at the start of a refresh) is
thrown away and built again from the files: it is a cache, never the only copy of anything.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from viewer.model.errors import ReportError
from viewer.model.library.db import INDEX_NAME, Database, needs_rebuild, transaction
from viewer.model.library.index_rows import delete_file, insert_file, insert_report
from viewer.model.library.indicators import Vocabulary, load_vocabulary
from viewer.model.library.records import FileStatus
from viewer.model.library.scan import FoundFile, file_hash, find_reports, stat_or_none
from viewer.model.library.state_index import refresh_states
from viewer.model.loader import MAX_REPORT_BYTES, decode_text, load_package, parse_report
from viewer.model.package import MAX_PACKAGE_BYTES, is_package_name, looks_like_package
from viewer.model.paths import library_index_dir
from viewer.model.safe_read import describe_read_error, read_regular

T = TypeVar("T")
# progress(done, total, path) -> keep going?
Progress = Callable[[int, int, Path], bool]

_META = re.compile(rb"^meta\s*:", re.MULTILINE)


@dataclass
class RefreshSummary:
    """What a refresh did."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    problems: int = 0  # files with problems (listed with their first problem)
    states: int = 0  # checklist state files read again
    rebuilt: bool = False  # the index was damaged or missing and was built again
    stopped: bool = False  # progress() asked to stop
    changed_paths: list[Path] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.states or self.rebuilt)


def default_index_path() -> Path:
    return library_index_dir() / INDEX_NAME


class LibraryIndex:
    """The index at ``path`` (default: the library's in the cache folder; None: in memory)."""

    def __init__(self, path: Path | str | None = "default", *, fts: bool | None = None,
                 vocabulary: Vocabulary | None = None) -> None:
        where = default_index_path() if path == "default" else (Path(path) if path is not None else None)
        self.db = Database(where, fts=fts)
        self._vocabulary = vocabulary
        self.cache: dict[str, tuple[object, object]] = {}  # queries' own memos, keyed by the index's version

    @property
    def vocabulary(self) -> Vocabulary:
        if self._vocabulary is None:
            self._vocabulary = load_vocabulary()
        return self._vocabulary

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection readers use (queries): the file now at the path (see ``_follow``)."""
        self._follow()
        return self.db.conn

    def _follow(self) -> None:
        if self.db.replaced():
            self.db.reopen()  # deleted under this connection and built again by another: read the new one
            self.cache.clear()

    @property
    def fts(self) -> bool:
        """Whether search runs on FTS5 (else a plain scan)."""
        return self.db.fts

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> LibraryIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def guarded(self, work: Callable[[], T]) -> T:
        """Run ``work``; when SQLite finds the index damaged, start it again and run ``work`` once more."""
        try:
            return work()
        except sqlite3.Error as exc:
            if not needs_rebuild(exc):
                raise
        self.db.start_again()
        return work()

    # --- refreshing -----------------------------------------------------------------------------------

    def refresh(self, folders: Sequence[Path], state_dir: Path | None = None, *, progress: Progress | None = None,
                check: bool = True) -> RefreshSummary:
        """Bring the index up to date with ``folders`` and the state files in ``state_dir``.

        ``check``: run SQLite's quick check first and build the index again when it finds damage.
        """
        summary = RefreshSummary()
        self._follow()
        if check and not self.db.check():
            self.db.start_again()
        summary.rebuilt = self.db.rebuilt

        def work() -> RefreshSummary:
            self._refresh_files(folders, summary, progress)
            if state_dir is not None:
                summary.states += refresh_states(self.db, state_dir)
            return summary

        result = self.guarded(work)
        result.rebuilt = result.rebuilt or self.db.rebuilt
        self.db.rebuilt = False
        return result

    def _refresh_files(self, folders: Sequence[Path], summary: RefreshSummary, progress: Progress | None) -> None:
        found = find_reports(folders)
        known = {row[0]: row[1:] for row in self.db.conn.execute(
            "SELECT path, size, mtime_ns, hash, status, source_path, source_size, source_mtime_ns, dir_mtime_ns "
            "FROM files")}
        seen: set[str] = set()
        for done, candidate in enumerate(found, start=1):
            key = str(candidate.path)
            seen.add(key)
            old = known.get(key)
            if old is not None and (old[0], old[1]) == (candidate.size, candidate.mtime_ns) and \
                    _depends_unchanged(candidate.path, old):
                summary.unchanged += 1
            else:
                self._index_candidate(candidate, old, summary)
            if progress is not None and not progress(done, len(found), candidate.path):
                summary.stopped = True
                return
        gone = [path for path in known if path not in seen]
        for path in gone:
            with transaction(self.db.conn):
                delete_file(self.db, path)
            summary.removed += 1
            summary.changed_paths.append(Path(path))

    def _index_candidate(self, found: FoundFile, old: tuple[object, ...] | None, summary: RefreshSummary) -> None:
        package = is_package_name(found.path)
        try:
            raw = read_regular(found.path, MAX_PACKAGE_BYTES if package else MAX_REPORT_BYTES)
        except OSError as exc:
            self._write_problem(found, "", describe_read_error(exc, "report file"), summary, old is None)
            return
        digest = file_hash(raw)
        if old is not None and old[2] == digest and _depends_unchanged(found.path, old):
            with transaction(self.db.conn):
                self.db.conn.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?",
                                  (found.size, found.mtime_ns, str(found.path)))
            summary.unchanged += 1
            return
        package = package or looks_like_package(raw[:4])
        if not package and not _META.search(raw):
            with transaction(self.db.conn):
                delete_file(self.db, str(found.path))
                insert_file(self.db, found, digest, FileStatus.IGNORED, "")
            return
        try:
            # A package holds its own source text: it is read (and checked) as a whole, as the window opens it.
            loaded = load_package(found.path) if package else \
                parse_report(decode_text(raw, str(found.path)), str(found.path), found.path.parent)
        except ReportError as exc:
            self._write_problem(found, digest, str(exc.problems[0]) if exc.problems else str(exc), summary,
                                old is None, None if package else _declared_source(raw, found.path))
            return
        with transaction(self.db.conn):
            delete_file(self.db, str(found.path))
            insert_report(self.db, lambda: self.vocabulary, found, digest, loaded)
        if old is None:
            summary.added += 1
        else:
            summary.updated += 1
        summary.changed_paths.append(found.path)

    def index_file(self, path: Path) -> RefreshSummary:
        """Index one file now (a report just added to a library folder) without walking the folders."""
        summary = RefreshSummary()
        st = stat_or_none(path)
        if st is None:
            return summary
        found = FoundFile(path.resolve(), path.resolve().parent, st.st_size, st.st_mtime_ns)
        self.guarded(lambda: self._index_candidate(found, None, summary))
        return summary

    def _write_problem(self, found: FoundFile, digest: str, problem: str, summary: RefreshSummary,
                       new: bool, source: Path | None = None) -> None:
        with transaction(self.db.conn):
            delete_file(self.db, str(found.path))
            insert_file(self.db, found, digest, FileStatus.ERROR, problem, source)
        summary.problems += 1
        summary.added += new
        summary.updated += not new
        summary.changed_paths.append(found.path)

def _depends_unchanged(path: Path, old: tuple[object, ...]) -> bool:
    """Whether what a report depends on besides its own bytes is unchanged: its source text (or, for a file with
    problems, its folder: a missing source text may have been added since)."""
    status, source_path, source_size, source_mtime, dir_mtime = old[3:8]
    if isinstance(source_path, str):
        st = stat_or_none(Path(source_path))
        if ((st.st_size, st.st_mtime_ns) if st is not None else (None, None)) != (source_size, source_mtime):
            return False
    if status == FileStatus.ERROR:
        st = stat_or_none(path.parent)
        return st is not None and st.st_mtime_ns == dir_mtime
    return True


def _declared_source(raw: bytes, path: Path) -> Path | None:
    """The source text a report file names (``meta.source``), read without validating the file; None if it names
    none that can be read."""
    from viewer.model.yaml_source import parse_yaml

    try:
        data = parse_yaml(decode_text(raw, str(path)), str(path)).data
    except ReportError:
        return None
    meta = data.get("meta") if isinstance(data, dict) else None
    source = meta.get("source") if isinstance(meta, dict) else None
    if not isinstance(source, str) or not source or Path(source).is_absolute() or ".." in Path(source).parts:
        return None
    return path.parent / source
