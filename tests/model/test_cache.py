"""The parsed-report cache: hits equal a fresh parse; corrupt, truncated or tampered entries are never used."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from viewer.model import cache as cache_module
from viewer.model import loader as loader_module
from viewer.model.cache import (
    MAX_ENTRIES,
    CacheError,
    ReportCache,
    decode_entry,
    encode_entry,
    entry_key,
    text_digest,
)
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path
from viewer.model.types import Report
from viewer.model.validation import report_json_bytes, report_to_json


class ParseCounter:
    """Counts real parses (cache misses) by wrapping the loader's parse_report."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        original = loader_module.parse_report

        def counting(*args, **kwargs):
            self.calls += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(loader_module, "parse_report", counting)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> ParseCounter:
    return ParseCounter(monkeypatch)


@pytest.fixture
def cache(tmp_path: Path) -> ReportCache:
    return ReportCache(tmp_path / "cache")


def entry_path(cache: ReportCache, report_path: Path) -> Path:
    text = report_path.read_text(encoding="utf-8")
    return cache.folder / f"{entry_key(text)}.json"


def test_bundled_report_round_trips(cache: ReportCache, parses: ParseCounter) -> None:
    first = load_report(default_report_path(), cache)
    second = load_report(default_report_path(), cache)
    assert parses.calls == 1
    assert second.report == first.report
    assert dataclasses.asdict(second.report) == dataclasses.asdict(first.report)
    assert second.source_text == first.source_text
    assert second.path == first.path
    # Methods that rely on private state work on a cached report too.
    fact = first.report.facts[0]
    assert second.report.fact(fact.id) == fact
    assert second.report.actions() == first.report.actions()


def test_mini_report_round_trips_with_defaults(cache: ReportCache, mini_report_path: Path,
                                               parses: ParseCounter) -> None:
    first = load_report(mini_report_path, cache)
    second = load_report(mini_report_path, cache)
    assert parses.calls == 1
    assert second.report == first.report
    # Fields left at their default are not stored, yet come back as the right objects.
    assert second.report.facts[0].scope is first.report.facts[0].scope
    assert second.report.facts[0].comparison is None
    assert isinstance(second.report, Report)


def test_entry_is_json_with_a_mac_and_no_defaults(cache: ReportCache, mini_report_path: Path) -> None:
    load_report(mini_report_path, cache)
    head, _, payload = entry_path(cache, mini_report_path).read_bytes().partition(b"\n")
    header = json.loads(head)
    assert set(header) == {"format", "name", "source_sha256", "mac"}
    report_line, provenance_line = payload.split(b"\n")
    data = json.loads(report_line)
    assert data["meta"]["id"] == "mini-2024"
    assert "draft" not in data["facts"][0]
    keys = json.loads(provenance_line)["keys"]  # where each quote stands, so a reopen does not search again
    assert set(keys) >= {f["id"] for f in data["facts"]}
    assert oct((cache.folder / "key").stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "no-header", "flipped-byte"])
def test_damaged_entry_is_ignored_and_rebuilt(cache: ReportCache, mini_report_path: Path, parses: ParseCounter,
                                              damage: str) -> None:
    good = load_report(mini_report_path, cache)
    path = entry_path(cache, mini_report_path)
    raw = path.read_bytes()
    damaged = {
        "garbage": os.urandom(512),
        "truncated": raw[: len(raw) // 2],
        "empty": b"",
        "no-header": raw.partition(b"\n")[2],
        "flipped-byte": raw[:-40] + bytes([raw[-40] ^ 0x01]) + raw[-39:],
    }[damage]
    path.write_bytes(damaged)
    again = load_report(mini_report_path, cache)
    assert parses.calls == 2
    assert again.report == good.report
    # Rebuilt: the next open is a hit again.
    assert path.read_bytes() != damaged
    load_report(mini_report_path, cache)
    assert parses.calls == 2


def _tamper(path: Path, edit) -> None:
    head, _, payload = path.read_bytes().partition(b"\n")
    report_line, _, provenance_line = payload.partition(b"\n")
    data = json.loads(report_line)
    edit(data)
    path.write_bytes(head + b"\n" + json.dumps(data, ensure_ascii=False).encode() + b"\n" + provenance_line)


def test_tampered_value_is_never_shown(cache: ReportCache, mini_report_path: Path, parses: ParseCounter) -> None:
    good = load_report(mini_report_path, cache)
    path = entry_path(cache, mini_report_path)

    def edit(data: dict) -> None:
        data["facts"][0]["value"] = 99.9
        data["facts"][0]["label"]["zh"] = "篡改"

    _tamper(path, edit)
    again = load_report(mini_report_path, cache)
    assert parses.calls == 2
    assert again.report.facts[0].value == good.report.facts[0].value == 8.2
    assert again.report.facts[0].label.zh != "篡改"


def test_recomputed_mac_without_the_key_does_not_verify(cache: ReportCache, mini_report_path: Path,
                                                        parses: ParseCounter) -> None:
    load_report(mini_report_path, cache)
    path = entry_path(cache, mini_report_path)
    head, _, payload = path.read_bytes().partition(b"\n")
    report_line, _, provenance_line = payload.partition(b"\n")
    data = json.loads(report_line)
    data["facts"][0]["value"] = 99.9
    new_payload = json.dumps(data).encode() + b"\n" + provenance_line
    header = json.loads(head)
    header["mac"] = cache_module._mac(b"\0" * 32, header["name"], header["source_sha256"], new_payload)
    path.write_bytes(json.dumps(header).encode() + b"\n" + new_payload)
    assert load_report(mini_report_path, cache).report.facts[0].value == 8.2
    assert parses.calls == 2


def test_entry_copied_from_another_cache_is_not_trusted(tmp_path: Path, mini_report_path: Path,
                                                        parses: ParseCounter) -> None:
    one, two = ReportCache(tmp_path / "one"), ReportCache(tmp_path / "two")
    load_report(mini_report_path, one)
    load_report(mini_report_path, two)  # two has its own key
    entry_path(two, mini_report_path).write_bytes(entry_path(one, mini_report_path).read_bytes())
    load_report(mini_report_path, two)
    assert parses.calls == 3


def test_well_signed_but_malformed_content_is_rejected(mini_report_path: Path) -> None:
    """Even an entry with a valid MAC must have the model's shape (a bug or format change cannot leak in)."""
    report = load_report(mini_report_path).report
    key, name = b"k" * 32, "n" * 64
    digest = text_digest("source")
    entry = encode_entry(report, digest, name, key)
    assert decode_entry(entry, name, key) == (report, digest, None)
    with pytest.raises(CacheError):
        decode_entry(entry, "m" * 64, key)  # an entry stored under another name

    def signed(data: dict) -> bytes:
        payload = json.dumps(data).encode()
        header = {"format": cache_module.CACHE_FORMAT, "name": name, "source_sha256": digest,
                  "mac": cache_module._mac(key, name, digest, payload)}
        return json.dumps(header).encode() + b"\n" + payload

    base = report_to_json(report, by_alias=False)
    bad_edits = [
        lambda d: d["facts"][0].__setitem__("value", "8.2"),  # a number as text
        lambda d: d["facts"][0].__setitem__("kind", "nonsense"),  # not an enum member
        lambda d: d["facts"][0].__setitem__("extra", 1),  # unknown field
        lambda d: d["facts"][0].pop("quote"),  # required field missing
        lambda d: d["facts"][0]["label"].__setitem__("zh", 5),  # not a string
        lambda d: d.__setitem__("tasks", {"a": 1}),  # a mapping where a list belongs
        lambda d: d["meta"].__setitem__("meeting_date", "yesterday"),  # not a date
        lambda d: d.__setitem__("schema_version", 2),  # not the literal
        lambda d: d.__setitem__("schema_version", 1.0),  # equal to the literal, but not what was written
        lambda d: d["facts"].__setitem__(0, ["not", "an", "object"]),
        lambda d: d["facts"][0].__setitem__("tags", None),  # null where a list belongs
        lambda d: d["facts"][0].__setitem__("tags", ["industry", 5]),  # a number among string ids
        lambda d: d["facts"][0].__setitem__("period", 2023),  # an optional string given a number
        lambda d: d["facts"][0].__setitem__("draft", "yes"),  # not a boolean
        lambda d: d["facts"][0].__setitem__("scope", None),  # null for a field that has a default
        lambda d: d["facts"][0].__setitem__("comparison", {"from_value": 1}),  # a nested object lacking a field
        lambda d: d["facts"][0]["label"].__setitem__("colour", "red"),  # unknown field of a nested object
        lambda d: d["facts"][0]["label"].pop("zh"),  # a nested object lacking a required field
        lambda d: d["tasks"][0].__setitem__("number", True),  # a boolean is not an integer
        lambda d: d["tasks"][0].__setitem__("number", 1.5),
        lambda d: d["tasks"][0]["actions"][0].__setitem__("text", "a string where a Text belongs"),
        lambda d: d["meta"].__setitem__("published", 5),
        lambda d: d.pop("meta"),
    ]
    assert decode_entry(signed(json.loads(json.dumps(base))), name, key)[0] == report  # signed() itself is fine
    for edit in bad_edits:
        data = json.loads(json.dumps(base))
        edit(data)
        with pytest.raises(CacheError):
            decode_entry(signed(data), name, key)


def test_a_well_signed_entry_with_anything_beside_its_two_json_lines_is_rejected(mini_report_path: Path) -> None:
    """The payload is decoded where it stands in the entry (no copies): it must still be exactly the report's JSON,
    a line break and the provenance's JSON."""
    report = load_report(mini_report_path).report
    key, name = b"k" * 32, "n" * 64
    digest = text_digest("source")
    report_line = json.dumps(report_to_json(report, by_alias=False), separators=(",", ":")).encode()
    provenance_line = json.dumps({"keys": [], "bounds": [], "sections": []}).encode()

    def signed(payload: bytes) -> bytes:
        header = {"format": cache_module.CACHE_FORMAT, "name": name, "source_sha256": digest,
                  "mac": cache_module._mac(key, name, digest, payload)}
        return json.dumps(header).encode() + b"\n" + payload

    assert decode_entry(signed(report_line + b"\n" + provenance_line), name, key)[2] == json.loads(provenance_line)
    for payload in (report_line + b" {}", report_line + b"{}\n" + provenance_line, report_line + b"\n",
                    report_line + b"\n" + provenance_line + b"\n", report_line + b"\n" + provenance_line + b"[]",
                    b" " + report_line, report_line[:-1], b"\xff" + report_line):
        with pytest.raises(CacheError):
            decode_entry(signed(payload), name, key)


def test_a_reopen_makes_the_spans_and_their_index_only_when_asked(cache: ReportCache, mini_report_path: Path) -> None:
    """A cache hit keeps the stored spans as they were read: an object per quote, and the index by position, are
    made when first asked for (the Source tab, a jump to a quote), not while the report opens."""
    first = load_report(mini_report_path, cache)
    again = load_report(mini_report_path, cache)
    provenance = again.provenance
    assert provenance is not None and provenance._spans_made is None and provenance._ordered_made is None
    assert provenance.span("va-growth") == first.provenance.span("va-growth")
    assert provenance._ordered_made is None
    assert provenance.quote_spans() == first.provenance.quote_spans()
    assert provenance.to_json() == first.provenance.to_json()


def test_changed_source_invalidates(cache: ReportCache, mini_report_path: Path, parses: ParseCounter) -> None:
    load_report(mini_report_path, cache)
    source = mini_report_path.parent / "mini-source.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\n补充说明。\n", encoding="utf-8")
    again = load_report(mini_report_path, cache)
    assert parses.calls == 2
    assert again.source_text.endswith("补充说明。\n")
    load_report(mini_report_path, cache)
    assert parses.calls == 2  # the entry now matches the new source


def test_missing_source_is_reported_not_served_from_cache(cache: ReportCache, mini_report_path: Path) -> None:
    from viewer.model.errors import ReportError

    load_report(mini_report_path, cache)
    (mini_report_path.parent / "mini-source.txt").unlink()
    with pytest.raises(ReportError):
        load_report(mini_report_path, cache)


def test_changed_report_is_a_new_entry(cache: ReportCache, mini_report_path: Path, parses: ParseCounter) -> None:
    load_report(mini_report_path, cache)
    text = mini_report_path.read_text(encoding="utf-8")
    mini_report_path.write_text(text.replace("en: Industrial value added growth", "en: Value added growth"),
                                encoding="utf-8")
    again = load_report(mini_report_path, cache)
    assert parses.calls == 2
    assert again.report.facts[0].label.en == "Value added growth"
    mini_report_path.write_text(text, encoding="utf-8")  # back to the first text: its entry is still there
    assert load_report(mini_report_path, cache).report.facts[0].label.en == "Industrial value added growth"
    assert parses.calls == 2


def test_new_app_version_is_a_miss(cache: ReportCache, mini_report_path: Path, parses: ParseCounter,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    load_report(mini_report_path, cache)
    monkeypatch.setattr(cache_module, "__version__", "999.0")
    load_report(mini_report_path, cache)
    assert parses.calls == 2


def test_broken_key_file_means_misses_then_a_new_key(cache: ReportCache, mini_report_path: Path,
                                                     parses: ParseCounter) -> None:
    load_report(mini_report_path, cache)
    (cache.folder / "key").write_bytes(b"short")
    fresh = ReportCache(cache.folder)
    load_report(mini_report_path, fresh)
    load_report(mini_report_path, fresh)
    assert parses.calls == 2
    assert len((cache.folder / "key").read_bytes()) == 32


def test_unwritable_cache_still_loads(tmp_path: Path, mini_report_path: Path, parses: ParseCounter) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    broken = ReportCache(blocker / "cache")
    assert load_report(mini_report_path, broken).report.meta.id == "mini-2024"
    assert load_report(mini_report_path, broken).report.meta.id == "mini-2024"
    assert parses.calls == 2


def test_old_entries_are_pruned(cache: ReportCache, mini_report_path: Path) -> None:
    report = load_report(mini_report_path).report
    for i in range(MAX_ENTRIES + 5):
        assert cache.put(f"report text {i}", report, "source")
    entries = [p for p in cache.folder.iterdir() if p.suffix == ".json"]
    assert len(entries) == MAX_ENTRIES
    cache.clear()
    assert not [p for p in cache.folder.iterdir() if p.suffix == ".json"]


def test_a_reopened_report_gets_its_provenance_from_the_cache(cache: ReportCache, mini_report_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Where each quote stands is stored with the report: a cache hit does not search the source again."""
    from viewer.model import provenance as provenance_module

    first = load_report(mini_report_path, cache)
    assert first.provenance is not None
    searched = []
    real_init = provenance_module.Provenance.__init__
    monkeypatch.setattr(provenance_module.Provenance, "__init__",
                        lambda self, *a: (searched.append(1), real_init(self, *a))[1])
    again = load_report(mini_report_path, cache)
    assert searched == [] and again.provenance is not None
    fresh = provenance_module.Provenance.__new__(provenance_module.Provenance)
    real_init(fresh, again.report, again.source_text)
    assert again.provenance.quote_spans() == fresh.quote_spans()
    for key in [f.id for f in again.report.facts] + [s.id for s in again.report.sections]:
        assert again.provenance.span(key) == fresh.span(key)


def test_cached_provenance_outside_the_source_is_not_used() -> None:
    from viewer.model.provenance import Provenance

    good = {"keys": ["s", "f"], "bounds": [0, 4, 1, 3], "sections": ["s"]}
    found = Provenance.from_json("abcd", good)
    assert found is not None and [k for _, k in found.quote_spans()] == ["f"] and found.keys_at(2) == ["f"]
    assert Provenance.from_json("abcd", found.to_json()).quote_spans() == found.quote_spans()
    for bad in ({"keys": ["f"], "bounds": [1, 9], "sections": []},  # past the end of the text
                {"keys": ["f"], "bounds": [-1, 3], "sections": []},  # before its start
                {"keys": ["f"], "bounds": [3, 1], "sections": []},  # backwards
                {"keys": ["f"], "bounds": [1, "3"], "sections": []},
                {"keys": ["f"], "bounds": [True, 3], "sections": []},
                {"keys": ["f"], "bounds": [1, 3, 4], "sections": []},  # not a pair per key
                {"keys": [5], "bounds": [1, 3], "sections": []},
                {"keys": ["f"], "bounds": [1, 3], "sections": ["s"]},  # a section without a span
                {"keys": []}, None, "text"):
        assert Provenance.from_json("abcd", bad) is None


@pytest.mark.parametrize("value", [1e-05, 0.1 + 0.2, 123456789.123, -0.0, 5e-324, 1e12, 2.5, 3.0])
def test_the_report_is_written_as_json_dumps_writes_it(value: float) -> None:
    """The entry's report line comes from pydantic-core in one step; read back it is the same data as
    ``json.dumps`` of ``report_to_json`` (the bytes too, but for a number spelt 1e-5 instead of 1e-05)."""
    report = load_report(default_report_path()).report
    report = dataclasses.replace(report, facts=(dataclasses.replace(report.facts[0], value=value), *report.facts[1:]))
    written = report_json_bytes(report, by_alias=False)
    dumped = json.dumps(report_to_json(report, by_alias=False), ensure_ascii=False, separators=(",", ":")).encode()
    assert json.loads(written) == json.loads(dumped)
    assert written == dumped or "e-" in repr(value)
    key, name = b"k" * 32, "n" * 64
    assert decode_entry(encode_entry(report, "d", name, key), name, key)[0] == report
