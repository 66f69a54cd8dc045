"""Large texts for the drafting limits (tests/model/test_draft_big.py, bench/draft_big.py): the samples'
paragraphs in random order, as many as make the size asked for, with figure-free paragraphs of plan
prose mixed in when asked (a report's requirements and tasks state few figures)."""

from __future__ import annotations

import random

from tests.model.draft_samples.classes import CLASS_SAMPLES
from tests.model.draft_samples.heldout import HELD_OUT_SAMPLES
from tests.model.draft_samples.samples import SAMPLES

HEAD = "大文本起草测试\n来源：测试　时间：2025-01-10 10:00\n\n"
# Plan prose without figures, written for these tests.
PROSE = (
    "会议要求，全系统要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹推进产业链供应链优化升级，"
    "持续深化制造业数字化转型，切实抓好安全生产和风险防范，以高质量党建引领保障工业和信息化事业高质量发展。",
    "要聚焦重点产业链，健全链长制工作机制，强化上下游协同配套，推动龙头企业与中小企业融通发展，"
    "加快补齐关键环节短板，着力提升产业链供应链韧性和安全水平。",
    "要持续优化营商环境，深化政务服务改革，完善惠企政策直达机制，主动靠前服务企业，"
    "帮助企业解决用工、用地、融资等方面的实际困难，进一步稳定市场预期、提振发展信心。",
)


def sample_paragraphs() -> list[str]:
    return [line for s in (*SAMPLES, *CLASS_SAMPLES, *HELD_OUT_SAMPLES)
            for line in s.text.splitlines()[2:] if line.strip()]


def big_text(size: int, *, one_paragraph: bool = False, prose: float = 0.0, seed: int = 13) -> str:
    """A text of about ``size`` bytes (UTF-8); ``prose``: the share of figure-free paragraphs."""
    paragraphs = sample_paragraphs()
    rnd = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        paragraph = rnd.choice(PROSE) if rnd.random() < prose else rnd.choice(paragraphs)
        out.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 1
    return HEAD + ("".join(out) if one_paragraph else "\n".join(out)) + "\n"
