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

import hashlib
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from viewer.model.errors import ReportError
from viewer.model.format import fact_value
from viewer.model.library.db import INDEX_NAME, Database, needs_rebuild, transaction
from viewer.model.library.indicators import Vocabulary, load_vocabulary
from viewer.model.library.records import FileStatus, HitKind
from viewer.model.library.regions import report_region, report_year
from viewer.model.library.scan import FoundFile, find_reports, stat_or_none
from viewer.model.library.tokens import index_text
from viewer.model.loader import MAX_REPORT_BYTES, LoadedReport, decode_text, load_package, parse_report
from viewer.model.measures import review_year
from viewer.model.package import MAX_PACKAGE_BYTES, is_package_name, looks_like_package
from viewer.model.paths import library_index_dir
from viewer.model.safe_read import describe_read_error, read_regular
from viewer.model.search import fact_amount
from viewer.model.state.document import decode
from viewer.model.state.storage import read_state_bytes
from viewer.model.types import Fact, FactKind, Report, Text

T = TypeVar("T")
# progress(done, total, path) -> keep going?
Progress = Callable[[int, int, Path], bool]

_META = re.compile(rb"^meta\s*:", re.MULTILINE)
_LAST_YEAR = re.compile(r"(\d{4})(?!.*\d{4})")
_REVIEW_TAG = re.compile(r"^review-(\d{4})$")
# Kinds of figure that state a level at the end of the period a report reviews when they name no period.
_LEVELS = frozenset({FactKind.COUNT, FactKind.AMOUNT, FactKind.THRESHOLD, FactKind.SHARE, FactKind.RANK})


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


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def point_year(fact: Fact, reviewed: int | None) -> int | None:
    """The year a figure is of: a ``review-YYYY`` tag, else the last year of its period, else (a level such as a
    count or an amount stated without a period) the year the report reviews."""
    for tag in fact.tags:
        m = _REVIEW_TAG.match(tag)
        if m:
            return int(m.group(1))
    if fact.period:
        m = _LAST_YEAR.search(fact.period)
        if m:
            return int(m.group(1))
        return int(fact.period[:4])
    if fact.kind in _LEVELS and reviewed is not None and fact.comparison is None:
        return reviewed
    return None


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
                self._refresh_states(state_dir, summary)
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
                self._delete_file(path)
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
                self._delete_file(str(found.path))
                self._insert_file(found, digest, FileStatus.IGNORED, "")
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
            self._delete_file(str(found.path))
            self._insert_report(found, digest, loaded)
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
            self._delete_file(str(found.path))
            self._insert_file(found, digest, FileStatus.ERROR, problem, source)
        summary.problems += 1
        summary.added += new
        summary.updated += not new
        summary.changed_paths.append(found.path)

    def _delete_file(self, path: str) -> None:
        if self.fts:
            self.db.conn.execute("DELETE FROM items_fts WHERE rowid IN (SELECT id FROM items WHERE file = ?)", (path,))
        self.db.conn.execute("DELETE FROM items WHERE file = ?", (path,))
        self.db.conn.execute("DELETE FROM facts WHERE file = ?", (path,))
        self.db.conn.execute("DELETE FROM files WHERE path = ?", (path,))

    def _insert_file(self, found: FoundFile, digest: str, status: FileStatus, problem: str,
                     source: Path | None = None) -> None:
        """A file that is not a report, or one with problems (watched with its folder and its source text, either of
        which may be fixed)."""
        dir_st = stat_or_none(found.path.parent)
        source_st = stat_or_none(source) if source is not None else None
        self.db.conn.execute(
            "INSERT INTO files (path, folder, size, mtime_ns, hash, status, problem, source_path, source_size, "
            "source_mtime_ns, dir_mtime_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(found.path), str(found.folder), found.size, found.mtime_ns, digest, status.value, problem,
             str(source) if source is not None else None, source_st.st_size if source_st else None,
             source_st.st_mtime_ns if source_st else None, dir_st.st_mtime_ns if dir_st else None))

    def _insert_report(self, found: FoundFile, digest: str, loaded: LoadedReport) -> None:
        report = loaded.report
        meta = report.meta
        # A package's source text is inside it: nothing else to watch.
        source = None if loaded.is_package else (found.path.parent / meta.source).resolve()
        source_st = stat_or_none(source) if source is not None else None
        region = report_region(report)
        reviewed = review_year(report)
        drafted = sum(1 for items in (report.facts, report.enterprises, report.honours, report.tasks)
                      for item in items if item.draft)
        drafted += sum(1 for _task, action in report.actions() if action.draft)
        self.db.conn.execute(
            "INSERT INTO files (path, folder, size, mtime_ns, hash, status, problem, source_path, source_size, "
            "source_mtime_ns, report_id, title_zh, title_en, region_zh, region_en, year, review_year, publisher_zh, "
            "publisher_en, meeting_date, facts, tasks, actions, enterprises, honours, drafted, example) "
            "VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(found.path), str(found.folder), found.size, found.mtime_ns, digest, FileStatus.OK.value,
             str(source) if source is not None else None, source_st.st_size if source_st else None,
             source_st.st_mtime_ns if source_st else None,
             meta.id, meta.title.zh, meta.title.en, region.zh if region else None, region.en if region else None,
             report_year(report), reviewed, meta.publisher.zh if meta.publisher else None,
             meta.publisher.en if meta.publisher else None,
             meta.meeting_date.isoformat() if meta.meeting_date else None, len(report.facts), len(report.tasks),
             len(report.actions()), len(report.enterprises), len(report.honours), drafted, int(meta.example)))
        self._insert_facts(str(found.path), report, reviewed)
        self._insert_items(str(found.path), report)

    def _insert_facts(self, path: str, report: Report, reviewed: int | None) -> None:
        rows = []
        for i, f in enumerate(report.facts):
            indicator = f.indicator
            if indicator is None:
                proposed = self.vocabulary.propose_for(f)
                indicator = proposed.id if proposed is not None else None
            rows.append((path, i, f.id, f.label.zh, f.label.en, f.value, f.unit, f.period,
                         f.period_label.zh if f.period_label else None, f.period_label.en if f.period_label else None,
                         f.kind.value, f.scope.value, f.qualifier.value, f.quote, f.section, int(f.draft),
                         " ".join(f.tags), indicator, int(f.indicator is not None), fact_amount(f),
                         point_year(f, reviewed), fact_value(f, "zh"), fact_value(f, "en")))
        self.db.conn.executemany(
            "INSERT INTO facts (file, ord, fact_id, label_zh, label_en, value, unit, period, period_label_zh, "
            "period_label_en, kind, scope, qualifier, quote, section, draft, tags, indicator, indicator_set, amount, "
            "year, value_zh, value_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows)

    def _insert_items(self, path: str, report: Report) -> None:
        rows: list[tuple[str, str, Text, list[str], str, str, str]] = []
        for f in report.facts:
            zh, en = fact_value(f, "zh"), fact_value(f, "en")
            rows.append((HitKind.FACT, f.id, f.label, [*_both(f.label), zh, en, f.quote], zh, en, f.period or ""))
        for e in report.enterprises:
            texts = [*_both(e.name)]
            for achievement in e.achievements:
                texts += [*_both(achievement.text), achievement.quote]
            rows.append((HitKind.ENTERPRISE, e.id, e.name, texts, "", "", ""))
        for h in report.honours:
            texts = [*_both(h.title)]
            zh = en = period = ""
            try:
                count = report.fact(h.count_fact)
                zh, en, period = fact_value(count, "zh"), fact_value(count, "en"), count.period or ""
                texts += [count.quote, zh, en]
            except KeyError:
                pass
            rows.append((HitKind.HONOUR, h.id, h.title, texts, zh, en, period))
        for t in report.tasks:
            title = Text(zh=f"{t.number}. {t.title.zh}", en=f"{t.number}. {t.title.en}" if t.title.en else "")
            rows.append((HitKind.TASK, t.id, title, [*_both(t.title), *_both(t.aim), t.quote], "", "", ""))
            for action in t.actions:
                rows.append((HitKind.ACTION, action.id, action.text, [*_both(action.text), action.quote], "", "", ""))
        for kind, key, label, texts, zh, en, period in rows:
            cursor = self.db.conn.execute(
                "INSERT INTO items (file, report_id, kind, key, label_zh, label_en, text, value_zh, value_en, period) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (path, report.meta.id, kind, key, label.zh, label.en, "\n".join(texts), zh, en, period))
            if self.fts:
                self.db.conn.execute("INSERT INTO items_fts (rowid, label, body) VALUES (?, ?, ?)",
                                  (cursor.lastrowid, index_text(label.zh, label.en), index_text(*texts)))

    # --- checklist state ------------------------------------------------------------------------------

    def _refresh_states(self, state_dir: Path, summary: RefreshSummary) -> None:
        report_ids = [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT report_id FROM files WHERE status = ? AND report_id IS NOT NULL", (FileStatus.OK.value,))]
        known = {r[0]: r[1:] for r in self.db.conn.execute("SELECT report_id, size, mtime_ns, hash FROM states")}
        for report_id in report_ids:
            path = state_dir / f"{report_id}.json"
            st = stat_or_none(path)
            old = known.pop(report_id, None)
            if st is None:
                if old is not None:
                    with transaction(self.db.conn):
                        self._delete_state(report_id)
                    summary.states += 1
                continue
            if old is not None and (old[0], old[1]) == (st.st_size, st.st_mtime_ns):
                continue
            try:
                raw = read_state_bytes(path)
            except OSError:
                raw = None
            if raw is None:
                continue
            digest = file_hash(raw)
            with transaction(self.db.conn):
                if old is not None and old[2] == digest:
                    self.db.conn.execute("UPDATE states SET size = ?, mtime_ns = ? WHERE report_id = ?",
                                      (st.st_size, st.st_mtime_ns, report_id))
                    continue
                self._delete_state(report_id)
                self._insert_state(report_id, raw, digest, st.st_size, st.st_mtime_ns)
            summary.states += 1
        for report_id in known:  # no report of the library has this id any more
            with transaction(self.db.conn):
                self._delete_state(report_id)

    def _delete_state(self, report_id: str) -> None:
        if self.fts:
            self.db.conn.execute("DELETE FROM items_fts WHERE rowid IN (SELECT id FROM items WHERE file IS NULL AND "
                              "report_id = ?)", (report_id,))
        self.db.conn.execute("DELETE FROM items WHERE file IS NULL AND report_id = ?", (report_id,))
        self.db.conn.execute("DELETE FROM state_records WHERE report_id = ?", (report_id,))
        self.db.conn.execute("DELETE FROM states WHERE report_id = ?", (report_id,))

    def _insert_state(self, report_id: str, raw: bytes, digest: str, size: int, mtime_ns: int) -> None:
        records = decode(raw, report_id).records
        self.db.conn.execute("INSERT INTO states (report_id, size, mtime_ns, hash) VALUES (?, ?, ?, ?)",
                          (report_id, size, mtime_ns, digest))
        rows = [(report_id, k, "checklist", v.status.value) for k, v in records.checklist.items()]
        rows += [(report_id, k, "review", v.mark.value) for k, v in records.review.items()]
        self.db.conn.executemany("INSERT INTO state_records (report_id, item_id, part, value) VALUES (?, ?, ?, ?)",
                                 rows)
        texts = [(HitKind.NOTE, k, v.note) for k, v in records.checklist.items() if v.note.strip()]
        texts += [(HitKind.COMMENT, k, v.comment) for k, v in records.review.items() if v.comment.strip()]
        for kind, key, text in texts:
            cursor = self.db.conn.execute(
                "INSERT INTO items (file, report_id, kind, key, label_zh, label_en, text) "
                "VALUES (NULL, ?, ?, ?, '', '', ?)",
                (report_id, kind.value, key, text))
            if self.fts:
                self.db.conn.execute("INSERT INTO items_fts (rowid, label, body) VALUES (?, '', ?)",
                                  (cursor.lastrowid, index_text(text)))


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


def _both(text: Text) -> list[str]:
    return [text.zh, text.en] if text.en else [text.zh]
