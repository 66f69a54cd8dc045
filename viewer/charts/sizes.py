"""What size an export is: pixels and DPI, from '1600x1000' or from centimetres and a DPI.

A request is fully described by (width_px, height_px, dpi); the physical size follows. Pure Python, so the
command line can check a size before any Qt import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DPI_PRESETS: tuple[int, ...] = (96, 150, 300, 600)
DEFAULT_DPI = 96
MIN_PX, MAX_PX = 64, 20000
MIN_DPI, MAX_DPI = 24, 2400
MAX_PIXELS = 200_000_000  # a 600 dpi A2 page; beyond this an RGB image no longer fits comfortably in memory
CM_PER_INCH = 2.54

_SIZE = re.compile(r"^\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*$")


class SizeError(ValueError):
    """A size or DPI that cannot be rendered; the message is meant for the user."""


@dataclass(frozen=True)
class RenderSize:
    """An export's pixel size and resolution."""

    width_px: int
    height_px: int
    dpi: float = DEFAULT_DPI

    def __post_init__(self) -> None:
        if not MIN_DPI <= self.dpi <= MAX_DPI:
            raise SizeError(f"DPI must be between {MIN_DPI} and {MAX_DPI}, not {self.dpi:g}")
        for name, value in (("width", self.width_px), ("height", self.height_px)):
            if not MIN_PX <= value <= MAX_PX:
                raise SizeError(f"{name} must be between {MIN_PX} and {MAX_PX} pixels, not {value}")
        if self.width_px * self.height_px > MAX_PIXELS:
            raise SizeError(f"{self.width_px}x{self.height_px} pixels is too large (at most {MAX_PIXELS:,} pixels)")

    @classmethod
    def parse(cls, text: str, dpi: float = DEFAULT_DPI) -> RenderSize:
        """'1600x1000' (also 1600X1000, 1600×1000) at ``dpi``."""
        match = _SIZE.match(text)
        if not match:
            raise SizeError(f"size must be WIDTHxHEIGHT in pixels, e.g. 1600x1000, not {text!r}")
        return cls(int(match.group(1)), int(match.group(2)), dpi)

    @classmethod
    def from_cm(cls, width_cm: float, height_cm: float, dpi: float) -> RenderSize:
        """The pixel size of ``width_cm`` x ``height_cm`` at ``dpi``, rounded to whole pixels."""
        if width_cm <= 0 or height_cm <= 0:
            raise SizeError(f"width and height must be positive, not {width_cm:g} x {height_cm:g} cm")
        if not MIN_DPI <= dpi <= MAX_DPI:
            raise SizeError(f"DPI must be between {MIN_DPI} and {MAX_DPI}, not {dpi:g}")
        return cls(round(width_cm / CM_PER_INCH * dpi), round(height_cm / CM_PER_INCH * dpi), dpi)

    @property
    def scale(self) -> float:
        """Device pixels per logical (96 dpi) pixel: how much fonts and lines grow."""
        return self.dpi / 96.0

    @property
    def width_cm(self) -> float:
        return self.width_px / self.dpi * CM_PER_INCH

    @property
    def height_cm(self) -> float:
        return self.height_px / self.dpi * CM_PER_INCH

    @property
    def width_mm(self) -> float:
        return self.width_cm * 10

    @property
    def height_mm(self) -> float:
        return self.height_cm * 10

    def __str__(self) -> str:
        return (f"{self.width_px}x{self.height_px} px at {self.dpi:g} dpi "
                f"({self.width_cm:.1f} x {self.height_cm:.1f} cm)")


DEFAULT_SIZE = RenderSize(1600, 1000, DEFAULT_DPI)
