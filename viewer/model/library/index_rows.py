"""What a file puts in the library's index (``viewer.model.library.index``): its row in ``files`` (a report
with its title, region, year and counts; a file with problems; a file that is no report), its facts with
their indicators and the year each figure is of, and the searchable items (facts, enterprises, honours, tasks,
actions). Written inside the index's transaction for that file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from viewer.model.format import fact_value
from viewer.model.library.db import Database
from viewer.model.library.indicators import Vocabulary
from viewer.model.library.records import FileStatus, HitKind
from viewer.model.library.regions import report_region, report_year
from viewer.model.library.scan import FoundFile, stat_or_none
from viewer.model.library.tokens import index_text
from viewer.model.loader import LoadedReport
from viewer.model.measures import review_year
from viewer.model.search import fact_amount
from viewer.model.types import Fact, FactKind, Report, Text

_LAST_YEAR = re.compile(r"(\d{4})(?!.*\d{4})")
_REVIEW_TAG = re.compile(r"^review-(\d{4})$")
# Kinds of figure that state a level at the end of the period a report reviews when they name no period.
_LEVELS = frozenset({FactKind.COUNT, FactKind.AMOUNT, FactKind.THRESHOLD, FactKind.SHARE, FactKind.RANK})


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


def delete_file(db: Database, path: str) -> None:
    if db.fts:
        db.conn.execute("DELETE FROM items_fts WHERE rowid IN (SELECT id FROM items WHERE file = ?)", (path,))
    db.conn.execute("DELETE FROM items WHERE file = ?", (path,))
    db.conn.execute("DELETE FROM facts WHERE file = ?", (path,))
    db.conn.execute("DELETE FROM files WHERE path = ?", (path,))


def insert_file(db: Database, found: FoundFile, digest: str, status: FileStatus, problem: str,
                 source: Path | None = None) -> None:
    """A file that is not a report, or one with problems (watched with its folder and its source text, either of
    which may be fixed)."""
    dir_st = stat_or_none(found.path.parent)
    source_st = stat_or_none(source) if source is not None else None
    db.conn.execute(
        "INSERT INTO files (path, folder, size, mtime_ns, hash, status, problem, source_path, source_size, "
        "source_mtime_ns, dir_mtime_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (str(found.path), str(found.folder), found.size, found.mtime_ns, digest, status.value, problem,
         str(source) if source is not None else None, source_st.st_size if source_st else None,
         source_st.st_mtime_ns if source_st else None, dir_st.st_mtime_ns if dir_st else None))


def insert_report(db: Database, vocabulary: Callable[[], Vocabulary], found: FoundFile, digest: str,
                  loaded: LoadedReport) -> None:
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
    db.conn.execute(
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
    _insert_facts(db, vocabulary, str(found.path), report, reviewed)
    _insert_items(db, str(found.path), report)


def _insert_facts(db: Database, vocabulary: Callable[[], Vocabulary], path: str, report: Report,
                  reviewed: int | None) -> None:
    rows = []
    for i, f in enumerate(report.facts):
        indicator = f.indicator
        if indicator is None:
            proposed = vocabulary().propose_for(f)
            indicator = proposed.id if proposed is not None else None
        rows.append((path, i, f.id, f.label.zh, f.label.en, f.value, f.unit, f.period,
                     f.period_label.zh if f.period_label else None, f.period_label.en if f.period_label else None,
                     f.kind.value, f.scope.value, f.qualifier.value, f.quote, f.section, int(f.draft),
                     " ".join(f.tags), indicator, int(f.indicator is not None), fact_amount(f),
                     point_year(f, reviewed), fact_value(f, "zh"), fact_value(f, "en")))
    db.conn.executemany(
        "INSERT INTO facts (file, ord, fact_id, label_zh, label_en, value, unit, period, period_label_zh, "
        "period_label_en, kind, scope, qualifier, quote, section, draft, tags, indicator, indicator_set, amount, "
        "year, value_zh, value_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows)


def _insert_items(db: Database, path: str, report: Report) -> None:
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
        cursor = db.conn.execute(
            "INSERT INTO items (file, report_id, kind, key, label_zh, label_en, text, value_zh, value_en, period) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (path, report.meta.id, kind, key, label.zh, label.en, "\n".join(texts), zh, en, period))
        if db.fts:
            db.conn.execute("INSERT INTO items_fts (rowid, label, body) VALUES (?, ?, ?)",
                            (cursor.lastrowid, index_text(label.zh, label.en), index_text(*texts)))


def _both(text: Text) -> list[str]:
    return [text.zh, text.en] if text.en else [text.zh]
