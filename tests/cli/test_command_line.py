"""One route through the command line (viewer/cli.py): global options before the word, the word is a command or
an existing report file, anything else exits 2 with a suggestion and never opens a window."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import isolated_env, write_mini_report
from viewer import cli
from viewer.model.paths import default_report_path

ROOT = Path(__file__).resolve().parents[2]


def headless_env(tmp_path: Path) -> dict[str, str]:
    """No display and no Qt platform: a window the command line opens by mistake aborts (SIGABRT), not exit 2."""
    env = isolated_env(tmp_path)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


def run(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "viewer", *argv], capture_output=True, text=True, cwd=tmp_path,
                          env=headless_env(tmp_path), timeout=120)


# --- the argv of issue 12, as a user types them ------------------------------------------------------------

@pytest.mark.slow
def test_lang_before_charts_lists_english_titles(tmp_path: Path) -> None:
    result = run(tmp_path, "--lang", "en", "charts")
    assert result.returncode == 0, result.stderr
    assert "growth             Value-added growth by sector, 2022" in result.stdout.splitlines()
    chinese = run(tmp_path, "charts")
    assert chinese.returncode == 0 and "2022年主要产业增加值增速" in chinese.stdout


@pytest.mark.slow
def test_state_dir_before_tasks_reads_that_folder(tmp_path: Path) -> None:
    report, state = write_mini_report(tmp_path / "report"), tmp_path / "D"
    changed = run(tmp_path, "--state-dir", str(state), "tasks", "--report", str(report),
                  "--set", "task-1.projects", "done")
    assert changed.returncode == 0, changed.stderr
    assert (state / "mini-2024.json").is_file()
    shown = run(tmp_path, "--state-dir", str(state), "tasks", "--report", str(report), "--format", "json")
    assert shown.returncode == 0, shown.stderr
    items = {row["id"]: row["status"] for row in json.loads(shown.stdout)["items"]}
    assert items["task-1.projects"] == "done"


@pytest.mark.slow
def test_state_dir_before_pdf_writes_the_pdf(tmp_path: Path) -> None:
    result = run(tmp_path, "--state-dir", str(tmp_path / "D"), "pdf", "--out", "x.pdf")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("x.pdf (")
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.slow
@pytest.mark.parametrize(("argv", "says"), [
    (["chart"], "'chart' is neither a command nor a report file; did you mean 'charts'?"),
    (["--lang", "en", "task"], "did you mean 'tasks'?"),
    (["--state-dir", "D", "exprot", "--out", "x"], "did you mean 'export'?"),
    (["frobnicate"], "(commands: validate, facts, charts, export, pdf, render, tasks, pack, unpack, draft, "
                     "install-desktop, uninstall-desktop)"),
    (["missing.yaml"], "no such report file: missing.yaml"),
])
def test_an_unknown_word_exits_2_with_a_suggestion_and_no_window(tmp_path: Path, argv: list[str], says: str) -> None:
    result = run(tmp_path, *argv)
    assert result.returncode == 2, result.stderr
    assert says in result.stderr
    assert result.stderr.startswith("usage: report-viewer")
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_folder_is_not_a_report_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main([str(ROOT / "data")])
    assert exc.value.code == 2
    assert f"{ROOT / 'data'} is a folder, not a report file" in capsys.readouterr().err


# --- what the parser makes of a command line ---------------------------------------------------------------

def parsed(argv: Sequence[str]) -> dict[str, object]:
    return vars(cli.build_parser().parse_args(argv))


def test_global_options_are_the_defaults_of_the_command() -> None:
    assert parsed(["charts"])["lang"] == "zh"
    assert parsed(["--lang", "en", "charts"])["lang"] == "en"
    assert parsed(["--lang", "en", "charts", "--lang", "zh"])["lang"] == "zh"  # its own option wins
    pdf = parsed(["--state-dir", "D", "pdf", "--out", "x.pdf"])
    assert (pdf["command"], pdf["state_dir"], pdf["out"]) == ("pdf", "D", "x.pdf")
    assert pdf["handler"].__module__ == "viewer.commands.pdf"
    tasks = parsed(["--state-dir", "D", "tasks"])
    assert (tasks["command"], tasks["state_dir"], tasks["tasks_state_dir"]) == ("tasks", "D", None)


def test_a_report_path_opens_the_window_with_options_on_either_side() -> None:
    report = str(default_report_path())
    args = parsed(["--state-dir", "D", report, "--lang", "en"])
    assert args == {"lang": "en", "state_dir": "D", "startup_report": False, "command": None,
                    "handler": cli.cmd_gui, "path": report}
    assert parsed(["--lang", "zh", report, "--lang", "en"])["lang"] == "en"
    assert parsed(["--", report])["path"] == report
    assert parsed([])["path"] is None


def test_a_command_name_is_the_command_even_when_a_file_has_that_name(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("charts").write_text("not a report", encoding="utf-8")
    assert parsed(["charts"])["command"] == "charts"
    assert parsed(["./charts"])["path"] == "./charts"


@pytest.mark.parametrize(("argv", "says"), [
    (["--startup-report", "charts"], "--startup-report opens the window; it does not go with the command 'charts'"),
    (["charts", "--bogus"], "report-viewer charts: error: unknown option --bogus"),
    (["--lang", "fr", "charts"], "argument --lang: invalid choice: 'fr'"),
])
def test_bad_options_exit_2(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    assert says in capsys.readouterr().err


def test_help_lists_every_command_with_its_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    width = max(map(len, cli.COMMANDS))
    for name, (_module, line) in cli.COMMANDS.items():
        assert f"  {name:<{width}}  {line}" in out


IMPORTS_SCRIPT = textwrap.dedent("""
    import contextlib, io, json, sys
    from viewer.cli import main
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(sys.argv[1:])
        except SystemExit as exc:
            code = exc.code
    print(json.dumps([code, sorted(m for m in sys.modules if m.startswith("viewer.commands."))]))
""")


@pytest.mark.slow
@pytest.mark.parametrize(("argv", "modules"), [
    (["--lang", "en", "charts"], ["viewer.commands.charts"]),
    (["validate", "-q", str(default_report_path())], ["viewer.commands.validate"]),
    (["--help"], []),
    (["tasks", "--help"], ["viewer.commands.tasks"]),
])
def test_only_the_chosen_command_is_imported(tmp_path: Path, argv: list[str], modules: list[str]) -> None:
    result = subprocess.run([sys.executable, "-c", IMPORTS_SCRIPT, *argv], capture_output=True, text=True,
                            cwd=ROOT, env=headless_env(tmp_path), timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == [0, modules]


# --- the fast path of the window start agrees with the parser ----------------------------------------------

WORDS = [
    "--lang", "--lang=en", "--lang=zh", "--lang=fr", "--lang=", "--la", "--l", "en", "zh", "fr",
    "--state-dir", "--state-dir=", "--state-dir=/tmp/s", "--state-dir=a=b", "--st", "--state", "/tmp/s", "D",
    "--startup-report", "--startup-report=1", "--startup", "-h", "--help", "--version", "--ver", "--", "-", "",
    "-5", "-x", "--bogus", "charts", "chart", "tasks", "pdf", "--out", "x.pdf", "missing.yaml",
    str(default_report_path()), "data",
]
ARGV = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=6)


def full_parse(argv: list[str]) -> dict[str, object] | None:
    """What the parser makes of ``argv``: its namespace, or None when it exits (an error, help, version)."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            return vars(cli.build_parser().parse_args(argv))
        except SystemExit:
            return None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARGV)
def test_the_fast_window_path_agrees_with_the_parser(argv: list[str]) -> None:
    fast = cli._plain_window_args(argv)
    full = full_parse(argv)
    if fast is not None:
        assert full == vars(fast)
    # Whatever the line, it opens the window only without a word or on an existing file; else a command or exit.
    if full is not None and full["command"] is None:
        assert full["handler"] is cli.cmd_gui
        assert full["path"] is None or os.path.isfile(str(full["path"]))
    elif full is not None:
        assert full["command"] in cli.COMMANDS and full["handler"] is not cli.cmd_gui


@pytest.mark.parametrize("argv", [
    [], ["--startup-report"], ["--lang", "en", "--state-dir", "/tmp/s"], ["--lang=zh", "--state-dir="],
    ["--state-dir", "charts"], [str(default_report_path())], ["--startup-report", str(default_report_path())],
])
def test_the_usual_window_starts_take_the_fast_path(argv: list[str]) -> None:
    fast = cli._plain_window_args(argv)
    assert fast is not None and vars(fast) == full_parse(argv)
