"""Which region and year a report is about, for the library's columns and its comparisons.

The region is ``meta.region`` when the report names it; a national report (its figures are mostly the
country's) is national; otherwise the first provincial-level name (data/regions.yaml) its publisher, title
or place contains, else the place name its publisher starts with (a city, a county). The year is the year
of the meeting, else of publication, else the first year its title names, else the year after the one it
reviews.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from viewer.model.measures import home_scope, review_year
from viewer.model.paths import regions_path
from viewer.model.safe_read import read_regular
from viewer.model.types import Report, Scope, Text

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass(frozen=True)
class RegionNames:
    """The provincial-level regions (full name, short name, English) and the endings of place names."""

    regions: tuple[tuple[str, str, str], ...]
    suffixes: tuple[str, ...]
    national: Text


@lru_cache(maxsize=1)
def region_names() -> RegionNames:
    """The bundled names (read once)."""
    import yaml

    data = yaml.safe_load(read_regular(regions_path(), 1024 * 1024).decode("utf-8"))
    rows = tuple((str(r["zh"]), str(r["short"]), str(r["en"])) for r in data["regions"])
    national = next(Text(zh=zh, en=en) for zh, _short, en in rows if en == "National")
    # Longest first: 内蒙古自治区 before any shorter name it contains.
    regions = tuple(sorted((r for r in rows if r[2] != "National"), key=lambda r: -len(r[0])))
    return RegionNames(regions, tuple(str(s) for s in data["suffixes"]), national)


def report_region(report: Report) -> Text | None:
    """The region ``report`` is about (None when nothing says)."""
    meta = report.meta
    if meta.region is not None:
        return meta.region
    names = region_names()
    if home_scope(report) == Scope.NATIONAL:
        return names.national
    texts = [t.zh for t in (meta.publisher, meta.title, meta.place) if t is not None]
    for text in texts:
        for zh, short, en in names.regions:
            if zh in text or text.startswith(short):
                return Text(zh=zh, en=en)
    if meta.publisher is not None:
        ending = "|".join(re.escape(s) for s in names.suffixes)
        match = re.match(rf"^(\w{{2,8}}?(?:{ending}))(?=\w)", meta.publisher.zh)
        if match:
            return Text(zh=match.group(1))
    return None


def report_year(report: Report) -> int | None:
    """The year of the report: its meeting's, else its publication's, else its title's, else the year after
    the one it reviews."""
    meta = report.meta
    if meta.meeting_date is not None:
        return meta.meeting_date.year
    if meta.published is not None:
        return meta.published.year
    for text in (meta.title.zh, meta.title.en):
        match = _YEAR.search(text)
        if match:
            return int(match.group(1))
    reviewed = review_year(report)
    return reviewed + 1 if reviewed is not None else None
