"""Drafting a fact's label from the words around its figure: the measured subject before it
(规上工业增加值增长5.7% -> 规上工业增加值增速), or the noun after it (2920个重点项目开工建设)."""

from __future__ import annotations

import re

from viewer.model.draft.figures import SCOPE_PATTERN
from viewer.model.types import FactKind, Scope

# Words before a subject that say when, where or how, not what is measured.
_LEAD = re.compile(
    r"^(?:[、，,和及与并且]|其中|同时|此外|另外|(?:今年|一年|去年|上年|当年)?以来|一年来|全年|今年|去年|上年|当年|"
    r"现有|目前|累计|共有|我国|全区|我区|全州|全县|(?:比|较)(?:上年|去年)(?:末|同期)?|同比|环比|"
    r"(?:19|20)\d{2}\s*年?\s*(?:到|至|—|–|-|~)\s*(?:19|20)\d{2}\s*年|"
    r"(?:19|20)\d{2}\s*年(?:以来|全年|底|末|上半年|下半年|前三季度|[0-9]{1,2}[—–\-~至到]+[0-9]{1,2}月|[0-9]{1,2}月)?|"
    r"[0-9]{1,2}[—–\-~至到]+[0-9]{1,2}月|上半年|下半年|前三季度|一季度|力争到|力争|争取|确保|预计|"
    r"全省|我省|全市|我市|全国|东部地区|世界|全球|在|从|由)+"
)
# Verbs, qualifiers and scope words between a subject and its figure.
_TAIL = re.compile(
    r"(?:连续\d*年|连续多年|多年|连续|稳居|位居|保持|跃居|跃升至|跃升到|跃升为|上升至|上升到|提升至|提升到|提高到|提高至|"
    r"增加到|增加至|增长到|增至|升至|降至|降到|下降到|减少到|居于|居|位列|排名|排在|排|列|位于|处于|达到|达|"
    r"约为|为|是|实现|完成|突破|超过|超|逾|同比|环比|比上年|较上年|比去年|较去年|年均|分别|累计|合计|共计|共|"
    r"新增|均|约|近|接近|将近|从|由|增长|增加|提高|提升|上升|下降|降低|减少|回落|高于|低于|快于|的|已经|已|"
    r"全国|东部地区|东部|全省|世界|全球|国内|国际|以上|仍|稳定|保持在|进入|跻身|跃入|预计|预期|有望|"
    r"(?:扩大|增加|增长|提高|提升|上升|下降|降低|减少|缩小|突破|超过)(?:到|至)|"
    r"(?:19|20)\d{2}年(?:底|末)?|" + SCOPE_PATTERN + r")$"
)
# A heading written before a paragraph's first words (动能向新——, 一、, （二）): not part of any label.
HEADING_PREFIX = re.compile(r"^(?:[^，,。；;：:0-9]{1,16}——|[一二三四五六七八九十]{1,3}[、.．]|"
                            r"[（(][一二三四五六七八九十]{1,3}[)）])")
# Provinces and regions: a label names what is measured, not where (安徽省规上工业增加值 -> 规上工业增加值).
PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
             "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾")
_REGION_SUFFIX = r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)"
# Verbs between what is measured and its measure (家电产业实现产值 -> 家电产业产值).
_INNER_VERB = re.compile(r"(?<=[\u4e00-\u9fff])(?:实现|完成)(?=[\u4e00-\u9fff]{2})")
# Nouns that name what is measured; they end a list's last item and apply to every item.
MEASURE_NOUNS = (
    "增加值", "营业收入", "营收", "主营业务收入", "产值", "总产值", "产量", "出货量", "销量", "销售额", "投资",
    "收入", "利润", "利润总额", "出口", "进口", "出口额", "规模", "数量", "比重", "占比", "用电量", "能耗",
    "产能", "市场占有率", "增速", "总产值", "工业总产值", "增加值总量", "销售收入", "应税销售收入", "吞吐量",
    "出口交货值", "营业收入规模", "产销量", "装机容量", "装机量",
)
# Subjects too vague to stand alone; the subject of the sentence is put before them.
GENERIC = {"", "增速", "增幅", "降幅", "规模", "总量", "总数", "数量", "总额", "比重", "占比", "营收", "排名", "位次",
           "总体", "整体", "其中", "分别", "净增", "新增", "增加", "减少", "净增加", "累计"}
# Verbs that open a count's subject without being what is counted (建成5G基站 counts 5G基站); 新增 / 新建
# stay (they count only the new ones).
COUNT_VERB = re.compile(r"^(?:累计)?(?:建成|认定|培育|拥有|共有|已建成|已有|获批|创建)(?=[\u4e00-\u9fff“A-Za-z0-9]{2})")
# Such a verb alone (累计建成8.3万个): what it counts is in the clause before.
BARE_COUNT_VERB = re.compile(r"(?:累计)?(?:建成|认定|培育|拥有|共有|已建成|已有|获批|创建)")
# A subject that starts with a verb has its real subject in an earlier clause.
PREDICATE = re.compile(r"^(?:成为|形成|实现|完成|达到|是|位居|跃居)")
# The comparison a percentage-point figure states: 比全国高, 较2021年提高, 高于全部规上工业.
COMPARED = re.compile(r"(?:高于|低于|快于|慢于|(?:比(?![重例率])|较)[^，,。；;]{0,12}?(?:高|低|快|慢|提高|提升|上升|"
                      r"下降|降低|回落|收窄|扩大|增加|减少|加快|放缓))[^，,。；;]*$")
SCOPE_ZH = {Scope.NATIONAL: "全国", Scope.EASTERN_REGION: "东部地区", Scope.WORLD: "世界", Scope.PROVINCE: "全省"}
_HEAD_CUT = re.compile(r"[“”\"‘’《（(]|得到|实现|成为|形成|保持|加快|持续|不断|进一步|迈上|发生|取得|全面|稳步|显著")
_GROWTH_SUFFIX = ("增速", "增幅", "增长率", "降幅", "增长")


def region_pattern(names: list[str]) -> re.Pattern[str]:
    """The report's own region names (from its publisher: 舟山市…局 -> 舟山市) and the provinces, at the start."""
    own = sorted({re.escape(n) for n in names if n}, key=len, reverse=True)
    provinces = f"(?:{'|'.join(PROVINCES)}){_REGION_SUFFIX}"
    return re.compile(rf"^(?:{'|'.join([*own, provinces])})(?=[\u4e00-\u9fffA-Za-z0-9“])")


_DEFAULT_REGIONS = region_pattern([])


def subject_before(prefix: str, regions: re.Pattern[str] = _DEFAULT_REGIONS) -> str:
    """The measured subject in the words before a figure: heading, period, region, scope and verb words
    trimmed away."""
    subject = HEADING_PREFIX.sub("", prefix.strip(" 　、，,"), count=1)
    while True:
        trimmed = _LEAD.sub("", subject, count=1)
        trimmed = regions.sub("", trimmed, count=1)
        trimmed = _TAIL.sub("", trimmed, count=1).strip(" 　、，,")
        if trimmed == subject:
            return _INNER_VERB.sub("", subject, count=1).removesuffix("的")
        subject = trimmed


def noun_after(suffix: str) -> str:
    """The words after a count (2920个|重点项目开工建设), up to the clause's end or the next item (、)."""
    noun = re.split(r"[、]", re.sub(r"^[的]", "", suffix).strip(" 　"), maxsplit=1)[0]
    return noun[:40]


def is_enumeration(subject: str) -> bool:
    """Whether a subject is a list of names (青拓集团、紫金矿业、宁德时代) or ends with 等."""
    return subject.endswith("等") or "、" in subject


# Two measures written as one word: 产销分别… / 进出口分别… give each figure its own.
_PAIRED_MEASURES = {"产销量": ("产量", "销量"), "产销": ("产量", "销量"), "进出口额": ("进口额", "出口额"),
                    "进出口": ("进口", "出口")}


def enumeration(subject: str) -> list[str]:
    """The items of a list subject (高技术产业、装备制造业增加值 -> [高技术产业, 装备制造业增加值])."""
    head = re.split(r"分别|均|都", subject)[0]
    return [p for p in re.split(r"、|和|及|与|以及", head) if p]


def split_items(subject: str, n: int) -> list[str] | None:
    """``高技术产业、装备制造业增加值``, 2 -> [高技术产业增加值, 装备制造业增加值]: a shared measure noun is given
    to every item; ``己内酰胺、钨材料等产量`` splits the same way; ``营业收入超百亿元、超千亿元企业`` gives each
    item the first one's head and the last one's noun. None when the list has not ``n`` items."""
    parts = enumeration(subject)
    if len(parts) == 1 and n == 2:
        for word, pair in _PAIRED_MEASURES.items():
            if parts[0].endswith(word):
                stem = parts[0][: -len(word)]
                return [stem + pair[0], stem + pair[1]]
    if len(parts) != n or n < 2:
        return None
    last = parts[-1]
    noun = next((w for w in sorted(MEASURE_NOUNS, key=len, reverse=True) if last.endswith(w) and last != w), "")
    if "等" in last:
        item, _, rest = last.partition("等")
        parts[-1] = item
        noun = rest or noun
    elif noun:
        parts[-1] = last[: -len(noun)]
        # 新能源汽车、光伏产业产值: the sector word before the measure is shared too.
        sector = re.search(r"(产业|行业)$", parts[-1])
        if sector and not any(re.search(r"(业|品)$", p) for p in parts[:-1]):
            noun = sector.group() + noun
            parts[-1] = parts[-1][: -len(sector.group())]
    else:
        # 营业收入超百亿元、超千亿元企业: parallel modifiers (超…) share the first item's head and the last one's noun.
        first, lead = parts[0], parts[-1][:1]
        at = first.find(lead, 1) if lead else -1
        if at > 0 and all(p.startswith(lead) for p in parts[1:]):
            head_word, core = first[:at], first[at:]
            tail = last[len(core):] if len(last) > len(core) else ""
            return [head_word + (p if not tail or p.endswith(tail) else p + tail) if i else first + tail
                    for i, p in enumerate(parts)]
    return [p if p.endswith(noun) else p + noun for p in parts]


def sentence_head(first_clause: str, regions: re.Pattern[str] = _DEFAULT_REGIONS) -> str:
    """The opening noun phrase of a sentence: its first clause cut before a quote mark or a verb."""
    m = _HEAD_CUT.search(first_clause)
    head = first_clause[: m.start()] if m else first_clause
    return subject_before(head, regions)[:20]


def compose(kind: FactKind, subject: str, *, scope: Scope, yearly: bool, down: bool, points: bool,
            verb: str) -> str:
    """The label of a fact: the subject with what the kind measures (增速, 占比, 全国排名)."""
    if kind == FactKind.GROWTH_RATE:
        if points:
            if COMPARED.search(subject):
                return f"{subject}幅度"
            return f"{subject}{verb or ('下降' if down else '提高')}幅度"
        if subject.endswith(_GROWTH_SUFFIX):
            return subject
        return subject + ("年均" if yearly else "") + ("降幅" if down else "增速")
    if kind == FactKind.SHARE:
        if re.search(r"(率|比重|占比|比例|份额|强度|亏损面)$", subject):
            return subject
        return subject + ("比重" if "占" in subject else "占比")
    if kind == FactKind.RANK:
        return subject + SCOPE_ZH[scope] + "排名"
    return subject
