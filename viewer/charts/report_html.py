"""The text parts of the whole-report PDF as Qt rich text (HTML subset), every data string escaped.

Pure functions from the report (and the checklist statuses) to HTML strings; the PDF writer lays them
out with QTextDocument, so text stays text (selectable, searchable) with the bundled font embedded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

from viewer.model.draft.sections import is_page_furniture
from viewer.model.format import comparison_text, fact_value, is_web_link, period_text
from viewer.model.provenance import Provenance
from viewer.model.source_display import SourceDisplay
from viewer.model.texts import MESSAGES, message
from viewer.model.types import Report

MARK_COLOUR = "#fde68a"


def label(key: str, lang: str) -> str:
    """A heading or column name of the PDF in ``lang`` (``pdf.<key>`` in viewer.model.texts)."""
    return message(f"pdf.{key}", lang)


def _field(key: str, lang: str) -> str:
    """A field's name with the colon of ``lang`` ('目标：', 'Aim: ')."""
    return message("pdf.field", lang, name=label(key, lang))


def status_name(status: str, lang: str) -> str:
    """A checklist status ('done') by name in ``lang``; an unknown one as it is."""
    key = f"status.{status}"
    return message(key, lang) if key in MESSAGES else status


def _e(text: str) -> str:
    return escape(text, quote=True)


# Tables are ruled under each row only: Qt draws a table's outer frame on down to the page's foot when the table
# goes on to the next page, a stray rule beside empty space.
_RULE = "border-bottom: 1px solid #bbbbbb"
_HEAD_RULE = "border-bottom: 1px solid #888888"
# A long table is several tables of this many rows, one under the other without a gap, each with the header: Qt
# draws a page of a table by going over every one of its cells, so one table of 10,000 rows made every page of
# it cost in proportion to the whole report (the PDF quadratic). The header repeats on every page as before.
ROWS_PER_TABLE = 200


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    head = "".join(
        f'<th align="left" style="{_HEAD_RULE}"{f" width={w}%" if widths else ""}>{_e(h)}</th>'
        for h, w in zip(headers, widths or [0] * len(headers), strict=True)
    )
    body = ["<tr>" + "".join(
        f'<td style="{_RULE}"{f" width={w}%" if widths and not any(headers) else ""}>{cell}</td>'
        for cell, w in zip(row, widths or [0] * len(row), strict=True)) + "</tr>" for row in rows]
    thead = f'<thead><tr style="background-color: #eeeeee">{head}</tr></thead>' if any(headers) else ""
    chunks = [body[i:i + ROWS_PER_TABLE] for i in range(0, len(body), ROWS_PER_TABLE)] or [[]]
    tables = []
    for i, chunk in enumerate(chunks):
        # Pieces after the first join the one above (no top margin); all but the last end without a gap.
        gap = ("margin-top: 0px; " if i else "") + ("margin-bottom: 0px; " if i < len(chunks) - 1 else "")
        tables.append(f'<table width="100%" cellspacing="0" cellpadding="4" border="0" '
                      f'style="{gap}border-collapse: collapse;">{thead}{"".join(chunk)}</table>')
    return "".join(tables)


def overview_html(report: Report, lang: str) -> str:
    """Title, meeting facts, section summaries and the table of figures."""
    meta = report.meta
    parts = [f"<h1>{_e(meta.title.get(lang))}</h1>", f"<h2>{_e(label('overview', lang))}</h2>"]
    unknown = message("unknown", lang)  # what the text does not state: never a made-up value
    rows = [
        (label("publisher", lang), meta.publisher.get(lang) if meta.publisher else unknown),
        (label("published", lang), meta.published.strftime("%Y-%m-%d %H:%M") if meta.published else unknown),
        (label("meeting", lang), meta.meeting_date.isoformat() if meta.meeting_date else unknown),
        (label("place", lang), meta.place.get(lang) if meta.place else unknown),
        (label("format", lang), meta.format.get(lang) if meta.format else unknown),
        (label("reporter", lang), meta.reporter.get(lang) if meta.reporter else unknown),
    ]
    cells = [[f"<b>{_e(k)}</b>", _e(v)] for k, v in rows]
    if meta.source_url:
        # The government page the text came from: a link the reader may follow (never fetched by the app).
        cells.append([f"<b>{_e(label('source_url', lang))}</b>", source_link(meta.source_url)])
    parts.append(_table(["", ""], cells, [25, 75]))
    if report.sections:
        parts.append(f"<h2>{_e(label('sections', lang))}</h2>")
        for section in report.sections:
            parts.append(f"<h3>{_e(section.title.get(lang))}</h3><p>{_e(section.summary.get(lang))}</p>")
    if report.facts:
        parts.append(f"<h2>{_e(label('facts', lang))}</h2>")
        rows2 = [[_e(f.label.get(lang)), _e(fact_value(f, lang)), _e(period_text(f, lang)),
                  _e(comparison_text(f, lang))] for f in report.facts if not f.draft]
        parts.append(_table([label(k, lang) for k in ("label", "value", "period", "change")], rows2,
                            [46, 20, 14, 20]))
    return "".join(parts)


def source_link(url: str) -> str:
    """``url`` as a link showing the address itself (never other words over it), or as plain text when it is not
    an http(s) address."""
    return f'<a href="{_e(url)}">{_e(url)}</a>' if is_web_link(url) else _e(url)


@dataclass(frozen=True)
class ReviewWork:
    """The reviewer's work, to print with the report: each action's owner, due date and note, and every review
    mark with its comment (``kind``, item, mark, comment), in the report's order."""

    items: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)  # action id -> (owner, due, note)
    marks: Sequence[tuple[str, str, str, str]] = ()


def review_html(work: ReviewWork, lang: str) -> str:
    """The review marks and comments as a table (after the checklist)."""
    if not work.marks:
        return ""
    rows = [[_e(message(f"pdf.kind_{kind}", lang) if f"pdf.kind_{kind}" in MESSAGES else kind), _e(item),
             _e(message(f"mark.{mark}", lang) if f"mark.{mark}" in MESSAGES else mark), _e(comment)]
            for kind, item, mark, comment in work.marks]
    return (f"<h2>{_e(label('review', lang))}</h2>"
            + _table([label(k, lang) for k in ("kind", "item", "mark", "comment")], rows, [12, 40, 12, 36]))


def tables_html(report: Report, lang: str) -> str:
    """The enterprise and honour tables."""
    parts = []
    if report.enterprises:
        parts.append(f"<h2>{_e(label('enterprises', lang))}</h2>")
        rows = [[_e(e.name.get(lang)), "<br/>".join(_e(a.text.get(lang)) for a in e.achievements)]
                for e in report.enterprises if not e.draft]
        parts.append(_table([label("name", lang), label("achievements", lang)], rows, [28, 72]))
    if report.honours:
        parts.append(f"<h2>{_e(label('honours', lang))}</h2>")
        rows = []
        for h in report.honours:
            if h.draft:
                continue
            count = report.fact(h.count_fact)
            rank = report.fact(h.rank_fact) if h.rank_fact else None
            rank_text = fact_value(rank, lang) if rank else ""
            rows.append([_e(h.title.get(lang)), _e(fact_value(count, lang)), _e(rank_text)])
        parts.append(_table([label(k, lang) for k in ("title", "count", "rank")], rows, [60, 20, 20]))
    return "".join(parts)


def tasks_html(report: Report, lang: str, statuses: Mapping[str, str], work: ReviewWork | None = None) -> str:
    """The task checklist with each action's status and each task's progress; with ``work``, each action's
    owner, due date and note too."""
    parts = [f"<h2>{_e(label('tasks', lang))}</h2>"]
    for task in report.tasks:
        if task.draft:
            continue
        done = sum(1 for a in task.actions if statuses.get(a.id, "todo") == "done")
        parts.append(f"<h3>{task.number}. {_e(task.title.get(lang))}</h3>")
        parts.append(f"<p><b>{_e(_field('aim', lang))}</b>{_e(task.aim.get(lang))}<br/>"
                     f"<b>{_e(_field('progress', lang))}</b>{done} / {len(task.actions)}</p>")
        rows = []
        for action in task.actions:
            status = statuses.get(action.id, "todo")
            # Status as words (no ☐/☑ symbols: the bundled font has none, and a fallback font may be missing).
            text = _e(status_name(status, lang))
            row = [f"<b>{text}</b>" if status == "done" else text, _e(action.text.get(lang))]
            if work is not None:
                owner, due, note = work.items.get(action.id, ("", "", ""))
                row += [_e(owner), _e(due), _e(note)]
            rows.append(row)
        if work is None:
            parts.append(_table([label("status", lang), label("action", lang)], rows, [18, 82]))
        else:
            parts.append(_table([label(k, lang) for k in ("status", "action", "owner", "due", "note")], rows,
                                [12, 44, 12, 12, 20]))
    return "".join(parts)


# One text document of the PDF holds at most this many source paragraphs or shown characters: Qt lays out a
# document no taller than 2^23 pixels (about 2,880 A4 pages at 300 dpi) and drops the rest without a word.
# 20,000 one-line paragraphs take about 700 pages, 400,000 characters about 160.
SOURCE_PART_PARAGRAPHS = 20_000
SOURCE_PART_CHARS = 400_000


def source_html(report: Report, source: str, lang: str) -> str:
    """The source text as one piece of HTML (see ``source_html_parts``)."""
    return "".join(source_html_parts(report, source, lang))


def source_html_parts(report: Report, source: str, lang: str) -> list[str]:
    """The source text, one paragraph per line, every quoted passage on a coloured background, as pieces of
    HTML of bounded size (each laid out as a document of its own; the first has the heading).

    The text is shown as viewer.model.source_display shows it: hidden characters as ⟨U+XXXX⟩ (a bidi override
    is seen, not obeyed), a long line as several blocks that follow each other without a gap (Qt lays out and
    paints a paragraph in more than linear time). One pass over the blocks and the quoted spans together.
    """
    display = SourceDisplay(source)
    spans = sorted((s.start, s.end) for s, _ in Provenance(report, source).quote_spans())
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    marks = [(display.to_shown(a), display.to_shown(b)) for a, b in merged]
    shown = display.shown
    paragraphs = []
    k = 0
    line_start = True
    for start, end, continued in display.blocks():
        while k < len(marks) and marks[k][1] <= start:
            k += 1
        if line_start and not continued and (k >= len(marks) or marks[k][0] >= end) \
                and is_page_furniture(shown[start:end]):
            continue  # the web page's own lines (附件下载, 扫一扫…), not the report: left out
        pieces, pos, j = [], start, k
        while j < len(marks) and marks[j][0] < end:
            a, b = max(marks[j][0], start), min(marks[j][1], end)
            if a < b:
                pieces.append(_e(shown[pos:a]))
                pieces.append(f'<span style="background-color: {MARK_COLOUR}">{_e(shown[a:b])}</span>')
                pos = b
            if marks[j][1] > end:
                break
            j += 1
        pieces.append(_e(shown[pos:end]))
        text = "".join(pieces)
        text = text.lstrip() if line_start else text
        text = text if continued else text.rstrip()
        style = ("" if line_start else "margin-top: 0px; ") + ("margin-bottom: 0px; " if continued else "")
        opening = f'<p style="{style.strip()}">' if style else "<p>"
        paragraphs.append(f"{opening}{text or '&nbsp;'}</p>")
        line_start = not continued
    while paragraphs and paragraphs[-1].endswith("&nbsp;</p>"):
        paragraphs.pop()  # blank lines at the end (left before the page's furniture) would make a blank page
    documents: list[str] = []
    current = [f"<h2>{_e(label('source', lang))}</h2>"]
    size = 0
    for paragraph in paragraphs:
        full = len(current) > SOURCE_PART_PARAGRAPHS or size + len(paragraph) > SOURCE_PART_CHARS
        if full and len(current) > 1:
            documents.append("".join(current))
            current, size = [], 0
        current.append(paragraph)
        size += len(paragraph)
    documents.append("".join(current))
    return documents
