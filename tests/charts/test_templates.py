"""File-name templates of `export --template` and the export dialog: only the five fields, plainly, giving one
plain file name; anything else is one line naming what is wrong, never a traceback, never a file named after
a memory address or holding an escape sequence (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_mini_report
from viewer.charts.files import ExportError, check_template, file_name
from viewer.cli import main

BAD = {
    "{id.__class__}.{ext}": "attribute",
    "{index.__class__.__init__}.{ext}": "attribute",
    "{id[0]}.{ext}": "index",
    "{lang[0]}-{id}.{ext}": "index",
    "{index:99999999}.{ext}": "format",
    "{index:1000}.{ext}": "format",
    "{id!s:x<300}.{ext}": "conversion",
    "{title!r}.{ext}": "conversion",
    "{title!a}.{ext}": "conversion",
    "{id:>{index}}.{ext}": "format",
    "{id:>300}.{ext}": "format",
    "{index:x}.{ext}": "format",
    "{index:,}.{ext}": "format",
    "{index:e}.{ext}": "format",
    "\x1b[2J{id}.{ext}": "U\\+001B",
    "{id}\u202e.{ext}": "U\\+202E",
    "{id}\u200b.{ext}": "U\\+200B",
    "{id}\x00.{ext}": "U\\+0000",
    "{id}\n.{ext}": "U\\+000A",
    "{id}\t.{ext}": "U\\+0009",
    "a:{id}.{ext}": "':'",
    "a|{id}.{ext}": "'\\|'",
    "a*{id}.{ext}": "'\\*'",
    "<{id}>.{ext}": "'<'",
    "../{id}.{ext}": "'/'",
    "a\\{id}.{ext}": "cannot hold",
    ".{ext}": "hidden|starts with",
    " {id}.{ext}": "space",
    "{id}.{ext} ": "space",
    "{id}.{ext}.": "dot",
    "{id}": "\\{ext\\}",
    "{nope}.{ext}": "unknown field",
    "{}.{ext}": "unknown field",
    "{0}.{ext}": "unknown field",
    "{id.{ext}": "bad file-name template",
    "{id}}.{ext}": "bad file-name template",
    "x" * 300 + ".{ext}": "long",
}


@pytest.mark.parametrize("template", list(BAD), ids=[repr(t)[:40] for t in BAD])
def test_a_bad_template_is_one_clear_line(template: str) -> None:
    with pytest.raises(ExportError, match=BAD[template]) as info:
        check_template(template)
    message = str(info.value)
    assert "\n" not in message and len(message) < 400
    assert "\x1b" not in message and "\u202e" not in message


GOOD = {
    "{index:02d}-{id}.{ext}": "03-growth.png",
    "{index}-{lang}-{id}.{ext}": "3-zh-growth.png",
    "{id}_{index:3d}.{ext}": "growth_  3.png",
    "{title}.{ext}": "A_B_ c.png",
    "图表{index:03}.{ext}": "图表003.png",
    "{{{id}}}.{ext}": "{growth}.png",
}


@pytest.mark.parametrize("template", list(GOOD))
def test_a_good_template_names_the_file(template: str) -> None:
    check_template(template)
    assert file_name(template, 3, "growth", "png", "zh", "A/B: c") == GOOD[template]


@pytest.mark.parametrize("template", ["{id.__class__}.{ext}", "{index:99999999}.{ext}", "{id!s:x<300}.{ext}",
                                      "\x1b[2J{id}.{ext}"])
def test_the_export_command_refuses_it_before_writing(tmp_path: Path, capsys, template: str) -> None:
    report = write_mini_report(tmp_path / "r")
    out = tmp_path / "out"
    code = main(["export", "--report", str(report), "--out", str(out), "--format", "csv", "--template", template])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "\x1b" not in err
    assert not out.exists() or not any(out.iterdir())
