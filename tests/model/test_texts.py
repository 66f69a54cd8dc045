"""The one table of texts in two languages (viewer/model/texts.py): complete, consistent, and the only place
outside the window where Chinese words are written."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import viewer
from viewer.model.state.records import Mark, Status, parse_mark, parse_status
from viewer.model.texts import MESSAGES, keeps_source_wording, message, sentences
from viewer.model.units import UNITS

PACKAGE = Path(viewer.__file__).parent
CJK = re.compile(r"[\u4e00-\u9fff]")
# Modules that may hold Chinese words, and why.
CHINESE_ALLOWED = {
    "model/texts.py": "the table itself",
    "model/units.py": "units as the Chinese text writes them, with their English names",
    "model/draft/": "the drafter reads Chinese report text (patterns, numbers, headings)",
    "model/edit/": "correcting a report reads typed Chinese (全角 digits, '7 至 6') and a selection's figure",
    "model/measures.py": "what a fact measures, read from its Chinese label (年均, 项目, 企业) for choosing charts",
    "ui/": "the window: English through tr(), Chinese in resources/i18n; '中文' names the language in its own script",
}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_fields(key: str) -> None:
    zh, en = MESSAGES[key]
    assert zh and en
    assert CJK.search(zh) or not CJK.search(en), "Chinese in the English text"
    assert not CJK.search(en)
    assert _fields(zh) == _fields(en)


def test_a_message_fills_in_its_fields_in_either_language() -> None:
    assert message("pdf.page", "zh", page=2, total=9) == "第 2 页，共 9 页"
    assert message("pdf.page", "en", page=2, total=9) == "Page 2 of 9"
    assert message("chart.limit.first", "en", shown="30", total="2,000") == "Showing the first 30 of 2,000"
    with pytest.raises(KeyError):
        message("no.such.message", "en")


def test_sentences_run_together_as_each_language_writes_them() -> None:
    assert sentences("zh", "资料来源：福建。", "另有3项未在图中显示。") == "资料来源：福建。另有3项未在图中显示。"
    assert sentences("en", "Source: Fujian.", "3 more are not shown.") == "Source: Fujian. 3 more are not shown."
    assert keeps_source_wording("zh") and not keeps_source_wording("en")


def test_status_and_mark_names_come_from_the_table_and_parse_back() -> None:
    assert [s.label("zh") for s in Status] == ["未开始", "进行中", "已完成", "受阻"]
    assert [s.label("en") for s in Status] == ["Not started", "In progress", "Done", "Blocked"]
    assert [m.label("en") for m in Mark] == ["Not reviewed", "Checked", "Questioned"]
    for status in Status:
        assert status.zh == MESSAGES[f"status.{status.value}"][0]
        assert parse_status(status.zh) is status
    for mark in Mark:
        assert parse_mark(mark.zh) is mark


def _strings_with_chinese(path: Path) -> list[tuple[int, str]]:
    """String constants of ``path`` holding Chinese words. Docstrings and the report schema's ``Doc(...)``
    texts are left out (they explain, the program never shows them); unit names and Chinese punctuation alone
    do not count (a unit is data: viewer/model/units.py)."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            docstrings.add(id(body[0].value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Doc":
            docstrings.update(id(sub) for arg in node.args for sub in ast.walk(arg))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            words = node.value
            for unit in sorted(UNITS, key=len, reverse=True):
                words = words.replace(unit, "")
            if CJK.search(words):
                found.append((node.lineno, node.value))
    return found


def test_chinese_words_are_written_only_in_the_table() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if any(relative.startswith(allowed) for allowed in CHINESE_ALLOWED):
            continue
        offenders += [f"{relative}:{line}: {value[:40]!r}" for line, value in _strings_with_chinese(path)]
    assert offenders == []
