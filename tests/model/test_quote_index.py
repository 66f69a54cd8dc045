"""The one-pass quote finder gives the same answers as one ``str.find`` per quote.

``first_occurrences`` is compared with ``str.find`` on random texts and quotes (overlapping, repeated,
missing, longer than the passage, outside the BMP), also with its shortcuts turned off so the automaton and
its rebuilds are what is checked. ``check_quotes`` and ``Provenance`` are compared with the naive versions
they replaced (tests/model/quote_reference.py) on random reports: sections named, unknown or empty, quotes
missing from the source or only outside their section, tasks and actions whose phrases recur.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.model.quote_reference import naive_check_quotes, naive_keys_at, naive_spans
from viewer.model import quote_index
from viewer.model.checks import check_quotes
from viewer.model.loader import load_report
from viewer.model.paths import default_report_path
from viewer.model.provenance import Provenance
from viewer.model.quote_index import first_occurrences
from viewer.model.types import SectionKind

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# A small alphabet makes repeats and overlaps common; '😀' is outside the BMP, '\r\n' a Windows line end.
ALPHABET = "ab中😀\r\n"
texts = st.text(alphabet=ALPHABET, max_size=80)
MODES = ("default", "automaton", "rebuild", "windows", "windows-rebuild", "groups", "groups-rebuild")


@contextmanager
def mode(name: str) -> Iterator[None]:
    """``automaton``: never fall back to ``str.find``; ``rebuild``: also rebuild after every useless match;
    ``windows``: the automaton handed the smallest windows (twice the longest quote), so most matches cross one;
    ``groups``: an automaton per quote."""
    with (
        mock.patch.object(quote_index, "FIND_FACTOR", 0 if name != "default" else quote_index.FIND_FACTOR),
        mock.patch.object(quote_index, "_waste_budget",
                          (lambda _remaining: 0) if name.endswith("rebuild") else quote_index._waste_budget),
        mock.patch.object(quote_index, "WINDOW", 1 if name.startswith("windows") else quote_index.WINDOW),
        mock.patch.object(quote_index, "GROUP_CHARS", 1 if name.startswith("groups") else quote_index.GROUP_CHARS),
        mock.patch.object(quote_index, "GROUP_SHARE",
                          10**9 if name.startswith("groups") else quote_index.GROUP_SHARE),
    ):
        yield


def quotes_of(source: str) -> st.SearchStrategy[str]:
    """Quotes that are in the source (any slice, so overlapping and repeated ones) or mostly not."""
    n = len(source)
    sliced = st.tuples(st.integers(0, n), st.integers(0, 12)).map(lambda p: source[p[0]:p[0] + p[1]])
    return st.one_of(sliced, sliced, st.text(alphabet=ALPHABET, max_size=6))


@pytest.mark.parametrize("name", MODES)
@SETTINGS
@given(data=st.data(), text=texts)
def test_first_occurrences_agree_with_find(name: str, data: st.DataObject, text: str) -> None:
    quotes = data.draw(st.lists(quotes_of(text), max_size=30))
    start = data.draw(st.none() | st.integers(-90, 90))
    end = data.draw(st.none() | st.integers(-90, 90))
    args = (start if start is not None else 0, end)
    expected = {q: text.find(q, *args) for q in quotes}
    with mode(name):
        assert first_occurrences(text, quotes, *args) == {q: at for q, at in expected.items() if at >= 0}


def test_a_recurring_quote_is_dropped_from_the_automaton_once_found() -> None:
    # "ab" occurs 10,000 times before "zz": after its first hit the scan rebuilds without it.
    text = "ab" * 10_000 + "zz"
    quotes = ["ab", "zz", "missing"] + [f"q{i}" for i in range(20)]
    built: list[set[str]] = []
    real_build = quote_index._build

    def spy(remaining: set[str]):
        built.append(set(remaining))
        return real_build(remaining)

    with mock.patch.object(quote_index, "_build", spy), mock.patch.object(quote_index, "FIND_FACTOR", 0):
        found = first_occurrences(text, quotes)
    assert found == {"ab": 0, "zz": 20_000}
    assert len(built) == 2
    assert "ab" in built[0] and "ab" not in built[1] and "zz" in built[1]


def test_a_quote_straddling_the_restart_point_is_found() -> None:
    # "b" recurs and forces a rebuild at its second hit, in the middle of "aab...c", whose start lies before.
    text = "xbxbaabbbbbbbc"
    with mock.patch.object(quote_index, "FIND_FACTOR", 0), mock.patch.object(quote_index, "_waste_budget",
                                                                              lambda _r: 0):
        assert first_occurrences(text, ["b", "aabbbbbbbc", "q1", "q2", "q3"]) == {"b": 1, "aabbbbbbbc": 4}


def test_the_automaton_is_handed_windows_not_the_whole_passage() -> None:
    """It copies what it searches at 4 bytes a character: a 1 M-character passage was 4 MB more (+270 MiB
    for a 32 MB report); now a window of WINDOW characters at a time, and every quote is still found."""
    text = "".join(f"第{i}项指标增长" for i in range(100_000))[:1_000_000]
    quotes = [f"第{i}项指标增长" for i in range(0, 100_000, 500)] + ["不在其中的句子"]
    expected = {q: text.find(q) for q in quotes if q in text}
    tracemalloc.start()
    try:
        with mock.patch.object(quote_index, "FIND_FACTOR", 0):
            found = first_occurrences(text, quotes)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == expected and len(found) > 150
    assert peak < 1_000_000 < 4 * len(text)


def test_the_automaton_is_built_for_a_group_of_quotes_at_a_time() -> None:
    """An automaton takes some 25 bytes per quote character (7.4 MiB for the 10k-fact report's 14,500 quotes, the
    most validate held at once): it is built for quotes of at most GROUP_CHARS characters (or 1/GROUP_SHARE of a
    longer passage) in all, one after the other, and every quote is still found."""
    text = "".join(f"第{i}项指标增长" for i in range(200_000))
    quotes = [f"第{i}项指标增长" for i in range(0, 200_000, 7)] + ["不在其中的句子"]
    expected = {q: text.find(q) for q in quotes if q in text}
    built: list[int] = []
    real_build = quote_index._build

    def spy(remaining: set[str]):
        built.append(sum(map(len, remaining)))
        return real_build(remaining)

    with mock.patch.object(quote_index, "_build", spy), mock.patch.object(quote_index, "FIND_FACTOR", 0):
        assert first_occurrences(text, quotes) == expected
    limit = max(quote_index.GROUP_CHARS, len(text) // quote_index.GROUP_SHARE)
    longest = max(map(len, quotes))
    assert sum(map(len, quotes)) > 2 * limit  # more than two groups' worth
    assert len(built) >= 3 and max(built) < limit + longest


# --- whole reports ---------------------------------------------------------------------------------------

SECTION_IDS = ["s0", "s1", "s2"]


@st.composite
def reports(draw: st.DrawFn) -> tuple[SimpleNamespace, str]:
    """A source text and a report-shaped object quoting it (only what the quote checks read)."""
    source = draw(texts)
    quote = quotes_of(source)
    section_text = st.one_of(quote.filter(bool), st.text(alphabet=ALPHABET, min_size=1, max_size=8))
    sections = [
        SimpleNamespace(id=draw(st.sampled_from(SECTION_IDS)), kind=draw(st.sampled_from(list(SectionKind))),
                        text=draw(section_text))
        for _ in range(draw(st.integers(0, 3)))
    ]
    section_ref = st.sampled_from([None, "", "unknown", *SECTION_IDS])
    facts = [SimpleNamespace(id=f"f{i}", quote=draw(quote), section=draw(section_ref))
             for i in range(draw(st.integers(0, 8)))]
    enterprises = [
        SimpleNamespace(id=f"e{i}", achievements=[SimpleNamespace(quote=draw(quote), section=draw(section_ref))
                                                  for _ in range(draw(st.integers(1, 3)))])
        for i in range(draw(st.integers(0, 2)))
    ]
    tasks = [
        SimpleNamespace(id=f"t{i}", quote=draw(quote),
                        actions=[SimpleNamespace(id=f"t{i}.a{j}", quote=draw(quote))
                                 for j in range(draw(st.integers(1, 4)))])
        for i in range(draw(st.integers(0, 4)))
    ]
    fact_ids = [f.id for f in facts] + ["nope"]
    honours = [SimpleNamespace(id=f"h{i}", count_fact=draw(st.sampled_from(fact_ids)))
               for i in range(draw(st.integers(0, 2)))]
    report = SimpleNamespace(sections=sections, facts=facts, enterprises=enterprises, tasks=tasks, honours=honours)
    return report, source


@pytest.mark.parametrize("name", MODES)
@SETTINGS
@given(case=reports())
def test_check_quotes_agrees_with_the_naive_check(name: str, case: tuple[SimpleNamespace, str]) -> None:
    report, source = case
    with mode(name):
        assert check_quotes(report, source) == naive_check_quotes(report, source)


@pytest.mark.parametrize("name", MODES)
@SETTINGS
@given(case=reports())
def test_check_quotes_given_the_provenance_agrees_with_the_naive_check(name: str,
                                                                       case: tuple[SimpleNamespace, str]) -> None:
    """The quote check takes the provenance's verdict when every quote is in place: the same findings, none."""
    report, source = case
    with mode(name):
        found = Provenance(report, source)
        assert check_quotes(report, source, found) == naive_check_quotes(report, source)
    # The verdict may be cautious (two sections under one id: searched), never wrong.
    assert not found.every_quote_in_place or naive_check_quotes(report, source) == []


def test_a_report_whose_quotes_are_all_in_place_is_not_searched_twice() -> None:
    loaded = load_report(default_report_path())
    report, source = loaded.report, loaded.source_text
    assert loaded.provenance is not None and loaded.provenance.every_quote_in_place
    with mock.patch.object(quote_index, "_scan", side_effect=AssertionError("searched again")), \
            mock.patch("viewer.model.checks.first_occurrences", side_effect=AssertionError("searched again")):
        assert check_quotes(report, source, loaded.provenance) == []
    broken = source.replace("工业", "工 业")
    assert not Provenance(report, broken).every_quote_in_place


@pytest.mark.parametrize("name", MODES)
@SETTINGS
@given(case=reports())
def test_provenance_agrees_with_the_naive_lookup(name: str, case: tuple[SimpleNamespace, str]) -> None:
    report, source = case
    with mode(name):
        prov = Provenance(report, source)
    expected = naive_spans(report, source)
    assert {key: prov.span(key) for key in expected} == expected
    keys = {s.id for s in report.sections} | {f.id for f in report.facts} | {t.id for t in report.tasks}
    keys |= {a.id for t in report.tasks for a in t.actions} | {h.id for h in report.honours}
    keys |= {f"{e.id}#{i}" for e in report.enterprises for i in range(len(e.achievements))}
    assert {key for key in keys if prov.span(key) is not None} == set(expected)
    section_ids = {s.id for s in report.sections if s.id in expected}
    for offset in range(len(source) + 1):
        assert prov.keys_at(offset) == naive_keys_at(expected, section_ids, offset)


def test_the_bundled_report_gives_the_same_findings_and_spans_as_before() -> None:
    loaded = load_report(default_report_path())
    report, source = loaded.report, loaded.source_text
    assert check_quotes(report, source) == naive_check_quotes(report, source) == []
    broken = source.replace("工业", "工 业")  # many quotes now missing, some only outside their section
    assert check_quotes(report, broken) == naive_check_quotes(report, broken) != []
    for text in (source, broken):
        expected = naive_spans(report, text)
        prov = Provenance(report, text)
        assert {key: prov.span(key) for key in expected} == expected
