"""Reading a report's text and cutting it into paragraphs, sentences and clauses with their offsets.

Every piece keeps its ``start``/``end`` offsets in the full text, so anything quoted from a piece is a
verbatim substring of the source: the drafter never normalises the text it quotes.
"""

from __future__ import annotations

import bisect
import codecs
import re
import sys
from dataclasses import dataclass

from viewer.model.package import REPORT_FILE_SUFFIXES


class DraftError(Exception):
    """The text cannot be drafted from (unreadable bytes, empty text); the message is for the user."""


@dataclass(frozen=True)
class Piece:
    """Characters ``start:end`` of the source text, with those characters."""

    start: int
    end: int
    text: str

    def contains(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside this piece."""
        return self.start <= start and end <= self.end


def decode_source(raw: bytes) -> tuple[str, str]:
    """Decode a report text: UTF-8 (BOM or not), BOM-marked UTF-16, else GB18030 (a superset of GBK).

    Returns the text and the name of the encoding found. Raises DraftError when none fits.
    """
    if raw.startswith(codecs.BOM_UTF8):
        raw, encoding = raw[len(codecs.BOM_UTF8):], "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _clean(raw.decode("utf-16")), "utf-16"
        except UnicodeDecodeError:
            raise DraftError("the text starts with a UTF-16 mark but is not valid UTF-16") from None
    else:
        encoding = "utf-8"
    try:
        return _clean(raw.decode("utf-8")), encoding
    except UnicodeDecodeError:
        pass
    if encoding == "utf-8-sig":
        raise DraftError("the text starts with a UTF-8 mark but is not valid UTF-8")
    try:
        return _clean(raw.decode("gb18030")), "gb18030"
    except UnicodeDecodeError:
        raise DraftError("the text is neither UTF-8 nor GBK/GB18030; save it as UTF-8") from None


def _clean(text: str) -> str:
    if "\x00" in text:
        raise DraftError("the file holds binary data (NUL bytes), not text")
    # A BOM left inside (e.g. a UTF-8 file with two marks) would make the copy fail the loader's checks.
    return text.lstrip("\ufeff")


# A line of YAML or similar data: `key: value`, `- id: …` (a report's text has none or a few, 来源: in its header).
_KEY_LINE = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*:(?:\s|$)")
_REPORT_KEYS = re.compile(r"^(?:schema_version|meta|facts|sections|tasks)\s*:", re.MULTILINE)
_MARKUP = re.compile(r"<(?:html|head|body|div|p|span|table|tr|td|meta|script|style|br)\b", re.IGNORECASE)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def not_a_text(text: str, suffix: str = "") -> str | None:
    """Why ``text`` (read from a file named ``…suffix``) is no report text to draft from, or None: a report
    file or other YAML/JSON data, a web page, or hardly any Chinese (the drafter reads Chinese prose)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return None  # empty: prepare_draft says so
    keys = sum(1 for line in lines if _KEY_LINE.match(line))
    if len(_REPORT_KEYS.findall(text)) >= 2:
        return ("this is a report file, not a report's text: open it in the viewer (or check it with "
                "`report-viewer validate`); a draft is made from the text it quotes (its meta.source)")
    if (keys >= 3 and keys * 3 >= len(lines)) or suffix.lower() in (*REPORT_FILE_SUFFIXES, ".json"):
        return "this holds data (YAML or JSON), not a report's text: draft from the report's text (a .txt file)"
    if text.lstrip()[:1] in ("{", "[") and text.rstrip()[-1:] in ("}", "]"):
        return "this holds JSON data, not a report's text: draft from the report's text (a .txt file)"
    if len(_MARKUP.findall(text)) >= 3:
        return "this is a web page (HTML), not plain text: save the page as text (.txt) and draft from that"
    visible = sum(1 for ch in text if not ch.isspace())
    han = len(_HAN.findall(text))
    if visible >= 20 and han * 5 < visible:
        return (f"only {han * 100 // visible}% of its characters are Chinese: the drafter reads the Chinese text "
                f"of a report (a .txt file)")
    return None


_BLANK = " \t\u3000\u00a0\r"


def paragraphs(text: str) -> list[Piece]:
    """Non-blank lines, without their leading and trailing blanks."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        stripped = line.strip(_BLANK)
        if stripped:
            start = m.start() + (len(line) - len(line.lstrip(_BLANK)))
            out.append(Piece(start, start + len(stripped), stripped))
    return out


_SENTENCE_END = re.compile(r"[。！？!?]+[”’]?|\n")
# Clause breaks; an ASCII comma between digits groups thousands (1,234) and does not break.
_CLAUSE_BREAK = re.compile(r"[，；;：。！？!?\n]|,(?![0-9]{3}(?![0-9]))|(?<![0-9]),|:(?![0-9])")


def sentences(piece: Piece) -> list[Piece]:
    """The sentences of a paragraph, each with its closing punctuation."""
    return _split(piece, _SENTENCE_END, keep=True)


def clauses(piece: Piece) -> list[Piece]:
    """The clauses of a sentence, without the punctuation between them."""
    return _split(piece, _CLAUSE_BREAK, keep=False)


def _split(piece: Piece, pattern: re.Pattern[str], *, keep: bool) -> list[Piece]:
    out: list[Piece] = []
    pos = 0
    for m in pattern.finditer(piece.text):
        end = m.end() if keep else m.start()
        _add(out, piece, pos, end)
        pos = m.end()
    _add(out, piece, pos, len(piece.text))
    return out


def _add(out: list[Piece], piece: Piece, start: int, end: int) -> None:
    chunk = piece.text[start:end]
    stripped = chunk.strip(_BLANK + "\n")
    if stripped:
        s = start + chunk.index(stripped)
        out.append(Piece(piece.start + s, piece.start + s + len(stripped), stripped))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text inside “…”, ‘…’, "…" and 《…》 (names and titles, whose figures are not facts)."""
    spans = []
    for m in re.finditer(r"“[^“”]*”|‘[^‘’]*’|《[^《》]*》|\"[^\"\n]*\"", text):
        spans.append((m.start(), m.end()))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies within one of ``spans`` (in text order, not overlapping: quoted_spans)."""
    at = bisect.bisect_right(spans, (start, sys.maxsize)) - 1  # the last span starting at or before start
    return at >= 0 and end <= spans[at][1]
