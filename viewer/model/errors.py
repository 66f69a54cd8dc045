"""Problems found in a report file, collected so that all of them are reported at once.

A problem often repeats what the file holds (a key, a tag, a label, the file's own name). Every text of a
problem is made visible when it is made (``show_hidden``: an escape sequence or a bidi override as
``⟨U+202E⟩``), so wherever it is shown, the window, a terminal or a log, it is seen and not obeyed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PathPart = str | int
FieldPath = tuple[PathPart, ...]


def _shown(text: str) -> str:
    from viewer.model.sanitise import TERMINAL, show_hidden  # its tables are built on first use

    return show_hidden(text, TERMINAL)


def dotted(path: FieldPath) -> str:
    """``('facts', 3, 'value')`` -> ``facts[3].value``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, with the position of the offending value where there is one."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: FieldPath = ()
    # The report item the problem is in, for a reader (the window names it by id and label, not facts[12]):
    item_kind: str = ""  # 'fact', 'task', 'action', … ('' when the problem is in no list item)
    item_id: str = ""
    item_label: tuple[str, str] = ("", "")  # (zh, en) as far as the file gives them
    item_field: FieldPath = ()  # the field within the item ('value', ('comparison', 'to'))

    def __post_init__(self) -> None:
        for name in ("file", "message", "item_id"):
            object.__setattr__(self, name, _shown(getattr(self, name)))
        object.__setattr__(self, "item_label", tuple(_shown(t) for t in self.item_label))
        for name in ("path", "item_field"):
            parts = getattr(self, name)
            object.__setattr__(self, name, tuple(_shown(p) if isinstance(p, str) else p for p in parts))

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        field_path = dotted(self.path)
        return f"{where}: {field_path}: {self.message}" if field_path else f"{where}: {self.message}"


@dataclass
class ReportError(Exception):
    """A report file could not be loaded; ``problems`` lists every reason found."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.file = _shown(self.file)
        super().__init__(self.file)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems) or f"{self.file}: cannot be loaded"

    @classmethod
    def single(cls, file: str | Path, message: str, line: int | None = None, column: int | None = None) -> ReportError:
        """An error with one problem."""
        return cls(str(file), [Problem(str(file), message, line, column)])
