"""The report's meta data as far as the text states it: title (first line), publisher and publication
time (来源:… 时间:…), meeting date (1月31日 + the year), place (在福州召开), format (以视频形式召开) and
who reported (…作工作报告). What the text does not state is unknown (None, written as null) and named in
the summary: never a made-up date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

PLACEHOLDER = "【待填写】"
CHINA_TIME = dt.timezone(dt.timedelta(hours=8))  # government sites publish in Beijing time

_PUBLISHER = re.compile(r"(?:来源|发布单位|发布机构)[:：]\s*(?P<p>[^\s\u3000]+?)(?=\s|时间|发布|日期|$)")
_PUBLISHED = re.compile(
    r"(?:时间|发布时间|发布日期|日期)[:：]\s*(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?"
    r"(?:\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
_MEETING_DATE = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12][0-9]|0?[1-9])日")
_PLACE = re.compile(r"在(?P<place>[\u4e00-\u9fff]{2,12}?)(?:隆重)?(?:召开|举行|开幕)")
_FORMAT = re.compile(r"以(?P<f>视频|电视电话|线上|网络|现场|线上线下结合|线上线下相结合)(?:会议)?的?(?:形式|方式)")
_REPORTER = re.compile(r"(?:^|[，,。；;])(?P<r>[^，,。；;]{2,40}?)(?:代表[^，,。；;]{0,20})?作(?:了)?(?:工作)?报告")
_YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass
class DraftMeta:
    """Meta fields found (None where the text does not say), and the names of the fields to fill in."""

    title: str
    publisher: str | None
    published: dt.datetime | None
    meeting_date: dt.date | None
    place: str | None
    format: str | None
    reporter: str | None
    missing: list[str] = field(default_factory=list)
    header_lines: int = 1  # lines before the body (title, 来源/时间)


def find_meta(lines: list[str], body: str, title: str | None) -> DraftMeta:
    """Meta data from the first lines (title, source line) and the body's opening."""
    missing: list[str] = []
    first = lines[0] if lines else ""
    header_lines = 1
    head = "\n".join(lines[1:4])
    publisher_m = _PUBLISHER.search(head)
    published_m = _PUBLISHED.search(head)
    if publisher_m or published_m:
        header_lines = 2
    publisher = publisher_m.group("p") if publisher_m else _missing(missing, "publisher")
    published = _published(published_m)
    opening = body[:400]
    date_m = _MEETING_DATE.search(opening)
    meeting_date = _meeting_date(date_m, published, first)
    if published is None:
        missing.append("published")
    if meeting_date is None:
        missing.append("meeting_date")
    place_m = _PLACE.search(opening)
    in_beijing = place_m is None and re.search(r"在京(?:隆重)?(?:召开|举行|开幕)", opening)
    format_m = _FORMAT.search(body)
    reporter_m = _REPORTER.search(body[:1200])
    reporter = reporter_m.group("r").strip(" \u3000") if reporter_m else ""
    return DraftMeta(
        title=(title or first).strip()[:200] or _placeholder(missing, "title"),
        publisher=publisher,
        published=published,
        meeting_date=meeting_date,
        place=place_m.group("place") if place_m else "北京" if in_beijing else _missing(missing, "place"),
        format=(format_m.group("f") + "会议") if format_m else _missing(missing, "format"),
        reporter=reporter or _missing(missing, "reporter"),
        missing=missing,
        header_lines=header_lines,
    )


def _placeholder(missing: list[str], name: str) -> str:
    """The title is required text: an empty one is written as the placeholder."""
    missing.append(name)
    return PLACEHOLDER


def _missing(missing: list[str], name: str) -> str | None:
    """A field the text does not state: listed in ``missing``, written as null (None)."""
    missing.append(name)
    return None


def _published(m: re.Match[str] | None) -> dt.datetime | None:
    if m is None:
        return None
    try:
        return dt.datetime(int(m.group("y")), int(m.group("m")), int(m.group("d")), int(m.group("H") or 0),
                           int(m.group("M") or 0), int(m.group("S") or 0), tzinfo=CHINA_TIME)
    except ValueError:
        return None


def _meeting_date(m: re.Match[str] | None, published: dt.datetime | None, title: str) -> dt.date | None:
    if m is None:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    if m.group("y"):
        year = int(m.group("y"))
    elif published is not None:
        # A meeting in December reported in January belongs to the year before.
        year = published.year - (1 if month > published.month + 1 else 0)
    else:
        years = _YEAR.findall(title)
        if not years:
            return None
        year = int(years[0])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

