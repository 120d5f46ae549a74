"""A form field with its reason shown right under it, as the officer types."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

#: Dark red that stays readable on light and dark palettes' base colour.
ERROR_STYLE = "color: #b3261e;"
#: A confirmation, such as the phone in international format or the Member State resolved.
NOTE_STYLE = "color: palette(placeholder-text);"


class FieldWithReason(QWidget):
    """`field` above a one-line label that says what is wrong with it (or a helpful note)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.reason = QLabel(self)
        self.reason.setObjectName(f"{field.objectName() or 'field'}Reason")
        self.reason.setWordWrap(True)
        self.reason.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.reason)
        self.setFocusProxy(field)
        # As tall as the field and its reason, never stretched: the form's label stays level
        # with the field.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def set_note(self, text: str) -> None:
        self._show(text, NOTE_STYLE)

    def clear(self) -> None:
        self._show("", "")

    def _show(self, text: str, style: str) -> None:
        self.reason.setText(text)
        self.reason.setStyleSheet(style)
        self.reason.setVisible(bool(text))

    @property
    def error(self) -> str:
        return self.reason.text() if self.reason.styleSheet() == ERROR_STYLE else ""
