"""Worst cases of the one-pass quote finder (viewer/model/quote_index.py), timed against the alternatives.

Run: ``.venv/bin/python bench/quote_scan_worst_cases.py [large.yaml]``. With a report (e.g. the one
bench/make_large_report.py writes), case (a) threads a 2-character quote 100,000 times through its source
and looks for it among all the report's quotes; without one, (a) uses a synthetic text. Prints milliseconds;
nothing is written.
"""

from __future__ import annotations

import itertools
import random
import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from viewer.model import quote_index
from viewer.model.quote_index import first_occurrences


def _ms(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000.0


def _report_quotes(path: Path) -> tuple[str, set[str]]:
    from viewer.model.loader import load_report

    loaded = load_report(path)
    report = loaded.report
    quotes = {f.quote for f in report.facts} | {t.quote for t in report.tasks}
    quotes |= {a.quote for t in report.tasks for a in t.actions}
    quotes |= {a.quote for e in report.enterprises for a in e.achievements}
    return loaded.source_text, quotes


def main() -> None:
    rnd = random.Random(0)
    if len(sys.argv) > 1:
        source, quotes = _report_quotes(Path(sys.argv[1]))
    else:
        source = "".join(rnd.choice("工业企业项目增长发展创新数字") for _ in range(1_200_000))
        quotes = {source[i:i + 12] for i in range(0, len(source) - 12, 80)}
    step = len(source) // 100_000
    text_a = "".join(source[i:i + step] + "※＃" for i in range(0, step * 100_000, step))
    quotes_a = [*quotes, "※＃", "不在原文中的句子"]
    text_b = "a" * 1_000_000
    quotes_b = ["a" * k for k in range(1, 1401)] + ["b"]
    text_c = "".join(rnd.choice("ab") for _ in range(1_000_000))
    quotes_c = ["".join(p) for k in range(1, 11) for p in itertools.product("ab", repeat=k)] + ["c"]
    cases = [
        ("(a) 2-char quote x100,000 + a missing one", text_a, quotes_a, True),
        ("(b) a, aa, ... a*1400 over a*1,000,000 + a missing one", text_b, quotes_b, False),
        ("(c) binary strings of length 1-10 over random binary + a missing one", text_c, quotes_c, True),
    ]
    for name, text, qs, with_find in cases:
        ours = _ms(lambda text=text, qs=qs: first_occurrences(text, qs))
        line = f"{name}: {len(text):,} chars, {len(qs):,} quotes: {ours:.0f} ms"
        if with_find:
            line += f"; one find per quote {_ms(lambda text=text, qs=qs: [text.find(q) for q in qs]):.0f} ms"
        with mock.patch.object(quote_index, "_waste_budget", lambda _remaining: 10**15):
            cut = text[: len(text) // 20]
            slow = _ms(lambda cut=cut, qs=qs: first_occurrences(cut, qs))
            line += f"; never rebuilding, on 1/20 of the text: {slow:.0f} ms"
        print(line)


if __name__ == "__main__":
    main()
