"""Translated names of a fact's kind, scope and qualifier and of a section's kind (Figures table, editor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.model.types import FactKind, Qualifier, Scope, SectionKind


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


def qualifier_label(qualifier: Qualifier) -> str:
    """'over' -> 'Over (超过)' / '超过'."""
    return {
        Qualifier.EXACT: QCoreApplication.translate("FactNames", "Exact"),
        Qualifier.OVER: QCoreApplication.translate("FactNames", "Over (超过, 突破)"),
        Qualifier.AT_LEAST: QCoreApplication.translate("FactNames", "At least (以上)"),
        Qualifier.ABOUT: QCoreApplication.translate("FactNames", "About (约, 左右)"),
        Qualifier.NEARLY: QCoreApplication.translate("FactNames", "Nearly (近)"),
        Qualifier.TOP: QCoreApplication.translate("FactNames", "Top (前)"),
    }[qualifier]


def section_kind_label(kind: SectionKind) -> str:
    """'multi_year_review' -> 'Multi-year review' / '多年回顾'."""
    return {
        SectionKind.OPENING: QCoreApplication.translate("FactNames", "Opening"),
        SectionKind.REVIEW: QCoreApplication.translate("FactNames", "Review"),
        SectionKind.MULTI_YEAR_REVIEW: QCoreApplication.translate("FactNames", "Multi-year review"),
        SectionKind.REQUIREMENTS: QCoreApplication.translate("FactNames", "Requirements"),
        SectionKind.TASKS: QCoreApplication.translate("FactNames", "Tasks"),
        SectionKind.FORMAT: QCoreApplication.translate("FactNames", "Format"),
        SectionKind.OTHER: QCoreApplication.translate("FactNames", "Other"),
    }[kind]
