"""Report packages (.irv): a round trip keeps every byte that matters, and a corpus of hostile packages is refused
with one clean line each (never a traceback, a hang, a write, or memory filled by a bomb)."""

from __future__ import annotations

import io
import json
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from viewer.model.errors import ReportError
from viewer.model.loader import load_report
from viewer.model.package import (
    MANIFEST,
    MAX_ENTRIES,
    MAX_PACKAGE_BYTES,
    MIMETYPE,
    PackageError,
    package_bytes,
    package_from_bytes,
    read_package,
)
from viewer.model.packing import packed_report, unpack
from viewer.model.paths import default_report_path
from viewer.model.state import Mark, ReportState, Status
from viewer.model.state.exchange import export_json

GOOD_MANIFEST = {"format": "industry-report-viewer/package", "version": 1, "report": "r.yaml",
                 "source": "sources/s.txt", "review": None}


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]], manifest: dict[str, object] | None = None) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some of these hold on purpose
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest if manifest is not None else GOOD_MANIFEST))
            for info, data in entries:
                archive.writestr(info, data)
    return buffer.getvalue()


def _good_entries() -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    return [("r.yaml", b"schema_version: 1\n"), ("sources/s.txt", "原文".encode())]


def _with_mode(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def _encrypted() -> bytes:
    """A package whose report entry has the 'encrypted' flag set, in its local and its central header."""
    data = bytearray(_zip(_good_entries()))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("r.yaml")
    data[info.header_offset + 6] |= 0x1  # local file header: general purpose flags at offset 6
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + length] == b"r.yaml":
            data[central + 8] |= 0x1  # central directory header: flags at offset 8
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def _bzip2(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_BZIP2
    return info


def _lying_sizes() -> bytes:
    """5 MiB of zeros whose headers claim 1000 bytes: inflating stops at the claim and the CRC fails."""
    data = _zip([("r.yaml", b"\0" * (5 * 2**20)), ("sources/s.txt", b"x")])
    real = struct.pack("<I", 5 * 2**20)
    return data.replace(real, struct.pack("<I", 1000))


def _bomb(size: int) -> Callable[[], bytes]:
    return lambda: _zip([("r.yaml", b"\0" * size), ("sources/s.txt", b"x")])


# name -> (package bytes, a phrase the one-line error must hold)
HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "path traversal": (lambda: _zip([("../evil.yaml", b"x"), *_good_entries()]), "outside the package"),
    "path traversal deep": (lambda: _zip([("sources/../../evil.txt", b"x"), *_good_entries()]), "outside"),
    "manifest names a traversal": (
        lambda: _zip(_good_entries(), {**GOOD_MANIFEST, "report": "../r.yaml"}), "outside the package"),
    "absolute name": (lambda: _zip([("/etc/cron.d/evil", b"x"), *_good_entries()]), "absolute name"),
    "drive letter": (lambda: _zip([("C:/Windows/evil.dll", b"x"), *_good_entries()]), "absolute name"),
    "backslash name": (lambda: _zip([("..\\..\\evil.bat", b"x"), *_good_entries()]), "backslash"),
    "control characters": (lambda: _zip([("a\x1b[31m.txt", b"x"), *_good_entries()]), "control characters"),
    "bidi override": (lambda: _zip([("report\u202etxt.exe", b"x"), *_good_entries()]), "control characters"),
    "symbolic link": (lambda: _zip([(_with_mode("sources/link.txt", stat.S_IFLNK | 0o777), b"/etc/passwd"),
                                    *_good_entries()]), "symbolic link"),
    "symbolic link as the source": (
        lambda: _zip([("r.yaml", b"x"), (_with_mode("sources/s.txt", stat.S_IFLNK | 0o777), b"/etc/passwd")]),
        "symbolic link"),
    "device": (lambda: _zip([(_with_mode("dev", stat.S_IFCHR | 0o666), b""), *_good_entries()]), "device"),
    "zip bomb (size)": (_bomb(40 * 2**20), "at most 32 MiB"),
    "zip bomb (ratio)": (_bomb(4 * 2**20), "zip bomb"),
    "lying sizes": (_lying_sizes, "damaged"),
    "duplicate names": (lambda: _zip([("r.yaml", b"a"), ("r.yaml", b"b"), ("sources/s.txt", b"x")]), "twice"),
    "names differing in case": (lambda: _zip([("R.yaml", b"a"), *_good_entries()]), "twice"),
    "encrypted entry": (_encrypted, "encrypted"),
    "unsupported compression": (lambda: _zip([(_bzip2("r.yaml"), b"x"), ("sources/s.txt", b"x")]),
                                "unsupported compression"),
    "too many entries": (lambda: _zip([(f"f{i}.txt", b"") for i in range(MAX_ENTRIES)] + _good_entries()),
                         "at most 64"),
    "not a zip": (lambda: b"PK\x03\x04 but nothing after", "not a readable zip"),
    "truncated": (lambda: _zip(_good_entries())[:-30], "not a readable zip"),
    "no manifest": (lambda: _zip_without_manifest(), "no manifest.json"),
    "manifest not JSON": (lambda: _zip_raw_manifest(b"{nope"), "not valid JSON"),
    "manifest of something else": (lambda: _zip(_good_entries(), {"format": "epub"}), "does not say format"),
    "manifest of a later version": (lambda: _zip(_good_entries(), {**GOOD_MANIFEST, "version": 99}), "version 99"),
    "manifest names a missing file": (lambda: _zip(_good_entries(), {**GOOD_MANIFEST, "source": "gone.txt"}),
                                      "no entry 'gone.txt'"),
    "report not YAML": (lambda: _zip([("r.exe", b"x"), *_good_entries()], {**GOOD_MANIFEST, "report": "r.exe"}),
                        "not a .yaml"),
}


def _zip_without_manifest() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in _good_entries():
            archive.writestr(name, data)
    return buffer.getvalue()


def _zip_raw_manifest(raw: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, raw)
        for name, data in _good_entries():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_package_is_refused_with_one_clean_line(case: str, tmp_path: Path) -> None:
    build, phrase = HOSTILE[case]
    data = build()
    with pytest.raises(PackageError) as raised:
        package_from_bytes(data)
    message = str(raised.value)
    assert phrase in message
    assert "\n" not in message and "\x1b" not in message and "\u202e" not in message
    # Through every opener: the loader words it as a report problem naming the package, and unpack writes nothing.
    path = tmp_path / "hostile.irv"
    path.write_bytes(data)
    with pytest.raises(ReportError) as report_error:
        load_report(path)
    assert str(report_error.value).startswith(f"{path}: ") and phrase in str(report_error.value)
    out = tmp_path / "out"
    with pytest.raises(PackageError):
        unpack(path, out)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.irv"]


def test_a_package_file_too_large_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.irv"
    with path.open("wb") as f:
        f.truncate(MAX_PACKAGE_BYTES + 1)  # sparse: refused from the size, nothing is read
    with pytest.raises(PackageError, match="at most 64 MiB"):
        read_package(path)


def test_a_renamed_package_is_still_read_as_one(tmp_path: Path) -> None:
    loaded = load_report(default_report_path())
    path = tmp_path / "report.yaml"
    path.write_bytes(packed_report(loaded))
    assert load_report(path).report == loaded.report


def test_a_package_whose_report_is_invalid_names_the_entry_line_and_column(tmp_path: Path) -> None:
    bad = package_bytes("bad.yaml", b"schema_version: 1\nmeta: 3\n", "s.txt", "text")
    path = tmp_path / "bad.irv"
    path.write_bytes(bad)
    with pytest.raises(ReportError) as raised:
        load_report(path)
    assert str(raised.value).startswith(f"{path}/bad.yaml:2:7: meta")


def test_pack_writes_the_mimetype_first_and_stored(tmp_path: Path) -> None:
    data = packed_report(load_report(default_report_path()))
    assert data[30:38] == b"mimetype" and data[38:38 + len(MIMETYPE)] == MIMETYPE.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.infolist()[0].compress_type == zipfile.ZIP_STORED
        assert archive.namelist() == ["mimetype", MANIFEST, "fujian-2023.yaml",
                                      "sources/fujian-2023-industry-it-work-conference.txt"]


def test_round_trip_with_review_marks(tmp_path: Path) -> None:
    """Pack the bundled report with review marks, unpack elsewhere, open: same figures, same marks."""
    original = load_report(default_report_path())
    state = ReportState.open(original.report, tmp_path / "mine")
    assert state.apply(state.plan_mark("va-2022", Mark.QUESTIONED, "1.96 or 1.95?"))
    assert state.apply(state.plan_mark("catl", Mark.CHECKED))
    assert state.apply(state.plan_item("task-1.resume-work", status=Status.DOING, owner="王芳", due="2023-03-31",
                                       note="周报"))
    package_path = tmp_path / "fujian.irv"
    package_path.write_bytes(packed_report(original, export_json(state)))
    state.close()

    opened = load_report(package_path)
    assert opened.report == original.report and opened.source_text == original.source_text
    assert opened.path == package_path and opened.is_package and opened.review is not None

    result = unpack(package_path, tmp_path / "elsewhere" / "deep")
    reopened = load_report(result.report)
    assert reopened.report == original.report
    assert result.source.read_text("utf-8") == original.source_text

    from viewer.model.state.exchange import preview_import

    theirs = ReportState.open(reopened.report, tmp_path / "colleague")
    assert theirs.apply(preview_import(theirs, result.review.read_text("utf-8")).changes())
    assert theirs.mark_of("va-2022") is Mark.QUESTIONED and theirs.mark("va-2022").comment == "1.96 or 1.95?"
    assert theirs.mark_of("catl") is Mark.CHECKED
    item = theirs.item("task-1.resume-work")
    assert (item.status, item.owner, item.due.isoformat(), item.note) == (Status.DOING, "王芳", "2023-03-31", "周报")
    theirs.close()


def test_unpack_never_replaces_a_file_without_consent(tmp_path: Path) -> None:
    package_path = tmp_path / "p.irv"
    package_path.write_bytes(packed_report(load_report(default_report_path())))
    out = tmp_path / "out"
    out.mkdir()
    (out / "fujian-2023.yaml").write_text("mine", "utf-8")
    with pytest.raises(FileExistsError):
        unpack(package_path, out)
    assert (out / "fujian-2023.yaml").read_text("utf-8") == "mine"
    assert not (out / "sources").exists()
    unpack(package_path, out, overwrite=True)
    assert load_report(out / "fujian-2023.yaml").report.meta.id == "fujian-2023"


def test_unpack_does_not_follow_a_planted_link_out_of_the_folder(tmp_path: Path) -> None:
    package_path = tmp_path / "p.irv"
    package_path.write_bytes(packed_report(load_report(default_report_path())))
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "sources").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(OSError, match="outside"):
        unpack(package_path, out)
    assert list(elsewhere.iterdir()) == [] and not (out / "fujian-2023.yaml").exists()
