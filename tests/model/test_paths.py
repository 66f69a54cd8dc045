"""Every user folder comes from viewer.model.paths, by the platform's rules, for the window and the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path, PureWindowsPath

import platformdirs.windows
import pytest

from viewer.model import paths
from viewer.model.cache import default_cache
from viewer.model.state import resolve_state_dir

APP = ("IndustryReportViewer", "report-viewer")


def test_linux_folders_follow_the_xdg_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("DATA", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    assert paths.user_data_dir("linux") == tmp_path.joinpath("data", *APP)
    assert paths.user_cache_dir("linux") == tmp_path.joinpath("cache", *APP)
    assert paths.user_state_dir("linux") == tmp_path.joinpath("state", *APP)
    assert paths.crash_log_dir() == tmp_path.joinpath("state", *APP, "crash-logs")


def test_linux_folders_without_xdg_variables_or_with_relative_ones(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")  # the XDG specification: relative means unset
    assert paths.user_data_dir("linux") == tmp_path.joinpath("home", ".local", "share", *APP)
    assert paths.user_cache_dir("linux") == tmp_path.joinpath("home", ".cache", *APP)
    assert paths.user_state_dir("linux") == tmp_path.joinpath("home", ".local", "state", *APP)


def test_macos_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("DATA", "CACHE", "STATE"):  # platformdirs honours them on macOS too, when a user sets them
        monkeypatch.delenv(f"XDG_{name}_HOME", raising=False)
    library = tmp_path / "Library"
    assert paths.user_data_dir("darwin") == library.joinpath("Application Support", *APP)
    assert paths.user_cache_dir("darwin") == library.joinpath("Caches", *APP)
    assert paths.user_state_dir("darwin") == library.joinpath("Application Support", *APP)


def test_windows_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    # platformdirs asks Windows for the known folders; here it gets the ones a user named u has.
    known = {"CSIDL_APPDATA": r"C:\Users\u\AppData\Roaming", "CSIDL_LOCAL_APPDATA": r"C:\Users\u\AppData\Local"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", known.__getitem__)
    # The data folder roams with the user (Qt's AppDataLocation); the cache (the command line's too) and the
    # crash logs stay on the machine.
    assert PureWindowsPath(paths.user_data_dir("win32")) == PureWindowsPath(
        r"C:\Users\u\AppData\Roaming\IndustryReportViewer\report-viewer")
    assert PureWindowsPath(paths.user_cache_dir("win32")) == PureWindowsPath(
        r"C:\Users\u\AppData\Local\IndustryReportViewer\report-viewer\cache")
    assert PureWindowsPath(paths.user_state_dir("win32")) == PureWindowsPath(
        r"C:\Users\u\AppData\Local\IndustryReportViewer\report-viewer")


def test_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REPORT_VIEWER_CACHE_DIR", str(tmp_path / "cache-override"))
    assert default_cache().folder == paths.report_cache_dir() == tmp_path / "cache-override"
    monkeypatch.delenv("REPORT_VIEWER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert default_cache().folder == tmp_path.joinpath("xdg-cache", *APP, "reports")
    monkeypatch.setenv("REPORT_VIEWER_STATE_DIR", str(tmp_path / "state-override"))
    assert resolve_state_dir(None) == tmp_path / "state-override"
    assert resolve_state_dir(str(tmp_path / "option")) == tmp_path / "option"
    monkeypatch.delenv("REPORT_VIEWER_STATE_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    assert resolve_state_dir(None) == tmp_path.joinpath("xdg-data", *APP)


def test_importing_paths_does_not_import_platformdirs() -> None:
    # `report-viewer validate` and the window's first frame need no user folder before they need one.
    code = "import sys, viewer.model.paths, viewer.cli; print('platformdirs' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False"


def test_the_library_s_folders_are_the_user_s_unless_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("REPORT_VIEWER_LIBRARY_DIR", "REPORT_VIEWER_LIBRARY_INDEX_DIR", "REPORT_VIEWER_INDICATORS"):
        monkeypatch.delenv(name, raising=False)
    for name in ("DATA", "CACHE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    if sys.platform.startswith("linux"):
        assert paths.library_dir() == tmp_path.joinpath("data", *APP, "library")
        assert paths.library_index_dir() == tmp_path.joinpath("cache", *APP, "library")
        assert paths.user_indicators_path() == tmp_path.joinpath("data", *APP, "indicators.yaml")
    monkeypatch.setenv("REPORT_VIEWER_LIBRARY_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("REPORT_VIEWER_LIBRARY_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("REPORT_VIEWER_INDICATORS", str(tmp_path / "words.yaml"))
    assert (paths.library_dir(), paths.library_index_dir(), paths.user_indicators_path()) == (
        tmp_path / "mine", tmp_path / "index", tmp_path / "words.yaml")
    assert (paths.examples_dir() / "shili-2024.yaml").is_file() and paths.regions_path().is_file()
