"""Where the bundled data and resources are: beside the package when installed, the repository otherwise."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def data_dir() -> Path:
    """The folder of bundled reports, their sources and the schema."""
    return _first_existing(_PACKAGE / "_data", _PACKAGE.parent / "data")


def resources_dir() -> Path:
    """The folder of fonts, icons, translations and the desktop entry."""
    return _first_existing(_PACKAGE / "_resources", _PACKAGE.parent / "resources")


def resource(relative: str) -> Path:
    """A file under resources/; refuses absolute paths and '..' so data can never name other files."""
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"not a resource path: {relative!r}")
    return resources_dir() / rel


def default_report_path() -> Path:
    """The report opened when none is named: the Fujian 2023 conference."""
    return data_dir() / "fujian-2023.yaml"
