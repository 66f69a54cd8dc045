"""What a broken report puts into its problems is shown, not obeyed: a key, tag, label or file name holding an
escape sequence or a bidi override reaches the window (and any log) as ⟨U+XXXX⟩ (issue 15)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.errors import Problem, ReportError
from viewer.model.loader import load_report
from viewer.model.sanitise import find_hidden

HOSTILE = r"\e[2J\u202e"  # as a YAML double-quoted escape: clear the screen, then a right-to-left override


def _problems(tmp_path: Path, text: str) -> list[Problem]:
    with pytest.raises(ReportError) as info:
        load_report(write_mini_report(tmp_path, text))
    return info.value.problems


def _assert_shown(problem: Problem) -> None:
    for text in (problem.file, problem.message, problem.item_id, *problem.item_label,
                 *(p for p in problem.path if isinstance(p, str)), str(problem)):
        assert find_hidden(text, "\t\n") is None, repr(text)


@pytest.mark.parametrize(("old", "new", "expect", "echoed"), [
    ("    value: 8.2\n", f'    value: 8.2\n    "v{HOSTILE}": 1\n    "v{HOSTILE}": 2\n', "duplicate key", True),
    ("    value: 8.2\n", "    value: !<tag:x%1B%E2%80%AE> 8\n", "not allowed", True),
    ("    kind: growth_rate\n", f'    kind: growth_rate\n    "x{HOSTILE}": 1\n', "unknown field", True),
    ("    value: 8.2\n", f'    value: "8{HOSTILE}"\n', "valid number", False),
    ("label: {zh: 规上工业增加值增长, en: Industrial value added growth}",
     f'label: {{zh: "规上{HOSTILE}增长", en: "Growth{HOSTILE}"}}', "U\\+001B", True),
])
def test_hidden_characters_from_the_file_are_shown_in_every_problem(tmp_path: Path, old: str, new: str,
                                                                     expect: str, echoed: bool) -> None:
    assert old in MINI_REPORT
    problems = _problems(tmp_path, MINI_REPORT.replace(old, new, 1))
    assert any(re.search(expect, p.message) for p in problems), [p.message for p in problems]
    for problem in problems:
        _assert_shown(problem)
    shown = "\n".join(f"{p.message} {p.item_label} {p.path}" for p in problems)
    assert ("U+202E" in shown) is echoed


def test_a_file_name_with_a_bidi_override_is_shown_in_its_problems(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    write_mini_report(folder, MINI_REPORT.replace("    value: 8.2\n", "    value: eight\n"))
    path = folder / "report\u202elmay.yaml"
    (folder / "mini-2024.yaml").rename(path)
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert "⟨U+202E⟩" in info.value.file and "⟨U+202E⟩" in str(info.value)
    for problem in info.value.problems:
        _assert_shown(problem)
