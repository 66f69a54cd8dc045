"""A report as one file: the report package (``.irv``), a zip of the report's YAML, its source text and,
optionally, the reviewer's work (a checklist export, viewer.model.state.exchange).

Layout (names inside the zip, always with '/')::

    mimetype          'application/x-industry-report-package', first and stored (file-type detection)
    manifest.json     {"format": "industry-report-viewer/package", "version": 1, "report": "NAME.yaml",
                       "source": "sources/NAME.txt", "review": "review.json" | null, "created": "…"}
    NAME.yaml         the report file, byte for byte
    sources/NAME.txt  its source text (UTF-8), where the report's ``meta.source`` names it
    review.json       optional: the checklist and review marks as a JSON export

Every package is untrusted. It is read whole from a regular file of at most ``MAX_PACKAGE_BYTES`` (safe_read)
and checked before a byte of any entry is inflated: no more than ``MAX_ENTRIES`` entries; every name relative,
without '..', '\\', drive letters, empty or '.' parts or control characters; no two names that are the same on
a case-insensitive file system; only regular files (no symbolic links, devices or folders with content);
no encryption; stored or deflated only; each entry at most ``MAX_ENTRY_BYTES`` and the whole at most
``MAX_TOTAL_BYTES`` inflated, and no entry inflating more than ``MAX_RATIO`` times its compressed size (zip
bombs). Inflating is capped by the declared size too (a lying header fails its CRC, never fills memory).
Anything else is a ``PackageError`` with one line for the user. Nothing is ever extracted by zipfile itself:
``unpack`` writes each checked entry through the one atomic writer, inside the folder the user named.

No Qt here; the loader (viewer.model.loader) reads a package through ``read_package``.
"""

from __future__ import annotations

import io
import json
import stat
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from viewer.model.safe_read import describe_read_error, read_regular

if TYPE_CHECKING:
    # zipfile (and the compressors it loads) is imported when a package is read or written: the loader names
    # this module for every report, and a report file opened at start-up needs none of it.
    import zipfile

SUFFIX = ".irv"
MIMETYPE = "application/x-industry-report-package"
FORMAT = "industry-report-viewer/package"
VERSION = 1
MANIFEST = "manifest.json"
REVIEW = "review.json"
ZIP_MAGIC = b"PK\x03\x04"

MAX_PACKAGE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 64
MAX_ENTRY_BYTES = 32 * 1024 * 1024  # the loader's limit for a report file and for a source text
MAX_TOTAL_BYTES = 96 * 1024 * 1024
MAX_RATIO = 200  # text deflates 3-10x; a run of zeros 1000x
RATIO_FLOOR = 1024 * 1024  # entries smaller than this inflated are never refused for their ratio
MAX_NAME_CHARS = 255
REPORT_FILE_SUFFIXES = (".yaml", ".yml")  # a report file; with SUFFIX, everything the app opens as a report
OPENABLE_SUFFIXES = (*REPORT_FILE_SUFFIXES, SUFFIX)
ZIP_STORED, ZIP_DEFLATED = 0, 8  # zipfile's numbers for the two methods a package may use
_ALLOWED_METHODS = (ZIP_STORED, ZIP_DEFLATED)


class PackageError(Exception):
    """A report package that cannot be read or written; the message is one line for the user."""


@dataclass(frozen=True)
class Package:
    """The checked contents of a package: the report file's bytes, its source text's bytes, the review."""

    report_name: str
    report_bytes: bytes
    source_name: str
    source_bytes: bytes
    review: str | None = None  # the review export's JSON text, when the package carries one


def is_package_name(path: str | Path) -> bool:
    """Whether ``path`` is named as a report package (``*.irv``, any case)."""
    return str(path).lower().endswith(SUFFIX)


def looks_like_package(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a zip (a package under another name)."""
    return head.startswith(ZIP_MAGIC)


# --- names ---------------------------------------------------------------------------------------------

def check_name(name: str) -> str:
    """``name`` when it is a safe relative entry name; PackageError saying what is wrong otherwise."""
    if not name:
        raise PackageError("an entry has an empty name")
    shown = ascii(name)[1:-1]
    if len(name) > MAX_NAME_CHARS:
        raise PackageError(f"the entry name {shown[:60]}… is longer than {MAX_NAME_CHARS} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in name):
        raise PackageError(f"the entry name '{shown}' contains control characters")
    if "\\" in name:
        raise PackageError(f"the entry name '{shown}' contains a backslash")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise PackageError(f"the entry '{shown}' has an absolute name; a package holds relative names only")
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        raise PackageError(f"the entry '{shown}' points outside the package ('..')")
    if any(part in ("", ".") for part in parts):
        raise PackageError(f"the entry name '{shown}' has an empty or '.' part")
    if any(part.endswith((" ", ".")) or ":" in part for part in parts):
        raise PackageError(f"the entry name '{shown}' cannot be a file name on every system")
    return name


def _fold(name: str) -> str:
    """The name as a case-insensitive, normalising file system (Windows, macOS) sees it."""
    return unicodedata.normalize("NFC", name).casefold()


def _is_link_or_special(info: zipfile.ZipInfo) -> str | None:
    """What a Unix-made entry is when it is not a regular file or a folder ('a symbolic link'), else None."""
    mode = info.external_attr >> 16
    if info.create_system != 3 or stat.S_IFMT(mode) == 0:  # no file type recorded: a plain file
        return None
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "a device, FIFO or socket"


# --- reading -------------------------------------------------------------------------------------------

def read_package(path: str | Path) -> Package:
    """The checked contents of the package at ``path``; PackageError (one line) when it is not a safe one."""
    try:
        data = read_regular(path, MAX_PACKAGE_BYTES)
    except OSError as exc:
        raise PackageError(describe_read_error(exc, "report package")) from None
    return package_from_bytes(data)


def package_from_bytes(data: bytes) -> Package:
    """The checked contents of a package's bytes (see the module doc for every check)."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise PackageError(f"not a report package (not a readable zip file: {exc})") from None
    with archive:
        entries = _checked_entries(archive)
        manifest = _manifest(archive, entries)
        report_name = _named(manifest, "report", entries)
        if not report_name.lower().endswith(REPORT_FILE_SUFFIXES):
            raise PackageError(f"the manifest's report '{report_name}' is not a .yaml file")
        source_name = _named(manifest, "source", entries)
        review_name = manifest.get("review")
        review = None
        if review_name is not None:
            review_bytes = _read_entry(archive, entries[_named(manifest, "review", entries)])
            try:
                review = review_bytes.decode("utf-8")
            except UnicodeDecodeError:
                raise PackageError("the review state in the package is not UTF-8 text") from None
        return Package(report_name, _read_entry(archive, entries[report_name]), source_name,
                       _read_entry(archive, entries[source_name]), review)


def _checked_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackageError(f"the package has {len(infos)} entries; a report package holds at most {MAX_ENTRIES}")
    entries: dict[str, zipfile.ZipInfo] = {}
    folded: dict[str, str] = {}
    total = 0
    for info in infos:
        name = check_name(info.filename)
        shown = ascii(name)[1:-1]
        key = _fold(name.rstrip("/"))
        if key in folded:
            raise PackageError(f"the package holds '{shown}' twice (names that differ only in case count as one)")
        folded[key] = name
        if info.flag_bits & 0x1:
            raise PackageError(f"the entry '{shown}' is encrypted; report packages are never encrypted")
        special = _is_link_or_special(info)
        if special is not None:
            raise PackageError(f"the entry '{shown}' is {special}; a package holds plain files only")
        if info.is_dir():
            if info.file_size:
                raise PackageError(f"the folder entry '{shown}' has content")
            continue
        if info.compress_type not in _ALLOWED_METHODS:
            raise PackageError(f"the entry '{shown}' uses an unsupported compression (method {info.compress_type})")
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackageError(f"the entry '{shown}' inflates to {info.file_size} bytes; at most "
                               f"{MAX_ENTRY_BYTES // 2**20} MiB are allowed")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise PackageError(f"the entry '{shown}' inflates {info.file_size // max(1, info.compress_size)} times "
                               f"its size (a zip bomb?); at most {MAX_RATIO} times is allowed")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageError(f"the package inflates to more than {MAX_TOTAL_BYTES // 2**20} MiB")
        entries[name] = info
    return entries


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """An entry's bytes, never more than its declared size (a lying header fails the CRC check)."""
    import zipfile

    shown = ascii(info.filename)[1:-1]
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(1 << 20)
                if not chunk:
                    break
                size += len(chunk)
                if size > info.file_size or size > MAX_ENTRY_BYTES:
                    raise PackageError(f"the entry '{shown}' inflates to more than it declares")
                chunks.append(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: zipfile's word for an encrypted entry it was not given a password for.
        raise PackageError(f"the entry '{shown}' is damaged: {exc}") from None
    except Exception as exc:  # zlib.error and the like: a damaged stream is still only a damaged package
        raise PackageError(f"the entry '{shown}' is damaged: {exc}") from None
    return b"".join(chunks)


def _manifest(archive: zipfile.ZipFile, entries: Mapping[str, zipfile.ZipInfo]) -> dict[str, object]:
    info = entries.get(MANIFEST)
    if info is None:
        raise PackageError(f"not a report package: it has no {MANIFEST}")
    if info.file_size > 64 * 1024:
        raise PackageError(f"the package's {MANIFEST} is too large")
    try:
        manifest = json.loads(_read_entry(archive, info).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(f"the package's {MANIFEST} is not valid JSON: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(f"not a report package: {MANIFEST} does not say format '{FORMAT}'")
    version = manifest.get("version")
    if version != VERSION:
        raise PackageError(f"the package is of version {version!r}; this program reads version {VERSION}")
    return manifest


def _named(manifest: Mapping[str, object], key: str, entries: Mapping[str, zipfile.ZipInfo]) -> str:
    name = manifest.get(key)
    if not isinstance(name, str) or not name:
        raise PackageError(f"the package's {MANIFEST} does not name its {key} file")
    check_name(name)
    if name not in entries:
        raise PackageError(f"the package has no entry '{ascii(name)[1:-1]}' (its {key} file)")
    return name


# --- writing -------------------------------------------------------------------------------------------

def package_bytes(report_name: str, report_bytes: bytes, source_name: str, source_text: str,
                  review: str | None = None, created: str = "") -> bytes:
    """A package of a report file, its source text and (optionally) the review export, as bytes.

    ``report_name`` is the report's file name (no folder); ``source_name`` the report's ``meta.source``.
    """
    report_name = check_name(report_name)
    source_name = str(PurePosixPath(*Path(source_name).parts)) if source_name else source_name
    check_name(source_name)
    if "/" in report_name:
        raise PackageError("the report file is named without a folder")
    if _fold(source_name) in {_fold(n) for n in (report_name, MANIFEST, REVIEW, "mimetype")}:
        raise PackageError(f"the source text cannot be named '{source_name}' in a package")
    import zipfile

    manifest = {"format": FORMAT, "version": VERSION, "report": report_name, "source": source_name,
                "review": REVIEW if review is not None else None, "created": created}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # First and stored, as in OpenDocument and EPUB: a file-type detector finds it at offset 30.
        archive.writestr(_info("mimetype", ZIP_STORED), MIMETYPE.encode("ascii"))
        archive.writestr(_info(MANIFEST), json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
        archive.writestr(_info(report_name), report_bytes)
        archive.writestr(_info(source_name), source_text.encode("utf-8"))
        if review is not None:
            archive.writestr(_info(REVIEW), review.encode("utf-8"))
    return buffer.getvalue()


def _info(name: str, method: int = ZIP_DEFLATED) -> zipfile.ZipInfo:
    import zipfile

    # A fixed date: the same report packs to the same bytes.
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = method
    info.create_system = 3
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


__all__ = [
    "MIMETYPE",
    "REVIEW",
    "SUFFIX",
    "Package",
    "PackageError",
    "check_name",
    "is_package_name",
    "looks_like_package",
    "package_bytes",
    "package_from_bytes",
    "read_package",
]
