"""The package editor: code, tier, amount, currency, places, a name and benefits per language."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app.errors import UserError
from liaison_app.i18n import SUPPORTED
from liaison_app.services import partnerships
from liaison_app.ui import error_reporting
from liaison_app.ui.context import AppContext
from liaison_app.ui.language import LANGUAGE_NAMES, current_language, is_right_to_left
from liaison_app.ui.partnerships.fields import FieldWithError
from liaison_app.ui.partnerships.inquiry_editor import currency_combo


class PackageDialog(QDialog):
    """Creates a package (package_id None) or edits one; saves on OK, when every field is right."""

    def __init__(
        self,
        context: AppContext,
        event_id: uuid.UUID,
        package_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packageDialog")
        self.context = context
        self.event_id = event_id
        self.package_id = package_id
        self.saved_id: uuid.UUID | None = None
        self.setMinimumWidth(640)

        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setMaxLength(40)
        self.tier = QSpinBox(self)
        self.tier.setObjectName("tier")
        self.tier.setRange(0, 99)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.currency = currency_combo(self)
        self.limited = QCheckBox(self)
        self.limited.setObjectName("limited")
        self.places = QSpinBox(self)
        self.places.setObjectName("places")
        self.places.setRange(0, 9999)
        self.places.setEnabled(False)
        self.limited.toggled.connect(self.places.setEnabled)

        amount_row = QWidget(self)
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        amount_layout.addWidget(self.amount, 3)
        amount_layout.addWidget(self.currency, 1)
        places_row = QWidget(self)
        places_layout = QHBoxLayout(places_row)
        places_layout.setContentsMargins(0, 0, 0, 0)
        places_layout.addWidget(self.limited)
        places_layout.addWidget(self.places, 1)

        self.languages = QTabWidget(self)
        self.languages.setObjectName("packageLanguages")
        self.names: dict[str, QLineEdit] = {}
        self.benefits: dict[str, QPlainTextEdit] = {}
        self.text_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for code in SUPPORTED:
            page = QWidget(self.languages)
            # Each language's text runs in its own direction, whatever the interface language.
            direction = (
                Qt.LayoutDirection.RightToLeft
                if is_right_to_left(code)
                else Qt.LayoutDirection.LeftToRight
            )
            page_layout = QFormLayout(page)
            name = QLineEdit(page)
            name.setObjectName(f"name_{code}")
            name.setLayoutDirection(direction)
            benefits = QPlainTextEdit(page)
            benefits.setObjectName(f"benefits_{code}")
            benefits.setLayoutDirection(direction)
            benefits.setTabChangesFocus(True)
            benefits.setMinimumHeight(70)
            name_label, benefits_label = QLabel(page), QLabel(page)
            name_label.setBuddy(name)
            benefits_label.setBuddy(benefits)
            page_layout.addRow(name_label, name)
            page_layout.addRow(benefits_label, benefits)
            self.text_labels[code] = (name_label, benefits_label)
            self.names[code] = name
            self.benefits[code] = benefits
            self.languages.addTab(page, LANGUAGE_NAMES[code])

        self.fields: dict[str, FieldWithError] = {
            "code": FieldWithError(self.code, self),
            "tier": FieldWithError(self.tier, self),
            "amount": FieldWithError(amount_row, self),
            "quantity_available": FieldWithError(places_row, self),
            "names": FieldWithError(self.languages, self),
        }
        self.fields["currency"] = self.fields["amount"]
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key in ("code", "tier", "amount", "quantity_available", "names"):
            self.labels[key] = QLabel(self)
            if key != "names":
                self.labels[key].setBuddy(self.fields[key].field)
            self.form.addRow(self.labels[key], self.fields[key])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._load()
        self.retranslateUi()
        self.languages.setCurrentIndex(SUPPORTED.index(current_language()))
        self.code.setFocus()

    def _load(self) -> None:
        if self.package_id is None:
            self.tier.setValue(1)
            return
        with self.context.database.reading() as session:
            package = partnerships.get_package(session, self.package_id)
        language = current_language()
        self.code.setText(package.code)
        self.tier.setValue(package.tier)
        self.amount.setText(partnerships.amount_text(package.amount, language))
        self.currency.setEditText(package.currency)
        self.limited.setChecked(package.quantity_available is not None)
        self.places.setValue(package.quantity_available or 0)
        for code in SUPPORTED:
            self.names[code].setText(package.names.get(code, ""))
            self.benefits[code].setPlainText(package.benefits.get(code, ""))

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            self.tr("New package") if self.package_id is None else self.tr("Edit package")
        )
        labels = {
            "code": self.tr("&Code:"),
            "tier": self.tr("&Tier (1 highest):"),
            "amount": self.tr("&Amount:"),
            "quantity_available": self.tr("&Places:"),
            "names": self.tr("Name and benefits:"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.limited.setText(self.tr("Limited to"))
        self.code.setPlaceholderText(self.tr("For example PLAT"))
        for name_label, benefits_label in self.text_labels.values():
            name_label.setText(self.tr("&Name:"))
            benefits_label.setText(self.tr("&Benefits:"))

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        problems: dict[str, str] = {}
        language = current_language()
        try:
            amount = partnerships.parse_amount(self.amount.text(), language)
        except UserError as error:
            problems["amount"] = error.localized(language)
            amount = None
        values = {
            "code": self.code.text(),
            "tier": self.tier.value(),
            "amount": amount,
            "currency": self.currency.currentText(),
            "quantity_available": self.places.value() if self.limited.isChecked() else None,
            "names": {code: edit.text() for code, edit in self.names.items()},
            "benefits": {code: edit.toPlainText() for code, edit in self.benefits.items()},
        }
        return values, problems

    def show_problems(self, problems: dict[str, str]) -> None:
        for field in set(self.fields.values()):
            field.set_error("")
        for key, text in problems.items():
            field = self.fields.get(key)
            if field is not None:
                existing = field.error
                field.set_error(f"{existing}\n{text}" if existing else text)

    def accept(self) -> None:
        language = current_language()
        values, problems = self.values()
        with self.context.database.reading() as session:
            package = (
                partnerships.get_package(session, self.package_id) if self.package_id else None
            )
            _, found = partnerships.validate_package(session, self.event_id, values, package)
        for key, error in found.items():
            problems.setdefault(key, error.localized(language))
        self.show_problems(problems)
        if problems:
            return
        try:
            with self.context.database.writing() as session:
                if self.package_id is None:
                    saved = partnerships.create_package(session, self.event_id, **values)
                else:
                    saved = partnerships.get_package(session, self.package_id)
                    partnerships.update_package(session, saved, values)
                self.saved_id = saved.id
        except UserError as error:
            error_reporting.show_error(error, self)
            return
        super().accept()
