"""The numbered tasks of a report (一是…二是…, 一、…, （一）…) with title, aim and actions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.model.draft.numbers import chinese_int
from viewer.model.draft.sections import DraftSection
from viewer.model.draft.text import Piece, clauses, sentences

_CN = "[一二三四五六七八九十]{1,3}"
# A marker opens a sentence: at a paragraph's start or after 。；：.
_INLINE = re.compile(rf"(?:^|(?<=[。；;：:！!？?]))\s*(?:(?P<n>{_CN})是|第(?P<m>{_CN})[，,、])")
_LINE = re.compile(
    rf"^(?:(?P<a>{_CN})、|[（(](?P<b>{_CN})[)）]|第(?P<c>{_CN})[，,、]|(?P<d>[0-9]{{1,2}})[.、．](?![0-9]))"
)
_EXPECTED = re.compile(rf"(?P<n>{_CN}|[0-9]{{1,2}})(?:个方面|项|大|方面)(?:的)?(?:重点|主要)?(?:任务|工作)")
_PREPOSITION = re.compile(r"^(?:以|在|通过|按照|围绕|对|聚焦|针对|面向|依托|借助|结合|根据|对标|立足|随着|坚持以)")
_ACTION_VERBS = frozenset(re.split(
    r"\s+",
    "突出 强化 培育 加大 健全 完善 推进 推动 促进 提升 提高 加快 加强 巩固 增强 优化 深化 实施 落实 开展 建设 打造 "
    "发展 构建 支持 引导 鼓励 激发 抓好 做好 做强 做优 做大 扩大 稳定 保障 创建 建立 实现 提供 组织 举办 引进 培养 "
    "壮大 拓展 拓宽 夯实 筑牢 防范 化解 统筹 深入 全面 持续 着力 坚决 严格 规范 延伸 补齐 锻造 瞄准 争创 服务 开拓 "
    "培优 育强 招引 攻关 强基 补短 锻长 育集 建生",
))


@dataclass
class DraftAction:
    """One action of a task: a clause (or a verb phrase of a 、-list) of the task's sentences."""

    piece: Piece
    id: str = ""


@dataclass
class DraftTask:
    """A numbered task: the heading sentence it opens with, its title and aim, and its actions."""

    number: int
    heading: Piece
    title: str
    aim: str
    actions: list[DraftAction] = field(default_factory=list)
    id: str = ""


@dataclass
class _Marker:
    number: int
    start: int  # where the marker begins
    body: int  # where the task's words begin (after 一是 / 一、)


def find_tasks(sections: list[DraftSection], source: str) -> tuple[DraftSection | None, list[DraftTask], int | None]:
    """The section holding the numbered tasks, the tasks, and how many the text announces (九个方面)."""
    best: tuple[int, int, DraftSection, list[_Marker]] | None = None
    for section in sections:
        run = _longest_run(_markers(section))
        if len(run) < 2:
            continue
        text = section.text(source)
        weight = 1 if re.search(r"任务|工作|重点|要", text[: max(1, run[0].start - section.start)]) else 0
        key = (weight, len(run))
        if best is None or key >= best[:2]:
            best = (*key, section, run)
    if best is None:
        return None, [], None
    section, run = best[2], best[3]
    found = [_task(m, run[i + 1].start if i + 1 < len(run) else section.end, source) for i, m in enumerate(run)]
    tasks = [t for t in found if t is not None]
    intro = source[section.start: run[0].start]
    expected = _EXPECTED.search(intro)
    count = (chinese_int(expected.group("n")) or int(expected.group("n"))) if expected and (
        expected.group("n").isdigit() or chinese_int(expected.group("n"))) else None
    return section, tasks, count


def _markers(section: DraftSection) -> list[_Marker]:
    found = []
    for p in section.paragraphs:
        line = _LINE.match(p.text)
        if line:
            n_text = next(g for g in line.groups() if g)
            n = int(n_text) if n_text.isdigit() else chinese_int(n_text)
            if n:
                found.append(_Marker(n, p.start, p.start + line.end()))
        for m in _INLINE.finditer(p.text):
            group = "n" if m.group("n") else "m"
            n = chinese_int(m.group(group))
            start = p.start + m.start(group) - (1 if group == "m" else 0)  # 第一，starts at 第
            if n and not (line and start == p.start):
                found.append(_Marker(n, start, p.start + m.end()))
    found.sort(key=lambda m: m.start)
    return found


def _longest_run(markers: list[_Marker]) -> list[_Marker]:
    """The longest run 1, 2, 3 … of markers in text order (the last of equally long runs): one pass, each
    marker continuing the latest run that ends just below its number."""
    best: list[_Marker] = []
    ending: dict[int, list[_Marker]] = {}  # number -> the latest run that ends with that number
    for m in markers:
        if m.number == 1:
            run = [m]
        elif m.number - 1 in ending:
            run = [*ending[m.number - 1], m]
        else:
            continue
        ending[m.number] = run
        if len(run) >= len(best):
            best = run
    return best


def _task(marker: _Marker, end: int, source: str) -> DraftTask | None:
    """The task a marker (一是…) opens; None when nothing but punctuation follows it (一是。)."""
    segment = Piece(marker.body, end, source[marker.body:end])
    sentence_list = [s for p in _lines(segment) for s in sentences(p)]
    if not sentence_list or not clauses(sentence_list[0]):
        return None
    heading_sentence = sentence_list[0]
    heading_text = heading_sentence.text.rstrip("。；;！!？?")
    heading = Piece(marker.start, heading_sentence.start + len(heading_text), source[marker.start:
                                                                                     heading_sentence.start
                                                                                     + len(heading_text)])
    parts = clauses(heading_sentence)
    title = parts[0].text
    aim_piece = next((c for c in parts if c.text.startswith("着力")), parts[1] if len(parts) > 1 else parts[0])
    actions = [a for s in sentence_list[1:] for a in _actions(s)]
    if not actions:
        actions = [DraftAction(c) for c in parts[1:]] or [DraftAction(heading_sentence)]
    return DraftTask(marker.number, heading, title, aim_piece.text, actions)


def _lines(piece: Piece) -> list[Piece]:
    out = []
    for m in re.finditer(r"[^\n]+", piece.text):
        stripped = m.group().strip(" \t\u3000\u00a0\r")
        if stripped:
            start = piece.start + m.start() + m.group().index(stripped)
            out.append(Piece(start, start + len(stripped), stripped))
    return out


def _actions(sentence: Piece) -> list[DraftAction]:
    """A sentence's clauses as actions: a lead-in (以拼的姿态…) joins the clause after it, a very short
    clause the one before; a clause that lists verb phrases (突出…、强化…、培育…) gives one action each."""
    merged: list[Piece] = []
    carry: Piece | None = None
    for c in clauses(sentence):
        if carry is not None:
            c = _sub(sentence, carry.start, c.end)
            carry = None
        elif _PREPOSITION.match(c.text) and not re.search(r"为抓手|为重点|为主线|为目标", c.text):
            carry = c
            continue
        if merged and 0 < len(c.text) < 4:
            merged[-1] = _sub(sentence, merged[-1].start, c.end)
            continue
        merged.append(c)
    if carry is not None:
        merged.append(carry)
    out: list[DraftAction] = []
    for piece in merged:
        out += [DraftAction(p) for p in _verb_list(piece)]
    return out


def _sub(sentence: Piece, start: int, end: int) -> Piece:
    return Piece(start, end, sentence.text[start - sentence.start: end - sentence.start])


def _verb_list(piece: Piece) -> list[Piece]:
    text = piece.text
    items = text.split("、")
    if len(items) >= 2 and all(len(i) >= 3 and i[:2] in _ACTION_VERBS for i in items):
        out, pos = [], piece.start
        for item in items:
            out.append(Piece(pos, pos + len(item), item))
            pos += len(item) + 1
        return out
    return [piece]


# What opens a plan's clause before its action: 新的一年，全省经信系统将…, 要…, 并….
_PLAN_LEAD = re.compile(r"^(?:[^，,。；;]{0,20}?(?:将|要|需|应)(?=[\u4e00-\u9fff]{2})|并|同时)")
_PLAN_ACTION = re.compile(r"^(?:力争|确保|争取|着力|全力|持续|加快|加强|深入|扎实|切实|大力|积极|稳步|全面|坚持|"
                          r"推进|推动|实施|强化|培育|优化|提升|完善|做好|抓好|聚焦|围绕|统筹|深化|扩大|构建|打造|"
                          r"新建|新增|建设|支持|引导|落实|开展|保障|提高|发展|促进|狠抓|突出|严格|健全|壮大)")


def plan_paragraph_tasks(sections: list[DraftSection]) -> list[DraftTask]:
    """Tasks of a plan written without numbers (新的一年，…将聚焦…，全力推进…，持续抓好…): one task per paragraph
    of the given planning sections that states actions, its actions the clauses that begin with one."""
    tasks: list[DraftTask] = []
    for section in sections:
        for paragraph in section.paragraphs:
            actions: list[DraftAction] = []
            for sentence in sentences(paragraph):
                for action in _actions(sentence):
                    text = _plan_action(action.piece.text)
                    if _PLAN_ACTION.match(text) or (text != action.piece.text and len(text) >= 4):
                        actions.append(action)
            if not actions:
                continue
            first = actions[0].piece
            title = _plan_action(first.text)
            aim = next((_plan_action(a.piece.text) for a in actions
                        if re.match(r"(?:要)?着力", a.piece.text)), title)
            tasks.append(DraftTask(len(tasks) + 1, first, title, aim, actions))
    return tasks


def _plan_action(clause: str) -> str:
    """A plan's clause from its action on (全省经信系统将坚持… -> 坚持…); one that opens with it stays."""
    return clause if _PLAN_ACTION.match(clause) else _PLAN_LEAD.sub("", clause, count=1)
