"""`report-viewer validate` and `facts`: exit codes, FILE:LINE:COLUMN lines, machine-readable output."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.cli import main


def test_validate_clean_file_exits_0(mini_report_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(mini_report_path)]) == 0
    out = capsys.readouterr().out
    assert "OK (3 facts" in out


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    value: 8.2\n", "    value: 8.2: 3\n"),  # YAML syntax
        ("    value: 8.2\n", "    value: eight\n"),  # wrong type
        ("    kind: growth_rate\n", ""),  # missing field
        ("    kind: growth_rate\n", "    kind: growth_rate\n    extra: 1\n"),  # unknown field
        ("  - id: growth-rank\n", "  - id: va-growth\n"),  # duplicate id
        ("    quote: 增速居全省第2位\n", "    quote: 增速居全国第9位\n"),  # quote not in the source
    ],
    ids=["syntax", "wrong-type", "missing-field", "unknown-field", "duplicate-id", "quote-not-in-source"],
)
def test_validate_broken_file_exits_1_with_positions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str
) -> None:
    path = write_mini_report(tmp_path, MINI_REPORT.replace(old, new, 1))
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:")
    first = err.splitlines()[0]
    line, column = first[len(str(path)) + 1 :].split(":")[:2]
    assert int(line) > 1 and int(column) >= 1
    assert "Traceback" not in err


def test_validate_reports_every_file(
    tmp_path: Path, mini_report_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("", "utf-8")
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes("meta: 中文\n".encode("gbk"))
    assert main(["validate", str(empty), str(mini_report_path), str(gbk)]) == 1
    captured = capsys.readouterr()
    assert f"{empty}:1:1: the file is empty" in captured.err
    assert f"{gbk}:1:7: not UTF-8" in captured.err
    assert f"{mini_report_path}: OK" in captured.out


def test_validate_in_a_real_process_never_shows_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"\xff\xfe\x00garbage\x00\x01\x02")
    proc = subprocess.run([sys.executable, "-m", "viewer", "validate", str(bad), str(tmp_path / "missing.yaml")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert f"{tmp_path / 'missing.yaml'}: no such report file" in proc.stderr


def test_facts_json_has_the_documented_fields(mini_report_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "--report", str(mini_report_path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ["va-growth", "growth-rank", "projects-done"]
    for key in ("id", "label", "label_en", "value", "unit", "period", "kind", "quote"):
        assert key in rows[0]
    assert rows[0]["value"] == 8.2 and rows[0]["unit"] == "%" and rows[0]["kind"] == "growth_rate"


def test_facts_csv_and_table(mini_report_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "--report", str(mini_report_path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[1]["kind"] == "rank" and rows[1]["quote"] == "增速居全省第2位"
    assert main(["facts", "--report", str(mini_report_path)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["id", "label", "label_en"]
    assert len(table) == 4


def test_facts_of_a_broken_report_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_mini_report(tmp_path, MINI_REPORT.replace("    value: 8.2\n", "    value: x\n"))
    assert main(["facts", "--report", str(path)]) == 1
    assert "facts[0].value" in capsys.readouterr().err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    from viewer import __version__

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "validate" in capsys.readouterr().out


@pytest.mark.parametrize(("unit", "says"), [
    ("艘艘", "unknown unit '艘艘': it writes '艘' twice"),
    ("万万艘", "unknown unit '万万艘': it writes '万' twice"),
    ("家家", "unknown unit '家家': it writes '家' twice"),
    ("万", "unknown unit '万': a multiplier alone is no unit"),
    ("亿万", "unknown unit '亿万': a multiplier alone is no unit"),
])
def test_validate_flags_a_doubled_unit_even_on_a_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       unit: str, says: str) -> None:
    """A drafted fact may keep a counter word the unit table lacks (眼), not a known one typed twice (艘艘)."""
    from tests.model.draft_samples.classes import COUNTERS
    from viewer.model.draft import draft_file

    source = tmp_path / "counters.txt"
    source.write_text(COUNTERS.text, encoding="utf-8")
    path = draft_file(source, tmp_path / "counters.yaml").yaml_path
    assert main(["validate", str(path)]) == 0  # 眼 is drafted and allowed until reviewed
    capsys.readouterr()
    text = path.read_text(encoding="utf-8")
    assert "  unit: \"艘\"\n" in text
    path.write_text(text.replace("  unit: \"艘\"\n", f"  unit: \"{unit}\"\n", 1), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert says in err and err.startswith(f"{path}:"), err
