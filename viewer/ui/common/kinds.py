"""Translated names of the kinds of report items (search hits, the Source tab's panel)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.model.search import HitKind


def kind_name(kind: HitKind) -> str:
    """The translated name of a kind of item ('fact' -> 'Figure' / '数据')."""
    names = {
        HitKind.FACT: QCoreApplication.translate("Kinds", "Figure"),
        HitKind.ENTERPRISE: QCoreApplication.translate("Kinds", "Enterprise"),
        HitKind.HONOUR: QCoreApplication.translate("Kinds", "Honour"),
        HitKind.TASK: QCoreApplication.translate("Kinds", "Task"),
        HitKind.ACTION: QCoreApplication.translate("Kinds", "Action"),
        HitKind.SOURCE: QCoreApplication.translate("Kinds", "Source text"),
    }
    return names[kind]
