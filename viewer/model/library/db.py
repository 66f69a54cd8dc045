"""The library's SQLite database: its tables, opening it, and starting it again when it is damaged.

The index is a cache: everything in it is read again from the report files and the checklist state files,
so a database that is missing, unreadable, of another version or damaged is deleted and built again (the
next refresh re-reads every report). Nothing the user recorded lives only here.

Search uses FTS5 where SQLite has it (a table of pre-cut words, viewer.model.library.tokens, ranked by bm25)
and a plain ``LIKE`` scan of the same rows where it does not; ``fts=False`` forces the plain way (tests run
both). A database the folder cannot hold (read-only, full) is kept in memory for the session.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

APPLICATION_ID = 0x49525631  # 'IRV1': a file that is not ours is never taken for the index
SCHEMA_VERSION = 2  # 2: facts indexed by value
INDEX_NAME = "index.sqlite3"

# Errors that mean the file is not a usable index: damaged, not a database, or not of this schema.
_REBUILD_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_ERROR,
                            sqlite3.SQLITE_SCHEMA, sqlite3.SQLITE_FORMAT, sqlite3.SQLITE_MISMATCH,
                            sqlite3.SQLITE_RANGE})
# Errors of the place the file is in: the index then lives in memory for this session.
_PLACE_CODES = frozenset({sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_FULL,
                          sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH})

SCHEMA = """
CREATE TABLE files (
    path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL, status TEXT NOT NULL, problem TEXT NOT NULL DEFAULT '',
    source_path TEXT, source_size INTEGER, source_mtime_ns INTEGER, dir_mtime_ns INTEGER,
    report_id TEXT, title_zh TEXT, title_en TEXT, region_zh TEXT, region_en TEXT, year INTEGER,
    review_year INTEGER, publisher_zh TEXT, publisher_en TEXT, meeting_date TEXT,
    facts INTEGER NOT NULL DEFAULT 0, tasks INTEGER NOT NULL DEFAULT 0, actions INTEGER NOT NULL DEFAULT 0,
    enterprises INTEGER NOT NULL DEFAULT 0, honours INTEGER NOT NULL DEFAULT 0,
    drafted INTEGER NOT NULL DEFAULT 0, example INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX files_report ON files(report_id);
CREATE TABLE facts (
    file TEXT NOT NULL, ord INTEGER NOT NULL, fact_id TEXT NOT NULL, label_zh TEXT NOT NULL, label_en TEXT,
    value REAL NOT NULL, unit TEXT NOT NULL, period TEXT, period_label_zh TEXT, period_label_en TEXT,
    kind TEXT NOT NULL, scope TEXT NOT NULL, qualifier TEXT NOT NULL, quote TEXT NOT NULL, section TEXT,
    draft INTEGER NOT NULL, tags TEXT NOT NULL, indicator TEXT, indicator_set INTEGER NOT NULL,
    amount REAL NOT NULL, year INTEGER, value_zh TEXT NOT NULL, value_en TEXT NOT NULL
);
CREATE INDEX facts_file ON facts(file);
CREATE INDEX facts_indicator ON facts(indicator);
CREATE INDEX facts_amount ON facts(amount);
CREATE INDEX facts_value ON facts(value);
CREATE TABLE states (
    report_id TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL
);
CREATE TABLE state_records (
    report_id TEXT NOT NULL, item_id TEXT NOT NULL, part TEXT NOT NULL, value TEXT NOT NULL
);
CREATE INDEX state_records_report ON state_records(report_id, part, value);
CREATE TABLE items (
    id INTEGER PRIMARY KEY, file TEXT, report_id TEXT, kind TEXT NOT NULL, key TEXT NOT NULL,
    label_zh TEXT NOT NULL, label_en TEXT NOT NULL, text TEXT NOT NULL, value_zh TEXT NOT NULL DEFAULT '',
    value_en TEXT NOT NULL DEFAULT '', period TEXT NOT NULL DEFAULT ''
);
CREATE INDEX items_file ON items(file, key);
CREATE INDEX items_report ON items(report_id, key);
CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
FTS_SCHEMA = "CREATE VIRTUAL TABLE items_fts USING fts5(label, body, tokenize='unicode61 remove_diacritics 2')"


T = TypeVar("T")


def has_fts5() -> bool:
    """Whether this Python's SQLite has FTS5."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def needs_rebuild(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` says the index file is damaged or not ours (built again), rather than busy."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)
    return (code & 0xFF) in _REBUILD_CODES


def is_place_error(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` says the folder cannot hold the index (read-only, full, no such folder)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _PLACE_CODES


class Database:
    """One connection to the index at ``path`` (None: in memory), with its search mode."""

    def __init__(self, path: Path | None, *, fts: bool | None = None) -> None:
        self.path = path
        self.wanted_fts = has_fts5() if fts is None else fts and has_fts5()
        self.fts = self.wanted_fts
        self.rebuilt = False  # the file was damaged, of another version or missing, and started again
        self.in_memory = path is None
        self.conn = self._open()
        self._opened = self._identity()

    # --- opening --------------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._create(sqlite3.connect(":memory:", isolation_level=None))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect(self.path)
            if _closed_on_error(conn, self._is_current):
                return conn
            conn.close()
        except OSError:
            return self._in_memory()
        except sqlite3.Error as exc:
            if is_place_error(exc):
                return self._in_memory()
            if not needs_rebuild(exc):
                raise
        return self._start_again()

    def _connect(self, path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=10.0, isolation_level=None)

        def settings(c: sqlite3.Connection) -> sqlite3.Connection:
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA synchronous=NORMAL")
            return c

        return _closed_on_error(conn, settings)

    def _is_current(self, conn: sqlite3.Connection) -> bool:
        """Whether ``conn`` holds an index of this schema (an empty new file is made one here)."""
        app = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
        if app == 0 and version == 0 and not tables:
            self._create(conn)
            return True
        if app != APPLICATION_ID or version != SCHEMA_VERSION:
            return False
        self.fts = "items_fts" in tables
        if self.fts and not self.wanted_fts:
            return False  # built with FTS5; asked (or able) to work without it: built again plainly
        if not self.fts and self.wanted_fts:
            return False
        # A cheap touch of every table: a file whose tables are gone or damaged at the root fails here.
        tables_used = ("files", "facts", "states", "state_records", "items", "settings")
        for table in (*tables_used, *(("items_fts",) if self.fts else ())):
            conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchall()
        return True

    def _create(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        conn.executescript(SCHEMA)
        if self.wanted_fts:
            conn.execute(FTS_SCHEMA)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self.fts = self.wanted_fts
        return conn

    def _start_again(self) -> sqlite3.Connection:
        """Delete the index file (and its journals) and make a new, empty one."""
        assert self.path is not None
        self.rebuilt = True
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(self.path) + suffix).unlink()
        try:
            return _closed_on_error(self._connect(self.path), self._create)
        except (OSError, sqlite3.Error):
            return self._in_memory()

    def _in_memory(self) -> sqlite3.Connection:
        self.in_memory = True
        return self._create(sqlite3.connect(":memory:", isolation_level=None))

    def start_again(self) -> None:
        """Throw the index away and start an empty one (it was found damaged while in use)."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        self.conn = self._start_again() if not self.in_memory else self._in_memory()
        self._opened = self._identity()
        self.rebuilt = True

    # --- another file in its place ----------------------------------------------------------------------

    def _identity(self) -> tuple[int, int] | None:
        """The file's device and inode (None in memory, or when there is no file at the path)."""
        if self.in_memory or self.path is None:
            return None
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def replaced(self) -> bool:
        """Whether another file is at the path now than the one this connection reads (the index was deleted,
        e.g. with the cache folder, and another connection built it again). A path with no file is not: the
        connection keeps what it has until there is one."""
        if self.in_memory:
            return False
        now = self._identity()
        return now is not None and now != self._opened

    def reopen(self) -> None:
        """Read the file now at the path (see ``replaced``)."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        self.conn = self._open()
        self._opened = self._identity()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def check(self) -> bool:
        """SQLite's quick check of the whole file (structure, not content); False when it finds damage."""
        try:
            rows = self.conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.Error as exc:
            if needs_rebuild(exc):
                return False
            raise
        return rows == [("ok",)]


def _closed_on_error(conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    """``work(conn)``; a connection it fails on is closed before the error goes on (never left to the garbage
    collector, which would close it at some later moment, in whatever thread)."""
    try:
        return work(conn)
    except BaseException:
        conn.close()
        raise


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN … COMMIT, rolled back on any exception (the connection is in autocommit mode)."""
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
