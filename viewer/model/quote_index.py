"""Finding many quotes in a long text at once: the first occurrence of each, in one pass.

Checking each quote with ``quote in text`` costs a scan of the text per quote: 20,000 quotes in a
1.2 M-character source is seconds. An Aho–Corasick automaton (``pyahocorasick``) finds every quote in a
single pass, whatever their number.

The automaton reports *every* match, so a short quote that recurs (a 2-character phrase 100,000 times) or
quotes that end where others end would make the pass pay for matches nobody needs. Only the first
occurrence of each quote matters, so the scan counts the matches of quotes it has already found and, once
they outweigh the cost of building a new automaton, builds one without the found quotes and carries on
from where it stopped. A rebuild is paid for by at least as many wasted matches, and a quote found once
costs nothing after the next rebuild. Worst cases measured by bench/quote_scan_worst_cases.py (1-1.4 M
characters): a 2-character quote 100,000 times among the 19,500 quotes of the large report, 0.3 s (one
``find`` per quote: 10 s); "a", "aa", ... 1,400 "a"s over a million "a"s, 0.2 s (never rebuilding: 25 s for
a twentieth of it); every binary string of length 1-10 over a random binary text, 0.02 s.

Offsets are Python ``str`` offsets (code points), the same as ``str.find``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick

# ``str.find`` per quote costs about (quotes x passage) cheap steps; the automaton costs about (passage + total
# quote length) steps each some 30-200 times dearer (building it dominates). A few quotes in a short passage (a
# task's actions) or a few long ones (section texts) are found sooner with ``find``; the factor keeps ``find``
# within a constant of the automaton's cost, so it never turns into quotes x text.
FIND_FACTOR = 32

# Matches of already-found quotes tolerated before the automaton is rebuilt without them, at least; the
# budget also grows with the remaining quotes' total length (the cost of the rebuild it pays for).
MIN_WASTE_BUDGET = 4096

# Characters of the passage the automaton is handed at a time (matches ending there), at least twice the
# longest quote: its copy of a window is bounded, whatever the passage (see _matches).
WINDOW = 1 << 16

# Quote characters an automaton is built for at most (it takes some 25 bytes per character), unless the passage
# is over GROUP_SHARE times longer: then a group is 1/GROUP_SHARE of the passage (see first_occurrences).
GROUP_CHARS = 1 << 16
GROUP_SHARE = 16


def first_occurrences(text: str, quotes: Iterable[str], start: int = 0, end: int | None = None) -> dict[str, int]:
    """Where each quote first occurs wholly inside ``text[start:end]``, as an offset into ``text``.

    The same answer as ``{q: text.find(q, start, end) for q in quotes}`` without the quotes that are not
    found (the empty quote is found at ``start``, as ``str.find`` has it).
    """
    found: dict[str, int] = {}
    wanted = set(quotes)
    if "" in wanted:
        wanted.discard("")
        at = text.find("", start, end)  # its edge cases (a start past the end) are str.find's own
        if at >= 0:
            found[""] = at
    start, end, _ = slice(start, end).indices(len(text))  # negative offsets count from the end, as in find
    # A quote longer than the passage cannot be in it.
    wanted = {q for q in wanted if len(q) <= end - start}
    if not wanted:
        return found
    span = end - start
    # A quote at least 1/FIND_FACTOR of the passage long costs ``find`` no more than it would cost to add it to
    # the automaton (section texts); a few short quotes cost less to ``find`` than to build for (a task's actions).
    by_find = {q for q in wanted if FIND_FACTOR * len(q) >= span}
    by_automaton = wanted - by_find
    if len(by_automaton) * span <= FIND_FACTOR * (span + sum(map(len, by_automaton))):
        by_find |= by_automaton
        by_automaton = set()
    for quote in by_find:
        at = text.find(quote, start, end)
        if at >= 0:
            found[quote] = at
    if by_automaton:
        # Built for a group of quotes at a time, each automaton dropped before the next is built: one for all
        # 14,500 quotes of the 10k-fact report (305 k characters) took 7.4 MiB, the most validate held at once.
        # A group is at least 1/GROUP_SHARE of the passage long, so the passes over it cost at most GROUP_SHARE
        # characters per quote character (building costs 30-200 steps per character anyway).
        limit = max(GROUP_CHARS, span // GROUP_SHARE)
        group: set[str] = set()
        size = 0
        for quote in by_automaton:
            group.add(quote)
            size += len(quote)
            if size >= limit:
                _scan(text, group, start, end, found)
                group, size = set(), 0
        if group:
            _scan(text, group, start, end, found)
    return found


def _build(quotes: set[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for quote in quotes:
        automaton.add_word(quote, quote)
    automaton.make_automaton()
    return automaton


def _waste_budget(remaining: set[str]) -> int:
    """How many useless matches the scan tolerates before rebuilding for ``remaining`` (what a rebuild costs)."""
    return max(MIN_WASTE_BUDGET, sum(map(len, remaining)))


def _scan(text: str, remaining: set[str], start: int, end: int, found: dict[str, int]) -> None:
    """Record into ``found`` the first occurrence in ``text[start:end]`` of each quote of ``remaining``.

    ``remaining`` is consumed. Matches are yielded in order of their end; all matches of one quote have
    the same length, so the first one yielded is the one that starts first.
    """
    position = start
    while remaining:
        automaton = _build(remaining)
        budget = _waste_budget(remaining)
        wasted = 0
        stopped_at = -1
        for last, quote in _matches(automaton, text, position, end, max(map(len, remaining))):
            if quote in remaining:
                found[quote] = last - len(quote) + 1
                remaining.discard(quote)
                if not remaining:
                    return
            else:
                wasted += 1
                if wasted > budget:
                    stopped_at = last
                    break
        if stopped_at < 0:
            return  # the passage is exhausted; what is left does not occur in it
        # No remaining quote ends before ``stopped_at`` (it would have been found), but one may end there or
        # later having started earlier: resume far enough back to see the longest of them whole.
        position = max(start, stopped_at - max(map(len, remaining)) + 1)


def _matches(automaton: ahocorasick.Automaton, text: str, start: int, end: int,
             longest: int) -> Iterator[tuple[int, str]]:
    """(index of the last character, quote) of every match wholly inside ``text[start:end]``, in order of end.

    The automaton copies the string it searches (4 bytes a character): it is handed one window at a time,
    never the whole passage (a section or the source: +270 MiB for a 32 MB report). A window holds the
    matches ending in the next ``WINDOW`` characters, with the ``longest - 1`` characters before them, so a
    quote across the boundary is seen whole; a match ending before the window was yielded by the one before.
    """
    step = max(WINDOW, 2 * longest)
    chunk = start
    while chunk < end:
        stop = min(end, chunk + step)
        low = max(start, chunk - longest + 1)
        first = chunk - low  # matches ending before this index of the window were yielded already
        for last, quote in automaton.iter(text[low:stop]):
            if last >= first:
                yield low + last, quote
        chunk = stop
