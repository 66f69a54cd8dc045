"""Scoring the drafter on the samples: recall, precision, and for every drafted fact that matches an
expected one, which of its fields are right (value, unit, label subject, kind, scope, qualifier, period,
comparison). Used by `make draft-score` (bench/draft_score.py) and by the tests.

Matching: an expected fact is paired with a drafted fact whose quote overlaps the expected fragment and
whose value has the same magnitude (a decline drafted as +3.2 instead of -3.2 is a wrong value, not a
miss); among those, the one that agrees on the most fields, then the largest overlap, wins. One-to-one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tests.model.draft_samples.samples import Expected, Sample
from viewer.model.draft import draft_report
from viewer.model.provenance import Provenance
from viewer.model.types import Fact, Report

FIELDS = ("value", "unit", "subject", "kind", "scope", "qualifier", "period", "comparison")
CORE = ("value", "unit", "subject")

# Words a label adds to its subject to say what is measured of it (增速, 占比, 全国排名, 目标): taken off the
# end of both the drafted label and the expected subject before they are compared.
_LABEL_TAIL = re.compile(
    r"(?:目标|排名|位次|全国|全省|全市|东部地区|世界|全球|年均增速|年均增长|增速|增幅|降幅|增长率|增长|幅度|"
    r"提高|提升|上升|下降|降低|减少|增加|较上年|比上年|同比)$"
)


def tidy_label(label: str) -> str:
    """A label or subject without the words that say what of it is measured, and without blanks."""
    text = re.sub(r"\s+", "", label)
    while True:
        shorter = _LABEL_TAIL.sub("", text)
        if shorter == text or not shorter:
            return text
        text = shorter


def subject_matches(label: str, expected: str) -> bool:
    """Whether a drafted label names the expected subject (one of its |-separated alternatives)."""
    drafted = tidy_label(label)
    return any(drafted == tidy_label(option) for option in expected.split("|"))


def fact_period(fact: Fact) -> str | None:
    return fact.period or (fact.period_label.zh if fact.period_label else None)


def field_checks(e: Expected, f: Fact) -> dict[str, bool]:
    """Each field of a drafted fact: right or wrong against the expected fact."""
    before = f.comparison.from_value if f.comparison is not None else None
    return {
        "value": math.isclose(f.value, e.value, rel_tol=1e-9, abs_tol=1e-12),
        "unit": f.unit == e.unit,
        "subject": subject_matches(f.label.zh, e.subject),
        "kind": f.kind.value == e.kind,
        "scope": f.scope.value == e.scope,
        "qualifier": f.qualifier.value == e.qualifier,
        # The period as the text words it (五年来) or the years it means (2018–2022): either is right.
        "period": e.period in (f.period, f.period_label.zh if f.period_label else None),
        "comparison": (before is None and e.before is None) or (
            before is not None and e.before is not None and math.isclose(before, e.before, rel_tol=1e-9)),
    }


def _got(f: Fact, name: str) -> str:
    return {
        "value": f"{f.value:g}", "unit": f.unit, "subject": f.label.zh, "kind": f.kind.value,
        "scope": f.scope.value, "qualifier": f.qualifier.value, "period": str(fact_period(f)),
        "comparison": f"from {f.comparison.from_value:g}" if f.comparison else "none",
    }[name]


def _want(e: Expected, name: str) -> str:
    return {
        "value": f"{e.value:g}", "unit": e.unit, "subject": e.subject, "kind": e.kind, "scope": e.scope,
        "qualifier": e.qualifier, "period": str(e.period),
        "comparison": f"from {e.before:g}" if e.before is not None else "none",
    }[name]


@dataclass
class SampleScore:
    """One sample: the pairs (expected, drafted fact, field checks), the expected facts missed, the extras."""

    sample: Sample
    report: Report
    pairs: list[tuple[Expected, Fact, dict[str, bool]]] = field(default_factory=list)
    missed: list[Expected] = field(default_factory=list)
    extra: list[Fact] = field(default_factory=list)

    def wrong_fields(self) -> list[str]:
        """Every wrong field as a line: sample, fragment, field, drafted -> expected."""
        lines = []
        for e, f, checks in self.pairs:
            for name in FIELDS:
                if not checks[name]:
                    lines.append(f"{self.sample.name}: {e.where} [{e.value:g}{e.unit}] {name}: "
                                 f"{_got(f, name)!r}, expected {_want(e, name)!r}")
        lines += [f"{self.sample.name}: {e.where} [{e.value:g}{e.unit}] MISSED" for e in self.missed]
        lines += [f"{self.sample.name}: {f.quote} [{f.value:g}{f.unit}] EXTRA ({f.label.zh})" for f in self.extra]
        return lines


def score_sample(sample: Sample) -> SampleScore:
    """Draft ``sample`` and pair its facts with the expected ones."""
    report = draft_report(sample.text, source_name="source.txt").report
    spans = Provenance(report, sample.text)
    drafted: list[tuple[Fact, int, int]] = []
    for f in report.facts:
        span = spans.span(f.id)
        assert span is not None, f"{sample.name}: {f.id}: quote not in the text"
        drafted.append((f, span.start, span.end))
    result = SampleScore(sample, report)
    free = list(drafted)
    for e in sample.facts:
        at = sample.text.find(e.where)
        assert at >= 0 and sample.text.count(e.where) == 1, f"{sample.name}: fragment not unique: {e.where}"
        end = at + len(e.where)
        best: tuple[tuple[int, int], tuple[Fact, int, int], dict[str, bool]] | None = None
        for item in free:
            f, start, stop = item
            overlap = min(end, stop) - max(at, start)
            if overlap <= 0 or not math.isclose(abs(f.value), abs(e.value), rel_tol=1e-9, abs_tol=1e-12):
                continue
            checks = field_checks(e, f)
            key = (sum(checks.values()), overlap)
            if best is None or key > best[0]:
                best = (key, item, checks)
        if best is None:
            result.missed.append(e)
        else:
            free.remove(best[1])
            result.pairs.append((e, best[1][0], best[2]))
    result.extra = [f for f, _s, _e in free]
    return result


@dataclass(frozen=True)
class Totals:
    """Counts over a set of samples, and the shares the goals are stated in."""

    expected: int
    drafted: int
    matched: int
    right: dict[str, int]
    core_right: int
    all_right: int

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.drafted if self.drafted else 1.0

    def share(self, count: int) -> float:
        """A count of matched facts as a share of the matched facts."""
        return count / self.matched if self.matched else 1.0


def totals(scores: Iterable[SampleScore]) -> Totals:
    expected = drafted = matched = core = every = 0
    right = dict.fromkeys(FIELDS, 0)
    for s in scores:
        expected += len(s.sample.facts)
        drafted += len(s.report.facts)
        matched += len(s.pairs)
        for _e, _f, checks in s.pairs:
            for name in FIELDS:
                right[name] += checks[name]
            core += all(checks[n] for n in CORE)
            every += all(checks.values())
    return Totals(expected, drafted, matched, right, core, every)


def table(rows: Sequence[tuple[str, Totals]]) -> list[str]:
    """The score as a text table: one row per class (and the total), one column per figure."""
    head = ["class", "facts", "recall", "precision", *FIELDS, "value+unit+subject", "all fields"]
    lines = [" | ".join(head), " | ".join("---" for _ in head)]
    for name, t in rows:
        cells = [name, str(t.expected), f"{t.recall:.1%}", f"{t.precision:.1%}",
                 *(f"{t.share(t.right[n]):.1%}" for n in FIELDS), f"{t.share(t.core_right):.1%}",
                 f"{t.share(t.all_right):.1%}"]
        lines.append(" | ".join(cells))
    return lines


def honour_titles(report: Report) -> list[str]:
    return [h.title.zh for h in report.honours]


def section_titles(report: Report) -> list[str]:
    return [s.title.zh for s in report.sections]
