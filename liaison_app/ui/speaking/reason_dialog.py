"""The question every move by hand asks: why? A reason the delegation can be given, required."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app import APP_NAME


class ReasonDialog(QDialog):
    """A prompt, a text box and OK, which stays disabled until a reason is typed."""

    def __init__(self, prompt: str, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title or APP_NAME)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.prompt_label = QLabel(prompt, self)
        self.prompt_label.setWordWrap(True)
        layout.addWidget(self.prompt_label)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("For example: the Minister arrives in Geneva on 1 June (e-mail of 20 April).")
        )
        self.reason_edit.setFixedHeight(90)
        self.prompt_label.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_edit)
        self.hint_label = QLabel(
            self.tr("The reason is kept with the change and shown when someone asks why."), self
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update)
        self._update()
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reason(self) -> str:
        return " ".join(self.reason_edit.toPlainText().split())

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()))


def ask_reason(parent: QWidget | None, prompt: str, *, title: str = "") -> str | None:
    """The reason typed, or None when the officer cancels. Tests replace this function."""
    dialog = ReasonDialog(prompt, parent, title=title)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason() or None
    finally:
        dialog.deleteLater()
