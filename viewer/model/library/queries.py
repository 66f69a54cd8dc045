"""Reading the library's index: its reports, search across all of them, and the figures of an indicator.

Search is ranked: an item whose name is the query first, then one whose name starts with it, then one whose
name holds it, then the rest; within each, with FTS5 by bm25 over the pre-cut words (a match in an item's name
counts ten times one in its text or quote), without it by the report's year; a query that is a
number (20,000, 2万) also finds the figures of that value, first. Every hit names its report and item, so the
window opens the report at the item.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from viewer.model.library.index import LibraryIndex
from viewer.model.library.records import (
    FileStatus,
    HitKind,
    IndicatorPoint,
    LibraryHit,
    LibraryReport,
    fact_from_row,
)
from viewer.model.library.regions import region_names
from viewer.model.library.tokens import fts_query
from viewer.model.search import number_in, snippet_with_match
from viewer.model.types import Scope, Text

DEFAULT_LIMIT = 200
_WORDS = re.compile(r"\S+")

_REPORT_COLUMNS = ("path, folder, status, problem, report_id, title_zh, title_en, region_zh, region_en, year, "
                   "review_year, publisher_zh, publisher_en, meeting_date, facts, tasks, actions, enterprises, "
                   "honours, drafted, example")


def _text(zh: str | None, en: str | None) -> Text | None:
    return Text(zh=zh, en=en or "") if zh else None


def list_reports(index: LibraryIndex) -> list[LibraryReport]:
    """Every report of the library (also those with problems; never files that are not reports), newest first,
    with the progress of their checklist and review from the user's state."""

    version = _version(index)
    cached = index.cache.get("reports")
    if cached is not None and cached[0] == version and isinstance(cached[1], list):
        return list(cached[1])

    def work() -> list[LibraryReport]:
        done = _counts(index, "checklist", "done")
        checked = _counts(index, "review", "checked")
        questioned = _counts(index, "review", "questioned")
        rows = index.conn.execute(
            f"SELECT {_REPORT_COLUMNS} FROM files WHERE status != ? ORDER BY year DESC, region_zh, path",
            (FileStatus.IGNORED.value,)).fetchall()
        return [_report(row, done.get(row[0], 0), checked.get(row[0], 0), questioned.get(row[0], 0)) for row in rows]

    reports = index.guarded(work)
    index.cache["reports"] = (_version(index), reports)
    return list(reports)


def _version(index: LibraryIndex) -> tuple[int, int, int]:
    """What changes whenever the index does (another connection's commit or this one's): queries keep their
    results under it."""
    return (index.conn.execute("PRAGMA data_version").fetchone()[0], index.conn.total_changes, id(index.conn))


def _counts(index: LibraryIndex, part: str, value: str) -> dict[str, int]:
    """Per report file: how many of its own items have ``value`` in the ``part`` of its state (records of ids the
    report no longer has are not counted)."""
    kinds = ("action",) if part == "checklist" else ("fact", "enterprise", "honour", "task")
    marks = ",".join("?" * len(kinds))
    rows = index.conn.execute(
        # The user's records drive the join (CROSS JOIN keeps that order): few of them, each found by its item.
        f"SELECT i.file, count(*) FROM state_records s CROSS JOIN items i ON i.report_id = s.report_id AND "
        f"i.key = s.item_id AND i.file IS NOT NULL AND i.kind IN ({marks}) WHERE s.part = ? AND s.value = ? "
        f"GROUP BY i.file", (*kinds, part, value))
    return {r[0]: r[1] for r in rows}


def _report(row: Sequence[object], done: int, checked: int, questioned: int) -> LibraryReport:
    (path, folder, status, problem, report_id, title_zh, title_en, region_zh, region_en, year, reviewed,
     publisher_zh, publisher_en, meeting, facts, tasks, actions, enterprises, honours, drafted, example) = row
    return LibraryReport(
        path=Path(str(path)), folder=Path(str(folder)), status=FileStatus(str(status)), problem=str(problem),
        report_id=str(report_id or ""), title=Text(zh=str(title_zh or ""), en=str(title_en or "")),
        region=_text(_str(region_zh), _str(region_en)), year=_int(year), review_year=_int(reviewed),
        publisher=_text(_str(publisher_zh), _str(publisher_en)),
        meeting_date=dt.date.fromisoformat(str(meeting)) if meeting else None,
        facts=int(str(facts)), tasks=int(str(tasks)), actions=int(str(actions)), enterprises=int(str(enterprises)),
        honours=int(str(honours)), drafted=int(str(drafted)), example=bool(example), done=done, checked=checked,
        questioned=questioned)


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int | None:
    return None if value is None else int(str(value))


def report_at(index: LibraryIndex, path: Path) -> LibraryReport | None:
    """The library's row of the report at ``path`` (None when it is not in the library)."""
    return next((r for r in list_reports(index) if r.path == path), None)


# --- search ---------------------------------------------------------------------------------------------

_HIT_COLUMNS = ("items.file, items.report_id, items.kind, items.key, items.label_zh, items.label_en, items.text, "
                "items.value_zh, items.value_en, items.period")


def search(index: LibraryIndex, query: str, lang: str = "zh", limit: int = DEFAULT_LIMIT) -> list[LibraryHit]:
    """Items of every report (figures, quotes, tasks, actions, enterprises, honours) and the user's notes and
    comments that contain ``query``, best first; at most ``limit``. An empty query finds nothing."""
    query = query.strip()
    if not query or limit <= 0:
        return []

    def work() -> list[LibraryHit]:
        reports = _report_heads(index)
        hits: list[LibraryHit] = []
        seen: set[tuple[str, str, str]] = set()
        amount = number_in(query)
        if amount is not None:
            for row in _number_rows(index, amount, limit):
                _add_hits(hits, seen, row, reports, query, lang, by_value=True)
        rows = _fts_rows(index, query, limit * 2) if index.fts else _plain_rows(index, query, limit * 2)
        # Ranked (stable) first by how the item's name holds the query, then as SQL ranked them.
        for row in sorted(rows, key=lambda r: _name_rank(r, query)):
            if len(hits) >= limit:
                break
            _add_hits(hits, seen, row, reports, query, lang)
        return hits[:limit]

    return index.guarded(work)


def _fts_rows(index: LibraryIndex, query: str, limit: int) -> list[tuple[object, ...]]:
    expression = fts_query(query)
    if expression is None:
        return []
    try:
        return index.conn.execute(
            f"SELECT {_HIT_COLUMNS} FROM items_fts JOIN items ON items.id = items_fts.rowid "
            f"WHERE items_fts MATCH ? ORDER BY bm25(items_fts, 10.0, 1.0) LIMIT ?", (expression, limit)).fetchall()
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc).lower() and "syntax" in str(exc).lower():
            return []  # a query FTS5 cannot read (never written by fts_query, but never an error for the user)
        raise


def _plain_rows(index: LibraryIndex, query: str, limit: int) -> list[tuple[object, ...]]:
    words = _WORDS.findall(query.lower())
    conditions = " AND ".join("lower(items.text || ' ' || items.label_zh || ' ' || items.label_en) LIKE ? ESCAPE '\\'"
                              for _ in words)
    patterns = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in words]
    return index.conn.execute(
        f"SELECT {_HIT_COLUMNS} FROM items LEFT JOIN files ON files.path = items.file WHERE {conditions} "
        f"ORDER BY (instr(lower(items.label_zh || ' ' || items.label_en), ?) = 0), files.year DESC LIMIT ?",
        (*patterns, words[0], limit)).fetchall()


def _number_rows(index: LibraryIndex, amount: float, limit: int) -> list[tuple[object, ...]]:
    # Two range look-ups (each through its index) rather than one OR, which SQLite answers by a scan.
    low, high = amount - max(abs(amount) * 1e-9, 1e-12), amount + max(abs(amount) * 1e-9, 1e-12)
    join = ("FROM facts JOIN items ON items.file = facts.file AND items.key = facts.fact_id AND items.kind = 'fact'")
    return index.conn.execute(
        f"SELECT {_HIT_COLUMNS} {join} WHERE facts.amount BETWEEN ? AND ? UNION "
        f"SELECT {_HIT_COLUMNS} {join} WHERE facts.value BETWEEN ? AND ? LIMIT ?",
        (low, high, low, high, limit)).fetchall()


def _name_rank(row: Sequence[object], query: str) -> int:
    """0: the item's name is the query; 1: it starts with it; 2: it holds it; 3: only its text does."""
    folded = query.casefold()
    names = [str(n).casefold() for n in (row[4], row[5]) if n]
    if folded in names:
        return 0
    if any(n.startswith(folded) for n in names):
        return 1
    return 2 if any(folded in n for n in names) else 3


_Head = tuple[Path, Text, Text | None, int | None, bool]


def _report_heads(index: LibraryIndex) -> dict[str, _Head]:
    """Each report's path, title, region, year and example flag, by path and by report id; kept until the index
    changes (this connection's or another's writes), so a keystroke does not read them all again."""
    version = _version(index)
    cached = index.cache.get("heads")
    if cached is not None and cached[0] == version and isinstance(cached[1], dict):
        return cached[1]
    heads: dict[str, _Head] = {}
    for path, report_id, title_zh, title_en, region_zh, region_en, year, example in index.conn.execute(
            "SELECT path, report_id, title_zh, title_en, region_zh, region_en, year, example FROM files "
            "WHERE status = ? ORDER BY path", (FileStatus.OK.value,)):
        head = (Path(path), Text(zh=title_zh, en=title_en or ""), _text(region_zh, region_en), year, bool(example))
        heads[path] = head
        heads.setdefault("id:" + report_id, head)  # the user's notes are kept per report id
    index.cache["heads"] = (version, heads)
    return heads


def _add_hits(hits: list[LibraryHit], seen: set[tuple[str, str, str]], row: tuple[object, ...],
              reports: dict[str, _Head], query: str, lang: str, by_value: bool = False) -> None:
    file, report_id, kind, key, label_zh, label_en, text, value_zh, value_en, period = (str(v) if v is not None
                                                                                       else None for v in row)
    head = reports.get(file) if file is not None else reports.get(f"id:{report_id}")
    if head is None or kind is None or key is None:
        return
    ident = (str(head[0]), kind, key)
    if ident in seen:
        return
    seen.add(ident)
    label = Text(zh=label_zh or "", en=label_en or "")
    value = Text(zh=value_zh, en=value_en or "") if value_zh else None
    fields = (text or "").split("\n")
    if by_value and value is not None:
        snippet, match = value.get(lang), (0, len(value.get(lang)))
    else:
        snippet, match = _snippet(fields, query)
    if kind in (HitKind.NOTE, HitKind.COMMENT):
        label = Text(zh=key)
    hits.append(LibraryHit(head[0], head[1], head[2], head[3], head[4], HitKind(kind), key, label, snippet, match,
                           value, period or ""))


def _snippet(fields: Sequence[str], query: str) -> tuple[str, tuple[int, int]]:
    """The first field holding the query (or its first word) around the match; else the first field."""
    for needle in (query, *_WORDS.findall(query)):
        pattern = re.compile(re.escape(needle), re.IGNORECASE)
        for text in fields:
            m = pattern.search(text)
            if m is not None:
                piece, at, to = snippet_with_match(text, m.start(), m.end())
                return piece, (at, to)
    first = fields[0] if fields else ""
    piece, _at, _to = snippet_with_match(first, 0, 0)
    return piece, (0, 0)


# --- indicators -----------------------------------------------------------------------------------------

_POINT_COLUMNS = ("facts.file, files.report_id, files.title_zh, files.title_en, files.region_zh, files.region_en, "
                  "files.year, files.review_year, files.example, facts.fact_id, facts.label_zh, facts.label_en, "
                  "facts.value, facts.unit, facts.period, facts.period_label_zh, facts.period_label_en, facts.kind, "
                  "facts.scope, facts.qualifier, facts.quote, facts.section, facts.draft, facts.tags, facts.indicator, "
                  "facts.year, facts.indicator_set")


def indicator_points(index: LibraryIndex, indicator_id: str) -> list[IndicatorPoint]:
    """Every figure of ``indicator_id`` in the library (set in a report or proposed from its label), with whose
    figure it is: the report's region, national for a national figure (other scopes are left out)."""
    return index.guarded(lambda: [p for row in index.conn.execute(
        f"SELECT {_POINT_COLUMNS} FROM facts JOIN files ON files.path = facts.file WHERE facts.indicator = ? "
        f"AND files.status = ? ORDER BY files.year, facts.file, facts.ord", (indicator_id, FileStatus.OK.value))
        if (p := _point(row)) is not None])


def report_points(index: LibraryIndex, path: Path) -> list[IndicatorPoint]:
    """The figures of one report that state an indicator, in report order."""
    return index.guarded(lambda: [p for row in index.conn.execute(
        f"SELECT {_POINT_COLUMNS} FROM facts JOIN files ON files.path = facts.file WHERE facts.file = ? "
        f"AND facts.indicator IS NOT NULL ORDER BY facts.ord", (str(path),)) if (p := _point(row)) is not None])


def _point(row: Sequence[object]) -> IndicatorPoint | None:
    (file, report_id, title_zh, title_en, region_zh, region_en, report_year, reviewed, example,
     *fact_row, year, indicator_set) = row
    # SQLite rows are untyped: the columns were written from a Fact by the index, in fact_from_row's order.
    fact = fact_from_row(*fact_row)  # type: ignore[arg-type]
    if fact.scope == Scope.NATIONAL:
        region: Text | None = region_names().national
    elif fact.scope == Scope.PROVINCE:
        region = _text(_str(region_zh), _str(region_en))
    else:
        return None  # an eastern-region or world figure is nobody's own
    return IndicatorPoint(Path(str(file)), str(report_id), Text(zh=str(title_zh), en=str(title_en or "")), region,
                          _int(report_year), _int(reviewed), bool(example), fact, _int(year), bool(indicator_set))


def indicators_in_use(index: LibraryIndex) -> dict[str, int]:
    """Each indicator the library's figures state, with how many reports state it."""
    return index.guarded(lambda: {r[0]: r[1] for r in index.conn.execute(
        "SELECT facts.indicator, count(DISTINCT facts.file) FROM facts JOIN files ON files.path = facts.file "
        "WHERE facts.indicator IS NOT NULL AND files.status = ? GROUP BY facts.indicator", (FileStatus.OK.value,))})
