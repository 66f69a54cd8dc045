"""Translated names of a fact's kind, scope and qualifier and of a section's kind (Figures table, editor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.model.types import FactKind, Scope


def kind_label(kind: FactKind) -> str:
    """'growth_rate' -> 'Growth rate' / '增速'."""
    return {
        FactKind.GROWTH_RATE: QCoreApplication.translate("FactNames", "Growth rate"),
        FactKind.AMOUNT: QCoreApplication.translate("FactNames", "Amount"),
        FactKind.RANK: QCoreApplication.translate("FactNames", "Rank"),
        FactKind.COUNT: QCoreApplication.translate("FactNames", "Count"),
        FactKind.SHARE: QCoreApplication.translate("FactNames", "Share"),
        FactKind.THRESHOLD: QCoreApplication.translate("FactNames", "Threshold"),
        FactKind.TARGET: QCoreApplication.translate("FactNames", "Target"),
    }[kind]


def scope_label(scope: Scope) -> str:
    """'national' -> 'National' / '全国'."""
    return {
        Scope.PROVINCE: QCoreApplication.translate("FactNames", "Province"),
        Scope.EASTERN_REGION: QCoreApplication.translate("FactNames", "Eastern region"),
        Scope.NATIONAL: QCoreApplication.translate("FactNames", "National"),
        Scope.WORLD: QCoreApplication.translate("FactNames", "World"),
    }[scope]
