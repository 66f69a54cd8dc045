"""Named enterprises, projects and bases: lists before a count (青拓集团、紫金矿业、宁德时代3家企业),
"X等N家/个" (安踏等21家企业, 中沙古雷乙烯等2920个重点项目), names with a company suffix before an honour
(宁德时代工厂、京东方工厂入选…), and X基地成为…; each with the clause as its achievement."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from viewer.model.draft.fact_types import DraftFact
from viewer.model.draft.numbers import chinese_int
from viewer.model.draft.text import Piece
from viewer.model.types import EntityKind

_NAME = r"[\u4e00-\u9fffA-Za-z0-9·]{2,16}"
_LIST = rf"{_NAME}(?:、{_NAME})*"
_ETC = re.compile(
    rf"(?P<names>{_LIST})等(?P<n>[0-9]+|[一二两三四五六七八九十]+)(?:多|余)?(?:家|个|项)(?P<rest>[^，,。；;]*)"
)
_COUNTED = re.compile(rf"(?P<names>{_NAME}(?:、{_NAME})+)(?P<n>[0-9]+|[一二两三四五六七八九十]+)家(?:企业|公司)")
_SUFFIX = (r"工厂|集团|公司|股份|科技|实业|控股|矿业|电子|汽车|新能源|药业|化工|钢铁|石化|能源|电气|机械|重工|纺织|"
           r"食品|光电|材料|电池|玻璃|时代")
_HONOURED = re.compile(
    rf"(?P<names>{_NAME}(?:{_SUFFIX})(?:、{_NAME}(?:{_SUFFIX}))*)(?:等)?(?:入选|获评|荣获|获得|上榜|入围|被认定为|被评为|成功入选)"
)
_BASE = re.compile(r"^(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,12}基地)(?:成为|入选|获批|获评|被认定|被列为)")
# Words that open a list without being part of its first name.
_LEAD = re.compile(r"^.*?(?:共有|拥有|包括|推动|支持|培育|引进|新增|其中|涌现出|涌现|形成|建成|开工|有)")
_NOT_NAMES = re.compile(r"^(?:企业|项目|产业|行业|工业|产品|我省|全省|国家|重点|龙头|骨干|一批|一些|部分)$|[省市县区]$")


@dataclass
class DraftEnterprise:
    """A named enterprise, project or base and the clauses that say what it achieved."""

    name: str
    kind: EntityKind
    achievements: list[tuple[Piece, list[DraftFact], str]] = field(default_factory=list)
    id: str = ""


# Words without which a clause names no enterprise, project or base (a cheap test before the patterns).
MAY_NAME = re.compile(r"等[0-9一二两三四五六七八九十]|[0-9一二两三四五六七八九十]家(?:企业|公司)|入选|获评|荣获|"
                      r"获得|上榜|入围|被认定为|被评为|基地")


def find_enterprises(clause_list: list[tuple[Piece, str]], facts: list[DraftFact]) -> list[DraftEnterprise]:
    """Enterprises named in the clauses (each with the id of its section), in order of first mention."""
    found: dict[str, DraftEnterprise] = {}
    seen: set[tuple[str, int]] = set()  # (name, clause start): each clause once per enterprise
    starts = [f.figure[0] for f in facts]  # facts are in text order
    for clause, section in clause_list:
        for name, kind in _names(clause.text):
            entity = found.get(name)
            if entity is None:
                entity = found[name] = DraftEnterprise(name, kind)
            if (name, clause.start) not in seen:
                seen.add((name, clause.start))
                first = bisect.bisect_left(starts, clause.start)
                last = bisect.bisect_right(starts, clause.end)
                stated = [f for f in facts[first:last] if f.figure[1] <= clause.end]
                entity.achievements.append((clause, stated, section))
    return list(found.values())


def _names(text: str) -> list[tuple[str, EntityKind]]:
    out: list[tuple[str, EntityKind]] = []
    for m in _ETC.finditer(text):
        rest = m.group("rest")
        kind = (EntityKind.PROJECT if re.match(r"(?:重点|重大)?(?:项目|工程)", rest)
                else EntityKind.BASE if rest.startswith("基地") else EntityKind.ENTERPRISE)
        if kind == EntityKind.ENTERPRISE and not re.match(r"(?:企业|公司|集团|工厂|制造业企业|工业企业)", rest):
            continue
        out += [(n, kind) for n in _split(m.group("names"))]
    for m in _COUNTED.finditer(text):
        names = _split(m.group("names"))
        n = int(m.group("n")) if m.group("n").isdigit() else chinese_int(m.group("n"))
        if n == len(names):
            out += [(name, EntityKind.ENTERPRISE) for name in names]
    for m in _HONOURED.finditer(text):
        out += [(re.sub(r"工厂$", "", n), EntityKind.ENTERPRISE) for n in _split(m.group("names"))]
    base = _BASE.match(text)
    if base:
        out.append((base.group("name"), EntityKind.BASE))
    seen: set[str] = set()
    unique = []
    for name, kind in out:
        if name and name not in seen and not _NOT_NAMES.search(name):
            seen.add(name)
            unique.append((name, kind))
    return unique


def _split(names: str) -> list[str]:
    items = names.split("、")
    items[0] = _LEAD.sub("", items[0]) or items[0]
    return [i for i in items if len(i) >= 2]
