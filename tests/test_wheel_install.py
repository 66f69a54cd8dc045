"""The wheel carries data/ and resources/ and works installed (not editable) in a fresh venv, run elsewhere.

Building uses the project venv's hatchling without build isolation, so the test needs no network. The new
venv gets only the wheel; third-party dependencies (PySide6, pyqtgraph, pydantic, PyYAML) come from the
project venv through a .pth path line, which adds that folder to sys.path without processing its own .pth
files, so an editable install of the project there stays invisible and `viewer` can only come from the wheel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(
    args: list[str | Path], *, cwd: Path, env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
        timeout=timeout,
    )
    assert result.returncode == 0, f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result


def _clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH or virtualenv leaking in; a throw-away HOME so nothing touches the user's files."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "PYTHONSAFEPATH"}}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Build the wheel, install it into a new venv; returns the wheel, the venv and a neutral work folder."""
    root = tmp_path_factory.mktemp("wheel")
    env = _clean_env(root / "home")
    dist = root / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
          "-w", dist, REPO], cwd=root, env=env)
    (wheel,) = dist.glob("industry_report_viewer-*.whl")

    target = root / "venv"
    venv.EnvBuilder(with_pip=False, clear=True).create(target)
    python = target / "bin" / "python"
    # The project venv's pip installs into the new venv (pip >= 22.3 `--python`): no ensurepip, no network.
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-index", "--no-deps", "-q", wheel],
         cwd=root, env=env)
    site_packages = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              cwd=root, env=env).stdout.strip())
    dependency_dirs = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site_packages / "zz_project_dependencies.pth").write_text("\n".join(dependency_dirs) + "\n", encoding="utf-8")

    work = root / "elsewhere"
    work.mkdir()
    return {"wheel": wheel, "venv": target, "python": python, "site": site_packages, "work": work,
            "home": root / "home"}


@pytest.mark.slow
def test_wheel_contains_data_resources_and_font(installed: dict[str, Path]) -> None:
    with zipfile.ZipFile(installed["wheel"]) as wheel:
        names = set(wheel.namelist())
        entry_points = next(wheel.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "viewer/_data/fujian-2023.yaml" in names
    assert "viewer/_data/sources/fujian-2023-industry-it-work-conference.txt" in names
    assert "viewer/_data/schema/report.schema.json" in names
    assert "viewer/_resources/fonts/NotoSansCJKsc-Regular-subset.otf" in names
    assert "viewer/_resources/fonts/NotoSansCJKsc-Bold-subset.otf" in names
    assert "viewer/_resources/fonts/OFL.txt" in names
    assert "viewer/_resources/icons/report-viewer.svg" in names
    assert "viewer/_resources/desktop/io.github.industryreportviewer.IndustryReportViewer.desktop" in names
    assert "viewer/_resources/desktop/io.github.industryreportviewer.IndustryReportViewer.metainfo.xml" in names
    assert "report-viewer = viewer.cli:main" in entry_points
    # data and resources live only inside the package, and nothing of the checkout beyond it comes along
    assert not any(name.startswith(("tests/", ".venv/", "data/", "resources/", "tools/")) for name in names)


@pytest.mark.slow
def test_installed_package_is_the_wheel_not_the_checkout(installed: dict[str, Path]) -> None:
    probe = (
        "import json, viewer; from viewer.model.paths import data_dir, default_report_path, resources_dir;"
        "print(json.dumps({'viewer': viewer.__file__, 'data': str(data_dir()), 'report': str(default_report_path()),"
        "'resources': str(resources_dir())}))"
    )
    env = _clean_env(installed["home"])
    paths = json.loads(_run([installed["python"], "-c", probe], cwd=installed["work"], env=env).stdout)
    site = installed["site"].resolve()
    for key in ("viewer", "data", "report", "resources"):
        assert Path(paths[key]).resolve().is_relative_to(site), (key, paths[key])
    assert Path(paths["data"]).name == "_data" and Path(paths["resources"]).name == "_resources"
    assert not Path(paths["viewer"]).resolve().is_relative_to(REPO)


@pytest.mark.slow
def test_installed_console_script_validates_and_lists_facts(installed: dict[str, Path]) -> None:
    env = _clean_env(installed["home"])
    script = installed["venv"] / "bin" / "report-viewer"
    report = installed["site"] / "viewer" / "_data" / "fujian-2023.yaml"

    validated = _run([script, "validate", report], cwd=installed["work"], env=env)
    assert "OK" in validated.stdout + validated.stderr

    facts = json.loads(_run([script, "facts", "--format", "json"], cwd=installed["work"], env=env).stdout)
    assert len(facts) >= 30
    assert {"id", "label", "label_en", "value", "unit", "period", "kind", "quote"} <= set(facts[0])
    source = (installed["site"] / "viewer" / "_data" / "sources" /
              "fujian-2023-industry-it-work-conference.txt").read_text(encoding="utf-8")
    assert all(fact["quote"] in source for fact in facts)

    version = _run([installed["python"], "-m", "viewer", "--version"], cwd=installed["work"], env=env)
    assert version.stdout.strip()


@pytest.mark.slow
def test_installed_package_registers_its_bundled_font(installed: dict[str, Path]) -> None:
    probe = (
        "from PySide6.QtGui import QGuiApplication, QFontDatabase;"
        "app = QGuiApplication([]);"
        "from viewer.charts.font import FONT_FILES, register_bundled_font; from viewer.model.paths import resource;"
        "family = register_bundled_font();"
        "print(family); print(resource(FONT_FILES[0]));"
        "print(QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family))"
    )
    env = _clean_env(installed["home"])
    family, font_file, chinese = _run([installed["python"], "-c", probe], cwd=installed["work"], env=env
                                      ).stdout.split("\n")[:3]
    assert family == "Noto Sans CJK SC Subset"
    assert Path(font_file).resolve().is_relative_to(installed["site"].resolve())
    assert chinese == "True"
