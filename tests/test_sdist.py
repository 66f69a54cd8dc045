"""The source distribution: complete (licence, metadata, what the tests and the README need), installable into a
clean venv, and its tests collect and run from the unpacked folder.

Built with the project venv's `build` and hatchling without isolation, installed with no index: no network.
Third-party dependencies come from the project venv through a .pth line, as in test_wheel_install.py.
"""

from __future__ import annotations

import email.parser
import re
import subprocess
import sys
import sysconfig
import tarfile
import venv
from pathlib import Path

import pytest

from tests.test_wheel_install import REPO, _clean_env, _run


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sdist")
    env = _clean_env(root / "home")
    out = root / "dist"
    _run([sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", out, REPO], cwd=root, env=env)
    (archive,) = out.glob("industry_report_viewer-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(root / "unpacked", filter="data")
    (unpacked,) = (root / "unpacked").iterdir()
    return {"archive": archive, "unpacked": unpacked, "root": root}


@pytest.mark.slow
def test_sdist_has_licence_metadata_and_what_the_readme_links(sdist: dict[str, Path]) -> None:
    unpacked = sdist["unpacked"]
    assert "MIT License" in (unpacked / "LICENSE").read_text(encoding="utf-8")
    meta = email.parser.Parser().parsestr((unpacked / "PKG-INFO").read_text(encoding="utf-8"))
    assert meta["License-Expression"] == "MIT AND OFL-1.1"
    assert "LICENSE" in meta.get_all("License-File")
    urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL"))
    assert {"Homepage", "Issues", "Source"} <= set(urls) and all(u.startswith("https://") for u in urls.values())
    classifiers = meta.get_all("Classifier")
    assert "Environment :: X11 Applications :: Qt" in classifiers
    assert "Programming Language :: Python :: 3.13" in classifiers
    # Every image and local link of the README is in the sdist (the screenshots under docs/).
    readme = (unpacked / "README.md").read_text(encoding="utf-8")
    targets = {t for t in re.findall(r"\]\(([^)\s#]+)\)", readme) if "://" not in t}
    assert any(t.endswith(".png") for t in targets)
    missing = sorted(t for t in targets if not (unpacked / t).exists())
    assert not missing
    # Nothing of a working checkout comes along.
    names = {p.relative_to(unpacked).parts[0] for p in unpacked.iterdir()}
    assert not names & {".venv", "build", "dist", ".git", ".pytest_cache"}


@pytest.mark.slow
def test_sdist_installs_into_a_clean_venv_and_its_tests_run(sdist: dict[str, Path]) -> None:
    root, unpacked = sdist["root"], sdist["unpacked"]
    env = _clean_env(root / "home")
    target = root / "venv"
    venv.EnvBuilder(with_pip=False, clear=True).create(target)
    python = target / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=root, env=env).stdout.strip())
    # First, so building from the sdist finds hatchling too (no build isolation: no network).
    deps = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site / "zz_project_dependencies.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-index", "--no-deps",
          "--no-build-isolation", "-q", sdist["archive"]], cwd=root, env=env)
    # The installed package is the sdist's, not this checkout.
    where = _run([python, "-c", "import viewer; print(viewer.__file__)"], cwd=root, env=env).stdout.strip()
    assert Path(where).resolve().is_relative_to(site.resolve())

    # From the unpacked sdist: every test collects (bench/make_large_report.py is shipped for test_large_tables)
    collected = subprocess.run([str(python), "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
                               cwd=unpacked, env=env, capture_output=True, text=True, timeout=600)
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-3000:]
    assert re.search(r"^\d+(/\d+)? tests collected", collected.stdout, re.M)
    # ... and a sample of them passes there (the whole suite from the sdist: README "Packages").
    ran = subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/ui/test_large_tables.py",
                          "tests/model/test_paths.py", "tests/test_desktop_entry.py"],
                         cwd=unpacked, env=env, capture_output=True, text=True, timeout=900)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
