"""The item-data roles of every model and item widget of the window, in one enum.

One role means one thing wherever it is read: ``index.data(Role.KEY)`` is the provenance key of the row's item
in the Tasks tree, the Enterprises tables, the Figures table and the Source list alike. The values are only used
while the program runs (nothing stores them).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)


class Role(IntEnum):
    KEY = _USER  # the item's id: its provenance key (task, action, fact, enterprise row, quote in Source;
    # 'meta' for the report's meta fields in the edit panel)
    SORT_KEY = _USER + 1  # a value that sorts naturally (numbers as numbers, task number, action position)
    QUOTE = _USER + 2  # the verbatim quote
    STATUS = _USER + 3  # an action's checklist Status; None for task rows
    PROGRESS = _USER + 4  # (done, total) of a task row
    MARK = _USER + 5  # the review Mark of the row's item (Figures, search results; None: none)
    FILTER_TEXT = _USER + 6  # every text of the row, lower case, for the text filter (Figures)
    PROBLEM = _USER + 7  # the row's problems (Figures edit mode), as translated text; '' when none
    HIT = _USER + 8  # the search Hit of a search result row
    HEADING = _USER + 9  # a search result's heading: "kind · label — value, period"
    CHART_ID = _USER + 10  # the chart id of a Statistics list item
    FIELD = _USER + 11  # an edit panel row's field: its base name ('title') or a whole field ('kind')
    TEXT_PAIR = _USER + 12  # True when an edit panel row is a Chinese/English text pair
    REPORT_PATH = _USER + 13  # the file of the report a Library row or comparison point comes from (str)
    REPORT = _USER + 14  # the library's entry of a Library row (LibraryEntry)
    PASSAGE = _USER + 15  # a source passage (span) a carried-over task's review sentence is in
    EDIT_TEXT = _USER + 16  # what an edit-mode cell's editor starts from when it shows another text (a date
    # shown in the window's language is typed as 2022-12-27; a kind shown by name is chosen by its key)
