"""A library to test with: the bundled examples (a fictional region over three years and a second one) plus a
report drafted from every drafted sample of tests/model/draft_samples, built once per session."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.model.draft_samples.classes import CLASS_SAMPLES
from tests.model.draft_samples.heldout import HELD_OUT_SAMPLES
from tests.model.draft_samples.samples import SAMPLES
from viewer.model.draft import draft_file
from viewer.model.library.index import LibraryIndex
from viewer.model.paths import examples_dir

ALL_SAMPLES = (*SAMPLES, *CLASS_SAMPLES, *HELD_OUT_SAMPLES)

OpenIndex = Callable[..., LibraryIndex]


@pytest.fixture
def opened() -> Iterator[OpenIndex]:
    """``LibraryIndex(...)`` for a test, every one closed at its end (an index left open is closed by the garbage
    collector at some later moment, which Python 3.13 reports as a ResourceWarning)."""
    made: list[LibraryIndex] = []

    def open_index(*args: object, **kwargs: object) -> LibraryIndex:
        index = LibraryIndex(*args, **kwargs)  # type: ignore[arg-type]  # the test passes what LibraryIndex takes
        made.append(index)
        return index

    yield open_index
    for index in made:
        index.close()


def copy_examples(folder: Path) -> Path:
    """The bundled example library copied to ``folder`` (reports and their sources)."""
    shutil.copytree(examples_dir(), folder, dirs_exist_ok=True)
    return folder


def draft_samples(folder: Path) -> list[Path]:
    """A drafted report (YAML beside its text) for every drafted sample, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for sample in ALL_SAMPLES:
        text = folder / f"{sample.name}.txt"
        text.write_text(sample.text, encoding="utf-8")
        out.append(draft_file(text).yaml_path)
    return out


@pytest.fixture(scope="session")
def library_source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder with the examples (``examples/``) and the drafted samples (``drafted/``); never changed by tests
    (copy it with ``library_copy``)."""
    root = tmp_path_factory.mktemp("library-source")
    with pytest.MonkeyPatch.context() as mp:
        # Drafting proposes indicators from the vocabulary: the bundled one only, never the user's.
        mp.setenv("REPORT_VIEWER_INDICATORS", str(root / "no-user-indicators.yaml"))
        copy_examples(root / "examples")
        draft_samples(root / "drafted")
    yield root


@pytest.fixture
def library_folder(library_source: Path, tmp_path: Path) -> Path:
    """A fresh copy of the test library for one test (which may change it)."""
    folder = tmp_path / "library"
    shutil.copytree(library_source, folder)
    return folder
