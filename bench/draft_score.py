"""`make draft-score`: how well the drafter does on every sample of tests/model/draft_samples/.

Prints, per error class and over all samples: recall, precision, and the share of matched drafted facts
right on each field (value, unit, label subject, kind, scope, qualifier, period, comparison), on value +
unit + subject, and on all of them; then the honours, section titles and tasks the samples expect, and
every wrong field (``--quiet`` leaves that list out). ``--json FILE`` also writes the figures.

Goals (issue 13): recall >= 98 %, value+unit+subject >= 97 %, all fields >= 90 %.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.model.draft_samples.classes import CLASS_SAMPLES  # noqa: E402
from tests.model.draft_samples.heldout import HELD_OUT_SAMPLES  # noqa: E402
from tests.model.draft_samples.review_year import REVIEW_YEAR_SAMPLES  # noqa: E402
from tests.model.draft_samples.samples import SAMPLES  # noqa: E402
from tests.model.draft_samples.scoring import (  # noqa: E402
    FIELDS,
    SampleScore,
    Totals,
    honour_titles,
    score_sample,
    section_titles,
    table,
    totals,
)

GOALS = {"recall": 0.98, "value+unit+subject": 0.97, "all fields": 0.90}


def structure_lines(scores: list[SampleScore]) -> list[str]:
    """Honours, section titles and task counts against what the samples expect."""
    lines = []
    for s in scores:
        sample, report = s.sample, s.report
        if sample.honours is not None:
            got = honour_titles(report)
            ok = sorted(got) == sorted(sample.honours)
            lines.append(f"{sample.name}: honours {'right' if ok else 'WRONG'}: {got} "
                         f"(expected {list(sample.honours)})")
        if sample.titles is not None:
            got = section_titles(report)
            ok = got == list(sample.titles)
            lines.append(f"{sample.name}: section titles {'right' if ok else 'WRONG'}: {got}")
        if sample.tasks:
            ok = len(report.tasks) == sample.tasks and all(t.actions for t in report.tasks)
            lines.append(f"{sample.name}: tasks {'right' if ok else 'WRONG'}: {len(report.tasks)} "
                         f"(expected {sample.tasks})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="leave out the list of wrong fields")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)

    scores = [score_sample(sample) for sample in (*SAMPLES, *CLASS_SAMPLES, *HELD_OUT_SAMPLES, *REVIEW_YEAR_SAMPLES)]
    classes: dict[str, list[SampleScore]] = {}
    for s in scores:
        classes.setdefault(s.sample.kind, []).append(s)
    rows: list[tuple[str, Totals]] = [(name, totals(group)) for name, group in classes.items()]
    overall = totals(scores)
    rows.append(("all samples", overall))
    print(f"Drafter score over {len(scores)} samples ({overall.expected} expected facts, "
          f"{overall.drafted} drafted, {overall.matched} matched); field shares are of the matched facts.\n")
    print("\n".join(table(rows)))
    figures = {"recall": overall.recall, "value+unit+subject": overall.share(overall.core_right),
               "all fields": overall.share(overall.all_right)}
    print("\ngoals: " + ", ".join(
        f"{name} {figures[name]:.1%} (goal {goal:.0%}: {'met' if figures[name] >= goal else 'NOT met'})"
        for name, goal in GOALS.items()))
    print("\n" + "\n".join(structure_lines(scores)))
    if not args.quiet:
        wrong = [line for s in scores for line in s.wrong_fields()]
        print(f"\n{len(wrong)} wrong fields, misses and extras:")
        print("\n".join(wrong))
    if args.json:
        data = {name: {"expected": t.expected, "recall": t.recall, "precision": t.precision,
                       **{f: t.share(t.right[f]) for f in FIELDS},
                       "value+unit+subject": t.share(t.core_right), "all fields": t.share(t.all_right)}
                for name, t in rows}
        Path(args.json).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
