"""The one text sanitiser (by Unicode category) and the source text as shown: seen, never obeyed; bounded blocks."""

from __future__ import annotations

import io
import random
import unicodedata

import pytest

from viewer.model import sanitise
from viewer.model.sanitise import TerminalText, check_visible, find_hidden, show_hidden
from viewer.model.source_display import SourceDisplay

# One of each kind the old list missed: bidi marks outside the listed ones, soft hyphen, invisible operators,
# Hangul fillers, variation selectors, tag characters, interlinear annotation, private use, a lone surrogate.
MISSED_BEFORE = ["\u061c", "\u00ad", "\u2061", "\u2064", "\u115f", "\u3164", "\uffa0", "\ufe0f", "\U000e0100",
                 "\U000e0041", "\U000e0001", "\ufff9", "\ufffb", "\ue000", "\U000f0000", "\ud800", "\u180e",
                 "\u034f", "\u2800", "\U0001d173"]


@pytest.mark.parametrize("ch", MISSED_BEFORE, ids=[f"U+{ord(c):04X}" for c in MISSED_BEFORE])
def test_every_kind_of_hidden_character_is_found(ch: str) -> None:
    with pytest.raises(ValueError, match=rf"U\+{ord(ch):04X} at position 3"):
        check_visible("标签" + ch + "x")
    assert show_hidden("a" + ch) == f"a⟨U+{ord(ch):04X}⟩"


def test_the_cf_table_of_this_python_is_its_unicode_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """The start needs no scan of 135k characters (~15 ms before the first frame: the recent-files menu shows
    file names through show_hidden): the Cf ranges come from a table, which must be the running Python's data.
    A Python with a Unicode version missing from the table fails here: add its row (_scan_cf() gives it)."""
    assert unicodedata.unidata_version in sanitise._CF_BY_UNICODE
    assert list(sanitise._CF_BY_UNICODE[unicodedata.unidata_version]) == sanitise._scan_cf()

    def no_scan() -> list[tuple[int, int]]:
        raise AssertionError("scanned the Unicode tables")

    monkeypatch.setattr(sanitise, "_scan_cf", no_scan)
    ranges = sanitise._ranges.__wrapped__()
    hidden = {c for lo, hi in ranges for c in range(lo, hi + 1)}
    # The definition: every character of those categories, plus the blank fillers.
    expected = {c for c in range(0x110000) if unicodedata.category(chr(c)) in sanitise.HIDDEN_CATEGORIES}
    expected |= {c for lo, hi in sanitise._FILLERS for c in range(lo, hi + 1)}
    assert hidden == expected


def test_ordinary_text_is_left_alone() -> None:
    text = "规上工业增加值增长8.2%\t（同比）\u3000第2位 😀 𠀀 — café\n"
    assert check_visible(text) == text and show_hidden(text) == text
    assert find_hidden("a\tb\nc\r\n") is None
    assert find_hidden("a\tb", "") is not None  # the caller decides which of tab and line breaks are allowed


def test_the_terminal_stream_shows_escape_sequences_and_keeps_csv_line_ends() -> None:
    out = io.StringIO()
    stream = TerminalText(out)
    print("bad.yaml\r\x1b[2Kbad.yaml: OK\x07", file=stream)
    stream.write("a,b\r\nc,\u202ed\r\n")
    stream.writelines(["\x9b2J\n"])  # C1 CSI: an escape sequence in one character
    assert out.getvalue() == ("bad.yaml⟨U+000D⟩⟨U+001B⟩[2Kbad.yaml: OK⟨U+0007⟩\n"
                              "a,b\r\nc,⟨U+202E⟩d\r\n⟨U+009B⟩2J\n")


def test_the_source_shows_a_bidi_override_instead_of_obeying_it() -> None:
    source = "增长\u202e%1.2-\u202c，全年"
    display = SourceDisplay(source)
    assert display.shown == "增长⟨U+202E⟩%1.2-⟨U+202C⟩，全年"
    assert display.from_shown(display.to_shown(2) + 3) == 2  # inside the marker: the character itself
    assert display.visible(0, len(source)) == display.shown
    assert display.visible(3, 8) == "%1.2-"


def test_windows_line_ends_are_one_break() -> None:
    display = SourceDisplay("a\r\nb\rc")
    assert display.shown == "a\nb⟨U+000D⟩c"


def test_offsets_map_both_ways_on_random_texts() -> None:
    rng = random.Random(15)
    alphabet = ["a", "中", "\n", "\r\n", "\r", "\u202e", " ", "，", "😀", "\U000e0041", "\x1b", "\t"]
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        display = SourceDisplay(text, block=rng.choice([3, 7, 100]))
        assert display.to_shown(len(text)) == len(display.shown)
        for offset in range(len(text)):
            start, end = display.to_shown(offset), display.to_shown(offset + 1)
            assert start <= end
            if start < end:
                assert display.from_shown(start) == offset and display.from_shown(end - 1) == offset
        assert display.visible(0, len(text)) == show_hidden(text.replace("\r\n", "\n"))


def test_a_long_line_is_cut_into_bounded_blocks_and_copies_back_whole() -> None:
    line = ("规上工业增加值增长8.2%，增速居全省第2位。" * 20_000)  # one line of 300,000 characters
    display = SourceDisplay(line + "\n第二行", block=2000)
    blocks = list(display.blocks())
    assert len(blocks) >= 150
    assert all(end - start <= 2000 for start, end, _ in blocks)
    assert [continued for *_, continued in blocks].count(False) == 2  # two lines of the source
    assert display.visible(0, len(line)) == line  # the added breaks are not part of the text
    # Cut after punctuation where there is some near the limit.
    assert all(display.shown[end - 1] in "，。" for start, end, continued in blocks if continued)


@pytest.mark.parametrize("allow", [sanitise.MULTILINE, sanitise.ONE_LINE, sanitise.TERMINAL])
def test_short_and_long_texts_find_the_same_first_hidden_character(allow: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Short text is searched with one class of every hidden character, long text with the BMP's and then the
    others': both find the same first one, wherever it stands and whatever plane it is in."""
    rng = random.Random(7)
    pool = [*(chr(c) for c in (0x41, 0x4E2D, 0x1F600, 0x9, 0xA, 0xD, 0x20)), *MISSED_BEFORE, "\u202e", "\x1b"]
    texts = ["".join(rng.choice(pool) for _ in range(rng.randrange(0, 12))) for _ in range(3000)]

    def first(text: str) -> tuple[int, str] | None:
        found = find_hidden(text, allow)
        return None if found is None else (found.start(), found.group())

    monkeypatch.setattr(sanitise, "SHORT_TEXT", 10**9)
    short = [first(t) for t in texts]
    monkeypatch.setattr(sanitise, "SHORT_TEXT", -1)
    assert [first(t) for t in texts] == short
    assert sum(found is not None for found in short) > 1000
