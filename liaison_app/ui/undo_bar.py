"""A status line with an Undo button, shown after a deletion that can be taken back.

The pages that delete (contacts, organizations, invitations, circulars, partnership inquiries)
share it; each sets the message and the button's tooltip, the bar names its own buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class UndoBar(QFrame):
    """A status line with an Undo button: "3 contacts deleted. [Undo]"."""

    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setStyleSheet(
            "QFrame#undoBar { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 4px; }"
        )
        self.message = QLabel(self)
        self.message.setObjectName("undoMessage")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("×")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.undo_button.clicked.connect(self.undoRequested)
        self.close_button.clicked.connect(self.hide)
        self.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.close_button.setToolTip(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def show_message(self, text: str, *, undoable: bool) -> None:
        self.message.setText(text)
        self.undo_button.setVisible(undoable)
        self.show()
