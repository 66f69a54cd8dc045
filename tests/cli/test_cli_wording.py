"""What the command line says: a mistyped option names the one meant, English output has English words, and
`export --help` lists every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_mini_report
from viewer import cli


@pytest.mark.parametrize("argv", [["--lnag", "en"], ["--lnag=en"], ["--lnag", "en", "tasks"], ["tasks", "--lnag", "en"],
                                  ["export", "--out", "x", "--fromat", "csv"]])
def test_a_mistyped_option_names_the_option_meant(argv, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    meant = "--format" if "--fromat" in argv else "--lang"
    assert f"did you mean {meant}?" in err, err
    assert "neither a command nor a report file" not in err


def test_tasks_in_english_says_its_status_words_in_english(tmp_path: Path, capsys) -> None:
    report = write_mini_report(tmp_path / "report")
    base = ["tasks", "--report", str(report), "--state-dir", str(tmp_path / "state"), "--lang", "en"]
    assert cli.main([*base, "--set", "task-1.projects", "done"]) == 0
    assert cli.main([*base, "--mark", "task-1", "questioned"]) == 0
    out = capsys.readouterr().out
    assert out == "task-1.projects: done (Done)\ntask-1: questioned (Questioned)\n"
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in out)


def test_export_help_lists_every_format(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for fmt in ("png", "svg", "pdf", "csv", "pptx", "xlsx"):
        assert f"{fmt}:" in out or f"{fmt} " in out
    assert "formats:" in out


def test_the_readmes_command_table_says_where_the_window_starts_and_names_every_render_tab() -> None:
    from viewer.commands.render import ALL_TABS

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| command | what it does |"):]
    table = table[:table.index("\n\n")]
    plain = next(line for line in table.splitlines() if line.startswith("| `report-viewer` /"))
    assert "Library" in plain  # no report named: the window starts on the Library view
    render = next(line for line in table.splitlines() if line.startswith("| `report-viewer render"))
    assert all(tab in render for tab in ALL_TABS), render
