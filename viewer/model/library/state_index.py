"""The users' checklist state files in the library's index (``viewer.model.library.index``): each report's
checklist statuses and review marks, and its notes and comments as searchable items; a state file is read
again only when its size or modification time changed, and re-stamped when its bytes hash the same."""

from __future__ import annotations

from pathlib import Path

from viewer.model.library.db import Database, transaction
from viewer.model.library.records import FileStatus, HitKind
from viewer.model.library.scan import file_hash, stat_or_none
from viewer.model.library.tokens import index_text
from viewer.model.state.document import decode
from viewer.model.state.storage import read_state_bytes


def refresh_states(db: Database, state_dir: Path) -> int:
    """Bring the index's checklist states up to date with the state files in ``state_dir``; how many changed."""
    changed = 0
    report_ids = [r[0] for r in db.conn.execute(
        "SELECT DISTINCT report_id FROM files WHERE status = ? AND report_id IS NOT NULL", (FileStatus.OK.value,))]
    known = {r[0]: r[1:] for r in db.conn.execute("SELECT report_id, size, mtime_ns, hash FROM states")}
    for report_id in report_ids:
        path = state_dir / f"{report_id}.json"
        st = stat_or_none(path)
        old = known.pop(report_id, None)
        if st is None:
            if old is not None:
                with transaction(db.conn):
                    _delete_state(db, report_id)
                changed += 1
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
        with transaction(db.conn):
            if old is not None and old[2] == digest:
                db.conn.execute("UPDATE states SET size = ?, mtime_ns = ? WHERE report_id = ?",
                                (st.st_size, st.st_mtime_ns, report_id))
                continue
            _delete_state(db, report_id)
            _insert_state(db, report_id, raw, digest, st.st_size, st.st_mtime_ns)
        changed += 1
    for report_id in known:  # no report of the library has this id any more
        with transaction(db.conn):
            _delete_state(db, report_id)
    return changed


def _delete_state(db: Database, report_id: str) -> None:
    if db.fts:
        db.conn.execute("DELETE FROM items_fts WHERE rowid IN (SELECT id FROM items WHERE file IS NULL AND "
                        "report_id = ?)", (report_id,))
    db.conn.execute("DELETE FROM items WHERE file IS NULL AND report_id = ?", (report_id,))
    db.conn.execute("DELETE FROM state_records WHERE report_id = ?", (report_id,))
    db.conn.execute("DELETE FROM states WHERE report_id = ?", (report_id,))


def _insert_state(db: Database, report_id: str, raw: bytes, digest: str, size: int, mtime_ns: int) -> None:
    records = decode(raw, report_id).records
    db.conn.execute("INSERT INTO states (report_id, size, mtime_ns, hash) VALUES (?, ?, ?, ?)",
                    (report_id, size, mtime_ns, digest))
    rows = [(report_id, k, "checklist", v.status.value) for k, v in records.checklist.items()]
    rows += [(report_id, k, "review", v.mark.value) for k, v in records.review.items()]
    db.conn.executemany("INSERT INTO state_records (report_id, item_id, part, value) VALUES (?, ?, ?, ?)",
                        rows)
    texts = [(HitKind.NOTE, k, v.note) for k, v in records.checklist.items() if v.note.strip()]
    texts += [(HitKind.COMMENT, k, v.comment) for k, v in records.review.items() if v.comment.strip()]
    for kind, key, text in texts:
        cursor = db.conn.execute(
            "INSERT INTO items (file, report_id, kind, key, label_zh, label_en, text) "
            "VALUES (NULL, ?, ?, ?, '', '', ?)",
            (report_id, kind.value, key, text))
        if db.fts:
            db.conn.execute("INSERT INTO items_fts (rowid, label, body) VALUES (?, '', ?)",
                            (cursor.lastrowid, index_text(text)))
