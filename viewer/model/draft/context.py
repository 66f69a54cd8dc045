"""What a whole report is about, for the facts that do not say: whose figures (the country's or a region's),
which year it reviews, and the region's own name (which labels leave out).

A national ministry's report often has a title without 全国 ("工业和信息化部召开2025年工作会议"): its publisher,
its meeting (全国…会议, 在京召开) and its wording (我国) say national. A report published in December or
January reviews the year just ending; the year after it is the plan's.
"""

from __future__ import annotations

import datetime as dt
import re

from viewer.model.draft.periods import find_periods
from viewer.model.draft.sections import DraftSection
from viewer.model.types import Scope, SectionKind

# National bodies: ministries, the State Council and its offices, national bureaus and commissions.
_NATIONAL_BODY = re.compile(
    r"^(?:中华人民共和国|中国)?(?:工业和信息化部|工信部|国务院|国新办|中共中央|中央|国家(?!级)[\u4e00-\u9fff]{1,14}"
    r"(?:局|委|部|署|中心|办公室|委员会)|[\u4e00-\u9fff]{1,6}部$)"
)
_REGIONAL = re.compile(r"省|市|自治区|州|县|区|厅")
_REGION_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|州|县|区))(?=[\u4e00-\u9fff])")
_NATIONAL_MEETING = re.compile(r"全国[^，,。；;]{0,30}(?:会议|大会|发布会)")
_IN_BEIJING = re.compile(r"在京(?:召开|举行|开幕)|在北京(?:召开|举行|开幕)")
# 全国 as what a sentence is about (全国已建成…, 全国规上工业…), not a comparison or a rank (居全国第3位, 高于全国).
_NATIONAL_SUBJECT = re.compile(r"(?:^|[，,。；;：:\n])(?:[^，,。；;：:\n]{0,12}?年[，,]?)?全国(?![第前首排平均水])")
_PROVINCIAL_WORDS = re.compile(r"全省|我省|全市|我市|全区|我区|全州|全县|省委|市委|本省|本市")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?=年)")


def default_scope(title: str, publisher: str | None, body: str) -> Scope:
    """The scope of a figure whose sentence names none: national for a national body's report, a national
    meeting or a text that speaks of 我国 and of no province; else the province (or city) of the report."""
    if publisher and _NATIONAL_BODY.search(publisher) and not _REGIONAL.search(publisher.split("部")[0]):
        return Scope.NATIONAL
    if "全国" in title and not _PROVINCIAL_WORDS.search(title):
        return Scope.NATIONAL
    if publisher and _REGIONAL.search(publisher):
        return Scope.PROVINCE
    provincial = _PROVINCIAL_WORDS.search(title + body)
    opening = body[:400]
    if not provincial and (_NATIONAL_MEETING.search(opening) or _IN_BEIJING.search(opening) or "我国" in body
                           or _NATIONAL_SUBJECT.search(body)):
        return Scope.NATIONAL
    return Scope.PROVINCE


def region_names(publisher: str | None) -> list[str]:
    """The report's own region as its publisher names it (舟山市经济和信息化局 -> 舟山市)."""
    m = _REGION_NAME.match(publisher or "")
    return [m.group("name")] if m else []


def review_year(sections: list[DraftSection], source: str, title: str, published: dt.datetime | None
                ) -> str | None:
    """The year the report looks back on: its first review section's year; else the year its opening says it
    reviews (会议回顾2023年…工作, 部署2024年重点任务: 2023); else the latest year its other non-planning
    sections name (not after publication, and in the first quarter not the year of publication unless with
    its months: 2024年1—2月); else the title's year (a yearly conference is named for the year it plans: one
    before that); else the year before a publication in the first quarter."""
    for kinds in ((SectionKind.REVIEW,), (SectionKind.MULTI_YEAR_REVIEW,)):
        for section in sections:
            if section.kind in kinds:
                years = [p.last_year or p.period[:4] for p in find_periods(section.text(source)) if p.period]
                if years:
                    return years[0] if kinds == (SectionKind.REVIEW,) else max(years)
    for section in sections:
        if section.kind == SectionKind.OPENING:
            said = _OPENING_YEAR.search(section.text(source))
            if said:
                year = said.group("reviewed") or str(int(said.group("planned")) - 1)
                if published is None or year <= str(published.year):
                    return year
    early = published is not None and published.month <= 3
    limit = str(published.year) if published else "9999"
    skipped = (SectionKind.TASKS, SectionKind.REQUIREMENTS, SectionKind.OPENING)
    named: list[str] = []
    for section in sections:
        if section.kind in skipped:
            continue
        for mention in find_periods(section.text(source)):
            year = mention.last_year or (mention.period[:4] if mention.period else None)
            if year is None or year > limit:
                continue
            if early and year == limit and mention.period is not None and "-" not in mention.period:
                continue  # 2024年… in a text of January 2024: the plan's year, not a reviewed month
            named.append(year)
    if named:
        return max(named)
    in_title = _YEAR.findall(title)
    if in_title:
        return str(int(in_title[0]) - (1 if "会议" in title else 0))
    if published is not None:
        return str(published.year - (1 if published.month <= 3 else 0))
    return None


# What an opening says the report reviews or plans: 总结2022年全省工信工作, 会议回顾了2023年工作, 部署2024年重点任务.
_OPENING_YEAR = re.compile(r"(?:回顾|总结)了?(?P<reviewed>(?:19|20)[0-9]{2})年|部署了?(?P<planned>(?:19|20)[0-9]{2})年")
