"""`report-viewer pack` / `unpack`, and a package wherever a report is named on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from viewer.cli import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_pack_with_review_then_unpack_elsewhere_gives_the_same_figures_and_marks(tmp_path, capsys):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    assert _run(capsys, "tasks", "--state-dir", str(mine), "--mark", "va-2022", "questioned",
                "--comment", "源?")[0] == 0
    assert _run(capsys, "tasks", "--state-dir", str(mine), "--set", "task-2.trillion-pillars", "done",
                "--owner", "李", "--due", "2023-06-30")[0] == 0
    package = tmp_path / "fujian.irv"
    code, out, err = _run(capsys, "--state-dir", str(mine), "pack", "--review", "--out", str(package))
    assert (code, err) == (0, "") and "with the review state" in out

    code, out, err = _run(capsys, "unpack", str(package), "--out", str(tmp_path / "unpacked"),
                          "--state-dir", str(theirs))
    assert code == 0, err
    assert "review state merged: added 2" in out
    report = tmp_path / "unpacked" / "fujian-2023.yaml"
    _, facts_before, _ = _run(capsys, "facts", "--format", "json")
    _, facts_after, _ = _run(capsys, "facts", "--format", "json", "--report", str(report))
    _, facts_packed, _ = _run(capsys, "facts", "--format", "json", "--report", str(package))
    assert json.loads(facts_before) == json.loads(facts_after) == json.loads(facts_packed)
    _, tasks_out, _ = _run(capsys, "tasks", "--report", str(report), "--state-dir", str(theirs), "--format", "json")
    exported = json.loads(tasks_out)
    marks = {r["id"]: (r["mark"], r["comment"]) for r in exported["reviews"]}
    assert marks == {"va-2022": ("questioned", "源?")}
    item = next(i for i in exported["items"] if i["id"] == "task-2.trillion-pillars")
    assert (item["status"], item["owner"], item["due"]) == ("done", "李", "2023-06-30")


def test_pack_refuses_another_suffix_and_an_existing_file(tmp_path, capsys):
    code, _, err = _run(capsys, "pack", "--out", str(tmp_path / "x.zip"))
    assert code == 1 and "ends in .irv" in err
    target = tmp_path / "x.irv"
    target.write_bytes(b"mine")
    code, _, err = _run(capsys, "pack", "--out", str(target))
    assert code == 1 and "use --force" in err and target.read_bytes() == b"mine"
    assert _run(capsys, "pack", "--out", str(target), "--force")[0] == 0
    assert target.read_bytes()[:4] == b"PK\x03\x04"


def test_unpack_of_a_hostile_package_is_one_line_and_writes_nothing(tmp_path, capsys):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../escape.txt", b"x")
    package = tmp_path / "evil.irv"
    package.write_bytes(buffer.getvalue())
    code, out, err = _run(capsys, "unpack", str(package), "--out", str(tmp_path / "out"))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "outside the package" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    code, _, err = _run(capsys, "validate", str(package))
    assert code == 1 and "outside the package" in err


def test_a_package_is_a_report_for_every_command(tmp_path, capsys):
    package = tmp_path / "f.irv"
    assert _run(capsys, "pack", "--out", str(package))[0] == 0
    code, out, _ = _run(capsys, "charts", "--report", str(package))
    assert code == 0 and out.splitlines()[0].startswith("growth")
    code, out, _ = _run(capsys, "validate", str(package))
    assert code == 0 and "OK" in out
    parsed = Path(package)
    from viewer.cli import parse_args

    assert parse_args([str(parsed)]).path == str(parsed)  # `report-viewer FILE.irv` opens the window on it
