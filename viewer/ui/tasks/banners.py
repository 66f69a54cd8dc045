"""The Tasks tab's message strips about the checklist file: read-only, saving, and notices."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from viewer.ui.context import AppContext
from viewer.ui.tasks.widgets import MessageBar


class SessionBanners(QObject):
    """Three bars: read-only (with "Try again"), saving failures (with "Retry", then "saved"), and notices.

    Notices are files moved aside, refused changes and import errors.
    """

    def __init__(self, context: AppContext, tab: QWidget) -> None:
        super().__init__(tab)
        self._context = context
        self.read_only_banner = MessageBar("readOnlyBanner")
        self.read_only_banner.button.clicked.connect(self._on_take_over)
        self.message_bar = MessageBar("messageBar")
        self.message_bar.button.clicked.connect(self._on_retry)
        self.notice_bar = MessageBar("noticeBar")

    @Slot(str)
    def show_save_status(self, message: str) -> None:
        """A save failure (``message``) with Retry; after one, an empty message says all is saved."""
        if message:
            self.message_bar.show_message(message, self.tr("Retry"), closable=False)
        elif self.message_bar.button.isVisible():
            self.message_bar.show_message(self.tr("All changes are saved."), warn=False)

    @Slot(str)
    def show_notice(self, message: str) -> None:
        """Show ``message`` in the notice bar (closable)."""
        self.notice_bar.show_message(message)

    def show_read_only(self, reason: str) -> None:
        """Show why the checklist is read-only, with "Try again"; an empty reason hides the banner."""
        self.read_only_banner.show_message(reason, self.tr("Try again"), closable=False)

    @Slot()
    def _on_retry(self) -> None:
        session = self._context.session
        if session is not None:
            session.retry_save()

    @Slot()
    def _on_take_over(self) -> None:
        session = self._context.session
        if session is not None:
            session.take_over()
