"""The one text sanitiser: characters that change how text looks without being seen, found by Unicode category.

Hidden are the categories Cc (controls), Cf (format: bidirectional overrides and marks, zero-width
characters, soft hyphen, invisible operators, interlinear annotation, tag characters), Co (private use),
Cs (surrogates), Zl and Zp (line and paragraph separators), and the default-ignorable letters and marks that
render as nothing: Hangul fillers, variation selectors, the combining grapheme joiner, Mongolian free
variation selectors, Khmer inherent vowels, the braille blank, and the non-characters U+FFFE/U+FFFF. Tab and
line breaks are allowed where the caller says so.

One set, used everywhere:
- report strings are refused (``check_visible``: the error names U+XXXX and its position);
- notes, owners and comments the user enters or imports are refused; the app's own state file written by an
  older version has them made visible instead (nothing the user recorded is dropped);
- the source text and every message echoed to a terminal show them visibly as ``⟨U+202E⟩`` (``show_hidden``),
  so a bidi override cannot make ``-2.1%`` read ``1.2-%`` and an escape sequence cannot repaint the terminal.

The pattern is built on first use. The Cf members come from a table (``_CF_BY_UNICODE``) for the Unicode
versions of the Pythons we support, checked against ``unicodedata`` by tests/model/test_sanitise.py; another
Python's are found by scanning its Unicode tables (~15 ms, before the first frame when the window
shows a file name: the recent-files menu).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any, TextIO

HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})
# Default-ignorable or blank characters of other categories (letters, marks, symbols) that show as nothing.
_FILLERS = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul choseong / jungseong fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels
    (0x180B, 0x180F),  # Mongolian free variation selectors (and the vowel separator)
    (0x2800, 0x2800),  # braille pattern blank
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFA0, 0xFFA0),  # half-width Hangul filler
    (0xFFFE, 0xFFFF),  # non-characters
    (0xE0000, 0xE007F),  # tag characters (also the unassigned ones of the block)
    (0xE0100, 0xE01EF),  # variation selectors supplement
)
# Categories whose members lie in fixed ranges (scanning for them would only cost time).
_FIXED = (
    (0x0000, 0x001F), (0x007F, 0x009F),  # Cc
    (0x2028, 0x2029),  # Zl, Zp
    (0xD800, 0xDFFF),  # Cs
    (0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD),  # Co
)
# Cf characters lie in the Basic Multilingual Plane, plane 1 and the tag plane (14).
_CF_PLANES = (range(0x0000, 0x20000), range(0xE0000, 0xE1000))
# The Cf ranges of those planes by ``unicodedata.unidata_version`` (Python 3.11: 14.0.0; 3.12: 15.0.0; 3.13: 15.1.0),
# so a start needs no scan of 135k characters; ``_scan_cf`` computes them for any other version.
_CF_COMMON = ((0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
              (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
              (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
              (0x110CD, 0x110CD))
_CF_TAIL = ((0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F))
_CF_BY_UNICODE = {
    "14.0.0": (*_CF_COMMON, (0x13430, 0x13438), *_CF_TAIL),
    "15.0.0": (*_CF_COMMON, (0x13430, 0x1343F), *_CF_TAIL),
    "15.1.0": (*_CF_COMMON, (0x13430, 0x1343F), *_CF_TAIL),
}

MULTILINE = "\t\n\r"  # allowed in text that may span lines (notes, section texts)
ONE_LINE = "\t"
TERMINAL = "\t\n"


def _merge(points: Iterable[int]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for c in sorted(points):
        if merged and merged[-1][1] == c - 1:
            merged[-1] = (merged[-1][0], c)
        else:
            merged.append((c, c))
    return merged


def _scan_cf() -> list[tuple[int, int]]:
    """The Cf ranges of ``_CF_PLANES`` from the running Python's Unicode tables (~15 ms)."""
    return _merge(c for plane in _CF_PLANES for c in plane if unicodedata.category(chr(c)) == "Cf")


def _cf_ranges() -> tuple[tuple[int, int], ...] | list[tuple[int, int]]:
    return _CF_BY_UNICODE.get(unicodedata.unidata_version) or _scan_cf()


@functools.cache
def _ranges() -> list[tuple[int, int]]:
    # Cc, Cs, Co, Zl and Zp lie in _FIXED; Cf from the table (or a scan).
    small = [(lo, hi) for lo, hi in (*_FIXED, *_FILLERS) if hi - lo < 0x100]  # (not 130k points of the others)
    points = {c for lo, hi in (*_cf_ranges(), *small) for c in range(lo, hi + 1)}
    ranges: list[tuple[int, int]] = [(lo, hi) for lo, hi in (*_FIXED, *_FILLERS) if hi - lo >= 0x100]
    return ranges + _merge(points)


def _class(ranges: list[tuple[int, int]]) -> str:
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in ranges) + "]"


# Text up to this long is searched once for every hidden character (one class: per character a bitmap test and
# a dozen range tests). Longer text (a section, the source) is searched for those of the BMP alone, a third of the
# cost per character, and for the others only when it has characters beyond the BMP: for short text those extra
# steps cost more than the search (the 63k strings of the 10k-fact report are checked four times faster so).
SHORT_TEXT = 256


@functools.cache
def _patterns(allow: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of the hidden characters but ``allow``: those of the Basic Multilingual Plane (a bitmap test
    per character, fast), the others (slower: searched only in text that has characters beyond the BMP), and all
    of them in one class (for short text)."""
    allowed = {ord(ch) for ch in allow}
    ranges = [r for lo, hi in _ranges() for r in _split(lo, hi, allowed)]
    bmp = [(lo, min(hi, 0xFFFF)) for lo, hi in ranges if lo <= 0xFFFF]
    astral = [(max(lo, 0x10000), hi) for lo, hi in ranges if hi > 0xFFFF]
    return re.compile(_class(bmp)), re.compile(_class(astral)), re.compile(_class(bmp + astral))


def hidden_pattern(allow: str = MULTILINE) -> re.Pattern[str]:
    """One pattern matching a hidden character, except those in ``allow`` (for ``sub``)."""
    bmp, astral, _ = _patterns(allow)
    return _joined(bmp.pattern, astral.pattern)


@functools.cache
def _joined(bmp: str, astral: str) -> re.Pattern[str]:
    return re.compile(f"{bmp}|{astral}")


def _has_astral(text: str) -> bool:
    # Encoding is the quickest test for characters beyond the BMP (see viewer/ui/source/offsets.py).
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _split(lo: int, hi: int, allowed: set[int]) -> list[tuple[int, int]]:
    out, start = [], lo
    for c in sorted(a for a in allowed if lo <= a <= hi):
        if start <= c - 1:
            out.append((start, c - 1))
        start = c + 1
    if start <= hi:
        out.append((start, hi))
    return out


def find_hidden(text: str, allow: str = MULTILINE) -> re.Match[str] | None:
    """The first hidden character of ``text`` (not counting those in ``allow``), or None."""
    bmp, astral, every = _patterns(allow)
    if len(text) <= SHORT_TEXT:
        return every.search(text)
    found = bmp.search(text)
    if _has_astral(text):
        other = astral.search(text, 0, found.start() if found else len(text))
        if other is not None:
            return other
    return found


def hidden_message(found: re.Match[str]) -> str:
    """The error for a hidden character: which one and where (1-based)."""
    return (f"contains the invisible or control character U+{ord(found.group()):04X} at position "
            f"{found.start() + 1}; remove it (it can make text display as something it is not)")


def check_visible(text: str, allow: str = MULTILINE) -> str:
    """``text`` unchanged; ValueError naming the first hidden character (U+XXXX) and its position."""
    found = find_hidden(text, allow)
    if found is not None:
        raise ValueError(hidden_message(found))
    return text


def marker(ch: str) -> str:
    """How a hidden character is shown: ``⟨U+202E⟩``."""
    return f"⟨U+{ord(ch):04X}⟩"


def show_hidden(text: str, allow: str = TERMINAL) -> str:
    """``text`` with every hidden character (but those in ``allow``) shown as ``⟨U+XXXX⟩``: seen, not obeyed."""
    if find_hidden(text, allow) is None:
        return text
    return hidden_pattern(allow).sub(lambda m: marker(m.group()), text)


class TerminalText:
    """A text stream that shows hidden characters of everything written to it as ``⟨U+XXXX⟩``.

    The command line writes through it (stdout and stderr), so no file name, report value or message can put
    an escape sequence, a carriage return or a bidi override on the user's terminal (a fake "OK" line, a
    repainted screen). Tab, newline and the carriage return of a ``\\r\\n`` pass (CSV rows end so).
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        parts = text.split("\r\n") if "\r\n" in text else [text]
        self._stream.write("\r\n".join(show_hidden(part) for part in parts))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # the stream's own attributes (encoding, flush, …)
        return getattr(self._stream, name)
