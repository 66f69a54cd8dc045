"""Fixtures shared by every test folder: a small second report, written fresh for each test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

MINI_SOURCE = """\
2024年某市工业工作会议召开
来源:某市工业和信息化局 时间:2024-01-20 10:00

  1月18日,全市工业工作会议在海城召开。

  会议指出

  2023年全市规上工业增加值增长8.2%,增速居全省第2位。星海电子等12个重点项目建成投产。

  会议强调

  2024年要抓好两个方面重点任务。一是把稳增长作为首要任务,着力稳住工业大盘。推进项目建设,强化运行监测。二是把数字化转型作为重要抓手,着力培育新动能。推动企业上云,建设工业互联网平台。
"""

MINI_REPORT = """\
schema_version: 1
meta:
  id: mini-2024
  title: {zh: 2024年某市工业工作会议, en: 2024 City Industry Work Conference}
  publisher: {zh: 某市工业和信息化局, en: City Industry Bureau}
  published: 2024-01-20T10:00:00+08:00
  meeting_date: 2024-01-18
  place: {zh: 海城, en: Haicheng}
  format: {zh: 现场会议, en: on-site meeting}
  reporter: {zh: 局长, en: the Director}
  source: mini-source.txt
sections:
  - id: review
    kind: review
    title: {zh: 2023年回顾, en: 2023 review}
    summary: {zh: 工业增长较快。, en: Industry grew fast.}
    text: 2023年全市规上工业增加值增长8.2%,增速居全省第2位。星海电子等12个重点项目建成投产。
facts:
  - id: va-growth
    label: {zh: 规上工业增加值增长, en: Industrial value added growth}
    value: 8.2
    unit: "%"
    period: "2023"
    kind: growth_rate
    tags: [industry, growth, headline, review-2023]
    section: review
    quote: 规上工业增加值增长8.2%
  - id: growth-rank
    label: {zh: 增速全省排名, en: Growth rank in the province}
    value: 2
    unit: 位
    period: "2023"
    kind: rank
    tags: [ranking, headline]
    section: review
    quote: 增速居全省第2位
  - id: projects-done
    label: {zh: 建成投产重点项目, en: Key projects completed}
    value: 12
    unit: 个
    period: "2023"
    kind: count
    tags: [projects]
    section: review
    quote: 星海电子等12个重点项目建成投产
enterprises:
  - id: xinghai
    name: {zh: 星海电子, en: Xinghai Electronics}
    kind: project
    achievements:
      - text: {zh: 建成投产, en: Completed and in production}
        quote: 星海电子等12个重点项目建成投产
        facts: [projects-done]
tasks:
  - id: task-1
    number: 1
    title: {zh: 把稳增长作为首要任务, en: Make stable growth the first task}
    aim: {zh: 着力稳住工业大盘, en: Keep industry stable}
    quote: 一是把稳增长作为首要任务,着力稳住工业大盘。
    actions:
      - id: task-1.projects
        text: {zh: 推进项目建设, en: Push project construction}
        quote: 推进项目建设
      - id: task-1.monitoring
        text: {zh: 强化运行监测, en: Strengthen monitoring}
        quote: 强化运行监测
  - id: task-2
    number: 2
    title: {zh: 把数字化转型作为重要抓手, en: Make digital transformation a key lever}
    aim: {zh: 着力培育新动能, en: Foster new drivers}
    quote: 二是把数字化转型作为重要抓手,着力培育新动能。
    actions:
      - id: task-2.cloud
        text: {zh: 推动企业上云, en: Move enterprises to the cloud}
        quote: 推动企业上云
      - id: task-2.platform
        text: {zh: 建设工业互联网平台, en: Build industrial internet platforms}
        quote: 建设工业互联网平台
"""


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a child process of the app: offscreen, and every user folder inside ``tmp_path``.

    REPORT_VIEWER_STATE_DIR / _CACHE_DIR are inherited: the autouse fixtures below point them into tmp_path.
    """
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    })
    return env


def write_mini_report(folder: Path, report_text: str = MINI_REPORT, source_text: str = MINI_SOURCE) -> Path:
    """Write the small second report and its source into ``folder``; return the report's path."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mini-source.txt").write_text(source_text, encoding="utf-8")
    path = folder / "mini-2024.yaml"
    path.write_text(report_text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def temporary_state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Checklist/review state of every test (and of its subprocesses) lives in a temporary folder."""
    folder = tmp_path / "user-state"
    monkeypatch.setenv("REPORT_VIEWER_STATE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def temporary_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Parsed-report cache of every test (and of its subprocesses) lives in a temporary folder."""
    folder = tmp_path / "user-cache"
    monkeypatch.setenv("REPORT_VIEWER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def temporary_xdg_state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's state folder (crash logs) of every test lives in a temporary folder."""
    folder = tmp_path / "xdg-state"
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    return folder


@pytest.fixture
def mini_report_path(tmp_path: Path) -> Path:
    """A valid small report (two tasks, three facts) in a temporary folder."""
    return write_mini_report(tmp_path / "mini")


# Modal dialogs run their own event loop and, offscreen, nobody answers them: a test would hang until CI's
# time runs out. Every entry point to one fails the test at once instead; a test that expects a dialog
# answers it with monkeypatch (which overrides this guard for that test only).
_MODAL_ENTRY_POINTS = {
    "QDialog": ("exec",),
    "QMessageBox": ("exec", "warning", "critical", "question", "information", "about"),
    "QFileDialog": ("exec", "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"),
    "QInputDialog": ("exec", "getText", "getMultiLineText", "getInt", "getDouble", "getItem"),
    "QProgressDialog": ("exec",),
    "QColorDialog": ("exec", "getColor"),
    "QFontDialog": ("exec", "getFont"),
}


@pytest.fixture(autouse=True)
def no_unanswered_modal_dialogs() -> Iterator[None]:
    """Replace every modal entry point with one that raises, for this test and its teardown."""
    from PySide6 import QtWidgets

    saved = []
    for class_name, names in _MODAL_ENTRY_POINTS.items():
        cls = getattr(QtWidgets, class_name)
        for name in names:
            saved.append((cls, name, cls.__dict__.get(name)))

            def refuse(*args: object, _where: str = f"{class_name}.{name}", **kwargs: object) -> None:
                raise AssertionError(f"{_where} would block: a modal dialog opened with no test answering it")

            setattr(cls, name, refuse)
    try:
        yield
    finally:
        for cls, name, original in reversed(saved):
            if original is None:
                delattr(cls, name)
            else:
                setattr(cls, name, original)


@pytest.fixture(autouse=True)
def temporary_library_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The report library's default folder, its index and the user's own indicators of every test (and of its
    subprocesses) live in a temporary folder."""
    folder = tmp_path / "user-library"
    monkeypatch.setenv("REPORT_VIEWER_LIBRARY_DIR", str(folder / "reports"))
    monkeypatch.setenv("REPORT_VIEWER_LIBRARY_INDEX_DIR", str(folder / "index"))
    monkeypatch.setenv("REPORT_VIEWER_INDICATORS", str(folder / "indicators.yaml"))
    return folder
