#!/usr/bin/env python3
"""Regenerate the bundled Latin font subset in resources/fonts/ from Debian's fonts-noto-core.

English text is set in Noto Sans (SIL OFL 1.1), Chinese in the bundled Noto Sans CJK SC subset: drawn by the
CJK font, English quotes “ ” and ’ came out full width (wide gaps in 'innovative “little giant” enterprise').
The subset keeps the Latin, punctuation and symbol ranges an English report uses; it is renamed so an installed
full Noto Sans cannot be mixed in for one style.

Usage (needs `apt-get install fonts-noto-core`, or its .deb unpacked with --source, and fonttools from [dev])::

    .venv/bin/python tools/make_latin_font_subset.py [--source DIR]

The output is deterministic for a given input font (fixed timestamps).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = Path("/usr/share/fonts/truetype/noto")
SUBSET_FAMILY = "Noto Sans Latin Subset"
SUBSET_PS_FAMILY = "NotoSansLatinSubset"
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x017F),  # Latin-1 Supplement and Latin Extended-A (pinyin with tone marks, names)
    (0x01CD, 0x01DC),  # pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
    (0x2030, 0x203A),  # per mille, primes, angle quotes
    (0x20AC, 0x20AC),  # euro
    (0x2122, 0x2122),  # trade mark
    (0x2190, 0x2193),  # ← ↑ → ↓
    (0x2212, 0x2212),  # minus
    (0x2248, 0x2248),  # ≈
    (0x2260, 0x2265),  # ≠ ≤ ≥
)


def code_points() -> set[int]:
    return {cp for first, last in RANGES for cp in range(first, last + 1)}


def make(source: Path, output: Path) -> None:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]  # copyright, licence and trademark strings stay: the OFL asks for them
    options.name_languages = ["*"]
    options.hinting = False
    options.glyph_names = False
    options.recalc_timestamp = False
    font = TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=code_points())
    subsetter.subset(font)
    style = font["name"].getDebugName(2) or "Regular"
    for record in font["name"].names:
        new = {1: SUBSET_FAMILY, 4: f"{SUBSET_FAMILY} {style}", 6: f"{SUBSET_PS_FAMILY}-{style}",
               16: SUBSET_FAMILY, 3: f"{SUBSET_PS_FAMILY}-{style}"}.get(record.nameID)
        if new is not None:
            record.string = new
    font.save(output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=SOURCE_DIR, help="folder with NotoSans-Regular.ttf and -Bold")
    args = parser.parse_args(argv)
    for style in ("Regular", "Bold"):
        source = args.source / f"NotoSans-{style}.ttf"
        if not source.is_file():
            print(f"missing {source}: apt-get install fonts-noto-core", file=sys.stderr)
            return 1
        output = ROOT / "resources" / "fonts" / f"NotoSans-{style}-latin-subset.ttf"
        make(source, output)
        print(f"{output}: {output.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
