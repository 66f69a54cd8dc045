"""pydantic is loaded only to validate: a report opened from the cache (and so the GUI's start-up) never
imports it, while a first open still validates every file fully."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import MINI_REPORT, write_mini_report
from viewer.model.cache import ReportCache
from viewer.model.errors import ReportError
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path

VALIDATION_PACKAGES = ("pydantic", "pydantic_core", "annotated_types")

# Loads a report through a cache in a fresh interpreter and says which validation packages got imported.
CHILD = textwrap.dedent("""
    import json, sys
    from viewer.model.cache import ReportCache
    from viewer.model.errors import ReportError
    from viewer.model.loader import load_report

    try:
        result = load_report(sys.argv[1], ReportCache(sys.argv[2])).report.meta.id
    except ReportError as exc:
        result = str(exc)
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in {packages!r})
    print(json.dumps({{"result": result, "loaded": loaded}}))
""").format(packages=VALIDATION_PACKAGES)


def _open_in_child(report: Path, cache_dir: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(report), str(cache_dir)], capture_output=True,
                         text=True, timeout=300, check=True)
    return json.loads(out.stdout)


def test_a_cache_hit_never_imports_pydantic(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cold = _open_in_child(default_report_path(), cache_dir)
    assert cold["result"] == "fujian-2023"
    assert "pydantic" in cold["loaded"]  # the first open validated the file
    warm = _open_in_child(default_report_path(), cache_dir)
    assert warm["result"] == cold["result"]
    assert warm["loaded"] == []


def test_importing_the_report_types_loader_and_cache_imports_no_pydantic() -> None:
    code = ("import sys, viewer.model.types, viewer.model.loader, viewer.model.cache, viewer.model.cache_build\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {VALIDATION_PACKAGES!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_a_first_open_through_a_cache_still_validates(tmp_path: Path) -> None:
    """A cold open with a cache gives the same positioned errors as without one, and caches nothing bad."""
    path = write_mini_report(tmp_path / "mini", MINI_REPORT.replace("    value: 8.2\n", "    value: true\n", 1))
    line = next(n for n, text in enumerate(path.read_text("utf-8").splitlines(), 1) if "value: true" in text)
    cache = ReportCache(tmp_path / "cache")
    for _ in range(2):  # the second time too: a file that failed is never served from the cache
        with pytest.raises(ReportError) as info:
            load_report(path, cache)
        first = info.value.problems[0]
        assert (first.line, first.path) == (line, ("facts", 0, "value"))
        assert "Input should be a valid number" in first.message
    assert not list(cache.folder.glob("*.json"))


def test_the_child_sees_the_error_of_a_bad_file(tmp_path: Path) -> None:
    path = write_mini_report(tmp_path / "mini", MINI_REPORT.replace("    kind: growth_rate\n",
                                                                    "    kind: growth_rate\n    colour: red\n", 1))
    result = _open_in_child(path, tmp_path / "cache")
    assert "facts[0].colour: unknown field" in result["result"]
    assert "pydantic" in result["loaded"]


def test_a_first_open_looks_for_no_pydantic_plugins(tmp_path: Path) -> None:
    """Building the validator does not scan every installed distribution's entry points for pydantic plugins
    (a few % of a cold start; and no installed plugin sees the reports)."""
    code = ("import sys, json\n"
            "from viewer.model.cache import ReportCache\n"
            "from viewer.model.loader import load_report\n"
            "load_report(sys.argv[1], ReportCache(sys.argv[2]))\n"
            "loader = sys.modules['pydantic.plugin._loader']\n"
            "print(json.dumps(loader._plugins))")
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    out = subprocess.run([sys.executable, "-c", code, str(default_report_path()), str(tmp_path / "cache")],
                         capture_output=True, text=True, timeout=300, check=True, env=env)
    assert out.stdout.strip() == "null"  # never looked up ({} once the entry points were scanned)
