"""A cache of parsed reports, so that opening a report again skips YAML parsing and validation.

An entry is a JSON file named by a content hash of the report file (its bytes) and the app and schema
versions. It holds the validated report (``report_to_json`` of viewer.model.validation, field names as keys,
defaults left out), where each quote stands in the source text (viewer.model.provenance, so a reopened report
is not searched again), the SHA-256 of the source text the report was checked against, and an HMAC-SHA256
over all of that. On a lookup the caller reads the source again and uses the entry only when its hash matches, so a
changed report or a changed source is a miss.

A cache file is not trusted:

- It is JSON only (never pickle or marshal): reading it cannot run code.
- Its MAC is checked under a random per-user key (``key`` in the cache folder, created 0600). A file edited
  by hand or by another program, copied from another machine, truncated or bit-flipped does not verify
  and is ignored; the report is parsed from its YAML and the entry rewritten.
- Its content is then checked structurally while the report objects are built: every required field of
  every object must be present, every field must have the type the report model declares, and nothing
  else may be there. Anything off is a miss too. (Values were fully validated before the entry was written,
  and the MAC ties them to that.)

Objects are built directly from the checked JSON by viewer.model.cache_build (no validation pass, and
pydantic is not even imported: the report types are plain dataclasses), which is what makes a cache hit
several times faster than parsing: see ``make bench``.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

from viewer import __version__
from viewer.model.atomic_file import atomic_write
from viewer.model.cache_build import CacheError, build
from viewer.model.paths import report_cache_dir
from viewer.model.provenance import Provenance
from viewer.model.safe_read import read_regular
from viewer.model.types import SCHEMA_VERSION, Report

# 2: the report types became dataclasses (entries are written by report_to_json).
# 3: facts may carry an indicator, meta a region and the example flag.
# 4: the provenance (every quote's span) on a line of its own after the report.
# 5: the provenance as flat lists (keys; starts and ends), read without an object per span.
CACHE_FORMAT = 5
KEY_FILE = "key"
ENTRY_SUFFIX = ".json"
# At most this many entries are kept; the least recently used go first.
MAX_ENTRIES = 32
# An entry holds a validated report (at most 32 MiB of YAML) as compact JSON: anything far larger is not one.
MAX_ENTRY_BYTES = 128 * 1024 * 1024


def default_cache() -> ReportCache:
    """The one cache of parsed reports the window and the command line share (viewer.model.paths)."""
    return ReportCache(report_cache_dir())


def text_digest(text: str) -> str:
    """SHA-256 (hex) of ``text`` as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_key(report: str | bytes) -> str:
    """The name of the entry for a report file's bytes (text is taken as UTF-8): a hash of them and of the
    app, schema and cache versions."""
    h = hashlib.sha256()
    h.update(f"report-viewer {__version__} schema {SCHEMA_VERSION} cache {CACHE_FORMAT}\0".encode())
    h.update(report.encode("utf-8") if isinstance(report, str) else report)
    return h.hexdigest()


class ReportCache:
    """Parsed reports in ``folder`` (created when first written)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self._key: bytes | None = None

    # --- reading -----------------------------------------------------------------------------------

    def get(self, report_text: str | bytes) -> tuple[Report, str, object] | None:
        """The cached report for ``report_text`` (or the file's bytes), the SHA-256 of its source text and its
        provenance as JSON data (``Provenance.from_json`` checks it against the source), or None (a miss).

        The caller must compare that hash with the source it reads now. Any problem with the entry
        (missing, unreadable, not JSON, wrong MAC, wrong shape) is a miss, never an error.
        """
        name = entry_key(report_text)
        path = self.folder / (name + ENTRY_SUFFIX)
        try:
            # Never through a link planted in the cache folder, never blocking on a FIFO, never unbounded.
            raw = read_regular(path, MAX_ENTRY_BYTES, follow=False)
            key = self._read_key()
            if key is None:
                return None
            report, source_digest, provenance = decode_entry(raw, name, key)
        except (OSError, CacheError):
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept longest
        return report, source_digest, provenance

    # --- writing -----------------------------------------------------------------------------------

    def put(self, report_text: str | bytes, report: Report, source_text: str,
            provenance: Provenance | None = None) -> bool:
        """Store ``report`` (validated from ``report_text`` against ``source_text``) and its provenance
        (computed here unless given); False when it cannot be written (a read-only or full disk is not an
        error: the cache is only a speed-up)."""
        try:
            key = self._read_key() or self._create_key()
            name = entry_key(report_text)
            provenance = provenance if provenance is not None else Provenance(report, source_text)
            data = encode_entry(report, text_digest(source_text), name, key, provenance.to_json())
            self._write_atomically(self.folder / (name + ENTRY_SUFFIX), data)
            self._prune()
        except OSError:
            return False
        return True

    def clear(self) -> None:
        """Remove every entry (the key stays)."""
        for path in self._entries():
            with contextlib.suppress(OSError):
                path.unlink()

    # --- internals ---------------------------------------------------------------------------------

    def _read_key(self) -> bytes | None:
        if self._key is None:
            try:
                key = read_regular(self.folder / KEY_FILE, 64, follow=False)
            except OSError:
                return None
            if len(key) != 32:
                return None
            self._key = key
        return self._key

    def _create_key(self) -> bytes:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = secrets.token_bytes(32)
        path = self.folder / KEY_FILE
        # A new key makes every older entry a miss, which is right when the old key was lost or broken. The
        # writer replaces a file (or a link planted there: it is removed, never written through) atomically.
        with contextlib.suppress(FileNotFoundError):
            if path.is_symlink() or not path.is_file():
                path.unlink()
        atomic_write(path, key, overwrite=True)
        self._key = key
        return key

    def _write_atomically(self, path: Path, data: bytes) -> None:
        with contextlib.suppress(FileNotFoundError):
            if path.is_symlink():  # planted in the cache folder: removed, never written through
                path.unlink()
        atomic_write(path, data, overwrite=True, durable=False)

    def _entries(self) -> list[Path]:
        try:
            return [p for p in self.folder.iterdir() if p.suffix == ENTRY_SUFFIX and len(p.stem) == 64]
        except OSError:
            return []

    def _prune(self) -> None:
        entries = self._entries()
        if len(entries) <= MAX_ENTRIES:
            return
        def mtime(p: Path) -> float:
            try:
                return p.stat().st_mtime
            except OSError:
                return 0.0
        for path in sorted(entries, key=mtime)[: len(entries) - MAX_ENTRIES]:
            with contextlib.suppress(OSError):
                path.unlink()


# --- the entry format --------------------------------------------------------------------------------

def _mac(key: bytes, name: str, source_digest: str, payload: bytes | memoryview) -> str:
    # NAME \0 SOURCE_DIGEST \0 PAYLOAD, fed in parts: joined, the payload (10 MB for the 10k report) was copied.
    mac = hmac.new(key, name.encode() + b"\0" + source_digest.encode() + b"\0", hashlib.sha256)
    mac.update(payload)
    return mac.hexdigest()


def encode_entry(report: Report, source_digest: str, name: str, key: bytes, provenance: object = None) -> bytes:
    """The bytes of a cache entry: a header line (JSON), the report (JSON) and its provenance (JSON, one line:
    compact JSON has no line break), MAC'd together."""
    from viewer.model.validation import report_json_bytes  # writing follows a parse: pydantic is loaded anyway

    payload = report_json_bytes(report, by_alias=False) + b"\n" + \
        json.dumps(provenance, ensure_ascii=False, separators=(",", ":")).encode()
    header = {
        "format": CACHE_FORMAT,
        "name": name,
        "source_sha256": source_digest,
        "mac": _mac(key, name, source_digest, payload),
    }
    return json.dumps(header).encode() + b"\n" + payload


def decode_entry(raw: bytes, name: str, key: bytes) -> tuple[Report, str, object]:
    """The report, source hash and provenance (JSON data, None when not stored) of an entry; CacheError when
    it is not a genuine, well-formed entry."""
    end = raw.find(b"\n", 0, 4097)
    if end < 0:
        raise CacheError("no header line")
    try:
        header = json.loads(raw[:end])
    except (ValueError, RecursionError) as exc:
        raise CacheError(f"header is not JSON: {exc}") from None
    if not isinstance(header, dict) or header.get("format") != CACHE_FORMAT or header.get("name") != name:
        raise CacheError("wrong format or name")
    source_digest, mac = header.get("source_sha256"), header.get("mac")
    if not isinstance(source_digest, str) or not isinstance(mac, str):
        raise CacheError("header fields missing")
    # The payload is read where it stands (a view, then one decode), never copied out of the entry's bytes.
    if not hmac.compare_digest(mac, _mac(key, name, source_digest, memoryview(raw)[end + 1:])):
        raise CacheError("MAC does not match (the entry was changed or written under another key)")
    # Tens of thousands of objects are made here and none is garbage: the cyclic collector would only walk
    # them again and again (a third of the time on a large report).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            # The header is ASCII (json.dumps' default), so its byte length is where the payload starts in the text.
            text = raw.decode("utf-8")
            data, at = _DECODER.raw_decode(text, end + 1)
            provenance = None
            if at < len(text):
                if text[at] != "\n":
                    raise ValueError("more than one JSON value on the report's line")
                provenance, at = _DECODER.raw_decode(text, at + 1)
                if at != len(text):
                    raise ValueError("more than one JSON value on the provenance's line")
        except (ValueError, RecursionError) as exc:
            raise CacheError(f"payload is not JSON: {exc}") from None
        return build(Report, data), source_digest, provenance
    finally:
        if gc_was_enabled:
            gc.enable()


_DECODER = json.JSONDecoder()
