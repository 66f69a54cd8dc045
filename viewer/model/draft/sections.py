"""Cutting a report's body into sections: paragraphs opened by 会议指出 / 会议强调 / …, headings, or plain
paragraphs; each section gets a kind (review, tasks, format, …), a drafted title and a summary."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.model.draft.periods import section_context
from viewer.model.draft.text import Piece, sentences
from viewer.model.types import SectionKind

_HEADER = re.compile(
    r"^(?:会议|大会|报告|讲话|会上)(?:强调指出|深刻指出|指出|强调|要求|认为|提出|部署|号召|明确|总结|回顾|表示|肯定)"
)
_STANDALONE = re.compile(_HEADER.pattern + r"[：:，,。]?$")
_FORMAT = re.compile(r"^(?:会议|本次会议|大会)(?:以|采取|采用|通过)|^会议还|(?:视频|电视电话)会议形式")
_CN = "[一二三四五六七八九十]{1,3}"
_LIST_MARK = re.compile(rf"^(?:{_CN}是|{_CN}、|[（(]{_CN}[)）]|第{_CN}[，,、]|[0-9]{{1,2}}[.、．])")
_FOOTER = re.compile(
    r"附件下载|扫一扫|分享到|打印本页|关闭窗口|责任编辑|【字体|^编辑[:：]|^相关链接|^上一篇|^下一篇"
)
_MULTI_YEAR = re.compile(
    r"五年来|过去五年|近五年|十年来|过去十年|“十[一二三四]五”(?:时期|期间|以来)|党的十八大以来|新时代十年"
)
_REVIEW = re.compile(r"(?:19|20)\d{2}年以来|过去一年|一年来|(?:19|20)\d{2}年[,，]|回顾|成绩|成效")
_REQUIREMENTS = re.compile(r"总体要求|总要求|指导思想|总体思路")
# A paragraph setting out the year's targets (2024年全省…工作的主要目标是：…): requirements, not a review.
_TARGETS = re.compile(r"(?:主要|预期|总体|发展)目标(?:任务)?(?:是|为)[：:，,]?|目标(?:任务)?(?:是|为)[：:]")
# What opens a plan written after the numbered tasks (新的一年，…全力推进…): more of the plan.
_PLAN_OPENING = re.compile(r"^(?:(?:会议|大会)(?:强调|要求|提出)[，,：:]?)?(?:新的一年|下一步|明年|来年)")
_TASKS = re.compile(r"重点任务|重点工作|主要任务|工作任务|重点抓好|要抓好|做好以下|下一步|新的一年|"
                    r"部署了?(?:19|20)\d{2}年")
# A paragraph opening with 要 (要着力…，要持续…) goes on with the instructions of the one before.
_IMPERATIVE = re.compile(r"^要(?!求)")
# The number before a heading (一、, （二）, 3.): the title is the heading's words.
_HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|"
                             r"[0-9]{1,2}[.、．])\s*")
# A paragraph that opens with its own heading: 动能向新——….
_DASH_HEADING = re.compile(r"^([^，,。；;：:——0-9]{2,16})——")
# A title drafted from a paragraph's first clause is at most this long, and never ends inside a number.
TITLE_LIMIT = 40


@dataclass
class DraftSection:
    """A section of the body: its paragraphs, the text it spans, and its drafted kind, title, summary."""

    paragraphs: list[Piece]
    header: Piece | None = None
    id: str = ""
    kind: SectionKind = SectionKind.OTHER
    title: str = ""
    summary: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return (self.header or self.paragraphs[0]).start

    @property
    def end(self) -> int:
        # A section has a header or paragraphs (see ``start``).
        return self.paragraphs[-1].end if self.paragraphs else self.header.end  # type: ignore[union-attr]

    def text(self, source: str) -> str:
        """The section's text, verbatim from the source."""
        return source[self.start: self.end]


def is_page_furniture(line: str) -> bool:
    """Whether a line of a saved web page is the page's own furniture, not the report (附件下载, 扫一扫在手机上查看
    当前页面, 打印本页, 关闭窗口, 【字体：大 中 小】, 上一篇 …): left out of drafts and of the report PDF."""
    return bool(_FOOTER.search(line.strip()))


def body_paragraphs(paragraphs: list[Piece], skip: int) -> list[Piece]:
    """The paragraphs after the first ``skip`` (title and source lines), without page furniture:
    trailing lines with no sentence in them and lines such as 附件下载 / 扫一扫…."""
    body = [p for p in paragraphs[skip:] if not _FOOTER.search(p.text)]
    while body and not re.search(r"[。！？!?；;]", body[-1].text) and not _STANDALONE.match(body[-1].text):
        body.pop()
    return body


def _is_heading(p: Piece) -> bool:
    return len(p.text) <= 40 and not re.search(r"[。！？!?；;，,]", p.text)


def split_sections(body: list[Piece]) -> list[DraftSection]:
    """Group body paragraphs into sections (header lines and their paragraphs, or one per paragraph)."""
    out: list[DraftSection] = []
    open_ended = False  # the current section was opened by a header line and takes what follows
    for p in body:
        if _STANDALONE.match(p.text) or _is_heading(p):
            out.append(DraftSection([], header=p))
            open_ended = True
            continue
        current = out[-1] if out else None
        joins = current is not None and (
            (open_ended and not _HEADER.match(p.text) and not _FORMAT.search(p.text))
            or (not _HEADER.match(p.text) and not _FORMAT.search(p.text) and _LIST_MARK.match(p.text)
                and bool(current.paragraphs))
            or (bool(current.paragraphs) and current.paragraphs[-1].text.endswith(("：", ":")))
            or (bool(current.paragraphs) and bool(_IMPERATIVE.match(p.text)))
        )
        if joins and current is not None:
            current.paragraphs.append(p)
        else:
            out.append(DraftSection([p]))
            open_ended = False
    return [part for s in out if s.paragraphs for part in _bounded(s)]


# A section's text may have at most this many characters (viewer.model.types.Section); longer ones are cut
# into parts at paragraph ends, a longer paragraph at sentence ends.
MAX_SECTION_CHARS = 200_000


def _bounded(section: DraftSection) -> list[DraftSection]:
    if section.end - section.start <= MAX_SECTION_CHARS:
        return [section]
    pieces = [q for p in section.paragraphs for q in _short_pieces(p)]
    parts = [DraftSection([], header=section.header)]
    for piece in pieces:
        current = parts[-1]
        if current.paragraphs and piece.end - current.start > MAX_SECTION_CHARS:
            parts.append(DraftSection([]))
        parts[-1].paragraphs.append(piece)
    return parts


def _short_pieces(paragraph: Piece) -> list[Piece]:
    """A paragraph as pieces of at most MAX_SECTION_CHARS characters, cut after sentences (or anywhere, in
    a sentence longer than that)."""
    if len(paragraph.text) <= MAX_SECTION_CHARS:
        return [paragraph]
    out: list[Piece] = []
    start = paragraph.start
    for sentence in sentences(paragraph):
        if sentence.end - start > MAX_SECTION_CHARS and sentence.start > start:
            out.append(_sub(paragraph, start, sentence.start))
            start = sentence.start
        while sentence.end - start > MAX_SECTION_CHARS:
            out.append(_sub(paragraph, start, start + MAX_SECTION_CHARS))
            start += MAX_SECTION_CHARS
    if start < paragraph.end:
        out.append(_sub(paragraph, start, paragraph.end))
    return [p for p in out if p.text.strip()]


def _sub(paragraph: Piece, start: int, end: int) -> Piece:
    text = paragraph.text[start - paragraph.start: end - paragraph.start]
    stripped = text.rstrip()
    return Piece(start, start + len(stripped), stripped)


def classify(sections: list[DraftSection], source: str, task_section: DraftSection | None) -> None:
    """Give every section its kind, id, title and summary."""
    used: set[str] = set()
    latest = max((int(y) for y in re.findall(r"(?<![0-9])(?:19|20)[0-9]{2}(?=年)", source)), default=0)
    for index, section in enumerate(sections):
        body = "\n".join(p.text for p in section.paragraphs)
        heading = section.header.text + "\n" if section.header and not _STANDALONE.match(section.header.text) else ""
        opening = body[:60]
        context = section_context(heading + body)
        year = context.year or ""
        if _FORMAT.search(body[:20]):
            kind, title = SectionKind.FORMAT, "会议形式"
        elif index == 0 and section.header is None and re.search(r"召开|举行|开幕", sentences(
                section.paragraphs[0])[0].text):
            kind, title = SectionKind.OPENING, "会议概况"
        elif section is task_section or (_TASKS.search(heading + opening) and task_section is None):
            kind, title = SectionKind.TASKS, f"{year}年重点任务" if year else "重点任务"
        elif task_section is not None and _PLAN_OPENING.match(body):
            kind, title = SectionKind.TASKS, _first_words(section)  # 新的一年，…: more of the plan
        elif _TARGETS.search(opening):
            kind, title = SectionKind.REQUIREMENTS, f"{year}年主要目标" if year else "主要目标"
        elif _REQUIREMENTS.search(body) or re.match(r"(?:会议|大会)要求", body):
            kind, title = SectionKind.REQUIREMENTS, f"{year}年总体要求" if year else "总体要求"
        elif multi_year := _MULTI_YEAR.search(opening):
            label = multi_year.group()
            kind, title = SectionKind.MULTI_YEAR_REVIEW, f"{label.removesuffix('来')}工作回顾"
        elif _REVIEW.search(opening) or _past_year(opening, latest):
            kind, title = SectionKind.REVIEW, f"{year}年工作回顾" if year else "工作回顾"
        else:
            kind, title = SectionKind.OTHER, _first_words(section)
        if section.header is not None and not _STANDALONE.match(section.header.text):
            title = _HEADING_NUMBER.sub("", section.header.text) or section.header.text
        section.kind = kind
        section.title = title
        section.summary = _summary(section)
        base = kind.value.replace("_", "-") + (f"-{year}" if year and kind in (
            SectionKind.REVIEW, SectionKind.REQUIREMENTS, SectionKind.TASKS) else "")
        section.id = base if base not in used else f"{base}-{index + 1}"
        used.add(section.id)


def _past_year(opening: str, latest: int) -> bool:
    """Whether a section opens with a year before the latest the text names (2022年… in a 2023 report)."""
    years = [int(y) for y in re.findall(r"(?<![0-9])(?:19|20)[0-9]{2}(?=年)", opening[:20])]
    return bool(years) and years[0] < latest


def _first_words(section: DraftSection) -> str:
    """The first clause of a section, whole when it is short; a long one is cut at a word's end (never
    inside a number: …增长7.3% is not cut to …增长7.)."""
    first = sentences(section.paragraphs[0])[0].text
    heading = _DASH_HEADING.match(first)
    if heading:
        return heading.group(1)  # 动能向新——新能源汽车…: the paragraph's own heading
    clause = re.split(r"[，,。；;：:！!？?]", first)[0]
    if first[len(clause): len(clause) + 1] in ("：", ":"):
        clause = re.sub(r"(?:的)?(?:是|为|如下|包括)$", "", clause)  # 主要措施如下： -> 主要措施
    if len(clause) <= TITLE_LIMIT:
        return clause or "段落"
    cut = 30
    while cut > 1 and (re.match(r"[0-9０-９.．%％]", clause[cut]) or re.match(r"[0-9０-９.．]", clause[cut - 1])):
        cut -= 1
    return clause[:cut]


def _summary(section: DraftSection) -> str:
    first = sentences(section.paragraphs[0])[0].text
    return first if len(first) <= 80 else first[:79] + "…"
