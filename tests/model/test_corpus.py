"""The corpus of bad report files (tests/corpus): each gives its clean error, never a traceback or a hang."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest

from viewer.model.errors import ReportError
from viewer.model.loader import MAX_REPORT_BYTES, load_report

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _manifest() -> list[tuple[str, str, str]]:
    rows = (CORPUS / "MANIFEST.tsv").read_text("utf-8").splitlines()[1:]
    return [tuple(row.split("\t")) for row in rows]  # type: ignore[misc]


CASES = _manifest()


def test_the_corpus_is_large_enough() -> None:
    assert sum(1 for _, _, expect in CASES if expect != "OK") >= 30
    assert all((CORPUS / name).is_file() for name, _, _ in CASES)


@pytest.mark.parametrize(("name", "line", "expect"), CASES, ids=[c[0] for c in CASES])
def test_corpus_file(name: str, line: str, expect: str) -> None:
    path = CORPUS / name
    if expect == "OK":
        loaded = load_report(path)
        assert loaded.report.meta.id == "mini-2024"
        return
    with pytest.raises(ReportError) as info:
        load_report(path)
    first = info.value.problems[0]
    assert first.file == str(path)
    assert re.search(expect, first.message), str(first)
    if line != "-":
        assert first.line == int(line), str(first)
        assert first.column is not None and first.column >= 1
    assert str(first).startswith(f"{path}:")


def test_no_code_in_a_python_tag_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    bad = tmp_path / "tag.yaml"
    bad.write_text(f"meta: !!python/object/apply:os.system ['touch {marker}']\n", "utf-8")
    with pytest.raises(ReportError, match="not allowed"):
        load_report(bad)
    assert not marker.exists()


def _limit_memory() -> None:
    limit = 1536 * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_validate_whole_corpus_in_bounded_memory() -> None:
    paths = [str(CORPUS / name) for name, _, expect in CASES if expect != "OK"]
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "validate", "--quiet", *paths],
        capture_output=True, text=True, timeout=300, preexec_fn=_limit_memory,
    )
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    for path in paths:
        assert any(line.startswith(f"{path}:") for line in proc.stderr.splitlines()), path
    assert proc.stdout == ""


def test_a_directory(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="is a directory"):
        load_report(tmp_path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="no such report file"):
        load_report(tmp_path / "nope.yaml")


def test_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    with pytest.raises(ReportError, match="symbolic link loop"):
        load_report(tmp_path / "a.yaml")


def test_a_file_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text("meta: {}\n", "utf-8")
    path.chmod(0)
    # Tests may run as root, which reads anything: make the open fail as it would for a user.
    with mock.patch("viewer.model.safe_read.os.open", side_effect=PermissionError(13, "Permission denied")), \
            pytest.raises(ReportError, match="permission denied"):
        load_report(path)
    if os.geteuid() != 0:
        with pytest.raises(ReportError, match="permission denied"):
            load_report(path)


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as fh:
        fh.truncate(MAX_REPORT_BYTES + 1)  # sparse: costs no disk
    with mock.patch("viewer.model.safe_read.os.read", side_effect=AssertionError("must not be read")), \
            pytest.raises(ReportError, match=r"may be at most 32 MiB"):
        load_report(path)


def test_a_ten_megabyte_file_of_bad_facts_gives_capped_clean_errors(tmp_path: Path) -> None:
    fact = "  - {id: f%d, label: {zh: 标签}, value: x, unit: '%%', kind: growth_rate, quote: 引文引文}\n"
    lines = ["meta: {id: big}\n", "facts:\n"]
    size, i = 0, 0
    while size < 10 * 2**20:
        line = fact % i
        lines.append(line)
        size += len(line.encode())
        i += 1
    path = tmp_path / "big.yaml"
    path.write_text("".join(lines), "utf-8")
    with pytest.raises(ReportError) as info:
        load_report(path)
    problems = info.value.problems
    assert len(problems) == 201
    assert re.search(r"and \d+ more problems", problems[-1].message)
    assert problems[0].line is not None
