"""Form helpers of the partnership editors: a field with its error under it, dates both ways."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from liaison_app.ui.partnerships.display import OVERDUE_STYLE


class FieldWithError(QWidget):
    """`field` with a line under it saying what is wrong with it, hidden while all is well."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error_label = QLabel(self)
        self.error_label.setObjectName(f"{field.objectName() or 'field'}Error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(OVERDUE_STYLE)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error_label)
        self.setFocusProxy(field)

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @property
    def error(self) -> str:
        return self.error_label.text()


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def index_of(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals `value`, or -1.

    `QComboBox.findData` compares Python objects by identity, so an equal UUID loaded in another
    session is not found; this compares with ==.
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1
