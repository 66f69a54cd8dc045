"""Every ``# type: ignore`` in viewer names its error code and says why (on its line or the line above)."""

from __future__ import annotations

import re
from pathlib import Path

import viewer

PACKAGE = Path(viewer.__file__).parent
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<code>\[[a-z-]+(?:,\s*[a-z-]+)*\])?(?P<rest>.*)$")


def unexplained_ignores(path: Path) -> list[str]:
    """'LINE: text' of each ignore in ``path`` without an error code or without a reason."""
    found = []
    lines = path.read_text("utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        match = IGNORE.search(line)
        if match is None:
            continue
        reason_here = re.search(r"#\s*(?!noqa)\S", match.group("rest")) is not None
        reason_above = number > 1 and lines[number - 2].strip().startswith("#")
        if match.group("code") is None or not (reason_here or reason_above):
            found.append(f"{number}: {line.strip()}")
    return found


def test_the_check_tells_explained_from_unexplained(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = 1  # type: ignore[assignment]  # why\n"
        "# why, above\n"
        "b = 2  # type: ignore[assignment]\n"
        "c = 3  # type: ignore[assignment]  # noqa: B008\n"
        "d = 4  # type: ignore\n",
        "utf-8",
    )
    assert unexplained_ignores(sample) == ["4: c = 3  # type: ignore[assignment]  # noqa: B008",
                                           "5: d = 4  # type: ignore"]


def test_every_type_ignore_in_viewer_is_explained() -> None:
    found = {str(p.relative_to(PACKAGE)): unexplained_ignores(p) for p in sorted(PACKAGE.rglob("*.py"))}
    assert {name: lines for name, lines in found.items() if lines} == {}
