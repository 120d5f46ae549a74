"""The base class of every section page: its context, its section, retranslation on demand."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from liaison_app.ui.context import AppContext
from liaison_app.ui.sections import Section


class Page(QWidget):
    """A section's page. Subclasses build their widgets in `__init__`, set every text in
    `retranslateUi()` (and call it once at the end of `__init__`), and reload their data when
    `context.databaseChanged` fires.
    """

    def __init__(self, context: AppContext, section: Section, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.section = section
        self.setObjectName(f"page_{section.key}")

    def retranslateUi(self) -> None:
        """Set every user-visible text again, in the language now in force."""

    def activated(self) -> None:
        """Called each time the page becomes the visible section."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
