"""Accept and Delete in the context menus of edit mode (Figures table, the edit panel)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext


def add_edit_actions(menu: QMenu, context: AppContext, item_ids: list[str], _parent: QWidget | None = None) -> None:
    """Add "Accept" and "Delete" for ``item_ids`` to ``menu``."""
    editor = context.editor
    if editor is None or not editor.active or not item_ids:
        return
    menu.addSeparator()
    count = len(item_ids)
    accept = menu.addAction(QCoreApplication.translate("EditMenus", "Accept (no longer a draft)") if count == 1
                            else fill(QCoreApplication.translate("EditMenus", "Accept %1 items"), count))
    accept.setObjectName("edit_accept")
    accept.triggered.connect(lambda _checked=False: editor.accept(list(item_ids)))
    delete = menu.addAction(QCoreApplication.translate("EditMenus", "Delete") if count == 1
                            else fill(QCoreApplication.translate("EditMenus", "Delete %1 items"), count))
    delete.setObjectName("edit_delete")
    delete.triggered.connect(lambda _checked=False: editor.delete(list(item_ids)))
