#!/usr/bin/env python3
"""Regenerate the bundled Chinese font subset in resources/fonts/ from Debian's fonts-noto-cjk.

The app must show Chinese on machines that have no CJK font, so it ships a subset of Noto Sans CJK SC
(SIL OFL 1.1): every GB 2312 character, Latin, CJK and full-width punctuation, arrows and common symbols,
plus every character of the bundled source texts (data/sources/*.txt), so that any quote renders.

Usage (needs `apt-get install fonts-noto-cjk` and fonttools, which is in the [dev] extra)::

    .venv/bin/python tools/make_font_subset.py            # Regular + Bold, CFF outlines (.otf)
    .venv/bin/python tools/make_font_subset.py --no-bold  # Regular only
    .venv/bin/python tools/make_font_subset.py --ttf      # TrueType outlines (.ttf) via cu2qu

The output is deterministic for a given input font and character set (fixed timestamps).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
# The Debian .ttc holds JP, KR, SC, TC, HK (+ Mono); the face is picked by name, not by index,
# so a reordered collection cannot silently give us the Japanese glyph forms.
WANTED_FAMILY = "Noto Sans CJK SC"
OUTPUT_STEM = "NotoSansCJKsc-{style}-subset"
# The subset gets its own family name: with the same name as an installed full Noto Sans CJK SC, Qt may pick
# the system file for one style and ours for another (seen: a PDF whose bold text came from the system
# font). A distinct name makes the app use exactly the bundled files everywhere.
SUBSET_FAMILY = "Noto Sans CJK SC Subset"
SUBSET_PS_FAMILY = "NotoSansCJKscSubset"

# Ranges kept whole: (first, last) code points, inclusive.
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation (…, ‰, “ ”, ‘ ’, — and friends)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation (、。《》「」【】 …)
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms (，：；（）％ …)
    (0x2190, 0x2193),  # ← ↑ → ↓
)
SYMBOLS = "≥≤×÷±°‰№…→←↑↓–—·•℃■□▲△●○◆◇★☆√∞≈≠"


def gb2312_characters() -> set[str]:
    """Every character of GB 2312, found by decoding each two-byte code (rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    chars: set[str] = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # unassigned code points inside the grid
    return chars


def source_text_characters(sources: Path) -> set[str]:
    """Every non-control character that appears in the bundled source texts."""
    chars: set[str] = set()
    for path in sorted(sources.glob("*.txt")):
        chars.update(ch for ch in path.read_text(encoding="utf-8") if ch.isprintable())
    return chars


def wanted_code_points(sources: Path) -> set[int]:
    """The full character set of the subset, as code points."""
    points = {ord(ch) for ch in gb2312_characters() | source_text_characters(sources) | set(SYMBOLS)}
    for first, last in RANGES:
        points.update(range(first, last + 1))
    return points


def open_face(collection: Path, family: str) -> TTFont:
    """The face of a .ttc whose family name (name ID 1) is `family`."""
    ttc = TTCollection(str(collection), lazy=False)
    for font in ttc.fonts:
        if font["name"].getDebugName(1) == family:
            return font
    raise SystemExit(f"{collection}: no face named {family!r}")


def make_subset(source: Path, output: Path, code_points: set[int], *, truetype: bool) -> TTFont:
    """Subset one face of `source` to `code_points` and save it to `output`."""
    font = open_face(source, WANTED_FAMILY)
    options = subset.Options()
    # fonttools' default features, minus 'locl': in this face 'locl' maps characters to their Japanese,
    # Korean and Traditional forms, which text tagged zh-Hans never uses and which nearly double the
    # glyph count (13,845 -> 8,037 glyphs, 3.5 -> 1.9 MB). Vertical forms are left out too: the app
    # only lays text out horizontally.
    options.layout_features = [tag for tag in options.layout_features if tag != "locl"]
    options.name_IDs = ["*"]  # keep copyright, licence and trademark strings: the OFL asks for them
    options.name_languages = ["*"]
    options.notdef_outline = True  # a visible box for missing characters rather than nothing
    options.glyph_names = False
    options.recalc_timestamp = False  # deterministic output
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(code_points))
    subsetter.subset(font)
    rename(font, style=font["name"].getDebugName(2) or "Regular")
    if truetype:
        _to_truetype(font)
    output.parent.mkdir(parents=True, exist_ok=True)
    font.recalcTimestamp = False  # keep the source's head.modified: the same input gives the same bytes
    font.save(str(output))
    return font


def rename(font: TTFont, *, style: str) -> None:
    """Give the subset its own family and PostScript names, in the name table and the CFF table alike."""
    full = f"{SUBSET_FAMILY} {style}" if style != "Regular" else SUBSET_FAMILY
    postscript = f"{SUBSET_PS_FAMILY}-{style}"
    version = font["name"].getDebugName(5) or ""
    for record in font["name"].names:
        replacement = {
            1: SUBSET_FAMILY,
            3: f"{version};{postscript}",
            4: full,
            6: postscript,
            16: SUBSET_FAMILY,
        }.get(record.nameID)
        if replacement is not None:
            record.string = replacement
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName = full
        top.FamilyName = SUBSET_FAMILY


def _to_truetype(font: TTFont) -> None:
    """Replace CFF cubic outlines by TrueType quadratic ones (fonttools' otf2ttf recipe)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = None
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--noto-dir", type=Path, default=NOTO_DIR, help="folder of NotoSansCJK-*.ttc")
    parser.add_argument("--sources", type=Path, default=ROOT / "data" / "sources", help="folder of *.txt")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "fonts", help="output folder")
    parser.add_argument("--no-bold", dest="bold", action="store_false", help="make only the Regular subset")
    parser.add_argument("--ttf", action="store_true", help="TrueType outlines instead of CFF")
    args = parser.parse_args(argv)

    code_points = wanted_code_points(args.sources)
    styles = ["Regular", "Bold"] if args.bold else ["Regular"]
    suffix = ".ttf" if args.ttf else ".otf"
    total = 0
    for style in styles:
        source = args.noto_dir / f"NotoSansCJK-{style}.ttc"
        if not source.is_file():
            print(f"{source}: missing (apt-get install fonts-noto-cjk)", file=sys.stderr)
            return 1
        output = args.out / (OUTPUT_STEM.format(style=style) + suffix)
        font = make_subset(source, output, code_points, truetype=args.ttf)
        size = output.stat().st_size
        total += size
        mapped = len(font.getBestCmap())
        print(f"{output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}: "
              f"{size:,} bytes, {len(font.getGlyphOrder()):,} glyphs, {mapped:,} characters mapped")
    print(f"requested {len(code_points):,} code points; total {total:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
