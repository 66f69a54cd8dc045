"""Review marks anywhere in the window: a badge for an item, and a context menu to mark it.

Any tab showing facts, enterprises, honours or tasks can call ``review_badge(context, item_id)`` for
the sign to show beside the item (✓ checked, ⚠ questioned, '' otherwise), ``review_tooltip`` for the
comment, and ``add_review_actions(menu, context, item_id, parent)`` in its context menu for
"Mark checked / Mark questioned / Clear mark / Comment…" (``install_review_menu`` does it for a whole
view, ``attach_review_menu`` for one widget). Changes go through the undo stack; tabs refresh on
``context.state_changed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMenu, QWidget

from viewer.model.state import Mark
from viewer.model.state.targets import review_targets
from viewer.model.texts import labelled
from viewer.ui.context import AppContext


def review_badge(context: AppContext, item_id: str) -> str:
    """'✓' when the item is marked checked, '⚠' when questioned, '' otherwise (or without state)."""
    state = context.state
    if state is None or not hasattr(state, "mark_of"):
        return ""
    return state.mark_of(item_id).badge


def review_tooltip(context: AppContext, item_id: str) -> str:
    """'Checked: comment' / 'Questioned: comment' for a tooltip; '' when not marked."""
    state = context.state
    record = state.mark(item_id) if state is not None and hasattr(state, "mark") else None
    if record is None or record.mark is Mark.UNREVIEWED:
        return ""
    name = record.mark.label(context.lang)
    return labelled(context.lang, name, record.comment) if record.comment else name


def review_state(context: AppContext, key: str) -> tuple[Mark, str]:
    """The review mark of what provenance ``key`` stands for and that state in words ('Questioned: which year?',
    'Not reviewed'); (UNREVIEWED, '') for what cannot be reviewed."""
    item_id = review_target(context, key)
    if item_id is None or context.state is None:
        return Mark.UNREVIEWED, ""
    return context.state.mark_of(item_id), review_tooltip(context, item_id) or Mark.UNREVIEWED.label(context.lang)


def item_label(context: AppContext, item_id: str) -> str:
    """The name of a fact, enterprise, honour or task in the current language (its id when unknown)."""
    for target in review_targets(context.report):
        if target.id == item_id:
            return target.label.get(context.lang)
    return item_id


def review_target(context: AppContext, key: str | None) -> str | None:
    """The reviewable item a provenance key stands for (an achievement's enterprise), None for an action."""
    if not key:
        return None
    item_id = key.split("#", 1)[0]
    state = context.state
    if state is None or not state.is_review_target(item_id):
        return None
    return item_id


def set_review_mark(context: AppContext, item_id: str, mark: Mark, comment: str | None = None) -> bool:
    """Mark an item (one undo step); False when there is no writable state or nothing changed."""
    session = context.session
    if session is None:
        return False
    names = {
        Mark.CHECKED: QCoreApplication.translate("ReviewActions", "Mark “%1” checked"),
        Mark.QUESTIONED: QCoreApplication.translate("ReviewActions", "Mark “%1” questioned"),
        Mark.UNREVIEWED: QCoreApplication.translate("ReviewActions", "Clear the review mark of “%1”"),
    }
    if comment is not None:  # a comment (its mark kept, or questioned when it had none): the step says so
        names = dict.fromkeys(Mark, QCoreApplication.translate("ReviewActions", "Comment on “%1”"))
    text = names[mark].replace("%1", item_label(context, item_id))
    return session.set_mark(item_id, mark, text, comment)


def set_review_marks(context: AppContext, item_ids: list[str], mark: Mark) -> bool:
    """Give several items ``mark`` as one undo step (their comments are kept); False when nothing changed."""
    if len(item_ids) == 1:
        return set_review_mark(context, item_ids[0], mark)
    session = context.session
    if session is None or not item_ids:
        return False
    names = {
        Mark.CHECKED: QCoreApplication.translate("ReviewActions", "Mark %1 items checked"),
        Mark.QUESTIONED: QCoreApplication.translate("ReviewActions", "Mark %1 items questioned"),
        Mark.UNREVIEWED: QCoreApplication.translate("ReviewActions", "Clear the review marks of %1 items"),
    }
    return session.set_marks(item_ids, mark, names[mark].replace("%1", str(len(item_ids))))


def ask_review_comment(context: AppContext, item_id: str, parent: QWidget | None = None) -> bool:
    """Ask for the reviewer's comment (multi-line) and store it, keeping the mark (questioned when none)."""
    state = context.state
    if state is None or context.session is None:
        return False
    record = state.mark(item_id)
    title = QCoreApplication.translate("ReviewActions", "Review comment")
    prompt = QCoreApplication.translate("ReviewActions", "Comment on “%1”:").replace("%1", item_label(context, item_id))
    comment, ok = QInputDialog.getMultiLineText(parent, title, prompt, record.comment if record else "")
    if not ok:
        return False
    # A comment without a verdict is almost always a question; an existing mark is kept.
    mark = record.mark if record and record.mark is not Mark.UNREVIEWED else Mark.QUESTIONED
    return set_review_mark(context, item_id, mark, comment)


def add_review_actions(menu: QMenu, context: AppContext, item_id: str, parent: QWidget | None = None) -> None:
    """Add the review actions for ``item_id`` to ``menu`` (disabled when the state is read-only)."""
    state = context.state
    usable = (state is not None and context.session is not None and not state.read_only
              and state.is_review_target(item_id))
    current = state.mark_of(item_id) if state is not None else Mark.UNREVIEWED
    entries = (
        ("✓ " + QCoreApplication.translate("ReviewActions", "Mark checked"), Mark.CHECKED),
        ("⚠ " + QCoreApplication.translate("ReviewActions", "Mark questioned"), Mark.QUESTIONED),
        (QCoreApplication.translate("ReviewActions", "Clear review mark"), Mark.UNREVIEWED),
    )
    for text, mark in entries:
        action = menu.addAction(text)
        action.setObjectName(f"review_{mark.value}")
        action.setEnabled(usable and mark is not current)
        action.triggered.connect(lambda _checked=False, m=mark: set_review_mark(context, item_id, m))
    comment = menu.addAction(QCoreApplication.translate("ReviewActions", "Review comment…"))
    comment.setObjectName("review_comment")
    comment.setEnabled(usable)
    comment.triggered.connect(lambda _checked=False: ask_review_comment(context, item_id, parent))


def review_menu(context: AppContext, item_id: str, parent: QWidget | None = None) -> QMenu:
    """A menu holding only the review actions (for tabs without a context menu of their own)."""
    menu = QMenu(parent)
    add_review_actions(menu, context, item_id, parent)
    return menu


def badged(context: AppContext, item_id: str, text: str) -> str:
    """``text`` with the item's badge in front ('✓ 星海电子'), or unchanged when it is not marked."""
    badge = review_badge(context, item_id)
    return f"{badge} {text}" if badge else text


def install_review_menu(view: QAbstractItemView, context: AppContext,
                        key_of: Callable[[QModelIndex], str | None]) -> None:
    """Give ``view`` a context menu with the review actions of the row under the mouse.

    ``key_of(index)`` names the reviewable item of a row (an enterprise, honour, fact or task id).
    """
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        item_id = key_of(view.indexAt(pos))
        if item_id:
            review_menu(context, item_id, view).exec(view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(show)


def attach_review_menu(widget: QWidget, context: AppContext, item_id: str) -> None:
    """Give a single-item widget (a fact tile, a task button) the review actions as its context menu."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    widget.customContextMenuRequested.connect(
        lambda pos: review_menu(context, item_id, widget).exec(widget.mapToGlobal(pos)))
