"""The library's index: built from the examples and the drafted samples, searched with FTS5 and without,
updated incrementally, and rebuilt from the files when it is damaged or deleted, without losing anything."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.model.library.conftest import ALL_SAMPLES, OpenIndex
from viewer.model.library import index as index_module
from viewer.model.library import queries
from viewer.model.library.compare import over_years
from viewer.model.library.db import has_fts5
from viewer.model.library.index import LibraryIndex
from viewer.model.library.records import FileStatus, HitKind
from viewer.model.loader import load_report
from viewer.model.state import Mark, ReportState, Status
from viewer.model.types import Text

EXAMPLE = Text(zh="示例省", en="Example Province")


@pytest.fixture(params=[True, False], ids=["fts5", "plain"])
def fts(request: pytest.FixtureRequest) -> bool:
    if request.param:
        assert has_fts5(), "this Python's SQLite has no FTS5: the FTS5 path cannot be tested here"
    return bool(request.param)


def build(opened: OpenIndex, folder: Path, index_path: Path, state_dir: Path | None = None,
          fts: bool = True) -> LibraryIndex:
    index = opened(index_path, fts=fts)
    index.refresh([folder], state_dir)
    return index


def snapshot(index: LibraryIndex) -> tuple[object, ...]:
    """Everything the library shows: its reports, a few searches and a comparison."""
    reports = [(r.path, r.status, r.title, r.region, r.year, r.facts, r.tasks, r.drafted, r.done, r.checked)
               for r in queries.list_reports(index)]
    hits = [[(h.path, h.kind, h.key) for h in queries.search(index, q)] for q in ("数字经济", "上云", "growth", "2万")]
    points = queries.indicator_points(index, "industrial-va-growth")
    comparison = over_years("industrial-va-growth", points, EXAMPLE, queries.list_reports(index))
    return (reports, hits, [(s.key, s.result and s.result.fact, s.target and s.target.fact) for s in comparison.slots])


def test_the_library_lists_every_example_and_every_drafted_sample(library_folder: Path, tmp_path: Path,
                                                                  fts: bool, opened: OpenIndex) -> None:
    index = build(opened, library_folder, tmp_path / "index.sqlite3", fts=fts)
    assert index.fts is fts
    reports = queries.list_reports(index)
    names = {r.path.name for r in reports}
    assert {"shili-2023.yaml", "shili-2024.yaml", "shili-2025.yaml", "yanshi-2024.yaml"} <= names
    assert {f"{s.name}.yaml" for s in ALL_SAMPLES} <= names
    assert all(r.status == FileStatus.OK for r in reports), [(r.path.name, r.problem) for r in reports if not r.ok]
    examples = {r.path.name: r for r in reports if r.example}
    assert {n: (r.region, r.year, r.review_year) for n, r in examples.items()} == {
        "shili-2023.yaml": (EXAMPLE, 2023, 2022), "shili-2024.yaml": (EXAMPLE, 2024, 2023),
        "shili-2025.yaml": (EXAMPLE, 2025, 2024),
        "yanshi-2024.yaml": (Text(zh="演示省", en="Demo Province"), 2024, 2023)}
    assert all(r.accepted for r in examples.values())
    drafted = [r for r in reports if not r.example]
    assert drafted and all(r.drafted > 0 and not r.accepted for r in drafted)
    shili = examples["shili-2024.yaml"]
    assert (shili.facts, shili.tasks, shili.actions, shili.enterprises, shili.reviewable) == (14, 4, 8, 1, 19)
    in_use = queries.indicators_in_use(index)
    assert in_use["industrial-va-growth"] >= 4 and in_use["new-5g-base-stations"] >= 2
    assert shili.publisher == Text(zh="示例省工业和信息化厅（虚构单位）",
                                   en="Example Province Department of Industry and IT (fictional)")


def test_search_finds_items_of_every_report_ranked_with_what_to_open(library_folder: Path, tmp_path: Path,
                                                                     fts: bool, opened: OpenIndex) -> None:
    index = build(opened, library_folder, tmp_path / "index.sqlite3", fts=fts)
    hits = queries.search(index, "数字经济规模", "zh")
    # The figures named so in their label come before the quotes that merely mention it.
    assert {(h.path.name, h.key) for h in hits[:4]} == {
        ("shili-2023.yaml", "digital-economy-2022"), ("shili-2024.yaml", "digital-economy-2023"),
        ("shili-2025.yaml", "digital-economy-2024"), ("yanshi-2024.yaml", "digital-economy-2023")}
    assert all(h.kind == HitKind.FACT and h.label.zh == "数字经济规模" for h in hits[:4])
    first = next(h for h in hits if h.key == "digital-economy-2022")
    assert first.value == Text(zh="9800亿元", en="980 billion yuan") and first.period == "2022"
    assert first.snippet[first.match[0]:first.match[1]] == "数字经济规模"
    # Tasks, actions and enterprises, in both languages; one character; a word being typed.
    assert ("shili-2023.yaml", HitKind.ACTION, "task-2.cloud") in {(h.path.name, h.kind, h.key)
                                                                   for h in queries.search(index, "上云")}
    assert {h.kind for h in queries.search(index, "示例电子")} == {HitKind.ENTERPRISE}
    assert any(h.key == "task-4" for h in queries.search(index, "优质企业"))
    assert any(h.key == "va-growth-2023" for h in queries.search(index, "industrial value ad", "en"))
    assert any(h.path.name == "shili-2025.yaml" for h in queries.search(index, "镓")) is False
    assert queries.search(index, "   ") == [] and queries.search(index, "\"*)(") == []
    # A number as written or as shown finds the figure of that value, first.
    by_number = queries.search(index, "9,800亿")
    assert (by_number[0].path.name, by_number[0].key) == ("shili-2023.yaml", "digital-economy-2022")
    # Drafted samples are searched too.
    drafted = queries.search(index, "规上工业增加值")
    assert {h.path.parent.name for h in drafted} == {"examples", "drafted"}


def test_notes_and_comments_are_searched_and_progress_counted(library_folder: Path, tmp_path: Path,
                                                              fts: bool, opened: OpenIndex) -> None:
    state_dir = tmp_path / "state"
    path = library_folder / "examples" / "shili-2023.yaml"
    state = ReportState.open(load_report(path).report, state_dir)
    state.apply(state.plan_item("task-2.cloud", status=Status.DONE, note="已推动两万家企业上云，见厅里的台账"))
    state.apply(state.plan_mark("va-growth-2022", Mark.CHECKED, "与统计公报一致"))
    state.apply(state.plan_mark("digital-economy-2022", Mark.QUESTIONED, "口径待核实"))
    state.close()
    index = build(opened, library_folder, tmp_path / "index.sqlite3", state_dir, fts=fts)
    row = queries.report_at(index, path.resolve())
    assert row is not None and (row.done, row.checked, row.questioned) == (1, 1, 1)
    note = queries.search(index, "台账")
    assert [(h.path, h.kind, h.key) for h in note] == [(path.resolve(), HitKind.NOTE, "task-2.cloud")]
    comment = queries.search(index, "口径")
    assert [(h.kind, h.key) for h in comment] == [(HitKind.COMMENT, "digital-economy-2022")]
    # A changed state file is read again; a deleted one leaves nothing behind.
    state = ReportState.open(load_report(path).report, state_dir)
    state.apply(state.plan_item("task-2.cloud", note="改为：见年度报告"))
    state.close()
    assert index.refresh([library_folder], state_dir).states == 1
    assert queries.search(index, "台账") == [] and len(queries.search(index, "年度报告")) >= 1
    (state_dir / "example-shili-2023.json").unlink()
    index.refresh([library_folder], state_dir)
    assert queries.search(index, "年度报告") == []
    row = queries.report_at(index, path.resolve())
    assert row is not None and (row.done, row.checked) == (0, 0)


def test_refresh_reads_only_new_and_changed_files(library_folder: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, opened: OpenIndex) -> None:
    index = build(opened, library_folder, tmp_path / "index.sqlite3")
    parsed: list[str] = []
    original = index_module.parse_report

    def counting(text: str, name: str, source_dir: Path | None):  # type: ignore[no-untyped-def]
        parsed.append(Path(name).name)
        return original(text, name, source_dir)

    monkeypatch.setattr(index_module, "parse_report", counting)
    summary = index.refresh([library_folder])
    assert parsed == [] and not summary.changed and summary.unchanged >= len(ALL_SAMPLES) + 4
    # Touched but the same bytes: not parsed again.
    report = library_folder / "examples" / "shili-2024.yaml"
    os.utime(report, ns=(report.stat().st_atime_ns, report.stat().st_mtime_ns + 10**9))
    assert index.refresh([library_folder]).changed is False and parsed == []
    # Changed bytes: only that file.
    report.write_text(report.read_text("utf-8").replace("技改投资增速", "技术改造投资增速"), "utf-8")
    summary = index.refresh([library_folder])
    assert parsed == ["shili-2024.yaml"] and summary.updated == 1
    assert any(h.path == report.resolve() for h in queries.search(index, "技术改造投资增速"))
    # Its source text changed (a quote no longer in it): the report is indexed again, now with its problem.
    source = library_folder / "examples" / "sources" / "shili-2024.txt"
    source.write_text(source.read_text("utf-8").replace("工业投资增长10.2%", "工业投资增长10.3%"), "utf-8")
    parsed.clear()
    summary = index.refresh([library_folder])
    assert parsed == ["shili-2024.yaml"] and summary.problems == 1
    row = queries.report_at(index, report.resolve())
    assert row is not None and row.status == FileStatus.ERROR and "not in the source text" in row.problem
    # Fixed again: read again, loads.
    source.write_text(source.read_text("utf-8").replace("工业投资增长10.3%", "工业投资增长10.2%"), "utf-8")
    assert index.refresh([library_folder]).updated == 1
    row = queries.report_at(index, report.resolve())
    assert row is not None and row.ok
    # A report removed from the folder leaves the library with everything it held.
    (library_folder / "examples" / "shili-2025.yaml").unlink()
    assert index.refresh([library_folder]).removed == 1
    assert all(h.path.name != "shili-2025.yaml" for h in queries.search(index, "规上工业增加值"))
    assert queries.indicator_points(index, "industrial-va-growth")
    assert all(p.path.name != "shili-2025.yaml" for p in queries.indicator_points(index, "industrial-va-growth"))


def test_a_refresh_can_be_stopped_and_a_new_file_indexed_alone(library_folder: Path, tmp_path: Path,
        opened: OpenIndex) -> None:
    index = opened(tmp_path / "index.sqlite3")
    seen: list[Path] = []
    summary = index.refresh([library_folder], progress=lambda done, total, path: seen.append(path) or done < 3)
    assert summary.stopped and len(seen) == 3 and len(queries.list_reports(index)) == 3
    added = library_folder / "examples" / "shili-2025.yaml"
    assert index.index_file(added).added == 1
    assert queries.report_at(index, added.resolve()) is not None
    assert index.refresh([library_folder]).added == len(ALL_SAMPLES) + 4 - 3 - 1


def test_files_that_are_not_reports_are_never_listed(library_folder: Path, tmp_path: Path, opened: OpenIndex) -> None:
    (library_folder / "settings.yaml").write_text("colour: blue\n", "utf-8")
    (library_folder / ".hidden.yaml").write_text("meta: {}\n", "utf-8")
    broken = library_folder / "broken.yaml"
    broken.write_text("meta:\n  id: broken\n", "utf-8")
    index = build(opened, library_folder, tmp_path / "index.sqlite3")
    names = {r.path.name: r for r in queries.list_reports(index)}
    assert "settings.yaml" not in names and ".hidden.yaml" not in names
    assert names["broken.yaml"].status == FileStatus.ERROR and "broken.yaml" in names["broken.yaml"].problem


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("damage", ["deleted", "garbage", "truncated", "pages", "other-version"])
def test_a_damaged_or_deleted_index_is_rebuilt_without_losing_anything(
        library_folder: Path, tmp_path: Path, damage: str, fts: bool, opened: OpenIndex) -> None:
    state_dir = tmp_path / "state"
    path = library_folder / "examples" / "shili-2024.yaml"
    state = ReportState.open(load_report(path).report, state_dir)
    state.apply(state.plan_item("task-1.monitoring", status=Status.DONE, note="按月调度"))
    state.close()
    index_path = tmp_path / "index" / "index.sqlite3"
    index = build(opened, library_folder, index_path, state_dir, fts=fts)
    before = snapshot(index)
    files_before, state_before = _digests(library_folder), _digests(state_dir)
    index.close()
    for suffix in ("-wal", "-shm"):
        Path(str(index_path) + suffix).unlink(missing_ok=True)
    if damage == "deleted":
        index_path.unlink()
    elif damage == "garbage":
        index_path.write_bytes(b"this is not a database" * 500)
    elif damage == "truncated":
        index_path.write_bytes(index_path.read_bytes()[:5000])
    elif damage == "pages":
        data = bytearray(index_path.read_bytes())
        page = 4096
        for start in range(2 * page, len(data) - page, 3 * page):  # every third page after the first two
            data[start + 100:start + 900] = os.urandom(800)
        index_path.write_bytes(bytes(data))
    else:
        import sqlite3

        conn = sqlite3.connect(index_path)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    index = opened(index_path, fts=fts)
    summary = index.refresh([library_folder], state_dir)
    assert summary.rebuilt or damage == "deleted"
    assert snapshot(index) == before
    assert queries.search(index, "按月调度")[0].kind == HitKind.NOTE
    assert _digests(library_folder) == files_before and _digests(state_dir) == state_before


def test_an_index_deleted_while_the_window_reads_it_is_read_again_once_rebuilt(library_folder: Path,
                                                                             tmp_path: Path, opened: OpenIndex) -> None:
    """The window reads through one connection while refreshes run in another: when the cache folder is emptied
    under it, the window keeps what it has until the refresh has built the index again, then reads that one."""
    index_path = tmp_path / "index" / "index.sqlite3"
    window = opened(index_path)
    worker = opened(index_path)
    worker.refresh([library_folder])
    worker.close()
    listed = len(queries.list_reports(window))
    for suffix in ("", "-wal", "-shm"):
        Path(str(index_path) + suffix).unlink(missing_ok=True)
    assert len(queries.list_reports(window)) == listed  # nothing to read yet: what it had
    (library_folder / "examples" / "shili-2025.yaml").unlink()
    worker = opened(index_path)
    worker.refresh([library_folder])
    worker.close()
    assert len(queries.list_reports(window)) == listed - 1
    assert all(h.path.name != "shili-2025.yaml" for h in queries.search(window, "数字经济规模"))


def test_an_index_the_folder_cannot_hold_lives_in_memory(library_folder: Path, tmp_path: Path,
        opened: OpenIndex) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the index folder should be", "utf-8")
    index = opened(blocked / "index.sqlite3")
    index.refresh([library_folder])
    assert index.db.in_memory
    assert len(queries.list_reports(index)) >= 4


def test_the_report_list_is_read_once_until_the_index_changes(library_folder: Path, tmp_path: Path,
        opened: OpenIndex) -> None:
    index = build(opened, library_folder, tmp_path / "index.sqlite3")
    statements: list[str] = []
    index.conn.set_trace_callback(statements.append)
    first = queries.list_reports(index)
    read = len(statements)
    assert queries.list_reports(index) == first
    assert [s for s in statements[read:] if not s.startswith("PRAGMA")] == []  # from the memo
    # Another connection's change (a refresh in the window's worker thread) is seen.
    other = opened(tmp_path / "index.sqlite3")
    (library_folder / "examples" / "shili-2025.yaml").unlink()
    other.refresh([library_folder])
    other.close()
    assert len(queries.list_reports(index)) == len(first) - 1


def test_report_packages_are_listed_searched_and_compared(library_folder: Path, tmp_path: Path, fts: bool,
        opened: OpenIndex) -> None:
    from viewer.model.library.files import add_report
    from viewer.model.packing import packed_report, write_package

    examples = library_folder / "examples"
    shili = examples / "shili-2025.yaml"
    package = tmp_path / "elsewhere" / "shili-2025.irv"
    package.parent.mkdir()
    write_package(package, packed_report(load_report(shili)))
    shili.unlink()  # the library now has 2025 only as a package
    copy = add_report(package, library_folder / "mine")
    assert copy == library_folder / "mine" / "shili-2025.irv" and copy.read_bytes() == package.read_bytes()
    broken = library_folder / "mine" / "broken.irv"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    index = build(opened, library_folder, tmp_path / "index.sqlite3", fts=fts)
    rows = {r.path.name: r for r in queries.list_reports(index)}
    assert rows["shili-2025.irv"].ok and rows["shili-2025.irv"].example and rows["shili-2025.irv"].year == 2025
    assert not rows["broken.irv"].ok and rows["broken.irv"].problem
    assert any(h.path == copy.resolve() for h in queries.search(index, "数字经济规模"))
    points = queries.indicator_points(index, "industrial-va-growth")
    comparison = over_years("industrial-va-growth", points, EXAMPLE, queries.list_reports(index))
    slot_2024 = next(s for s in comparison.slots if s.key == "2024")
    assert slot_2024.result is not None and slot_2024.result.path == copy.resolve()
    # Unchanged, a package is not read again; changed, it is.
    assert index.refresh([library_folder]).changed is False
